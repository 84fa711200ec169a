import type ts from "typescript";
import { FileThrowResolver, type ThrowAnalysisOptions, TypedThrowResolver } from "./throw-resolvers.js";
import { ThrowEngine } from "./throw-summaries.js";

/**
 * Where throw engines live: one per TypeScript program (typed) or per parsed file
 * (untyped) and per set of options, in WeakMaps so nothing outlives the program it
 * describes (an editor session drops the old program on every change).
 */

// Keyed by the program: the cache dies with it. Not shared state in the sense of
// no-mutable-shared-state: nothing outside this module can reach it.
const byProgram = new WeakMap<ts.Program, Map<string, ThrowEngine>>();
const byFile = new WeakMap<ts.SourceFile, Map<string, ThrowEngine>>();

function optionsKey(options: ThrowAnalysisOptions): string {
  return JSON.stringify([[...options.tiers].sort(), options.mayThrow, options.trusted]);
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
