// `npm run examples`: runs every program in examples/ with tsx and shows its output.
// `npm run examples -- 03` runs only the examples whose folder name starts with 03.
import { Result } from "ferrous";
import { exampleNames, runExample } from "../tests/examples/harness.js";

async function runAll(names: readonly string[]): Promise<readonly string[]> {
  const failed: string[] = [];
  for (const name of names) {
    console.log(`\n=== examples/${name}/main.ts\n`);
    const run = await runExample(name, "inherit");
    if (run.code !== 0) failed.push(name);
  }
  return failed;
}

async function main(): Promise<void> {
  const only: readonly string[] = process.argv.slice(2);
  const names = Result.try(() => exampleNames()).map((all) =>
    all.filter((name) => only.length === 0 || only.some((prefix) => name.startsWith(prefix))),
  );
  if (names.isErr()) {
    console.error(`cannot list examples/: ${String(names.error)}`);
    process.exitCode = 2;
    return;
  }
  const failed = await runAll(names.value);
  if (failed.length > 0) {
    console.error(`\n${failed.length} example(s) failed: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}

await main();
