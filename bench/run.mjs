// `npm run bench`: runs every benchmark in sequence (each in a process of its own, so one
// cannot warm or slow another), then renders bench/results/*.json into
// bench/results/summary.md and bench/results/lint.svg. A benchmark whose file does not exist
// yet is skipped with a note; one that fails does not stop the others, but the exit code is 1.
//
//   npm run bench                          all benchmarks, lint on the whole corpus (< 15 min)
//   npm run bench -- --only lint,size      a subset (names: runtime, size, cli, lint)
//   npm run bench -- --quick               lint on the two small packages only (~2 min)
//   npm run bench -- --packages zod        other options go to bench/lint.ts (see its --help)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** The benchmarks, in the order they run; the first existing file of each is used. */
const benchmarks = [
  { name: "runtime", files: ["bench/runtime.bench.ts", "bench/runtime.bench.mjs"] },
  { name: "size", files: ["bench/size.ts", "bench/size.mjs"] },
  { name: "cli", files: ["bench/cli.bench.ts", "bench/cli.bench.mjs"] },
  { name: "lint", files: ["bench/lint.ts"], forwardArgs: true },
];

function parse(argv) {
  const forwarded = [];
  let only;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--only") only = argv[++i];
    else if (arg.startsWith("--only=")) only = arg.slice("--only=".length);
    else forwarded.push(arg);
  }
  const names = only === undefined ? undefined : new Set(only.split(",").map((s) => s.trim()));
  for (const name of names ?? []) {
    if (!benchmarks.some((b) => b.name === name)) {
      console.error(`bench: unknown benchmark "${name}"; choose from ${benchmarks.map((b) => b.name).join(", ")}`);
      process.exit(2);
    }
  }
  return { names, forwarded };
}

function runScript(file, args) {
  // TypeScript files run through tsx; the repository's tsconfig paths (`ferrous` → src) apply.
  const nodeArgs = file.endsWith(".ts") ? ["--import", "tsx", file, ...args] : [file, ...args];
  const started = Date.now();
  const { status, signal } = spawnSync(process.execPath, nodeArgs, { cwd: root, stdio: "inherit" });
  return { ok: status === 0, detail: signal ?? `exit ${status}`, seconds: (Date.now() - started) / 1000 };
}

const { names, forwarded } = parse(process.argv.slice(2));
const outcomes = [];
for (const bench of benchmarks) {
  if (names !== undefined && !names.has(bench.name)) continue;
  const file = bench.files.find((f) => fs.existsSync(path.join(root, f)));
  if (file === undefined) {
    console.log(`\n=== ${bench.name}: skipped, ${bench.files[0]} does not exist yet`);
    outcomes.push({ name: bench.name, result: "skipped (missing)" });
    continue;
  }
  console.log(`\n=== ${bench.name}: ${file}`);
  const run = runScript(file, bench.forwardArgs ? forwarded : []);
  outcomes.push({ name: bench.name, result: run.ok ? `ok in ${run.seconds.toFixed(0)} s` : `FAILED (${run.detail})` });
}

console.log("\n=== render: bench/render.ts");
const render = runScript("bench/render.ts", []);
outcomes.push({ name: "render", result: render.ok ? "ok" : `FAILED (${render.detail})` });

console.log("\n=== summary");
for (const o of outcomes) console.log(`  ${o.name.padEnd(8)} ${o.result}`);
process.exitCode = outcomes.some((o) => o.result.startsWith("FAILED")) ? 1 : 0;
