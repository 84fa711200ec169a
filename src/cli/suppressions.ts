import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ESLint } from "eslint";
import { CliError } from "./errors.js";
import { writeAtomically } from "./fix.js";

/**
 * ESLint's bulk-suppressions file (`eslint-suppressions.json`): for each file (POSIX path
 * relative to the project's folder) and rule, how many errors are tolerated. ESLint 10's Node
 * API can apply such a file (`applySuppressions`) but writing it is done only by its CLI, so
 * this module reproduces ESLint's `SuppressionsService` faithfully (same counting, pruning
 * and key-sorted JSON), and a team can switch to plain `eslint` and keep the file.
 */
export type Suppressions = Record<string, Record<string, { count: number }>>;

export const suppressionsFileName = "eslint-suppressions.json";

const relativeKey = (rootDir: string, filePath: string): string => path.relative(rootDir, filePath).split(path.sep).join("/");

/**
 * Reads the file; a missing file is no suppressions.
 * @throws {CliError} when it exists but is not valid JSON.
 */
export function loadSuppressions(file: string): Suppressions {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Suppressions;
  } catch {
    throw new CliError(`${path.relative(process.cwd(), file)} does not parse: fix it, or delete it and run with --suppress-all`);
  }
}

/** ESLint counts errors only (severity 2) with a rule id. */
function countByRule(messages: readonly { severity: number; ruleId: string | null }[]): Record<string, { count: number }> {
  const totals: Record<string, { count: number }> = {};
  for (const message of messages) {
    if (message.severity !== 2 || message.ruleId === null) continue;
    const entry = (totals[message.ruleId] ??= { count: 0 });
    entry.count++;
  }
  return totals;
}

const copy = (suppressions: Suppressions): Suppressions =>
  Object.fromEntries(
    Object.entries(suppressions).map(([file, rules]) => [file, Object.fromEntries(Object.entries(rules).map(([id, { count }]) => [id, { count }]))]),
  );

/** `--suppress-all` (no `rules`) or `--suppress-rule`: records today's counts. */
export function suppress(existing: Suppressions, rootDir: string, results: readonly ESLint.LintResult[], rules?: readonly string[]): Suppressions {
  const next = copy(existing);
  for (const result of results) {
    const key = relativeKey(rootDir, result.filePath);
    for (const [ruleId, count] of Object.entries(countByRule(result.messages))) {
      if (rules !== undefined && !rules.includes(ruleId)) continue;
      (next[key] ??= {})[ruleId] = count;
    }
  }
  return next;
}

/** The results with suppressed errors moved to `suppressedMessages`, and the counts left unused. */
export interface Applied {
  readonly results: ESLint.LintResult[];
  readonly unused: Suppressions;
}

/**
 * ESLint's rule: a file's errors of one rule are suppressed when there are no more of them
 * than the recorded count; one more and they are all reported.
 */
export function applySuppressions(results: readonly ESLint.LintResult[], suppressions: Suppressions, rootDir: string): Applied {
  const unused: Suppressions = {};
  const out = results.map((result) => {
    const key = relativeKey(rootDir, result.filePath);
    const recorded = suppressions[key];
    if (recorded === undefined) return result;
    const counts = countByRule(result.messages);
    const suppressedRules = new Set<string>();
    for (const [ruleId, { count }] of Object.entries(counts)) {
      const allowed = recorded[ruleId]?.count;
      if (allowed === undefined) continue;
      if (count <= allowed) suppressedRules.add(ruleId);
      if (count < allowed) (unused[key] ??= {})[ruleId] = { count: allowed - count };
    }
    for (const [ruleId, entry] of Object.entries(recorded)) {
      if (counts[ruleId] === undefined) (unused[key] ??= {})[ruleId] = entry;
    }
    if (suppressedRules.size === 0) return result;
    const isSuppressed = (message: ESLint.LintResult["messages"][number]): boolean => message.ruleId !== null && suppressedRules.has(message.ruleId);
    const messages = result.messages.filter((message) => !isSuppressed(message));
    const moved = result.messages.filter(isSuppressed).map((message) => ({ ...message, suppressions: [{ kind: "file", justification: "" }] }));
    return {
      ...result,
      messages,
      suppressedMessages: [...result.suppressedMessages, ...moved],
      errorCount: messages.filter((m) => m.severity === 2).length,
      fatalErrorCount: messages.filter((m) => m.fatal === true).length,
      warningCount: messages.filter((m) => m.severity === 1).length,
      fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix !== undefined).length,
      fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix !== undefined).length,
    };
  });
  return { results: out, unused };
}

/**
 * `--prune-suppressions`: lowers counts to what still occurs and drops entries that no
 * longer match, and files that no longer exist. Only the rules that ran are touched, so
 * pruning with `--rule` keeps the entries of the other rules.
 */
export function prune(existing: Suppressions, rootDir: string, results: readonly ESLint.LintResult[], rulesRun: ReadonlySet<string>): Suppressions {
  const next = copy(existing);
  const { unused } = applySuppressions(results, existing, rootDir);
  for (const [file, rules] of Object.entries(unused)) {
    const entries = next[file];
    if (entries === undefined) continue;
    for (const [ruleId, { count }] of Object.entries(rules)) {
      const entry = entries[ruleId];
      if (entry === undefined || !rulesRun.has(ruleId)) continue;
      if (entry.count === count) Reflect.deleteProperty(entries, ruleId);
      else entry.count -= count;
    }
    if (Object.keys(entries).length === 0) Reflect.deleteProperty(next, file);
  }
  for (const file of Object.keys(next)) {
    if (!existsSync(path.resolve(rootDir, file))) Reflect.deleteProperty(next, file);
  }
  return next;
}

/**
 * The JSON text ESLint writes (json-stable-stringify, two spaces): keys sorted, byte for byte.
 * @throws {TypeError} never for suppressions, which are plain JSON.
 */
export function stringifySuppressions(value: unknown, level = 0): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const indent = `\n${"  ".repeat(level)}`;
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${indent}  ${JSON.stringify(key)}: ${stringifySuppressions((value as Record<string, unknown>)[key], level + 1)}`);
  return `{${entries.join(",")}${indent}}`;
}

/**
 * Writes the file atomically.
 * @throws {Error} when it cannot be written.
 */
export async function saveSuppressions(file: string, suppressions: Suppressions): Promise<void> {
  await writeAtomically(file, stringifySuppressions(suppressions));
}
