/**
 * Lint-speed benchmark on the corpus of `/work/shared/corpus.md`: what each ferrous rule adds
 * on top of typescript-eslint's own type-checked rules, next to the nearest published rules,
 * all in one ESLint run per package with per-rule times (`stats: true`).
 *
 * How cost is charged: TypeScript's checker works lazily and caches, so a type is paid for
 * by whichever rule asks for it first (`TIMING=1` has the same bias). Rules are registered
 * in this order: (1) the warm set, typescript-eslint's `recommendedTypeCheckedOnly` rules, so
 * the checker work any typed config does anyway lands there; (2) the ferrous rules; (3) the
 * anchors (published rules to compare with). A ferrous rule is charged what it adds over a
 * typical typed setup; the anchors come last and so are, if anything, undercharged: the
 * comparisons lean against ferrous. The baseline is typescript-eslint's parse of the same
 * files (the sum of ESLint's per-file parse times, which include building the program).
 *
 * Each package runs in a child process of its own (`--worker`), so one package's program
 * and caches never speed up another's. `npm run bench` runs this; see `--help`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ESLint, Linter } from "eslint";
import { plugin as exceptionHandling } from "eslint-plugin-exception-handling";
import functional from "eslint-plugin-functional";
import tseslint from "typescript-eslint";
import { type CorpusPackage, selectPackages, slugOf } from "../scripts/corpus/packages.js";
import { loadPlugin, parsePluginSource } from "../scripts/corpus/plugin.js";
import { prepareCorpus, repoRoot } from "../scripts/corpus/prepare.js";
import { lintProject } from "../scripts/corpus/run-lint.js";

/**
 * What a worker runs: everything (the measurement); for `--cross-check`, the warm set alone
 * and the warm set plus the ferrous rules, whose difference in wall time is a second,
 * independent estimate of what the ferrous rules add; for `--isolate <rule>`, the warm set
 * plus that one ferrous rule, so no other ferrous rule warms the checker for it.
 */
export type RunMode = "full" | "warm" | "warm+ferrous" | `warm+ferrous/${string}`;

/** Which part of the run a rule belongs to. */
export type RuleGroup = "warm" | "ferrous" | "anchor";

/** The published rules the ferrous rules are compared with, in the order they run. */
export const anchorRules: Readonly<Record<string, Linter.RuleEntry>> = {
  "functional/immutable-data": "error",
  "functional/no-let": "error",
  "functional/prefer-immutable-types": "error",
  "@typescript-eslint/switch-exhaustiveness-check": "error",
  "@typescript-eslint/no-floating-promises": "error",
  "exception-handling/no-unhandled": "error",
};

/** Per-rule totals of one package. */
export interface RuleCost {
  readonly group: RuleGroup;
  /** Milliseconds in the rule (its `create` and listeners) over all files it ran on. */
  readonly ms: number;
  /** The files it ran on, and the baseline parse of those files. */
  readonly files: number;
  readonly parseMs: number;
  readonly findings: number;
  readonly crashes: number;
  /** The first few crash messages, `file: message`. */
  readonly crashSamples: readonly string[];
  /** The files this rule spent most time on (`path: ms`), for whoever makes it faster. */
  readonly slowestFiles: readonly string[];
}

/** What one worker measures on one package. */
export interface PackageMeasurement {
  readonly name: string;
  readonly version: string;
  readonly files: number;
  /** Wall time of the whole `lintFiles` call. */
  readonly wallMs: number;
  /**
   * CPU time of the worker over that call. ESLint's times are wall times: on a busy machine
   * `wallMs` well above `cpuMs` says every figure was stretched (ratios suffer less).
   */
  readonly cpuMs: number;
  /** The baseline: typescript-eslint's parse of every file, program creation included. */
  readonly parseMs: number;
  readonly rules: Readonly<Record<string, RuleCost>>;
  /**
   * `no-unhandled` runs only on the first `files` files when `--unhandled-files` limits it
   * (it is slow); its cost is compared with the ferrous rule's and the parse on those files.
   */
  readonly unhandledSubset: {
    readonly files: number;
    readonly parseMs: number;
    readonly ms: Readonly<Record<string, number>>;
  };
  /** With `--cross-check`: wall times of separate runs without and with the ferrous rules. */
  readonly crossCheck?: CrossCheck;
  /** With `--isolate`: each listed ferrous rule's time in a run with the warm set and no other ferrous rule. */
  readonly isolated?: Readonly<Record<string, { readonly ms: number; readonly parseMs: number }>>;
}

