import type { TypeOrValueSpecifier } from "@typescript-eslint/type-utils";
import type ts from "typescript";
import { FileThrowResolver, type ThrowAnalysisOptions, TypedThrowResolver } from "./throw-resolvers.js";
import { ThrowEngine } from "./throw-summaries.js";

/**
 * Where throw engines live: one per TypeScript program (typed) or per parsed file
 * (untyped) and per set of options, in WeakMaps so nothing outlives the program it
 * describes (an editor session drops the old program on every change).
 */

// A cache keyed by what it describes, so it dies with the program or the file: the one
// kind of module-level state the analysis needs (rules are created once per file).
// eslint-disable-next-line ferrous/no-mutable-shared-state -- private cache, keyed weakly by the program
const byProgram = new WeakMap<ts.Program, Map<string, ThrowEngine>>();
// eslint-disable-next-line ferrous/no-mutable-shared-state -- private cache, keyed weakly by the file
const byFile = new WeakMap<ts.SourceFile, Map<string, ThrowEngine>>();

function specifierKey(specifier: TypeOrValueSpecifier): string {
  if (typeof specifier === "string") return specifier;
  const names = typeof specifier.name === "string" ? specifier.name : specifier.name.join(",");
  const where = specifier.from === "file" ? (specifier.path ?? "") : specifier.from === "package" ? specifier.package : "";
  return `${specifier.from}:${names}:${where}`;
}

function optionsKey(options: ThrowAnalysisOptions): string {
  return [[...options.tiers].sort().join(","), ...options.mayThrow.map(specifierKey), "|", ...options.trusted.map(specifierKey)].join(";");
}

function cached<K extends object>(
  cache: WeakMap<K, Map<string, ThrowEngine>>,
  key: K,
  options: ThrowAnalysisOptions,
  create: () => ThrowEngine,
): ThrowEngine {
  let engines = cache.get(key);
  if (engines === undefined) {
    engines = new Map();
    cache.set(key, engines);
  }
  const optionKey = optionsKey(options);
  let engine = engines.get(optionKey);
  if (engine === undefined) {
    engine = create();
    engines.set(optionKey, engine);
  }
  return engine;
}

/** The engine of a whole program: inference across functions and modules. */
export function throwEngineForProgram(program: ts.Program, options: ThrowAnalysisOptions): ThrowEngine {
  return cached(byProgram, program, options, () => new ThrowEngine(new TypedThrowResolver(program, options)));
}

/** The engine of one file without types: its own functions and the built-ins. */
export function throwEngineForFile(file: ts.SourceFile, options: ThrowAnalysisOptions): ThrowEngine {
  return cached(byFile, file, options, () => new ThrowEngine(new FileThrowResolver(file, options)));
}
