import type { TSESLint } from "@typescript-eslint/utils";
import tseslint from "typescript-eslint";
import { version } from "../package.json";
import type { FerrousRuleDocs } from "./analysis/create-rule.js";
import type {
  FerrousCompatibleConfig,
  FerrousCompatibleRule,
  FerrousConfigName,
  FerrousPluginShape,
} from "./plugin-types.js";
import { rules } from "./rules/index.js";

/**
 * typescript-eslint rules that already do part of ferrous's job, turned on by the
 * type-checked configs so nothing they do well is written twice. A `switch` default that
 * hides variants is `exhaustive-match`'s to report, hence `considerDefaultExhaustiveForUnions`.
 */
const typescriptEslintCompanions: TSESLint.Linter.RulesRecord = {
  "@typescript-eslint/switch-exhaustiveness-check": [
    "error",
    { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
  ],
  "@typescript-eslint/only-throw-error": "error",
  // AsyncResult and neverthrow's ResultAsync are thenables: dropping one is must-use-result's
  // report. The rule skips thenables by default; the list keeps it so if a user turns on
  // `checkThenables` on top of these options.
  "@typescript-eslint/no-floating-promises": [
    "error",
    {
      allowForKnownSafePromises: [
        { from: "package", package: "ferrous", name: "AsyncResult" },
        { from: "package", package: "neverthrow", name: "ResultAsync" },
      ],
    },
  ],
  "@typescript-eslint/prefer-readonly": "error",
};

/**
 * What the strict type-checked config changes on top: `no-unwrap` with `nonNullAssertion`
 * reports `x!` there (outside tests), so typescript-eslint's `no-non-null-assertion`, which
 * its strict configs turn on, would report the same `!` a second time.
 */
const strictTypescriptEslintCompanions: TSESLint.Linter.RulesRecord = {
  "@typescript-eslint/no-non-null-assertion": "off",
};

function mergeOptions(base: readonly unknown[] | undefined, override: readonly unknown[] | undefined): unknown[] {
  const first: unknown = base?.[0];
  const second: unknown = override?.[0];
  if (typeof first === "object" && first !== null && typeof second === "object" && second !== null) {
    return [{ ...first, ...second }];
  }
  return [...(override ?? base ?? [])];
}

/** The ferrous rules of one config, derived from each rule's `meta.docs`. */
function ferrousRules(level: "recommended" | "strict", typed: boolean): TSESLint.Linter.RulesRecord {
  const entries: [string, TSESLint.Linter.RuleEntry][] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const docs: FerrousRuleDocs | undefined = rule.meta.docs;
    if (docs === undefined) continue;
    if (level === "recommended" && docs.recommended !== "recommended") continue;
    if (!typed && docs.requiresTypeChecking && docs.untypedOptions === undefined) continue;
    const base = typed ? undefined : docs.untypedOptions;
    const options = level === "strict" ? mergeOptions(base, docs.strictOptions) : [...(base ?? [])];
    entries.push([`ferrous/${name}`, options.length === 0 ? "error" : ["error", ...options]]);
  }
  return Object.fromEntries(entries);
}

function buildConfig(name: FerrousConfigName, level: "recommended" | "strict", typed: boolean): TSESLint.FlatConfig.ConfigArray {
  return [
    {
      name: `ferrous/${name}`,
      plugins: {
        ferrous: plugin,
        ...(typed ? { "@typescript-eslint": tseslint.plugin } : {}),
      },
      languageOptions: { parser: tseslint.parser },
      rules: {
        ...ferrousRules(level, typed),
        ...(typed ? typescriptEslintCompanions : {}),
        ...(typed && level === "strict" ? strictTypescriptEslintCompanions : {}),
      },
    },
  ];
}

// Frozen, with getters for the configs (true-myth's pattern): a config must name the plugin
// object itself, and getters let it do so without filling in the object after the fact.
const plugin = Object.freeze({
  meta: Object.freeze({ name: "ferrous", version, namespace: "ferrous" }),
  rules,
  configs: Object.freeze({
    get recommended() {
      return buildConfig("recommended", "recommended", false);
    },
    get "recommended-type-checked"() {
      return buildConfig("recommended-type-checked", "recommended", true);
    },
    get strict() {
      return buildConfig("strict", "strict", false);
    },
    get "strict-type-checked"() {
      return buildConfig("strict-type-checked", "strict", true);
    },
  }),
});

const publicPlugin: FerrousPluginShape = plugin;

// The public types ride on the default export (`ferrous.FerrousConfigName`), so the entry keeps a
// single export and its CommonJS declarations stay `export =`, which `require` users need.
// eslint-disable-next-line @typescript-eslint/no-namespace -- merging types into the export is the point
declare namespace publicPlugin {
  export type ConfigName = FerrousConfigName;
  export type CompatibleConfig = FerrousCompatibleConfig;
  export type CompatibleRule = FerrousCompatibleRule;
  export type FerrousPlugin = FerrousPluginShape;
}

export default publicPlugin;
