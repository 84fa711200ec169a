import path from "node:path";
import type { TSESLint } from "@typescript-eslint/utils";
import { ESLint } from "eslint";
import { defineConfig } from "eslint/config";
import { ESLint as ESLint9 } from "eslint-v9";
import { defineConfig as defineConfig9 } from "eslint-v9/config";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/eslint-plugin.js";
import type { FerrousConfigName as ConfigName } from "../../src/plugin-types.js";
import type { FerrousRuleDocs } from "../../src/analysis/create-rule.js";
import { rules } from "../../src/rules/index.js";
import { fixturesDir } from "../rules/rule-tester.js";

type FlatConfig = TSESLint.FlatConfig.Config;

const configNames: readonly ConfigName[] = ["recommended", "recommended-type-checked", "strict", "strict-type-checked"];

/** The one config object each ferrous config holds (the public type is deliberately wide). */
function configOf(name: ConfigName): FlatConfig {
  const configs = plugin.configs[name] as FlatConfig[];
  expect(configs).toHaveLength(1);
  const [config] = configs;
  if (config === undefined) throw new Error(`ferrous/${name} is empty`);
  return config;
}

function ferrousRulesOf(name: ConfigName): Record<string, unknown> {
  return Object.fromEntries(Object.entries(configOf(name).rules ?? {}).filter(([id]) => id.startsWith("ferrous/")));
}

const ruleDocs: ReadonlyArray<readonly [string, FerrousRuleDocs]> = Object.entries(rules).map(([name, rule]) => [name, rule.meta.docs as FerrousRuleDocs] as const);

describe("plugin object", () => {
  it("has meta with the package's name and version, and every rule", async () => {
    const { default: pkg } = (await import("../../package.json", { with: { type: "json" } })) as {
      default: { name: string; version: string };
    };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: "ferrous" });
    expect(Object.keys(plugin.rules).sort()).toEqual(Object.keys(rules).sort());
  });

  it("names each config ferrous/<name>", () => {
    for (const name of configNames) expect(configOf(name).name).toBe(`ferrous/${name}`);
  });

  it("registers itself in its configs, and the user's own typescript-eslint instance", () => {
    for (const name of configNames) {
      const config = configOf(name);
      expect(config.plugins?.ferrous).toBe(plugin);
      expect(config.languageOptions?.parser).toBe(tseslint.parser);
    }
    expect(configOf("recommended-type-checked").plugins?.["@typescript-eslint"]).toBe(tseslint.plugin);
    expect(configOf("strict-type-checked").plugins?.["@typescript-eslint"]).toBe(tseslint.plugin);
    // Untyped configs turn on no typescript-eslint rule, so they do not register its plugin.
    expect(configOf("recommended").plugins?.["@typescript-eslint"]).toBeUndefined();
  });
});

describe("configs are derived from each rule's meta.docs", () => {
  it.each(ruleDocs)("%s is in exactly the configs its meta.docs name", (name, docs) => {
    const id = `ferrous/${name}`;
    const typedOnly = docs.requiresTypeChecking && docs.untypedOptions === undefined;
    const expected: Record<ConfigName, boolean> = {
      recommended: docs.recommended === "recommended" && !typedOnly,
      "recommended-type-checked": docs.recommended === "recommended",
      strict: !typedOnly,
      "strict-type-checked": true,
    };
    for (const config of configNames) {
      expect(id in ferrousRulesOf(config), `${id} in ferrous/${config}`).toBe(expected[config]);
    }
  });

  it.each(ruleDocs)("%s gets its untyped and strict options where they apply", (name, docs) => {
    const id = `ferrous/${name}`;
    const optionsOf = (config: ConfigName): unknown[] => {
      const entry = ferrousRulesOf(config)[id];
      return Array.isArray(entry) ? entry.slice(1) : [];
    };
    if (docs.strictOptions !== undefined) {
      expect(optionsOf("strict-type-checked")).toEqual([...docs.strictOptions]);
    }
    if (docs.untypedOptions !== undefined && id in ferrousRulesOf("recommended")) {
      expect(optionsOf("recommended")).toEqual([...docs.untypedOptions]);
    }
    if (docs.strictOptions === undefined) expect(optionsOf("strict-type-checked")).toEqual([]);
    expect(optionsOf("recommended-type-checked")).toEqual([]);
  });

  it("turns on the typescript-eslint companions in the type-checked configs only", () => {
    const typed = configOf("recommended-type-checked").rules ?? {};
    expect(typed["@typescript-eslint/switch-exhaustiveness-check"]).toEqual([
      "error",
      { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
    ]);
    expect(typed["@typescript-eslint/no-floating-promises"]).toBeDefined();
    for (const name of ["recommended", "strict"] as const) {
      expect(Object.keys(configOf(name).rules ?? {}).filter((id) => id.startsWith("@typescript-eslint/"))).toEqual([]);
    }
    // `x!` belongs to no-unwrap in strict-type-checked, so typescript-eslint's rule is off there.
    expect(configOf("strict-type-checked").rules?.["@typescript-eslint/no-non-null-assertion"]).toBe("off");
    expect(configOf("strict-type-checked").rules?.["ferrous/no-unwrap"]).toEqual(["error", { nonNullAssertion: true }]);
  });
});

describe("configs in an ESLint config", () => {
  it("pass through defineConfig, alone and next to typescript-eslint's", () => {
    expect(defineConfig(plugin.configs.recommended)).toHaveLength(1);
    const composed = defineConfig(tseslint.configs.strictTypeChecked, plugin.configs["strict-type-checked"]);
    expect(composed.at(-1)?.name).toBe("ferrous/strict-type-checked");
  });

  // One report per problem: a dropped AsyncResult is must-use-result's, a dropped Promise is
  // no-floating-promises', and a `!` outside tests is no-unwrap's.
  const typedSetup = { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixturesDir } } };
  const linters = [
    [
      "ESLint 10",
      () =>
        new ESLint({
          cwd: fixturesDir,
          overrideConfigFile: true,
          overrideConfig: defineConfig(tseslint.configs.strictTypeChecked, plugin.configs["strict-type-checked"], typedSetup),
        }),
    ],
    [
      "ESLint 9",
      () =>
        new ESLint9({
          cwd: fixturesDir,
          overrideConfigFile: true,
          overrideConfig: defineConfig9(tseslint.configs.strictTypeChecked, plugin.configs["strict-type-checked"], typedSetup),
        }),
    ],
  ] as const;

  it.each(linters)("lint a file with typescript-eslint's strict config without duplicate reports (%s)", async (_, create) => {
    const eslint = create();
    const code = [
      'import { Ok } from "ferrous";',
      "declare const m: Map<string, number>;",
      "Ok(1).toAsync();",
      "Promise.resolve(1);",
      'export const n = m.get("a")!;',
      "",
    ].join("\n");
    const [result] = await eslint.lintText(code, { filePath: path.join(fixturesDir, "file.ts") });
    const found = (result?.messages ?? []).map((message) => `${String(message.line)} ${message.ruleId ?? message.message}`);
    expect(found.sort()).toEqual([
      "3 ferrous/must-use-result",
      "4 @typescript-eslint/no-floating-promises",
      "5 ferrous/no-unwrap",
    ]);
  });
});
