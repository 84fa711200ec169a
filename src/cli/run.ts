import { readFileSync } from "node:fs";
import path from "node:path";
import type { ESLint } from "eslint";
import pc from "picocolors";
import { version } from "../../package.json";
import type { CheckOptions } from "./args.js";
import { CliError, ExitCode } from "./errors.js";
import { configRuleIds, ferrousRuleIds, pluginConfig, type LintSettings } from "./eslint-options.js";
import { writeFixes } from "./fix.js";
import { formatJson } from "./formats/json.js";
import { formatPretty, formatSummary, totals } from "./formats/pretty.js";
import { formatSarif } from "./formats/sarif.js";
import type { PrettyInput } from "./formats/types.js";
import { lint, ruleMetaLookup } from "./lint.js";
import { isTerminal, type Progress } from "./progress.js";
import { findProject, selectFiles } from "./project.js";
import { applySuppressions, loadSuppressions, prune, saveSuppressions, suppress, suppressionsFileName } from "./suppressions.js";

/** Where the run writes: findings to `out` (stdout), everything for humans to `err` (stderr). */
export interface Streams {
  readonly out: NodeJS.WriteStream;
  readonly err: NodeJS.WriteStream;
}


const colorsFor = (stream: NodeJS.WriteStream): ReturnType<typeof pc.createColors> =>
  pc.createColors(isTerminal(stream) && (process.env["NO_COLOR"] ?? "") === "");

/**
 * The text the findings' positions refer to: the fixed output, the linted source, or the file.
 * @throws {Error} when the file went away during the run.
 */
function sourceText(result: ESLint.LintResult): string {
  return result.output ?? result.source ?? readFileSync(result.filePath, "utf8");
}

/**
 * Accepts `no-unwrap` for `ferrous/no-unwrap`, and any rule the config turns on.
 * @throws {CliError} for a rule that is not there.
 */
function resolveRuleIds(given: readonly string[], known: readonly string[], option: string): string[] {
  return given.map((id) => {
    const full = id.includes("/") ? id : `ferrous/${id}`;
    if (known.includes(full)) return full;
    const near = known.filter((candidate) => candidate.endsWith(`/${id.split("/").pop() ?? id}`));
    const hint = near.length > 0 ? `did you mean ${near.join(" or ")}?` : `use one of ${known.filter((k) => k.startsWith("ferrous/")).join(", ")}, or a rule of the config`;
    throw new CliError(`${option} ${id}: no such rule in ferrous check: ${hint}`);
  });
}

/**
 * Runs `ferrous check` and returns its exit code.
 * @throws {CliError} for usage and configuration errors (exit 2, before anything is written).
 */
