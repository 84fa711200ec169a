import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { clean, companionRules, counter, ensureBuilt, ferrous, makeProject, removeProject, repoRoot, throwing, tsconfig } from "./helpers.js";

beforeAll(ensureBuilt);

/** A project removed when the test that made it ends. */
const project = (files: Record<string, string>): string => {
  const dir = makeProject(files);
  onTestFinished(() => {
    removeProject(dir);
  });
  return dir;
};

const tsc = (dir: string): number | null =>
  spawnSync(process.execPath, [path.join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", "."], { cwd: dir, encoding: "utf8" }).status;

describe("--fix", () => {
  it("changes exactly the fixable lines, atomically, reports them, and the project still compiles", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing, "src/b.ts": counter, "src/c.ts": clean });
    expect(tsc(dir)).toBe(0);
    const run = ferrous(["check", "--fix", ...companionRules], dir);
    // The throw is not fixable: it remains, so the exit code is still 1.
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("note: fixed src/b.ts (1 line changed)");
    expect(run.stdout).toContain("only-throw-error");
    expect(run.stdout).not.toContain("prefer-readonly");
    expect(readFileSync(path.join(dir, "src/b.ts"), "utf8")).toBe(counter.replace("private count", "private readonly count"));
    expect(readFileSync(path.join(dir, "src/a.ts"), "utf8")).toBe(throwing);
    expect(readFileSync(path.join(dir, "src/c.ts"), "utf8")).toBe(clean);
    // No temporary file left beside the fixed one.
    expect(readdirSync(path.join(dir, "src")).sort()).toEqual(["a.ts", "b.ts", "c.ts"]);
    expect(tsc(dir)).toBe(0);

    const again = ferrous(["check", "--fix", "--rule", "@typescript-eslint/prefer-readonly"], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("note: --fix found nothing to fix");
  }, 180_000);
});

/** A flat config that runs the same two rules as `companionRules` through plain ESLint. */
function eslintConfig(): string {
  const tseslint = pathToFileURL(createRequire(import.meta.url).resolve("typescript-eslint")).href;
  return `import tseslint from ${JSON.stringify(tseslint)};
export default [
  { files: ["**/*.ts"], plugins: { "@typescript-eslint": tseslint.plugin },
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { "@typescript-eslint/only-throw-error": "error", "@typescript-eslint/prefer-readonly": "error" } },
];
`;
}

const eslint = (dir: string, args: readonly string[]): { code: number | null; stdout: string; stderr: string } => {
  const run = spawnSync(process.execPath, [path.join(repoRoot, "node_modules/eslint/bin/eslint.js"), ...args], { cwd: dir, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe("bulk suppressions in ESLint's eslint-suppressions.json", () => {
  const second = `export function g(): void {\n  throw 1;\n}\n`;

  it("records today's errors, lets only new ones fail, and prunes what no longer occurs", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing, "src/b.ts": counter });
    const file = path.join(dir, "eslint-suppressions.json");

    const recorded = ferrous(["check", "--suppress-all", ...companionRules], dir);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toBe("");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      "src/a.ts": { "@typescript-eslint/only-throw-error": { count: 1 } },
      "src/b.ts": { "@typescript-eslint/prefer-readonly": { count: 1 } },
    });

    // Unchanged code: clean. One more throw in a.ts: all of a.ts's throws are reported.
    expect(ferrous(["check", ...companionRules], dir).code).toBe(0);
    writeFileSync(path.join(dir, "src/a.ts"), throwing + second);
    const grown = ferrous(["check", "--format", "json", ...companionRules], dir);
    expect(grown.code).toBe(1);
    const results = JSON.parse(grown.stdout) as { filePath: string; messages: unknown[]; suppressedMessages: unknown[] }[];
    expect(results.map((r) => [path.basename(r.filePath), r.messages.length, r.suppressedMessages.length])).toEqual([
      ["a.ts", 2, 0],
      ["b.ts", 0, 1],
    ]);

    // Fixed b.ts: its entry is now unused, the run says so, and pruning drops it.
    writeFileSync(path.join(dir, "src/a.ts"), throwing);
    writeFileSync(path.join(dir, "src/b.ts"), clean);
    const stale = ferrous(["check", ...companionRules], dir);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toContain("1 entry of eslint-suppressions.json no longer occur: run with --prune-suppressions");
    expect(ferrous(["check", "--prune-suppressions", ...companionRules], dir).code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ "src/a.ts": { "@typescript-eslint/only-throw-error": { count: 1 } } });
  }, 300_000);

  it("--suppress-rule records only that rule", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing, "src/b.ts": counter });
    const run = ferrous(["check", "--suppress-rule", "@typescript-eslint/prefer-readonly", ...companionRules], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("only-throw-error");
    expect(JSON.parse(readFileSync(path.join(dir, "eslint-suppressions.json"), "utf8"))).toEqual({
      "src/b.ts": { "@typescript-eslint/prefer-readonly": { count: 1 } },
    });
  });

  it("writes the same bytes as `eslint --suppress-all`, and each tool accepts the other's file", () => {
    const dir = project({ "tsconfig.json": tsconfig, "src/a.ts": throwing + second, "src/b.ts": counter, "eslint.config.mjs": eslintConfig() });
    const file = path.join(dir, "eslint-suppressions.json");

    expect(eslint(dir, ["--suppress-all", "src"]).code).toBe(0);
    const eslintWritten = readFileSync(file, "utf8");
    expect(ferrous(["check", "--prune-suppressions", ...companionRules], dir).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(eslintWritten);

    writeFileSync(file, "{}");
    expect(ferrous(["check", "--suppress-all", ...companionRules], dir).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(eslintWritten);
    // Plain ESLint: everything suppressed and no unused suppression (which it would fail with exit 2).
    const plain = eslint(dir, ["src"]);
    expect(plain.stderr).toBe("");
    expect(plain.code).toBe(0);
    expect(existsSync(path.join(dir, ".eslintcache"))).toBe(false);
  }, 300_000);
});
