/**
 * Installs the packed tarball into scratch ESM and CommonJS projects, the way a new user
 * meets the package, and uses the public API from each: code at run time, types with the
 * project's TypeScript under `module: nodenext`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..", "..");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const scratch = mkdtempSync(path.join(os.tmpdir(), "ferrous-tarball-"));
let tarball = "";

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function makeProject(name: string, type: "module" | "commonjs", files: Readonly<Record<string, string>>): string {
  const dir = path.join(scratch, name);
  run("mkdir", ["-p", dir], scratch);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, private: true, type }));
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ["*.ts", "*.cts", "*.mts"],
    }),
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

const esmUse = `
import { Ok, Err, Result, Option, Some, None, matchTag, TaggedError, UnwrapError } from "ferrous";
class NotFound extends TaggedError("NotFound")<{ id: string }> {}
const r: Result<number, NotFound> = Math.random() > 2 ? Err(new NotFound({ id: "x" })) : Ok(20);
const doubled: number = r.map((n) => n * 2).unwrapOr(0);
const o: Option<string> = Option.from<string>(null);
const label = matchTag(r, { Ok: (ok) => \`ok \${ok.value}\`, Err: (err) => \`err \${err.error.id}\` });
let thrown: unknown;
try { Err("boom").unwrap(); } catch (e) { thrown = e; }
console.log(JSON.stringify({ doubled, none: o === None, some: Some(1).isSome(), label, unwrapError: thrown instanceof UnwrapError, isResult: Result.isResult(r) }));
`;

const cjsUse = esmUse.replace(
  /^import \{([^}]*)\} from "ferrous";$/m,
  'import ferrous = require("ferrous");\nconst {$1} = ferrous;\ntype Result<T, E> = ferrous.Result<T, E>;\ntype Option<T> = ferrous.Option<T>;',
);

beforeAll(() => {
  run("npm", ["pack", "--ignore-scripts", "--pack-destination", scratch], root);
  const packed = readdirSync(scratch).find((file) => file.endsWith(".tgz"));
  if (packed === undefined) throw new Error("npm pack produced no tarball");
  tarball = path.join(scratch, packed);
}, 120_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  it.each([
    ["esm", "module", { "use.mts": esmUse }, "use.mts"],
    ["cjs", "commonjs", { "use.cts": cjsUse }, "use.cts"],
  ] as const)("installs into a fresh %s project and its API works", (name, type, files, entry) => {
    const dir = makeProject(`consumer-${name}`, type, files);
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--omit=peer", tarball], dir);
    // Types: the consumer compiles against the installed declaration files.
    run("node", [tsc, "-p", "tsconfig.json"], dir);
    // Code: the same file, transpiled by TypeScript, runs against the installed build.
    run("node", [tsc, "-p", "tsconfig.json", "--noEmit", "false", "--outDir", "out"], dir);
    const output = run("node", [path.join("out", entry.replace(/\.(m|c)ts$/, ".$1js"))], dir);
    expect(JSON.parse(output)).toEqual({
      doubled: 40,
      none: true,
      some: true,
      label: "ok 20",
      unwrapError: true,
      isResult: true,
    });
  }, 180_000);
});
