// What a bundler keeps of the built runtime (`npm run build` first; `npm test` does). The
// package says `"sideEffects": false`; these checks make sure every module-level statement
// really is droppable, so a user who imports one part does not ship the others. A nested call
// without its own `/* @__PURE__ */` mark once pulled Option and Result into a bundle of
// `TaggedError` alone (675 B became 2,252 B).
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundleMinified } from "../../bench/bundle.ts";

const root = path.join(import.meta.dirname, "..", "..");
const entry = path.join(root, "dist", "index.mjs");

/**
 * The minified bundle of `source`, with `ferrous` resolved to the built entry.
 *
 * @throws {Error} when dist/ is missing or esbuild fails.
 */
async function bundle(source: string): Promise<string> {
  if (!existsSync(entry)) throw new Error("dist/index.mjs is missing: run `npm run build` before these tests.");
  return new TextDecoder().decode(await bundleMinified(source, entry, root));
}

// Strings that only a given part of the runtime contains (they survive minification).
const resultCode = "ferrous.result";
const optionCode = "ferrous.option";
const genDriver = "(with a star)";
const jsonParser = "fromJSON";

describe("tree-shaking of the built runtime", () => {
  it("bundles no Result or Option for TaggedError, matchTag and the panics", async () => {
    const code = await bundle(
      'import { TaggedError, matchTag, panic, assertNever, unreachable } from "ferrous"; class A extends TaggedError("A") {} console.log(matchTag(new A(), { A: () => 1 }), panic, assertNever, unreachable);',
    );
    expect(code).toContain(": no handler for");
    expect(code).not.toContain(resultCode);
    expect(code).not.toContain(optionCode);
  });

  it("bundles Ok and Err without the do-notation driver or the JSON parsers", async () => {
    const code = await bundle('import { Ok, Err } from "ferrous"; console.log(Ok(1), Err("e"));');
    expect(code).toContain(resultCode);
    expect(code).not.toContain(genDriver);
    expect(code).not.toContain(jsonParser);
  });

  it("keeps the driver when Result.gen is used", async () => {
    const code = await bundle('import { Ok, Result } from "ferrous"; console.log(Result.gen(function* () { return yield* Ok(1); }));');
    expect(code).toContain(genDriver);
  });

  it("bundles nothing at all for an unused import", async () => {
    const code = await bundle('import { Ok, Some, Result, Option, TaggedError, matchTag } from "ferrous"; console.log(1);');
    expect(code.trim()).toBe("console.log(1);");
  });
});
