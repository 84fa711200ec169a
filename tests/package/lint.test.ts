/**
 * Linting as a new user meets it: the packed tarball installed next to ESLint,
 * typescript-eslint and TypeScript in a fresh project, used through a flat config of the
 * user's own (`ferrous/eslint-plugin`) and through `npx ferrous check`, which needs none.
 * The findings prove that the `@mustUse` tags survive into the shipped declaration files and
 * that the rules recognise the installed package's types. One install serves every case:
 * the CLI's other projects are folders with their own tsconfig under it.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanSources, fixableSources, fixedGreeter, flawedSources } from "./fixtures.js";
import {
  type FindingSource,
  expectedFindings,
  findings,
  installProject,
  locked,
  makeScratch,
  pack,
  removeScratch,
  run,
  runOk,
  snapshotFiles,
  tsconfig,
  writeFiles,
} from "./helpers.js";

const scratch = makeScratch("lint");
const project = path.join(scratch.dir, "project");
const clean = path.join(project, "clean");
const fixable = path.join(project, "fixable");

// A terminal would get colours; a pipe, which is what the tests see, must not.
const ansiEscape = "\u001b[";

const esmConfig = `import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import ferrous from "ferrous/eslint-plugin";

export default defineConfig(
  tseslint.configs.recommendedTypeChecked,
  ferrous.configs["recommended-type-checked"],
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
);
`;

const cjsConfig = `const { defineConfig } = require("eslint/config");
const tseslint = require("typescript-eslint");
const ferrous = require("ferrous/eslint-plugin");

module.exports = defineConfig(
  tseslint.configs.recommendedTypeChecked,
  ferrous.configs["recommended-type-checked"],
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } } },
);
`;

// A strict TypeScript config file, as `eslint --config eslint.config.ts` (with jiti) loads it.
const typedConfig = `import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import ferrous from "ferrous/eslint-plugin";

// The plugin's types ride on its default export, in ESM and CommonJS alike.
const preset: ferrous.ConfigName = "strict-type-checked";

export default defineConfig(
  tseslint.configs.strictTypeChecked,
  ferrous.configs[preset],
  {
    files: ["scripts/**/*.ts"],
    plugins: { ferrous },
    rules: { "ferrous/no-unwrap": "off" },
  },
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
);
`;

// The same from a CommonJS TypeScript file: the `.d.cts` types must describe `module.exports`.
const typedCjsConfig = `import ferrous = require("ferrous/eslint-plugin");
import tseslint = require("typescript-eslint");
import eslintConfig = require("eslint/config");

