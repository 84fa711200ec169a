import { ESLint, type Linter } from "eslint";
import { type RuleCrash, guardConfigs } from "./guard.js";
import type { PreparedPackage } from "./prepare.js";

/** One finding, kept for `--sample` and the report. */
export interface Finding {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fixable: boolean;
}

/** A file ESLint could not lint at all (parse error, project service refusing it). */
export interface FatalMessage {
  readonly file: string;
  readonly message: string;
}

export interface ProjectLint {
  readonly results: readonly ESLint.LintResult[];
  readonly findings: readonly Finding[];
  readonly crashes: readonly RuleCrash[];
  readonly fatals: readonly FatalMessage[];
  readonly ms: number;
  /** CPU time of this process over the same span: far below `ms` means a busy machine. */
  readonly cpuMs: number;
}

export interface LintOptions {
  /** Flat configs to lint with (plugins inside are guarded against crashes). */
  readonly configs: readonly Linter.Config[];
  readonly fix?: boolean;
  readonly stats?: boolean;
}

/**
 * Lints every source file of a corpus project with typed linting (typescript-eslint's
 * project service over the project's generated tsconfig). Rule exceptions are caught per
 * rule and file and returned as crashes instead of aborting the run.
 */
export async function lintProject(project: PreparedPackage, options: LintOptions): Promise<ProjectLint> {
  const crashes: RuleCrash[] = [];
  const eslint = new ESLint({
    cwd: project.dir,
    // Only the configs given here: no eslint.config.* of the repository or the package.
    overrideConfigFile: true,
    overrideConfig: [
      ...guardConfigs(options.configs, (crash) => crashes.push(crash)),
      {
        files: ["**/*.ts"],
        languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: project.dir } },
        // The packages' own eslint-disable comments name their rules, not ours: ignore them.
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" },
      },
    ],
    fix: options.fix ?? false,
    stats: options.stats ?? false,
    errorOnUnmatchedPattern: true,
  });
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const results = await eslint.lintFiles([...project.files]);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (options.fix === true) await ESLint.outputFixes(results);
  const findings: Finding[] = [];
  const fatals: FatalMessage[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      if (m.ruleId === null) {
        // Notes from ESLint itself (e.g. "has no effect because of noInlineConfig") are not
        // findings; only a fatal one means the file was not linted.
        if (m.fatal === true) fatals.push({ file: result.filePath, message: `${m.line}:${m.column} ${m.message}` });
        continue;
      }
      findings.push({
        ruleId: m.ruleId,
        file: result.filePath,
        line: m.line,
        column: m.column,
        message: m.message,
        fixable: m.fix !== undefined,
      });
    }
  }
  return { results, findings, crashes, fatals, ms, cpuMs };
}

/** Findings counted by rule id, sorted by rule id. */
export function countByRule(findings: readonly Finding[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
