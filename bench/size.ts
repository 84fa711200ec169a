// `npm run bench -- --only size`: what `import { Ok, Err } from "ferrous"` costs in a user's
// bundle, next to neverthrow's `ok, err` (design.md: under 1,000 bytes minified and gzipped).
// Bundles the built package (dist/, run `npx tsdown` first) with esbuild, minified, ESM, and
// gzips at level 9. Also: a chain (map/andThen/unwrapOr), the statics, and the whole runtime.
// Results: bench/results/size.json (merged with what other size figures are already there).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { bundleMinified } from "./bundle.ts";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, "dist", "index.mjs");
if (!existsSync(dist)) {
  console.error("bench/size.ts: dist/index.mjs is missing; run `npx tsdown` first");
  process.exit(2);
}

const cases: Readonly<Record<string, string>> = {
  "ferrous Ok, Err": `import { Ok, Err } from "ferrous"; console.log(Ok(1), Err("e"));`,
  "ferrous chain": `import { Ok, Err } from "ferrous"; console.log(Ok(1).map((x) => x + 1).andThen((x) => (x > 0 ? Ok(x) : Err("neg"))).unwrapOr(0));`,
  "ferrous Result statics": `import { Ok, Result } from "ferrous"; console.log(Result.all([Ok(1)]), Result.gen(function* () { return yield* Ok(1); }));`,
  "ferrous TaggedError, matchTag": `import { TaggedError, matchTag } from "ferrous"; class A extends TaggedError("A") {} console.log(matchTag(new A(), { A: () => 1 }));`,
  "ferrous everything": `import * as f from "ferrous"; console.log(f);`,
  "neverthrow ok, err": `import { ok, err } from "neverthrow"; console.log(ok(1), err("e"));`,
  "neverthrow chain": `import { ok, err } from "neverthrow"; console.log(ok(1).map((x) => x + 1).andThen((x) => (x > 0 ? ok(x) : err("neg"))).unwrapOr(0));`,
};

interface Size {
  readonly minified: number;
  readonly gzip: number;
}

/**
 * The minified and gzipped size of a bundle of `source`.
 *
 * @throws {Error} when esbuild cannot bundle it.
 */
async function sizeOf(source: string): Promise<Size> {
  const code = await bundleMinified(source, dist, root);
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * The version field of a package.json.
 *
 * @throws {Error} when the file cannot be read or parsed.
 */
function versionOf(path: string): string {
  return (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
}

/**
 * Bundles every case and writes bench/results/size.json.
 *
 * @throws {Error} when esbuild fails or the results cannot be written.
 */
async function main(): Promise<void> {
  const sizes: Record<string, Size> = {};
  for (const [name, source] of Object.entries(cases)) {
    sizes[name] = await sizeOf(source);
    console.log(`${name.padEnd(32)} ${String(sizes[name].minified).padStart(7)} B min ${String(sizes[name].gzip).padStart(6)} B gzip`);
  }

  const target = 1000;
  const okErr = sizes["ferrous Ok, Err"]?.gzip ?? Number.NaN;
  console.log(`\nOk, Err: ${okErr} B gzip (target < ${target}: ${okErr < target ? "met" : "NOT met"})`);

  const outFile = join(root, "bench", "results", "size.json");
  const previous: Record<string, unknown> = existsSync(outFile)
    ? (JSON.parse(readFileSync(outFile, "utf8")) as Record<string, unknown>)
    : {};
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify(
      {
        ...previous,
        runtime: {
          date: new Date().toISOString(),
          method: "esbuild --bundle --minify --format=esm of the built dist, gzip -9",
          versions: {
            ferrous: versionOf(join(root, "package.json")),
            neverthrow: versionOf(join(root, "node_modules", "neverthrow", "package.json")),
            esbuild: versionOf(join(root, "node_modules", "esbuild", "package.json")),
          },
          bytes: sizes,
          okErrTarget: target,
          okErrMet: okErr < target,
        },
      },
      null,
      2,
    )}\n`,
  );
  console.log("wrote bench/results/size.json");
}

main().catch((error: unknown) => {
  process.stderr.write(`size bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