/** Two extra runs of one package, each in a fresh process. */
export interface CrossCheck {
  /** Wall time of the warm set alone. */
  readonly warmMs: number;
  /** Wall time of the warm set plus the ferrous rules. */
  readonly warmFerrousMs: number;
  /** What the per-rule times of that second run charge to the ferrous rules. */
  readonly ferrousStatsMs: number;
}

/** `count` files spread evenly over the sorted list (every part of the package, not just its first folder). */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]).filter((x) => x !== undefined);
}

const isRunMode = (value: string): value is RunMode =>
  value === "full" || value === "warm" || value === "warm+ferrous" || value.startsWith("warm+ferrous/");

const warmRules = (): Linter.RulesRecord => {
  const merged: Linter.RulesRecord = Object.assign(
    {},
    ...tseslint.configs.recommendedTypeCheckedOnly.map((c) => c.rules ?? {}),
  ) as Linter.RulesRecord;
  return Object.fromEntries(
    Object.entries(merged).filter(
      ([id, entry]) => id.startsWith("@typescript-eslint/") && !(id in anchorRules) && entry !== "off" && entry !== 0,
    ),
  );
};

const ferrousRules = (configs: readonly Linter.Config[]): Linter.RulesRecord => {
  const merged: Linter.RulesRecord = Object.assign({}, ...configs.map((c) => c.rules ?? {})) as Linter.RulesRecord;
  return Object.fromEntries(Object.entries(merged).filter(([id]) => id.startsWith("ferrous/")));
};

const sumTimes = (times: { total: number } | undefined): number => times?.total ?? 0;

interface FileStats {
  readonly parse: number;
  readonly rules: ReadonlyMap<string, number>;
}

function statsOf(result: ESLint.LintResult): FileStats {
  const rules = new Map<string, number>();
  let parse = 0;
  for (const pass of result.stats?.times.passes ?? []) {
    parse += sumTimes(pass.parse);
    for (const [id, time] of Object.entries(pass.rules ?? {})) rules.set(id, (rules.get(id) ?? 0) + time.total);
  }
  return { parse, rules };
}

/**
 * One package, measured in this process.
 * @throws {Error} from ESLint when the corpus project cannot be linted at all, or from the
 * file system when `.corpus/` cannot be written.
 */
