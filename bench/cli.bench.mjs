// `npm run bench -- --only cli`: `ferrous check` against plain `eslint` with the same rules
// through a flat config, on the corpus packages that `npm run corpus` materialised into
// .corpus/bench/<package>/ (a tsconfig.json + src/). Each run is a fresh process measured by
// /usr/bin/time (wall time, peak RSS); `ferrous check` runs with 1 and 2 threads. Also the
// time until the first progress output on a pseudo-terminal (util-linux `script`).
// Writes bench/results/cli.json. Needs the build (`npx tsdown`): it runs dist/cli.mjs.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const cli = path.resolve(root, process.env.FERROUS_CLI ?? "dist/cli.mjs");
const eslintBin = path.join(root, "node_modules/eslint/bin/eslint.js");
const corpus = path.join(root, ".corpus/bench");
const scratch = path.join(root, "bench/.scratch");
// Best of N, the variants interleaved so that a busy neighbour slows all of them alike.
const repeats = Number(process.env.CLI_BENCH_REPEATS ?? 2);

if (!fs.existsSync(cli)) {
  console.error(`cli bench: ${path.relative(root, cli)} is missing: run \`npx tsdown\` first`);
  process.exit(1);
}
const packages = fs.existsSync(corpus)
  ? fs.readdirSync(corpus).filter((name) => fs.existsSync(path.join(corpus, name, "tsconfig.json"))).sort()
  : [];
if (packages.length === 0) {
  console.error("cli bench: no corpus in .corpus/bench: run `npm run corpus` first");
  process.exit(1);
}

/** A flat config with exactly what `ferrous check` runs: the plugin's recommended-type-checked. */
function writeEslintConfig(dir) {
  const plugin = pathToFileURL(path.join(path.dirname(cli), "eslint-plugin.mjs")).href;
  const file = path.join(scratch, `eslint.${path.basename(dir)}.config.mjs`);
  fs.mkdirSync(scratch, { recursive: true });
  fs.writeFileSync(
    file,
    `import ferrous from ${JSON.stringify(plugin)};
const basePath = ${JSON.stringify(dir)};
export default [
  { basePath, files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"] },
  ...ferrous.configs["recommended-type-checked"].map((config) => ({ ...config, basePath })),
  { basePath, languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: basePath } },
    linterOptions: { reportUnusedDisableDirectives: "off" } },
];
`,
  );
  return file;
}

/** Runs a command under /usr/bin/time; returns seconds, peak RSS in MB, exit code, findings. */
function measure(args, cwd) {
  const run = spawnSync("/usr/bin/time", ["-f", "__time %e %M", process.execPath, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CI: "true" },
  });
  const match = /__time ([\d.]+) (\d+)/.exec(run.stderr);
  let findings;
  try {
    findings = JSON.parse(run.stdout).reduce((sum, result) => sum + result.messages.length, 0);
  } catch {
    findings = undefined;
  }
  const crashed = run.status === 2 || findings === undefined;
  return {
    seconds: match ? Number(match[1]) : undefined,
    peakMB: match ? Math.round(Number(match[2]) / 1024) : undefined,
    exitCode: run.status,
    findings,
    ...(crashed ? { error: run.stderr.split("\n").slice(0, 3).join(" ") } : {}),
  };
}

/** Seconds from start until `ferrous check [` shows on a terminal. */
function firstProgress(dir) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn("script", ["-qec", `'${process.execPath}' '${cli}' check --format json`, "/dev/null"], {
      cwd: dir,
      env: { ...process.env, CI: "false" },
      stdio: ["ignore", "pipe", "ignore"],
    });
    let seen;
    child.stdout.on("data", (chunk) => {
      if (seen === undefined && chunk.toString().includes("ferrous check [")) {
        seen = Number(process.hrtime.bigint() - started) / 1e9;
        child.kill();
      }
    });
    child.on("close", () => resolve(seen));
  });
}

const best = (runs) => runs.reduce((a, b) => ((b.seconds ?? Infinity) < (a.seconds ?? Infinity) ? b : a));
const results = [];
for (const name of packages) {
  const dir = path.join(corpus, name);
  const files = spawnSync("find", ["src", "-name", "*.ts", "-not", "-name", "*.d.ts"], { cwd: dir, encoding: "utf8" }).stdout.trim().split("\n").length;
  const config = writeEslintConfig(dir);
  const variants = {
    "ferrous check (1 thread)": [cli, "check", "--format", "json"],
    "ferrous check --concurrency 2": [cli, "check", "--format", "json", "--concurrency", "2"],
    "eslint (same rules, flat config)": [eslintBin, "--config", config, "--format", "json", "."],
  };
  const row = { package: name, files, runs: {} };
  const all = Object.fromEntries(Object.keys(variants).map((label) => [label, []]));
  for (let round = 0; round < repeats; round++) {
    for (const [label, args] of Object.entries(variants)) all[label].push(measure(args, dir));
  }
  for (const label of Object.keys(variants)) {
    row.runs[label] = best(all[label]);
    const r = row.runs[label];
    console.log(`${name.padEnd(22)} ${label.padEnd(34)} ${String(r.seconds).padStart(6)} s  ${String(r.peakMB).padStart(5)} MB  ${r.findings ?? "-"} findings${r.error ? `  ERROR: ${r.error}` : ""}`);
  }
  const firsts = [];
  for (let round = 0; round < repeats; round++) firsts.push(await firstProgress(dir));
  row.firstProgressSeconds = Math.min(...firsts.filter((s) => s !== undefined));
  console.log(`${name.padEnd(22)} first progress on a terminal after ${row.firstProgressSeconds?.toFixed(2)} s`);
  results.push(row);
}

fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
fs.writeFileSync(
  path.join(root, "bench/results/cli.json"),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: (await import("node:os")).availableParallelism(), results }, null, 2)}\n`,
);
console.log("wrote bench/results/cli.json");
