/**
 * Installs the packed tarball into fresh projects, the way a new user meets the package, and
 * uses the public API from ESM and CommonJS: code at run time, types with TypeScript under
 * `module: nodenext`. Also the zod bridge next to an installed zod, and the runtime alone,
 * installed with a plain `npm install ferrous`, with no peer present.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  installProject,
  locked,
  makeScratch,
  pack,
  removeScratch,
  repoTsc,
  run,
  runOk,
  tarballFiles,
  tsconfig,
  writeFiles,
} from "./helpers.js";

const scratch = makeScratch("tarball");
// ferrous with zod; `esm/` and `cjs/` are two consumers sharing its node_modules.
const app = path.join(scratch.dir, "app");
// `npm install ferrous` and nothing else.
const bare = path.join(scratch.dir, "bare");

const esmUse = `
import { Ok, Err, Result, Option, Some, None, matchTag, TaggedError, UnwrapError } from "ferrous";
class NotFound extends TaggedError("NotFound")<{ id: string }> {}
const r: Result<number, NotFound> = Math.random() > 2 ? Err(new NotFound({ id: "x" })) : Ok(20);
const doubled: number = r.map((n) => n * 2).unwrapOr(0);
const o: Option<string> = Option.from(new Map<string, string>().get("missing"));
const label = matchTag(r, { Ok: (ok) => \`ok \${String(ok.value)}\`, Err: (err) => \`err \${err.error.id}\` });
let thrown: unknown;
try { Err("boom").unwrap(); } catch (e) { thrown = e; }
console.log(JSON.stringify({ doubled, none: o === None, some: Some(1).isSome(), label, unwrapError: thrown instanceof UnwrapError, isResult: Result.isResult(r) }));
`;

const esmBridge = `
import { z } from "zod";
import { Option, Result } from "ferrous";
import { parse, parseAsync, parser, resultSchema, optionSchema } from "ferrous/zod";
const User = z.object({ name: z.string(), age: z.number().int() });
const good = parse(User, { name: "Ada", age: 36 });
const bad = parse(User, { name: "Ada" });
const name: string = good.isOk() ? good.value.name : "";
const issues: number = bad.isErr() ? bad.error.issues.length : -1;
const parseUser = parser(User);
const wire: Result<number, string> = resultSchema(z.number(), z.string()).parse({ tag: "Err", error: "nope" });
const maybe: Option<string> = optionSchema(z.string()).parse({ tag: "Some", value: "hi" });
parseAsync(User, { name: "Bo", age: 1.5 }).then((later) => {
  console.log(JSON.stringify({
    name,
    issues,
    viaParser: parseUser({ name: "X", age: 2 }).isOk(),
    wire: wire.mapErr((error) => error.toUpperCase()).toJSON(),
    wireIsResult: Result.isResult(wire),
    maybe: maybe.map((text) => text.length).unwrapOr(0),
    laterIsErr: later.isErr(),
  }));
});
`;

/** The same program for a CommonJS consumer: `import = require` is how such a file imports. */
function toCommonJs(source: string): string {
  return source
    .replace(
      /^import \{([^}]*)\} from "ferrous";$/mu,
      'import ferrous = require("ferrous");\nconst {$1} = ferrous;\ntype Result<T, E> = ferrous.Result<T, E>;\ntype Option<T> = ferrous.Option<T>;',
    )
    .replace(/^import \{([^}]*)\} from "ferrous\/zod";$/mu, 'import bridge = require("ferrous/zod");\nconst {$1} = bridge;')
    .replace(/^import \{ z \} from "zod";$/mu, 'import zod = require("zod");\nconst { z } = zod;');
}

const expectedUse = { doubled: 40, none: true, some: true, label: "ok 20", unwrapError: true, isResult: true } as const;
const expectedBridge = {
  name: "Ada",
  issues: 1,
  viaParser: true,
  wire: { tag: "Err", error: "NOPE" },
  wireIsResult: true,
  maybe: 2,
  laterIsErr: true,
} as const;

