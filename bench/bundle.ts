// One way to bundle a snippet as a user's bundler would, shared by the size benchmark
// (bench/size.ts) and the tree-shaking tests (tests/package/tree-shaking.test.ts).
import { build } from "esbuild";

/**
 * `source` bundled with esbuild, minified, as ESM, with `ferrous` resolved to `entry` (the
 * built package as a user installs it, not the sources). Other imports resolve from `resolveDir`.
 *
 * @throws {Error} when esbuild cannot bundle it.
 */
export async function bundleMinified(source: string, entry: string, resolveDir: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
    alias: { ferrous: entry },
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}
