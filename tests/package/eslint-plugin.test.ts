/**
 * `ferrous/eslint-plugin` as a new user meets it: the packed tarball installed next to ESLint,
 * typescript-eslint and TypeScript in a fresh project, with a flat config of the user's own.
 * The findings prove that the `@mustUse` tags survive into the shipped declaration files and
 * that the rules recognise the installed package's types.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanSources, flawedSources } from "./fixtures.js";
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
  tsconfig,
  writeFiles,
} from "./helpers.js";

const scratch = makeScratch("eslint-plugin");
const project = path.join(scratch.dir, "project");

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
import ferrous, { type ConfigName } from "ferrous/eslint-plugin";

const preset: ConfigName = "strict-type-checked";

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
}));
`;

const sources = { ...flawedSources, "src/clean.ts": cleanSources["src/main.ts"] ?? "" };

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
    "tsconfig.esm-config.json": tsconfig(["eslint.config.ts"], ["node"], true),
    "tsconfig.cjs-config.json": tsconfig(["eslint.config.cts"], ["node"], true),
    "identity.mjs": identityCheck,
  });
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

  it("hands out the very same plugin object to import and require", () => {
    const output = runOk("node", ["identity.mjs"], project);
    expect(JSON.parse(output)).toEqual({
      same: true,
      sameInConfigs: true,
      configs: ["recommended", "recommended-type-checked", "strict", "strict-type-checked"],
    });
  });

  it.each([
    ["a strict ESM eslint.config.ts", "tsconfig.esm-config.json"],
    ["a strict CommonJS eslint.config.cts", "tsconfig.cjs-config.json"],
  ])("types %s with defineConfig and ferrous's configs", (_name, config) => {
    const outcome = run("node", [path.join("node_modules", "typescript", "bin", "tsc"), "-p", config], project);
    expect(outcome.stdout + outcome.stderr).toBe("");
    expect(outcome.status).toBe(0);
  }, 120_000);
});
