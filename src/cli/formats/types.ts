import type { ESLint } from "eslint";
import type pc from "picocolors";
import type { RuleMetaLookup } from "../lint.js";

/** What every output format gets. */
export interface FormatInput {
  /** Results sorted by path, suppressions applied. */
  readonly results: readonly ESLint.LintResult[];
  readonly ruleMeta: RuleMetaLookup;
  /** Paths in the output are relative to this folder. */
  readonly cwd: string;
  readonly version: string;
  /** The source text of a result's file as the findings' positions refer to it. */
  readonly sourceOf: (result: ESLint.LintResult) => string;
}

/** Pretty output also needs colours (all no-ops when off). */
export interface PrettyInput extends FormatInput {
  readonly colors: ReturnType<typeof pc.createColors>;
}
