// `npm run examples`: runs every program in examples/ with tsx and shows its output.
// `npm run examples -- 03` runs only the examples whose folder name starts with 03.
import { exampleNames, runExample } from "../tests/examples/harness.js";

const only = process.argv.slice(2);
const names = exampleNames().filter((name) => only.length === 0 || only.some((prefix) => name.startsWith(prefix)));
const failed: string[] = [];

for (const name of names) {
  console.log(`\n=== examples/${name}/main.ts\n`);
  const run = await runExample(name, "inherit");
  if (run.code !== 0) failed.push(name);
}

if (failed.length > 0) {
  console.error(`\n${failed.length} example(s) failed: ${failed.join(", ")}`);
  process.exitCode = 1;
}
