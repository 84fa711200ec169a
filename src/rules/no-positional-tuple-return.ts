import { createRule } from "../analysis/create-rule.js";

// PLACEHOLDER: replaced by the rule's implementation.
export const noPositionalTupleReturn = createRule({
  name: "no-positional-tuple-return",
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