async function measure(pkg: CorpusPackage, unhandledFiles: number | undefined, mode: RunMode): Promise<PackageMeasurement> {
  const [project] = prepareCorpus([pkg], "bench", (line) => process.stderr.write(`${line}\n`));
  if (project === undefined) throw new Error(`no corpus project for ${pkg.name}`);
  const ferrous = await loadPlugin(parsePluginSource(process.env.FERROUS_BENCH_PLUGIN));
  const warm = warmRules();
  const own = ferrousRules(ferrous.configs["strict-type-checked"]);
  const { "exception-handling/no-unhandled": unhandledEntry, ...otherAnchors } = anchorRules;
  const subset = mode === "full" ? spread(project.files, unhandledFiles ?? project.files.length) : [];
  const groups = new Map<string, RuleGroup>([
    ...Object.keys(warm).map((id): [string, RuleGroup] => [id, "warm"]),
    ...(mode === "warm" ? [] : Object.keys(own).map((id): [string, RuleGroup] => [id, "ferrous"])),
    // (in an isolated run the other ferrous rules simply record 0 ms)
    ...(mode === "full" ? Object.keys(anchorRules).map((id): [string, RuleGroup] => [id, "anchor"]) : []),
  ]);
  const isolated = mode.startsWith("warm+ferrous/") ? mode.slice("warm+".length) : undefined;
  if (isolated !== undefined && !(isolated in own)) throw new Error(`--isolate: ${isolated} is not a rule of ferrous's strict-type-checked config`);
  const chosen = isolated === undefined ? own : { [isolated]: own[isolated] ?? "error" };
  const ruleSet = mode === "full" ? { ...warm, ...own, ...otherAnchors } : mode === "warm" ? warm : { ...warm, ...chosen };
  const configs: Linter.Config[] = [
    {
      name: "bench/plugins",
      plugins: {
        "@typescript-eslint": tseslint.plugin,
        ferrous,
        functional,
        "exception-handling": exceptionHandling as unknown as ESLint.Plugin,
      },
      languageOptions: { parser: tseslint.parser },
    },
    // One rules object, so that ESLint registers the rules (and runs them on each node) in this order.
    { name: "bench/rules", files: ["**/*.ts"], rules: ruleSet },
    ...(subset.length === 0
      ? []
      : [
          {
            name: "bench/no-unhandled",
            files: subset.map((f) => path.relative(project.dir, f)),
            rules: { "exception-handling/no-unhandled": unhandledEntry ?? "error" },
          },
        ]),
  ];
  const run = await lintProject(project, { configs, stats: true });
  const inSubset = new Set(subset);
  const ms = new Map<string, number>();
  const covered = new Map<string, { files: number; parseMs: number }>();
  const perFile = new Map<string, [string, number][]>();
  const subsetMs = new Map<string, number>();
  let parseMs = 0;
  let subsetParseMs = 0;
  for (const result of run.results) {
    const stats = statsOf(result);
    parseMs += stats.parse;
    if (inSubset.has(result.filePath)) subsetParseMs += stats.parse;
    for (const [id, time] of stats.rules) {
      ms.set(id, (ms.get(id) ?? 0) + time);
      const list = perFile.get(id) ?? [];
      list.push([result.filePath, time]);
      perFile.set(id, list);
      const seen = covered.get(id) ?? { files: 0, parseMs: 0 };
      covered.set(id, { files: seen.files + 1, parseMs: seen.parseMs + stats.parse });
      if (inSubset.has(result.filePath)) subsetMs.set(id, (subsetMs.get(id) ?? 0) + time);
    }
  }
  const rules: Record<string, RuleCost> = {};
  for (const [id, group] of groups) {
    const crashes = run.crashes.filter((c) => c.ruleId === id);
    rules[id] = {
      group,
      ms: Math.round(ms.get(id) ?? 0),
      files: covered.get(id)?.files ?? 0,
      parseMs: Math.round(covered.get(id)?.parseMs ?? 0),
      findings: run.findings.filter((f) => f.ruleId === id).length,
      crashes: crashes.length,
      crashSamples: crashes.slice(0, 3).map((c) => `${path.relative(project.dir, c.file)}: ${c.message.split("\n")[0] ?? ""}`),
      slowestFiles: (perFile.get(id) ?? [])
        .sort(([, a], [, b]) => b - a)
        .slice(0, 3)
        .map(([file, time]) => `${path.relative(project.dir, file)}: ${Math.round(time)} ms`),
    };
  }
  const ferrousInSubset = Object.keys(own).map((id): [string, number] => [id, Math.round(subsetMs.get(id) ?? 0)]);
  return {
    name: pkg.name,
    version: pkg.version,
    files: project.files.length,
    wallMs: Math.round(run.ms),
    cpuMs: Math.round(run.cpuMs),
    parseMs: Math.round(parseMs),
    rules,
    unhandledSubset: {
      files: subset.length,
      parseMs: Math.round(subsetParseMs),
      ms: Object.fromEntries([
        ["exception-handling/no-unhandled", Math.round(subsetMs.get("exception-handling/no-unhandled") ?? 0)],
        ...ferrousInSubset,
      ]),
    },
  };
}

/** A rule's costs summed over the packages, with its cost as a multiple of the parse. */
export interface SummaryRule extends Omit<RuleCost, "crashSamples" | "slowestFiles"> {
  readonly perParse: number;
}

