import path from "node:path";
import type { ESLint, Linter } from "eslint";
import { codeFrame } from "./code-frame.js";
import type { PrettyInput } from "./types.js";

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

const docsUrl = (input: PrettyInput, ruleId: string | null): string | undefined =>
  ruleId === null ? undefined : input.ruleMeta(ruleId)?.docs?.url;

function formatMessage(input: PrettyInput, message: Linter.LintMessage, source: string): string {
  const c = input.colors;
  const severity = message.severity === 2 ? c.red("error") : c.yellow("warning");
  const rule = message.ruleId === null ? "" : `  ${c.dim(message.ruleId)}`;
  const lines = [`  ${c.dim(`${message.line}:${message.column}`)}  ${severity}  ${message.message}${rule}`];
  lines.push(
    codeFrame(source, message, { marker: message.severity === 2 ? c.red : c.yellow, gutter: c.dim })
      .split("\n")
      .map((line) => `    ${line}`)
      .join("\n"),
  );
  const url = docsUrl(input, message.ruleId);
  if (url !== undefined) lines.push(`    ${c.dim(url)}`);
  return lines.join("\n");
}

/** Findings grouped by file, each with its rule, message, code frame and docs link. For stdout. */
export function formatPretty(input: PrettyInput): string {
  const blocks: string[] = [];
  for (const result of input.results) {
    if (result.messages.length === 0) continue;
    const source = input.sourceOf(result);
    const header = input.colors.underline(path.relative(input.cwd, result.filePath) || result.filePath);
    blocks.push([header, ...result.messages.map((message) => formatMessage(input, message, source))].join("\n\n"));
  }
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}

/** The counts the summary and the exit code come from. */
export interface Totals {
  readonly errors: number;
  readonly warnings: number;
  readonly fixable: number;
  readonly filesWithFindings: number;
}

/** Error, warning and fixable counts over all results. */
export function totals(results: readonly ESLint.LintResult[]): Totals {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  let filesWithFindings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
    if (result.messages.length > 0) filesWithFindings++;
  }
  return { errors, warnings, fixable, filesWithFindings };
}

/** The per-rule table (rule, count, fixable, docs link) and the closing line. For stderr. */
export function formatSummary(input: PrettyInput, checkedFiles: number, seconds: number): string {
  const c = input.colors;
  const sum = totals(input.results);
  const time = `${checkedFiles === 1 ? "1 file" : `${checkedFiles} files`} in ${seconds.toFixed(1)}s`;
  if (sum.errors + sum.warnings === 0) return `${c.green("✔")} No problems (${time})\n`;
  const perRule = new Map<string, { count: number; fixable: number }>();
  for (const result of input.results) {
    for (const message of result.messages) {
      const id = message.ruleId ?? "syntax error";
      const entry = perRule.get(id) ?? { count: 0, fixable: 0 };
      entry.count++;
      if (message.fix !== undefined) entry.fixable++;
      perRule.set(id, entry);
    }
  }
  const rows = [...perRule].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  const width = Math.max(4, ...rows.map(([id]) => id.length));
  const lines = [c.bold(`${"Rule".padEnd(width)}  Count  Fixable`)];
  for (const [id, { count, fixable }] of rows) {
    const url = docsUrl(input, id === "syntax error" ? null : id);
    lines.push(`${id.padEnd(width)}  ${String(count).padStart(5)}  ${String(fixable).padStart(7)}${url === undefined ? "" : `  ${c.dim(url)}`}`);
  }
  const problems = plural(sum.errors + sum.warnings, "problem");
  const detail = `${plural(sum.errors, "error")}, ${plural(sum.warnings, "warning")}`;
  lines.push(
    "",
    `${c.red("✖")} ${problems} (${detail}) in ${plural(sum.filesWithFindings, "file")}, ${sum.fixable} fixable with --fix (checked ${time})`,
  );
  return `${lines.join("\n")}\n`;
}
