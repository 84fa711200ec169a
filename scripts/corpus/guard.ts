import type { ESLint, Rule } from "eslint";

/** An exception thrown by a rule while it linted a file. */
export interface RuleCrash {
  readonly ruleId: string;
  readonly file: string;
  readonly message: string;
  readonly stack: string;
}

function describe(error: unknown): { message: string; stack: string } {
  if (error instanceof Error) return { message: error.message, stack: error.stack ?? error.message };
  return { message: String(error), stack: String(error) };
}

/**
 * A rule whose `create` and listeners catch what they throw and hand it to `onCrash`, so one
 * crashing rule neither aborts the whole `lintFiles` call (ESLint rethrows rule exceptions)
 * nor hides the findings of the other rules. Only the first crash per file is kept: after it
 * the rule's state for that file is unreliable, and its later listeners are skipped.
 */
export function guardRule(ruleId: string, rule: Rule.RuleModule, onCrash: (crash: RuleCrash) => void): Rule.RuleModule {
  return {
    ...rule,
    create(context) {
      let crashed = false;
      const record = (error: unknown): void => {
        if (crashed) return;
        crashed = true;
        onCrash({ ruleId, file: context.filename, ...describe(error) });
      };
      let listeners: Rule.RuleListener;
      try {
        listeners = rule.create(context);
      } catch (error) {
        record(error);
        return {};
      }
      const guarded: Record<string, (...args: never[]) => void> = {};
      for (const [selector, listener] of Object.entries(listeners)) {
        if (typeof listener !== "function") continue;
        const call = listener as (...args: unknown[]) => void;
        guarded[selector] = (...args: unknown[]) => {
          if (crashed) return;
          try {
            call(...args);
          } catch (error) {
            record(error);
          }
        };
      }
      return guarded as Rule.RuleListener;
    },
  };
}

/** The same plugin with every rule guarded (see `guardRule`); `prefix` is its config namespace. */
export function guardPlugin(prefix: string, plugin: ESLint.Plugin, onCrash: (crash: RuleCrash) => void): ESLint.Plugin {
  const rules = Object.fromEntries(
    Object.entries(plugin.rules ?? {}).map(([name, rule]) => [
      name,
      guardRule(`${prefix}/${name}`, rule as Rule.RuleModule, onCrash),
    ]),
  );
  return { ...plugin, rules };
}

/**
 * The configs with every plugin they name replaced by its guarded copy. One copy per plugin
 * object, shared by every config that names it: ESLint refuses two different objects under
 * one namespace ("Cannot redefine plugin").
 */
export function guardConfigs<C extends { plugins?: Record<string, ESLint.Plugin> }>(
  configs: readonly C[],
  onCrash: (crash: RuleCrash) => void,
): C[] {
  const copies = new Map<ESLint.Plugin, ESLint.Plugin>();
  const copyOf = (prefix: string, plugin: ESLint.Plugin): ESLint.Plugin => {
    const existing = copies.get(plugin);
    if (existing !== undefined) return existing;
    const copy = guardPlugin(prefix, plugin, onCrash);
    copies.set(plugin, copy);
    return copy;
  };
  return configs.map((config) =>
    config.plugins === undefined
      ? config
      : {
          ...config,
          plugins: Object.fromEntries(
            Object.entries(config.plugins).map(([prefix, plugin]) => [prefix, copyOf(prefix, plugin)]),
          ),
        },
  );
}
