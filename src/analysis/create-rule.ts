import { ESLintUtils } from "@typescript-eslint/utils";

/** Where each rule's documentation page lives. */
export const DOCS_BASE_URL = "https://github.com/ferrous-ts/ferrous/blob/main/docs/rules/";

/**
 * The `meta.docs` every ferrous rule declares. The plugin derives its four configs
 * from these fields, so a rule joins a config by saying so here, never by a hand list.
 */
export interface FerrousRuleDocs {
  /** One line: "Disallow …" / "Require …". */
  description: string;
  /** The lowest config that turns the rule on: `recommended` configs or only `strict` ones. */
  recommended: "recommended" | "strict";
  /** True when the rule needs type information with its default options. */
  requiresTypeChecking: boolean;
  /**
   * For a rule that needs types by default but has a mode without them: the options that
   * select that mode. The untyped configs (`recommended`, `strict`) use the rule with these.
   */
  untypedOptions?: readonly unknown[];
  /** Options used in the `strict` configs instead of the defaults, when stricter ones exist. */
  strictOptions?: readonly unknown[];
}

/** `RuleCreator` bound to ferrous's docs URLs and docs shape. */
export const createRule = ESLintUtils.RuleCreator<FerrousRuleDocs>(
  (name) => `${DOCS_BASE_URL}${name}.md`,
);
