import { ESLint, type Rule } from "eslint";
import { encodeSettings, eslintOptions, pluginConfig, type LintSettings } from "./eslint-options.js";

/** What one ESLint run gives back. */
export interface LintOutcome {
  readonly results: ESLint.LintResult[];
  /** The files ESLint would ignore (`--ignore`), left out of `results`. */
  readonly ignored: readonly string[];
}

/**
 * @throws {Error} when ESLint rejects the options (a bug of ours).
 * Creates the ESLint instance: in-process with the options themselves, or, for more than one
 * thread, from the options module so that each worker can rebuild them.
 */
async function createESLint(settings: LintSettings, onFile: (filePath: string) => void): Promise<ESLint> {
  if (settings.concurrency === "off" || settings.concurrency === 1) return new ESLint(eslintOptions(settings, onFile));
  const url = new URL("./cli-options.mjs", import.meta.url);
  url.searchParams.set("settings", encodeSettings(settings));
  return ESLint.fromOptionsModule(url);
}

/**
 * Lints the files with the plugin's config; the user's ESLint config is never read.
 * @throws {Error} when a rule crashes or a file cannot be read.
 */
export async function lint(settings: LintSettings, files: readonly string[], onFile: (filePath: string) => void): Promise<LintOutcome> {
  if (files.length === 0) return { results: [], ignored: [] };
  const eslint = await createESLint(settings, onFile);
  const ignored: string[] = [];
  const kept: string[] = [];
  for (const file of files) {
    if (await eslint.isPathIgnored(file)) ignored.push(file);
    else kept.push(file);
  }
  const results = kept.length === 0 ? [] : await eslint.lintFiles(kept);
  return { results, ignored };
}

/** Finds the `meta` of a rule id (`ferrous/no-unwrap`, `@typescript-eslint/only-throw-error`). */
export type RuleMetaLookup = (ruleId: string) => Rule.RuleMetaData | undefined;

/** Rule metas from the plugins of the configs that ran (typed and untyped share them). */
export function ruleMetaLookup(strict: boolean): RuleMetaLookup {
  const plugins = new Map<string, ESLint.Plugin>();
  for (const typed of [true, false]) {
    for (const entry of pluginConfig({ strict, typed })) {
      for (const [name, plugin] of Object.entries(entry.plugins ?? {})) plugins.set(name, plugin);
    }
  }
  return (ruleId) => {
    const slash = ruleId.lastIndexOf("/");
    if (slash < 0) return undefined;
    const rule = plugins.get(ruleId.slice(0, slash))?.rules?.[ruleId.slice(slash + 1)];
    return typeof rule === "object" ? rule.meta : undefined;
  };
}
