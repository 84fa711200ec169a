import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { cliPath, ensureBuilt, ferrous, makeProject, removeProject, repoRoot, snapshot, stackLine, throwing, tsconfig } from "./helpers.js";

beforeAll(ensureBuilt);

/** A project removed when the test that made it ends. */
const project = (files: Record<string, string>): string => {
  const dir = makeProject(files);
  onTestFinished(() => {
    removeProject(dir);
  });
  return dir;
};

/** Exit 2, exactly one line on stderr that matches, nothing on stdout, no stack, nothing written. */
function expectUsageError(args: readonly string[], dir: string, message: RegExp, bin?: string): void {
  const before = snapshot(dir);
  const run = ferrous(args, dir, undefined, bin);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(stackLine);
  expect(snapshot(dir)).toEqual(before);
}

describe("bad input: one line, exit 2, nothing written", () => {
  it("a path that does not exist", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing });
    expectUsageError(["check", "src/nope.ts", "--fix"], dir, /^ferrous: src\/nope\.ts does not exist: pass files or folders of the project\n$/);
  });

  it("no tsconfig.json here or above", () => {
    const dir = project({ "src/a.ts": throwing });
    expectUsageError(["check", "--fix"], dir, /^ferrous: No tsconfig\.json found in .+ or its parents: run `npx tsc --init`, or pass --project <path>\n$/);
  });

  it("a --project that does not exist", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing });
    expectUsageError(["check", "-p", "tsconfig.build.json"], dir, /^ferrous: tsconfig\.build\.json does not exist: pass an existing tsconfig to --project\n$/);
  });

  it("a tsconfig that does not parse", () => {
    const dir = project({ "tsconfig.json": '{ "compilerOptions": { "strict": true,, } ', "src/a.ts": throwing });
    expectUsageError(["check"], dir, /^ferrous: tsconfig\.json does not parse \(.*error TS\d+: .+\): fix it until `npx tsc -p tsconfig\.json` accepts it\n$/);
  });

  it("a tsconfig that includes no files", () => {
    const dir = project({ "tsconfig.json": JSON.stringify({ include: ["lib"] }), "src/a.ts": throwing });
    expectUsageError(["check"], dir, /^ferrous: tsconfig\.json includes no TypeScript files: check its "include", "files" and "references"\n$/);
  });

  it("an unknown option, with commander's suggestion", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing });
    expectUsageError(["check", "--fromat", "json"], dir, /^error: unknown option '--fromat' \(Did you mean --format\?\)\n$/);
  });

  it("an unknown format, with the choices", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing });
    expectUsageError(["check", "--format", "xml"], dir, /^error: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are pretty, json, sarif\.\n$/);
  });

  it("an unknown command", () => {
    const dir = project({ "tsconfig.json": tsconfig });
    expectUsageError(["chek"], dir, /^error: unknown command 'chek' \(Did you mean check\?\)\n$/);
  });

  it("an unknown rule", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing });
    expectUsageError(["check", "--rule", "no-unwarp"], dir, /^ferrous: --rule no-unwarp: no such rule in ferrous check: use one of ferrous\/.+/);
  });

  it("--max-warnings that is not a number", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing });
    expectUsageError(["check", "--max-warnings", "many"], dir, /^error: option '--max-warnings <n>' argument 'many' is invalid\. Expected a whole number of 0 or more\.\n$/);
  });

  it("--ignore that leaves nothing", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing });
    expectUsageError(["check", "--ignore", "src/**"], dir, /^ferrous: --ignore left no file to check \(1 ignored\): loosen the --ignore globs\n$/);
  });

  it("an eslint-suppressions.json that does not parse", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing, "eslint-suppressions.json": "{ nope" });
    expectUsageError(["check", "--prune-suppressions"], dir, /^ferrous: eslint-suppressions\.json does not parse: fix it, or delete it and run with --suppress-all\n$/);
  });

  it("conflicting suppression options", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing });
    expectUsageError(["check", "--suppress-all", "--prune-suppressions"], dir, /^error: option '--suppress-all' cannot be used with option '--prune-suppressions'\n$/);
  });
});

describe("missing or unsupported peers", () => {
  /**
   * Installs the built package into a project's node_modules with its own dependencies but
   * only the peers given, so resolution from the bin sees exactly them.
   */
  function install(peers: Record<string, string>): { dir: string; bin: string } {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing });
    const home = path.join(dir, "node_modules/ferrous");
    mkdirSync(home, { recursive: true });
    cpSync(path.dirname(cliPath), path.join(home, "dist"), { recursive: true });
    cpSync(path.join(repoRoot, "package.json"), path.join(home, "package.json"));
    for (const dependency of ["commander", "picocolors", "cli-progress", "ci-info"]) {
      symlinkSync(path.join(repoRoot, "node_modules", dependency), path.join(dir, "node_modules", dependency));
    }
    for (const [name, version] of Object.entries(peers)) {
      mkdirSync(path.join(dir, "node_modules", name), { recursive: true });
      writeFileSync(path.join(dir, "node_modules", name, "package.json"), JSON.stringify({ name, version, main: "index.js" }));
      writeFileSync(path.join(dir, "node_modules", name, "index.js"), "");
    }
    return { dir, bin: path.join(home, "dist", path.basename(cliPath)) };
  }

  it("names the packages to install when eslint and typescript-eslint are missing", () => {
    const { dir, bin } = install({ typescript: "6.0.3" });
    expectUsageError(["check"], dir, /^ferrous: ferrous check needs eslint, typescript-eslint, not installed here: run `npm install -D eslint@\^10 typescript-eslint@\^8\.72`\n$/, bin);
  });

  it("names typescript-eslint's helpers when a strict installer hides them (pnpm)", () => {
    const { dir, bin } = install({ typescript: "6.0.3", eslint: "10.15.0", "typescript-eslint": "8.72.0" });
    expectUsageError(
      ["check"],
      dir,
      /^ferrous: ferrous check needs @typescript-eslint\/utils, @typescript-eslint\/type-utils, not installed here: run `npm install -D @typescript-eslint\/utils@\^8\.72 @typescript-eslint\/type-utils@\^8\.72`\n$/,
      bin,
    );
  });

  it("names the version to install when TypeScript is too new", () => {
    const { dir, bin } = install({ typescript: "7.0.2", eslint: "10.15.0", "typescript-eslint": "8.72.0" });
    expectUsageError(["check"], dir, /^ferrous: ferrous check needs typescript >=5\.4\.0 <6\.1\.0 but found 7\.0\.2: run `npm install -D typescript@~6\.0`\n$/, bin);
  });

  it("names the version to install when ESLint is too old", () => {
    const { dir, bin } = install({ typescript: "6.0.3", eslint: "8.57.0", "typescript-eslint": "8.72.0" });
    expectUsageError(["check"], dir, /^ferrous: ferrous check needs eslint \^9\.22\.0 \|\| \^10\.0\.0 but found 8\.57\.0: run `npm install -D eslint@\^10`\n$/, bin);
  });
});
