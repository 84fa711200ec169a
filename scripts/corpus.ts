/**
 * `npm run corpus`: lints the real TypeScript of `/work/shared/corpus.md` (installed into the
 * gitignored `.corpus/`) with the plugin's type-checked config and prints, per package, files,
 * findings per rule, crashes and time; exits 1 on any crash. See `--help`.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Linter } from "eslint";
import { compileDiagnostics, newDiagnostics } from "./corpus/fix-check.js";
import { selectPackages } from "./corpus/packages.js";
import { loadPlugin, parseConfigName, parsePluginSource } from "./corpus/plugin.js";
import { corpusDir, materialise, type PreparedPackage, prepareCorpus } from "./corpus/prepare.js";
import { countByRule, type Finding, lintProject } from "./corpus/run-lint.js";

const usage = `Usage: npm run corpus -- [options]
  --package <name>   only this corpus package (repeatable, or comma-separated)
  --rule <id>        only this rule (repeatable; "no-unwrap" means "ferrous/no-unwrap")
  --sample <N>       print N findings per rule, to read by hand
  --fix-check        apply every autofix to a copy and check it compiles as before
  --config <name>    plugin config (default strict-type-checked)
  --plugin src|dist  the plugin from src/ via tsx (default) or the built dist/
The report is also written to .corpus/report.json.`;

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/**
 * The configs with only the chosen rules on (all of them when none is chosen).
 * @throws {Error} when a chosen rule is not a rule of any plugin in the configs.
 */
function selectRules(configs: readonly Linter.Config[], chosen: readonly string[]): Linter.Config[] {
  if (chosen.length === 0) return [...configs];
  const ids = new Set(chosen.flatMap((r) => r.split(",")).map((r) => (r.includes("/") ? r : `ferrous/${r}`)));
  const known = new Set(
    configs.flatMap((c) =>
      Object.entries(c.plugins ?? {}).flatMap(([prefix, plugin]) => Object.keys(plugin.rules ?? {}).map((r) => `${prefix}/${r}`)),
    ),
  );
  for (const id of ids) if (!known.has(id)) throw new Error(`--rule ${id}: no such rule in the config's plugins`);
  const merged: Linter.RulesRecord = Object.assign({}, ...configs.map((c) => c.rules ?? {})) as Linter.RulesRecord;
  const rules: Linter.RulesRecord = {};
  for (const id of Object.keys(merged)) rules[id] = "off";
  for (const id of ids) rules[id] = merged[id] ?? "error";
  return [...configs, { name: "corpus/--rule", rules }];
}