// Plain CommonJS: which packages did requiring ferrous's runtime load?
const loadedByRuntime = `
require("ferrous");
const packages = new Set(Object.keys(require.cache).flatMap((file) => {
  const match = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(file);
  return match ? [match[1]] : [];
}));
console.log(JSON.stringify([...packages]));
`;

beforeAll(() => {
  pack(scratch);
  // --omit=peer: the plugin's dependencies would otherwise pull in ESLint and TypeScript
  // (see the bare install's test), which these consumers do not need.
  installProject(app, "module", [scratch.tarball, locked("zod")], ["--omit=peer"]);
  const commonJs = JSON.stringify({ type: "commonjs" });
  writeFiles(app, {
    // One TypeScript program for both consumers: nodenext gives each file the module system
    // of its folder's package.json, as Node does.
    "tsconfig.json": tsconfig(["esm/*.ts", "cjs/*.ts"]),
    "esm/use.ts": esmUse,
    "esm/bridge.ts": esmBridge,
    "cjs/package.json": commonJs,
    "cjs/use.ts": toCommonJs(esmUse),
    "cjs/bridge.ts": toCommonJs(esmBridge),
    "cjs/loaded.cjs": loadedByRuntime,
    // Where the CommonJS consumer's compiled files land, they are still CommonJS.
    "out/cjs/package.json": commonJs,
  });
  installProject(bare, "module", [scratch.tarball]);
}, 240_000);

afterAll(() => {
  removeScratch(scratch);
});

describe("the packed tarball", () => {
  it("ships the build, the README, the licence and the rules' docs, and nothing else", () => {
    // `pack` has already checked every file package.json points at.
    const files = tarballFiles(scratch);
    expect(files.filter((file) => !/^\.\/(dist\/|docs\/rules\/[\w-]+\.md$|README\.md$|LICENSE$|package\.json$)/u.test(file))).toEqual([]);
    expect(files).toContain("./README.md");
    expect(files).toContain("./LICENSE");
  });

  it("compiles ESM and CommonJS consumers against its declarations, and runs them", () => {
    runOk("node", [repoTsc, "-p", "tsconfig.json", "--noEmit", "false", "--outDir", "out"], app);
    // The consumers' files as TypeScript transpiled them, against the installed build.
    for (const kind of ["esm", "cjs"]) {
      const out = path.join(app, "out", kind);
      expect(JSON.parse(runOk("node", ["use.js"], out)), kind).toEqual(expectedUse);
      expect(JSON.parse(runOk("node", ["bridge.js"], out)), kind).toEqual(expectedBridge);
    }
  }, 180_000);

  it("loads no other package when the runtime is required, though zod is installed", () => {
    const loaded = JSON.parse(runOk("node", ["loaded.cjs"], path.join(app, "cjs"))) as string[];
    expect(loaded).toEqual(["ferrous"]);
  });

  it.each([
    ["esm", "module", 'import { Ok } from "ferrous"; console.log(Ok(1).map((n) => n + 1).toString());', 'await import("ferrous/zod");', "Cannot find package 'zod'"],
    ["cjs", "commonjs", 'const { Ok } = require("ferrous"); console.log(Ok(1).map((n) => n + 1).toString());', 'require("ferrous/zod");', "Cannot find module 'zod'"],
  ])("runs the runtime without zod, and ferrous/zod names the missing peer (%s)", (_kind, inputType, useRuntime, useBridge, missing) => {
    expect(runOk("node", [`--input-type=${inputType}`, "-e", useRuntime], bare).trim()).toBe("Ok(2)");
    const bridge = run("node", [`--input-type=${inputType}`, "-e", useBridge], bare);
    expect(bridge.status).not.toBe(0);
    expect(bridge.stderr).toContain(missing);
  });

  it("installs with `npm install ferrous` without pulling in ESLint, TypeScript or a bridge's peer", () => {
    // The design: these peers are optional for a user of the runtime alone.
    const installed = readdirSync(path.join(bare, "node_modules"));
    const peers = ["eslint", "typescript", "typescript-eslint", "zod", "neverthrow", "ts-pattern"];
    expect(installed.filter((name) => peers.includes(name))).toEqual([]);
  });
});
