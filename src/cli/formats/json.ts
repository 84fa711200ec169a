import type { FormatInput } from "./types.js";

/**
 * ESLint's `LintResult[]`, as its own `json` formatter prints it: what tools already parse.
 * @throws {TypeError} never: lint results are plain JSON.
 */
export function formatJson(input: FormatInput): string {
  return `${JSON.stringify(input.results)}\n`;
}