/** `count` findings of one rule, spread over the list so they do not all come from one file. */
function sample(findings: readonly Finding[], count: number): Finding[] {
  if (findings.length <= count) return [...findings];
  const step = findings.length / count;
  return Array.from({ length: count }, (_, i) => findings[Math.floor(i * step)]).filter((f) => f !== undefined);
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

interface FixCheckReport {
  readonly fixesByRule: Record<string, number>;
  readonly diagnosticsBefore: number;
  readonly diagnosticsAfter: number;
  readonly newDiagnostics: readonly { file: string; code: number; text: string }[];
}

/**
 * Applies every autofix to a fresh copy of the package and compares TypeScript's diagnostics.
 * @throws {Error} when the copy cannot be made or linting fails.
 */
async function fixCheck(project: PreparedPackage, configs: readonly Linter.Config[], fixable: readonly Finding[]): Promise<FixCheckReport> {
  const copy = materialise(project.pkg, path.join(corpusDir, "fix", path.basename(project.dir)));
  const before = compileDiagnostics(copy.tsconfig);
  await lintProject(copy, { configs, fix: true });
  const after = compileDiagnostics(copy.tsconfig);
  return {
    fixesByRule: countByRule(fixable),
    diagnosticsBefore: before.length,
    diagnosticsAfter: after.length,
    newDiagnostics: newDiagnostics(before, after),
  };
}

/**
 * @throws {Error} on a bad option, or when the corpus cannot be installed, linted or reported.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      package: { type: "string", multiple: true, default: [] },
      rule: { type: "string", multiple: true, default: [] },
      sample: { type: "string" },
      "fix-check": { type: "boolean", default: false },
      config: { type: "string" },
      plugin: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    log(usage);
    return 0;
  }
  const sampleSize = values.sample === undefined ? 0 : Number(values.sample);
  if (!Number.isInteger(sampleSize) || sampleSize < 0) throw new Error(`--sample must be a whole number, not "${values.sample ?? ""}"`);
  const pluginSource = parsePluginSource(values.plugin);
  const configName = parseConfigName(values.config);
  const packages = selectPackages(values.package);
  const plugin = await loadPlugin(pluginSource);
  const configs = selectRules(plugin.configs[configName], values.rule);
  const projects = prepareCorpus(packages, "pkgs", log);
  log(`ferrous ${configName} (plugin from ${pluginSource}/) on ${projects.length} corpus packages\n`);

  let failed = false;
  const reports = [];
  for (const project of projects) {
    const { pkg } = project;
    const run = await lintProject(project, { configs });
    const crashes = run.crashes.length + run.fatals.length;
    log(`${pkg.name}@${pkg.version}: ${project.files.length} files, ${seconds(run.ms)}, ${crashes} crashes`);
    const counts = countByRule(run.findings);
    for (const [ruleId, count] of Object.entries(counts)) log(`  ${ruleId.padEnd(52)} ${String(count).padStart(6)}`);
    if (Object.keys(counts).length === 0) log("  (no findings)");
    const rel = (file: string): string => path.relative(project.dir, file);
    for (const crash of run.crashes) {
      failed = true;
      log(`  CRASH ${crash.ruleId} on ${rel(crash.file)}: ${crash.message}\n${crash.stack.replace(/^/gm, "      ")}`);
    }
    for (const fatal of run.fatals) {
      failed = true;
      log(`  FATAL ${rel(fatal.file)} ${fatal.message}`);
    }
    const samples: Record<string, Finding[]> = {};
    if (sampleSize > 0) {
      for (const ruleId of Object.keys(counts)) {
        const picked = sample(run.findings.filter((f) => f.ruleId === ruleId), sampleSize);
        samples[ruleId] = picked.map((f) => ({ ...f, file: rel(f.file) }));
        log(`  sample of ${ruleId}:`);
        for (const f of picked) log(`    ${rel(f.file)}:${f.line}:${f.column}  ${f.message}`);
      }
    }
    let fixReport: FixCheckReport | undefined;
    if (values["fix-check"]) {
      fixReport = await fixCheck(project, configs, run.findings.filter((f) => f.fixable));
      const applied = Object.entries(fixReport.fixesByRule).map(([r, n]) => `${r} ${n}`).join(", ") || "none";
      const ok = fixReport.newDiagnostics.length === 0;
      if (!ok) failed = true;
      log(`  fix-check: fixes ${applied}; tsc diagnostics ${fixReport.diagnosticsBefore} before, ${fixReport.diagnosticsAfter} after: ${ok ? "ok" : "NEW ERRORS"}`);
      for (const d of fixReport.newDiagnostics.slice(0, 20)) log(`    ${d.file} TS${d.code}: ${d.text}`);
    }
    log("");
    reports.push({
      name: pkg.name,
      version: pkg.version,
      files: project.files.length,
      ms: Math.round(run.ms),
      findings: counts,
      crashes: run.crashes.map((c) => ({ ...c, file: rel(c.file) })),
      fatals: run.fatals.map((f) => ({ ...f, file: rel(f.file) })),
      ...(sampleSize > 0 ? { samples } : {}),
      ...(fixReport === undefined ? {} : { fixCheck: fixReport }),
    });
  }
  const report = { generatedAt: new Date().toISOString(), config: configName, plugin: pluginSource, rules: values.rule, packages: reports };
  fs.writeFileSync(path.join(corpusDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  log(`report: .corpus/report.json${failed ? "\nFAILED: crashes, fatal messages or fixes that break compilation (see above)" : ""}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`corpus: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
