import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { FerrousConfigName as ConfigName, FerrousPluginShape as FerrousPlugin } from "../../src/plugin-types.ts";
import { repoRoot } from "./prepare.js";

/** Where the plugin under test comes from. */
export type PluginSource = "src" | "dist";

/**
 * The ferrous plugin: from `src/` through tsx (the default: always the code in the working
 * tree, no build step), or from `dist/` as users get it (after `npx tsdown`).
 * @throws {Error} when `dist` is asked for and not built.
 */
export async function loadPlugin(source: PluginSource): Promise<FerrousPlugin> {
  if (source === "src") {
    const module: { default: FerrousPlugin } = await import("../../src/eslint-plugin.ts");
    return module.default;
  }
  const built = path.join(repoRoot, "dist", "eslint-plugin.mjs");
  if (!fs.existsSync(built)) throw new Error(`${built} does not exist: run \`npx tsdown\` first, or use --plugin src`);
  const module = (await import(pathToFileURL(built).href)) as { default: FerrousPlugin };
  return module.default;
}

/**
 * @throws {Error} when the value is neither `src` nor `dist`.
 */
export function parsePluginSource(value: string | undefined): PluginSource {
  if (value === undefined || value === "src" || value === "dist") return value ?? "src";
  throw new Error(`--plugin must be "src" or "dist", not "${value}"`);
}

const configNames: readonly ConfigName[] = ["recommended", "recommended-type-checked", "strict", "strict-type-checked"];

/**
 * @throws {Error} when the value names no config of the plugin.
 */
export function parseConfigName(value: string | undefined): ConfigName {
  const name = value ?? "strict-type-checked";
  const found = configNames.find((c) => c === name);
  if (found === undefined) throw new Error(`--config must be one of ${configNames.join(", ")}, not "${name}"`);
  return found;
}