export async function runCheck(options: CheckOptions, streams: Streams, progress: Progress, cwd: string = process.cwd()): Promise<number> {
  const started = performance.now();
  const notes: string[] = [];
  const errColors = colorsFor(streams.err);
  const note = (text: string): void => {
    if (!options.quiet) streams.err.write(`${errColors.dim("note:")} ${text}\n`);
  };

  const project = findProject(cwd, options.project, notes);
  const selection = selectFiles(project, cwd, options.paths);
  const known = [...new Set([...configRuleIds(pluginConfig({ strict: options.strict, typed: true })), ...ferrousRuleIds()])];
  const rules = options.rules.length === 0 ? null : resolveRuleIds(options.rules, known, "--rule");
  const suppressRules = resolveRuleIds(options.suppressRules, known, "--suppress-rule");
  const suppressionsFile = path.join(project.rootDir, suppressionsFileName);
  const existingSuppressions = loadSuppressions(suppressionsFile);
  for (const text of notes) note(text);

  const total = selection.typed.length + selection.outside.length;
  progress.setTotal(total);
  const channelName = `ferrous-check-${process.pid}-${Date.now()}`;
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent) => {
    if (typeof event.data === "string") progress.tick(event.data);
  };

  let results: ESLint.LintResult[];
  let ignored: readonly string[];
  try {
    const settings: LintSettings = {
      cwd: project.rootDir,
      strict: options.strict,
      typed: true,
      rules,
      ignores: options.ignores,
      tsconfigRootDir: project.rootDir,
      project: project.useProjectService ? null : project.configPaths,
      fix: options.fix,
      concurrency: options.concurrency,
      progressChannel: channelName,
    };
    const typed = await lint(settings, selection.typed, progress.tick);
    // Files the tsconfig does not include get the untyped config: no type information to ask for.
    // Of the chosen rules, only those of the untyped config can run there.
    const untypedIds = new Set(configRuleIds(pluginConfig({ strict: options.strict, typed: false })));
    const untypedRules = rules === null ? null : rules.filter((id) => untypedIds.has(id));
    const outside = await lint({ ...settings, typed: false, rules: untypedRules, concurrency: "off" }, selection.outside, progress.tick);
    results = [...typed.results, ...outside.results];
    ignored = [...typed.ignored, ...outside.ignored];
    for (const file of outside.results) {
      note(`${path.relative(cwd, file.filePath)} is not included by ${path.relative(cwd, project.configPath)}: checked without type information`);
    }
  } finally {
    channel.close();
  }
  progress.stop();
  if (results.length === 0 && ignored.length > 0) {
    throw new CliError(`--ignore left no file to check (${ignored.length} ignored): loosen the --ignore globs`);
  }
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));

  if (options.fix) {
    const fixed = await writeFixes(results);
    for (const file of fixed) {
      note(`fixed ${path.relative(cwd, file.filePath)} (${file.changedLines} line${file.changedLines === 1 ? "" : "s"} changed)`);
    }
    if (fixed.length === 0) note("--fix found nothing to fix");
  }

  const rulesRun = new Set(rules ?? configRuleIds(pluginConfig({ strict: options.strict, typed: true })));
  let suppressions = existingSuppressions;
  if (options.suppressAll || suppressRules.length > 0) {
    suppressions = suppress(existingSuppressions, project.rootDir, results, options.suppressAll ? undefined : suppressRules);
  }
  if (options.pruneSuppressions) suppressions = prune(suppressions, project.rootDir, results, rulesRun);
  if (options.suppressAll || suppressRules.length > 0 || options.pruneSuppressions) {
    await saveSuppressions(suppressionsFile, suppressions);
    note(`wrote ${path.relative(cwd, suppressionsFile)}`);
  }
  const applied = applySuppressions(results, suppressions, project.rootDir);
  results = applied.results;
  const unused = Object.values(applied.unused).flatMap((byRule) => Object.keys(byRule).filter((id) => rulesRun.has(id)));
  if (unused.length > 0) {
    note(`${unused.length} entr${unused.length === 1 ? "y" : "ies"} of ${suppressionsFileName} no longer occur: run with --prune-suppressions`);
  }

  const input: PrettyInput = {
    results,
    ruleMeta: ruleMetaLookup(options.strict),
    cwd,
    version,
    colors: colorsFor(streams.out),
    sourceOf: sourceText,
  };
  switch (options.format) {
    case "json":
      streams.out.write(formatJson(input));
      break;
    case "sarif":
      streams.out.write(formatSarif(input));
      break;
    case "pretty":
      streams.out.write(formatPretty(input));
      if (!options.quiet) {
        streams.err.write(formatSummary({ ...input, colors: errColors }, results.length, (performance.now() - started) / 1000));
      }
      break;
  }

  const sum = totals(results);
  const { maxWarnings } = options;
  const tooManyWarnings = maxWarnings !== undefined && sum.warnings > maxWarnings;
  if (tooManyWarnings && sum.errors === 0) note(`${sum.warnings} warnings, more than --max-warnings ${maxWarnings}`);
  return sum.errors > 0 || tooManyWarnings ? ExitCode.findings : ExitCode.clean;
}
