import { createRule } from "../analysis/create-rule.js";

// PLACEHOLDER: replaced by the rule's implementation.
export const mustUseResult = createRule({
  name: "must-use-result",
  meta: {
    type: "problem",
    docs: {
      description: "TODO",
      recommended: "strict",
      requiresTypeChecking: true,
    },
    messages: { todo: "TODO" },
    schema: [],
    defaultOptions: [],
  },

  create() {
    return {};
  },
});