export = eslintConfig.defineConfig(
  tseslint.configs.recommendedTypeChecked,
  ferrous.configs["recommended-type-checked"],
  { plugins: { ferrous } },
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } } },
);
`;

// ESLint rejects two objects under one plugin name, so both module systems must share one.
const identityCheck = `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const imported = (await import("ferrous/eslint-plugin")).default;
const required = require("ferrous/eslint-plugin");
console.log(JSON.stringify({
  same: imported === required,
  sameInConfigs: imported.configs["recommended"][0].plugins.ferrous === required,
  configs: Object.keys(required.configs ?? {}),
  rules: Object.keys(required.rules ?? {}),
}));
`;

const sources: Readonly<Record<string, string>> = { ...flawedSources, "src/clean.ts": cleanSources["src/main.ts"] ?? "" };

beforeAll(() => {
  pack(scratch);
  installProject(project, "module", [
    locked("eslint"),
    locked("typescript-eslint"),
    locked("typescript"),
    locked("@types/node"),
    scratch.tarball,
  ]);
  writeFiles(project, {
    ...sources,
    "tsconfig.json": tsconfig(["src"]),
    "eslint.config.js": esmConfig,
    "eslint.config.cjs": cjsConfig,
    "eslint.config.ts": typedConfig,
    "eslint.config.cts": typedCjsConfig,
    // skipLibCheck, as most projects have it: checking every .d.ts of ESLint and
    // typescript-eslint costs most of a minute here and is not ferrous's to check.
    "tsconfig.configs.json": tsconfig(["eslint.config.ts", "eslint.config.cts"], ["node"], true),
    "identity.mjs": identityCheck,
  });
  writeFiles(clean, { ...cleanSources, "tsconfig.json": tsconfig(["src"]) });
  writeFiles(fixable, { ...fixableSources, "tsconfig.json": tsconfig(["src"]) });
}, 240_000);

afterAll(() => {
  removeScratch(scratch);
});

function lint(configFile: string): string[] {
  const outcome = run("npx", ["eslint", "--config", configFile, "--format", "json", "src"], project);
  expect(outcome.stderr).toBe("");
  expect(outcome.status).toBe(1);
  return findings(JSON.parse(outcome.stdout) as FindingSource[], project);
}

describe("ferrous/eslint-plugin from the packed tarball", () => {
  it("reports each rule's mistake at its line under an ESM eslint.config.js", () => {
    expect(lint("eslint.config.js")).toEqual(expectedFindings(sources));
  }, 120_000);

  it("reports the same under a CommonJS eslint.config.cjs", () => {
    expect(lint("eslint.config.cjs")).toEqual(expectedFindings(sources));
  }, 120_000);

  it("hands out the very same plugin object to import and require, with a docs page per rule", () => {
    const output = JSON.parse(runOk("node", ["identity.mjs"], project)) as { rules: string[] };
    expect(output).toMatchObject({
      same: true,
      sameInConfigs: true,
      configs: ["recommended", "recommended-type-checked", "strict", "strict-type-checked"],
    });
    expect(output.rules).toEqual(expect.arrayContaining(["must-use-result", "no-unwrap", "exhaustive-match"]));
    const docs = readdirSync(path.join(project, "node_modules", "ferrous", "docs", "rules"));
    expect(output.rules.filter((rule) => !docs.includes(`${rule}.md`))).toEqual([]);
  });

  it("types strict ESM and CommonJS config files that use defineConfig with ferrous's configs", () => {
    const outcome = run("node", [path.join("node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.configs.json"], project);
    const diagnostics = (outcome.stdout + outcome.stderr).split("\n").filter((line) => line !== "");
    // One TypeScript program for both files; each file's errors are its own failure.
    for (const file of ["eslint.config.ts", "eslint.config.cts"]) {
      expect.soft(diagnostics.filter((line) => line.startsWith(`${file}(`)), file).toEqual([]);
    }
    expect(diagnostics.filter((line) => !/^(eslint\.config\.c?ts\(|\s)/u.test(line))).toEqual([]);
  }, 120_000);
});

function ferrous(cwd: string, ...args: string[]): ReturnType<typeof run> {
  return run("npx", ["ferrous", ...args], cwd);
}

describe("npx ferrous check from the packed tarball", () => {
  it("reports each finding readably, exits 1, and writes nothing", () => {
    const before = snapshotFiles(project);
    const outcome = ferrous(project, "check");
    expect(outcome.status).toBe(1);
    const report = outcome.stdout + outcome.stderr;
    expect(report).not.toContain(ansiEscape);
    for (const finding of expectedFindings(sources)) {
      const [, line, rule] = /^[^:]+:(\d+) (.+)$/u.exec(finding) ?? [];
      // Each finding names its rule and line, with a link to the rule's page.
      expect(report).toMatch(new RegExp(`\\b${line ?? "?"}:\\d+ .*${rule ?? "?"}`, "u"));
      expect(report).toContain(`docs/rules/${(rule ?? "?").replace("ferrous/", "")}.md`);
    }
    expect(report).toContain("src/results.ts");
    expect(report).not.toContain("src/results.test.ts");
    expect(snapshotFiles(project)).toEqual(before);
  }, 120_000);

  it("prints ESLint's JSON results alone on stdout with --format json", () => {
    const outcome = ferrous(project, "check", "--format", "json");
    expect(outcome.status).toBe(1);
    const results = JSON.parse(outcome.stdout) as FindingSource[];
    expect(findings(results, project)).toEqual(expectedFindings(sources));
  }, 120_000);

  it("exits 0 on a clean project", () => {
    const outcome = ferrous(clean, "check");
    expect({ status: outcome.status, stdout: outcome.stdout }).toEqual({ status: 0, stdout: "" });
  }, 120_000);

  it("mends what --fix can mend, reports the rest, and leaves the project compiling", () => {
    const outcome = ferrous(fixable, "check", "--fix", "--format", "json");
    // The unchecked JSON.parse has no safe fix: it remains, so the exit code stays 1.
    expect(outcome.status).toBe(1);
    // What was changed is said on stderr, away from the JSON.
    expect(outcome.stderr).toContain("src/greeter.ts");
    expect(outcome.stderr).not.toContain("src/parse.ts");
    expect(findings(JSON.parse(outcome.stdout) as FindingSource[], fixable)).toEqual([
      "src/parse.ts:2 ferrous/no-unchecked-throw",
    ]);
    expect(snapshotFiles(fixable)).toEqual({
      ...fixableSources,
      "src/greeter.ts": fixedGreeter,
      "tsconfig.json": tsconfig(["src"]),
    });
    const tsc = run("node", [path.join(project, "node_modules", "typescript", "bin", "tsc"), "-p", "."], fixable);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 120_000);
});
