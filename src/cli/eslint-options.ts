import { BroadcastChannel } from "node:worker_threads";
import type { ESLint, Linter, Rule } from "eslint";
// The package's own plugin entry, by name: the built CLI then loads the very object user configs
// get (one copy in the tarball, no "Cannot redefine plugin"); tsconfig paths map it to src/.
import ferrous from "ferrous/eslint-plugin";

/**
 * Everything the ESLint options depend on, as JSON: ESLint's worker threads (`--concurrency`)
 * cannot receive plugin objects, so each worker rebuilds the options from these settings
 * through the options module (`options-module.ts`).
 */
export interface LintSettings {
  /** ESLint's cwd: patterns, ignores and relative paths are resolved from it. */
  readonly cwd: string;
  readonly strict: boolean;
  /** False for files outside the tsconfig: the untyped config, no type information. */
  readonly typed: boolean;
  /** `--rule`: the full ids to run, or `null` for all rules of the config. */
  readonly rules: readonly string[] | null;
  readonly ignores: readonly string[];
  readonly tsconfigRootDir: string;
  /** tsconfig files for the parser's `project`, or `null` for the project service. */
  readonly project: readonly string[] | null;
  readonly fix: boolean;
  readonly concurrency: number | "auto" | "off";
  /** The `BroadcastChannel` the progress rule announces each linted file on, if any. */
  readonly progressChannel: string | null;
}

/** The extensions ESLint should lint; it picks only `.js` files by default. */
export const lintedFiles = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts", "**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"] as const;

const progressRuleId = "ferrous-check/progress";

/** A rule that reports nothing: its `create` runs once per linted file, so it drives the progress bar. */
function progressRule(channelName: string | null, onFile: ((filePath: string) => void) | undefined): Rule.RuleModule {
  // In the main thread the bar is told directly (a message would wait for the event loop,
  // which linting keeps busy); worker threads announce files on the channel.
  const channel = onFile !== undefined || channelName === null ? undefined : new BroadcastChannel(channelName);
  // Never keep a process or worker alive for the sake of the bar.
  channel?.unref();
  return {
    meta: { type: "suggestion", schema: [] },
    create(context) {
      if (onFile === undefined) channel?.postMessage(context.filename);
      else onFile(context.filename);
      return {};
    },
  };
}

/** The flat config array of the plugin for these settings (untyped/typed, recommended/strict). */
export function pluginConfig(settings: Pick<LintSettings, "strict" | "typed">): Linter.Config[] {
  const name = `${settings.strict ? "strict" : "recommended"}${settings.typed ? "-type-checked" : ""}` as const;
  return ferrous.configs[name];
}

/** The ids of every rule the config turns on. */
export function configRuleIds(config: readonly Linter.Config[]): string[] {
  return config.flatMap((entry) => Object.keys(entry.rules ?? {}));
}

/** The ids of every rule of the ferrous plugin, on or not. */
export function ferrousRuleIds(): string[] {
  return Object.keys(ferrous.rules).map((name) => `ferrous/${name}`);
}

/** Keeps only the chosen rules; a ferrous rule the config leaves off is turned on. */
function selectRules(config: readonly Linter.Config[], chosen: readonly string[]): Linter.Config[] {
  const keep = new Set(chosen);
  const selected = config.map((entry) => ({
    ...entry,
    rules: Object.fromEntries(Object.entries(entry.rules ?? {}).filter(([id]) => keep.has(id))),
  }));
  const present = new Set(configRuleIds(selected));
  // A ferrous rule the config leaves off (a strict one in recommended) runs with its defaults.
  const missing = chosen.filter((id) => !present.has(id) && id.startsWith("ferrous/"));
  if (missing.length > 0) {
    selected.push({ rules: Object.fromEntries(missing.map((id) => [id, "error" as const])) });
  }
  return selected;
}

/** The options for `new ESLint(...)`: no user config, the plugin's config, typed parsing. */
export function eslintOptions(settings: LintSettings, onFile?: (filePath: string) => void): ESLint.Options {
  const base = pluginConfig(settings);
  const config = settings.rules === null ? base : selectRules(base, settings.rules);
  const parserOptions: Linter.ParserOptions = !settings.typed
    ? { projectService: false, project: null }
    : settings.project === null
      ? { projectService: true, tsconfigRootDir: settings.tsconfigRootDir }
      : { project: [...settings.project], tsconfigRootDir: settings.tsconfigRootDir };
  return {
    cwd: settings.cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: [...lintedFiles] },
      ...(settings.ignores.length > 0 ? [{ ignores: [...settings.ignores] }] : []),
      ...config,
      {
        languageOptions: { parserOptions },
        // The user's own `eslint-disable` comments name rules of their config, not ours.
        linterOptions: { reportUnusedDisableDirectives: "off", reportUnusedInlineConfigs: "off" },
        plugins: { "ferrous-check": { rules: { progress: progressRule(settings.progressChannel, onFile) } } },
        rules: { [progressRuleId]: "error" },
      },
    ],
    fix: settings.fix,
    concurrency: settings.concurrency,
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
  };
}

/**
 * Settings as a URL query value for the options module.
 * @throws {TypeError} never for real settings, which are plain JSON.
 */
export const encodeSettings = (settings: LintSettings): string => Buffer.from(JSON.stringify(settings)).toString("base64url");

/**
 * The settings back from `encodeSettings`.
 * @throws {SyntaxError} when the text did not come from `encodeSettings`.
 */
export const decodeSettings = (encoded: string): LintSettings =>
  JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as LintSettings;
