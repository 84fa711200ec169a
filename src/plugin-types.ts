// The public types of `ferrous/eslint-plugin`. They live apart from the entry so the entry has
// one default export only, which the CommonJS build and its `.d.cts` turn into `module.exports =`
// / `export =`: `require("ferrous/eslint-plugin")` is the plugin itself, types included.

/** The names of the plugin's flat configs. */
export type FerrousConfigName = "recommended" | "recommended-type-checked" | "strict" | "strict-type-checked";

/**
 * A flat config as ESLint 9 and 10 and `tseslint.config` all accept it. Deliberately wide
 * (typescript-eslint's `FerrousCompatibleConfig` does the same): a precise `RuleCreator` type does
 * not assign to ESLint's own `Plugin` type and would break users' `eslint.config.ts`.
 */
export interface FerrousCompatibleConfig {
  name?: string;
  rules?: object;
}

/**
 * A rule as ESLint 9's and 10's `Plugin` types both accept it: loose on purpose, like
 * `FerrousCompatibleConfig`, so `plugins: { ferrous }` compiles in a strict `eslint.config.ts`.
 */
export interface FerrousCompatibleRule {
  meta?: object;
  create(context: never): Record<string, FerrousRuleHandler | undefined>;
}

/**
 * A node handler, compared bivariantly (it comes from a method signature), so both a handler
 * of one node type and ESLint's `(...args: any[]) => void` fit.
 */
export type FerrousRuleHandler = { handle(node: unknown): void }["handle"];

/** The public shape of the plugin. */
export interface FerrousPluginShape {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: string };
  readonly configs: Readonly<Record<FerrousConfigName, FerrousCompatibleConfig[]>>;
  readonly rules: Readonly<Record<string, FerrousCompatibleRule>>;
}