/** Totals and the design's targets over all measured packages. */
export interface LintSummary {
  readonly files: number;
  readonly parseMs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Per rule: `perParse` is its time over the parse time of the files it ran on. */
  readonly rules: Readonly<Record<string, SummaryRule>>;
  readonly ferrousTotalMs: number;
  readonly warmTotalMs: number;
  /** With `--isolate`: each isolated rule's time alone over the parse of those runs. */
  readonly isolated?: Readonly<Record<string, { readonly ms: number; readonly perParse: number }>>;
  /** With `--cross-check`: the ferrous rules' cost by wall-time difference, and by per-rule times, over all packages. */
  readonly crossCheck?: { readonly addedWallMs: number; readonly ferrousStatsMs: number };
  readonly targets: readonly {
    readonly name: string;
    readonly value: number | null;
    readonly limit: string;
    readonly met: boolean | null;
  }[];
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** Adds up the packages and checks the targets of design.md ("Numbers it is held to"). */
export function summarise(packages: readonly PackageMeasurement[]): LintSummary {
  const parseMs = packages.reduce((n, p) => n + p.parseMs, 0);
  const rules: Record<string, SummaryRule> = {};
  for (const p of packages) {
    for (const [id, cost] of Object.entries(p.rules)) {
      const sum = rules[id] ?? { group: cost.group, ms: 0, files: 0, parseMs: 0, findings: 0, crashes: 0, perParse: 0 };
      rules[id] = {
        ...sum,
        ms: sum.ms + cost.ms,
        files: sum.files + cost.files,
        parseMs: sum.parseMs + cost.parseMs,
        findings: sum.findings + cost.findings,
        crashes: sum.crashes + cost.crashes,
      };
    }
  }
  for (const [id, r] of Object.entries(rules)) rules[id] = { ...r, perParse: ratio(r.ms, r.parseMs) ?? 0 };
  const groupMs = (group: RuleGroup): number =>
    Object.values(rules).filter((r) => r.group === group).reduce((n, r) => n + r.ms, 0);
  const ferrousTotalMs = groupMs("ferrous");
  const throwMs = rules["ferrous/no-unchecked-throw"]?.ms;
  const subsetOf = (id: string): number => packages.reduce((n, p) => n + (p.unhandledSubset.ms[id] ?? 0), 0);
  const unhandledVsThrow = ratio(subsetOf("exception-handling/no-unhandled"), subsetOf("ferrous/no-unchecked-throw"));
  const together = ratio(ferrousTotalMs, parseMs);
  const checks = packages.flatMap((p) => (p.crossCheck === undefined ? [] : [p.crossCheck]));
  const isolatedSums = new Map<string, { ms: number; parseMs: number }>();
  for (const p of packages) {
    for (const [id, r] of Object.entries(p.isolated ?? {})) {
      const sum = isolatedSums.get(id) ?? { ms: 0, parseMs: 0 };
      isolatedSums.set(id, { ms: sum.ms + r.ms, parseMs: sum.parseMs + r.parseMs });
    }
  }
  const isolated = Object.fromEntries([...isolatedSums].map(([id, r]) => [id, { ms: r.ms, perParse: ratio(r.ms, r.parseMs) ?? 0 }]));
  // Measured alone when `--isolate` asked for it; else its share of the run with every rule.
  const alone = isolated["ferrous/no-unchecked-throw"]?.perParse ?? (throwMs === undefined ? null : ratio(throwMs, parseMs));
  return {
    ...(isolatedSums.size === 0 ? {} : { isolated }),
    ...(checks.length === 0
      ? {}
      : {
          crossCheck: {
            addedWallMs: checks.reduce((n, c) => n + c.warmFerrousMs - c.warmMs, 0),
            ferrousStatsMs: checks.reduce((n, c) => n + c.ferrousStatsMs, 0),
          },
        }),
    files: packages.reduce((n, p) => n + p.files, 0),
    parseMs,
    wallMs: packages.reduce((n, p) => n + p.wallMs, 0),
    cpuMs: packages.reduce((n, p) => n + p.cpuMs, 0),
    rules,
    ferrousTotalMs,
    warmTotalMs: groupMs("warm"),
    targets: [
      { name: "ferrous rules together / parse", value: together, limit: "≤ 0.5", met: together === null ? null : together <= 0.5 },
      { name: "no-unchecked-throw / parse", value: alone, limit: "≤ 0.25", met: alone === null ? null : alone <= 0.25 },
      {
        name: "exception-handling/no-unhandled / no-unchecked-throw",
        value: unhandledVsThrow,
        limit: "≥ 50",
        met: unhandledVsThrow === null ? null : unhandledVsThrow >= 50,
      },
      {
        name: "crashes in ferrous rules",
        value: Object.values(rules).filter((r) => r.group === "ferrous").reduce((n, r) => n + r.crashes, 0),
        limit: "= 0",
        met: Object.values(rules).every((r) => r.group !== "ferrous" || r.crashes === 0),
      },
    ],
  };
}

const usage = `Usage: tsx bench/lint.ts [options]   (part of npm run bench)
  --packages <a,b>       corpus packages (default: all four)
  --quick                only @tanstack/query-core and @trpc/server (about a minute)
  --unhandled-files <N>  run exception-handling/no-unhandled on N files of each package,
                         spread evenly (default 60; "all" for every file: slow)
  --cross-check          also run each package twice more, warm set alone and warm set +
                         ferrous, and compare the wall-time difference with the per-rule times
  --isolate <rule,...>   also run each listed ferrous rule with the warm set and no other
                         ferrous rule (one more run per package and rule): its "alone" cost
  --plugin src|dist      the ferrous plugin from src/ via tsx (default) or the built dist/
  --out <file>           results JSON (default bench/results/lint.json)`;

/**
 * @throws {Error} when the value is neither a positive whole number nor "all".
 */
function parseUnhandledFiles(value: string | undefined): number | undefined {
  if (value === "all") return undefined;
  const n = Number(value ?? "60");
  if (!Number.isInteger(n) || n < 1) throw new Error(`--unhandled-files must be a positive whole number or "all", not "${value ?? ""}"`);
  return n;
}

const pad = (s: string, n: number): string => s.padEnd(n);
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function printSummary(summary: LintSummary, packages: readonly PackageMeasurement[]): void {
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  out(`\n${summary.files} files; typescript-eslint parse (baseline) ${secs(summary.parseMs)}; whole run ${secs(summary.wallMs)}`);
  for (const p of packages) {
    out(`  ${pad(p.name, 22)} ${String(p.files).padStart(4)} files  parse ${secs(p.parseMs)}  run ${secs(p.wallMs)} (cpu ${secs(p.cpuMs)})`);
  }
  out(`\n${pad("rule", 54)} ${"time".padStart(9)}  ×parse  findings crashes`);
  for (const [id, r] of Object.entries(summary.rules)) {
    const line = `${pad(`[${r.group}] ${id}`, 54)} ${secs(r.ms).padStart(9)}  ${r.perParse.toFixed(3).padStart(6)}  ${String(r.findings).padStart(8)} ${String(r.crashes).padStart(7)}`;
    out(line);
  }
  out(`${pad("[warm] typescript-eslint type-checked rules together", 54)} ${secs(summary.warmTotalMs).padStart(9)}`);
  out(`${pad("[ferrous] all ferrous rules together", 54)} ${secs(summary.ferrousTotalMs).padStart(9)}`);
  for (const [id, r] of Object.entries(summary.rules)) {
    if (r.group !== "ferrous" || r.perParse < 0.05) continue;
    const slowest = packages.flatMap((p) => (p.rules[id]?.slowestFiles ?? []).map((f) => `${p.name}/${f}`));
    out(`  slowest files of ${id}: ${slowest.join(", ")}`);
  }
  for (const [id, r] of Object.entries(summary.isolated ?? {})) {
    out(`${pad(`[alone] ${id}`, 54)} ${secs(r.ms).padStart(9)}  ${r.perParse.toFixed(3).padStart(6)}`);
  }
  if (summary.crossCheck !== undefined) {
    out(
      `cross-check (separate runs, wall time): ferrous rules add ${secs(summary.crossCheck.addedWallMs)}; their per-rule times in that run: ${secs(summary.crossCheck.ferrousStatsMs)}`,
    );
  }
  out("\ntargets:");
  for (const t of summary.targets) {
    const value = t.value === null ? "n/a" : t.value.toFixed(3);
    out(`  ${pad(t.name, 54)} ${value.padStart(9)}  ${t.limit}  ${t.met === null ? "n/a" : t.met ? "met" : "NOT MET"}`);
  }
}

/**
 * @throws {Error} on a bad option, a failed worker, or a results file that cannot be written.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      packages: { type: "string", multiple: true, default: [] },
      quick: { type: "boolean", default: false },
      "unhandled-files": { type: "string" },
      plugin: { type: "string" },
      out: { type: "string" },
      worker: { type: "string" },
      mode: { type: "string", default: "full" },
      "cross-check": { type: "boolean", default: false },
      isolate: { type: "string", multiple: true, default: [] },
      "worker-out": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const unhandledFiles = parseUnhandledFiles(values["unhandled-files"]);
  if (values.worker !== undefined) {
    const [pkg] = selectPackages([values.worker]);
    if (pkg === undefined || values["worker-out"] === undefined) throw new Error("--worker needs a package and --worker-out");
    const mode = values.mode;
    if (!isRunMode(mode)) throw new Error(`--mode must be full, warm, warm+ferrous or warm+ferrous/<rule>, not "${mode}"`);
    fs.writeFileSync(values["worker-out"], JSON.stringify(await measure(pkg, unhandledFiles, mode)));
    return;
  }
  const pluginSource = parsePluginSource(values.plugin);
  const packages = selectPackages(values.quick ? ["@tanstack/query-core", "@trpc/server"] : values.packages);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "ferrous-bench-"));
  const measured: PackageMeasurement[] = [];
  /**
   * Runs one worker in a fresh process and reads what it measured.
   * @throws {Error} when the worker fails.
   */
  const runWorker = (pkg: CorpusPackage, mode: RunMode): PackageMeasurement => {
    process.stderr.write(`lint bench: ${pkg.name}@${pkg.version} (${mode}) ...\n`);
    const file = path.join(scratch, `${slugOf(pkg.name)}.${mode.replace(/[^\w.-]/g, "_")}.json`);
    const args = ["--worker", pkg.name, "--mode", mode, "--worker-out", file, "--unhandled-files", values["unhandled-files"] ?? "60"];
    execFileSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bench", "lint.ts"), ...args], {
      cwd: repoRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, FERROUS_BENCH_PLUGIN: pluginSource },
    });
    return JSON.parse(fs.readFileSync(file, "utf8")) as PackageMeasurement;
  };
  const isolate = values.isolate.flatMap((r) => r.split(",")).map((r) => (r.startsWith("ferrous/") ? r : `ferrous/${r}`));
  /**
   * Every run of one package that the options ask for.
   * @throws {Error} when one of its workers fails.
   */
  const measurePackage = (pkg: CorpusPackage): PackageMeasurement => {
    const full = runWorker(pkg, "full");
    const isolated = Object.fromEntries(
      isolate.map((id) => {
        const run = runWorker(pkg, `warm+ferrous/${id.slice("ferrous/".length)}`);
        return [id, { ms: run.rules[id]?.ms ?? 0, parseMs: run.parseMs }];
      }),
    );
    const withIsolated = isolate.length === 0 ? full : { ...full, isolated };
    if (!values["cross-check"]) return withIsolated;
    const warm = runWorker(pkg, "warm");
    const withFerrous = runWorker(pkg, "warm+ferrous");
    const ferrousStatsMs = Object.values(withFerrous.rules)
      .filter((r) => r.group === "ferrous")
      .reduce((n, r) => n + r.ms, 0);
    return { ...withIsolated, crossCheck: { warmMs: warm.wallMs, warmFerrousMs: withFerrous.wallMs, ferrousStatsMs } };
  };
  const failed: string[] = [];
  for (const pkg of packages) {
    // One failing package must not throw away the minutes spent on the others.
    try {
      measured.push(measurePackage(pkg));
    } catch (error) {
      failed.push(pkg.name);
      process.stderr.write(`lint bench: ${pkg.name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  const summary = summarise(measured);
  printSummary(summary, measured);
  if (failed.length > 0) {
    process.stderr.write(`\nlint bench: ${failed.join(", ")} failed; results not written (the previous ones are kept)\n`);
    process.exitCode = 1;
    return;
  }
  const out = values.out ?? path.join(repoRoot, "bench", "results", "lint.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    plugin: pluginSource,
    method:
      "one ESLint run per package with stats: true; rules registered warm set → ferrous → anchors; each rule charged its create+listener time; baseline = sum of per-file parse times (program creation included)",
    unhandledFiles: unhandledFiles ?? "all",
    summary,
    packages: measured,
  };
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nwritten: ${path.relative(repoRoot, out)}\n`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error: unknown) => {
    process.stderr.write(`lint bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
