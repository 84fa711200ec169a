import path from "node:path";
import ts from "typescript";
import { type DeclaredThrows, declaredThrowsOf } from "./jsdoc-throws.js";
import {
  type FunctionUnit,
  type Unit,
  annotatedNever,
  calleeSimpleName,
  functionLiteral,
  isAsyncFunction,
  isFunctionUnit,
  isGeneratorFunction,
  isSwallowingCatch,
  skipOuter,
  syncCallbackMethods,
  thrownTypeName,
  unitName,
  wrapperKindOf,
} from "./throw-syntax.js";
import type { ConstantFailure } from "./throwing-builtins.js";

/**
 * Per-function may-throw summaries: what calling a function may let escape, synchronously
 * or as a rejection, and where it comes from. One `ThrowEngine` serves a whole TypeScript
 * program (or one file without types); it analyses a function the first time something
 * asks, caches the answer, and follows calls through a `ThrowResolver` that finds callees
 * (through the checker's symbols and declarations, never by reading files).
 */

/** Where an escaping error starts. */
export type ThrowTerminal =
  | { readonly kind: "throw"; readonly file: string; readonly line: number }
  | { readonly kind: "builtin"; readonly name: string; readonly why: string }
  | { readonly kind: "declared"; readonly name: string }
  | { readonly kind: "option"; readonly name: string };

/** The chain of calls from a function to the start of an error. */
export interface ThrowOrigin {
  /** Functions called on the way, in order, not counting the function itself. */
  readonly path: readonly string[];
  readonly terminal: ThrowTerminal;
}

/** One kind of escape: where it comes from and the error types (undefined: not known). */
export interface ThrowEffect {
  readonly origin: ThrowOrigin;
  readonly errorTypes: readonly string[] | undefined;
}

/** What calling a function may let escape. */
export interface ThrowSummary {
  /** Throws synchronously. */
  readonly sync?: ThrowEffect;
  /** The promise it returns may reject. */
  readonly reject?: ThrowEffect;
}

/** What a call site reaches: the callee's name (as written) and its summary. */
export interface CalleeEffect {
  readonly name: string;
  readonly summary: ThrowSummary;
  /** True for built-ins, `@throws` declarations and option entries: the chain ends at the callee. */
  readonly leaf: boolean;
  /** A built-in called with constant arguments it throws on: a bug to fix, not an error to handle. */
  readonly constantFailure?: ConstantFailure;
}

/** How a site is protected. `swallowed`: by a catch that is empty or only logs. */
export type Handling = "none" | "try" | "swallowed" | "wrapper";

/** A place in a unit where an error may start or pass through. */
export interface ThrowSite {
  /** The `throw` statement, the call or `new`, the `await`, or a function passed by reference. */
  readonly node: ts.Node;
  readonly kind: "throw" | "call" | "await" | "reference";
  readonly callee?: CalleeEffect;
  /** What escapes through this site, seen from the unit. */
  readonly effect: ThrowEffect;
  readonly handling: Handling;
  /** Inside a callback run at once by a call (`items.map(x => ...)`), not the unit's own body. */
  readonly inCallback: boolean;
  /** The eagerly evaluated argument of `Result.fromPromise`: not protected. */
  readonly eager: boolean;
}

/** The analysis of one unit. */
export interface UnitAnalysis {
  readonly unit: Unit;
  readonly isAsync: boolean;
  readonly declared: DeclaredThrows | undefined;
  readonly sites: readonly ThrowSite[];
  /** `Result.try(async () => ...)` calls: the rejection escapes. */
  readonly asyncInSyncTry: readonly ts.CallExpression[];
  /** Units inside this one that run on their own (callbacks run later, methods, classes). */
  readonly nested: readonly Unit[];
  /** What calling the unit may let escape (empty for the module and for generators). */
  readonly summary: ThrowSummary;
}

/**
 * How a function-literal argument of a call runs: at once with its throws passing to the
 * call (`inline`), at once inside the callee's own try/catch (`protected`), or later or
 * unknown (`separate`: its own unit).
 */
export type CallbackMode = "inline" | "protected" | "separate";

/** What differs between the typed and the untyped analysis: how callees are found. */
export interface ThrowResolver {
  /** What the call may let escape, or undefined when nothing (or it cannot tell). */
  callee(call: ts.CallExpression | ts.NewExpression, engine: ThrowEngine): CalleeEffect | undefined;
  /** The same for a function passed by reference to a call that runs it at once. */
  reference(expression: ts.Expression, engine: ThrowEngine): CalleeEffect | undefined;
  /** Whether the call runs its function argument at `index` before it returns. */
  callbackMode(call: ts.CallExpression | ts.NewExpression, index: number, engine: ThrowEngine): CallbackMode;
  /** Whether a function never returns normally (its return type is `never`). */
  neverReturns(unit: FunctionUnit): boolean;
  /**
   * Whether a `throw` is an exhaustiveness check written inline: its operand mentions a value
   * the checker has narrowed to `never` (`default: throw new Error(\`bad kind ${kind}\`)`).
   */
  isUnreachableThrow(node: ts.ThrowStatement): boolean;
}

const EMPTY: ThrowSummary = {};
const MAX_DEPTH = 100;
const MAX_TYPES = 6;

interface Frame {
  readonly depth: number;
  low: number;
}

interface WalkContext {
  readonly handling: Handling;
  readonly inCallback: boolean;
  readonly eager: boolean;
}

function lineOf(node: ts.Node): { file: string; line: number } {
  const sourceFile = node.getSourceFile();
  const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  return { file: path.basename(sourceFile.fileName), line: line + 1 };
}

function mergeTypes(sites: readonly ThrowSite[]): readonly string[] | undefined {
  const types = new Set<string>();
  for (const site of sites) {
    if (site.effect.errorTypes === undefined || site.effect.errorTypes.length === 0) return undefined;
    for (const type of site.effect.errorTypes) types.add(type);
  }
  return types.size === 0 || types.size > MAX_TYPES ? undefined : [...types];
}

/** The effect a site passes on: the callee's chain, extended by the callee's own name. */
export function effectThroughCallee(callee: CalleeEffect, effect: ThrowEffect): ThrowEffect {
  if (callee.leaf) return effect;
  return { origin: { path: [callee.name, ...effect.origin.path], terminal: effect.origin.terminal }, errorTypes: effect.errorTypes };
}

/** The summary a `@throws` declaration stands for. */
export function declaredSummary(name: string, declared: DeclaredThrows): ThrowSummary {
  const effect: ThrowEffect = {
    origin: { path: [], terminal: { kind: "declared", name } },
    errorTypes: declared.types.length === 0 ? undefined : declared.types,
  };
  return { ...(declared.sync ? { sync: effect } : {}), ...(declared.reject ? { reject: effect } : {}) };
}

/**
 * Whether a call is `.then(...)`, `.catch(...)` or `.finally(...)` on a chain that later
 * catches: `p.then(f).catch(g)`, `p.then(f).then(h, g)`. A throw in `f` rejects the chain.
 */
function isCaughtPromiseHandler(call: ts.CallExpression | ts.NewExpression): boolean {
  const callee = skipOuter(call.expression);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(callee)) return false;
  if (!["then", "catch", "finally"].includes(callee.name.text)) return false;
  let node: ts.Node = call;
  for (;;) {
    const access = node.parent;
    const next = access.parent as ts.Node | undefined;
    if (!ts.isPropertyAccessExpression(access) || access.expression !== node) return false;
    if (next === undefined || !ts.isCallExpression(next) || next.expression !== access) return false;
    const name = access.name.text;
    if (name === "catch" || (name === "then" && next.arguments.length >= 2)) return true;
    node = next;
  }
}

/** Analyses units and caches their summaries for the lifetime of one program or file. */
export class ThrowEngine {
  private readonly analyses = new Map<Unit, UnitAnalysis>();
  private readonly neverCache = new Map<Unit, boolean>();
  private readonly calleeCache = new Map<ts.Node, CalleeEffect | null>();
  private readonly stack: Frame[] = [];
  private readonly depthOf = new Map<Unit, number>();
  private readonly provisional = new Map<Unit, UnitAnalysis>();
  /** Counts answers given from a partial analysis (a cycle, or the depth limit). */
  private partialAnswers = 0;

  constructor(private readonly resolver: ThrowResolver) {}

  /** The summary of a function: from its `@throws` if it has one, else inferred from its body. */
  summaryOf(unit: FunctionUnit): ThrowSummary {
    if (isGeneratorFunction(unit)) return EMPTY;
    const declared = declaredThrowsOf(unit, isAsyncFunction(unit));
    if (declared !== undefined) return this.neverReturns(unit) ? EMPTY : declaredSummary(unitName(unit), declared);
    const inProgress = this.depthOf.get(unit);
    if (inProgress !== undefined) {
      // A cycle: assume nothing more escapes through it, and do not cache what depends on it.
      const top = this.stack.at(-1);
      if (top !== undefined) top.low = Math.min(top.low, inProgress);
      this.partialAnswers += 1;
      return EMPTY;
    }
    if (this.stack.length >= MAX_DEPTH) {
      // Too deep to follow: assume nothing escapes here, and cache nothing that relied on it.
      const top = this.stack.at(-1);
      if (top !== undefined) top.low = -1;
      this.partialAnswers += 1;
      return EMPTY;
    }
    return this.analyze(unit).summary;
  }

  /** Whether a function never returns normally: annotated `never`, or the resolver says so. */
  neverReturns(unit: FunctionUnit): boolean {
    let cached = this.neverCache.get(unit);
    if (cached === undefined) {
      cached = annotatedNever(unit) || this.resolver.neverReturns(unit);
      this.neverCache.set(unit, cached);
    }
    return cached;
  }

  /** The callee a call reaches, resolved once per call node. */
  calleeOf(call: ts.CallExpression | ts.NewExpression): CalleeEffect | undefined {
    const cached = this.calleeCache.get(call);
    if (cached !== undefined) return cached ?? undefined;
    const before = this.partialAnswers;
    const result = this.resolver.callee(call, this);
    // An answer that leaned on a cycle still being analysed may be incomplete: ask again later.
    if (this.partialAnswers === before) this.calleeCache.set(call, result ?? null);
    return result;
  }

  /** The analysis of one unit: its sites, nested units and summary. */
  analyze(unit: Unit): UnitAnalysis {
    const cached = this.analyses.get(unit) ?? this.provisional.get(unit);
    if (cached !== undefined) return cached;
    const depth = this.stack.length;
    const frame: Frame = { depth, low: depth };
    this.stack.push(frame);
    this.depthOf.set(unit, depth);
    let result: UnitAnalysis;
    try {
      result = new UnitWalker(this, this.resolver, unit).run();
    } finally {
      this.stack.pop();
      this.depthOf.delete(unit);
    }
    const parent = this.stack.at(-1);
    if (frame.low < depth || frame.low < 0) {
      // Part of a cycle whose head is still being analysed: reused until the head is done
      // (so a cycle costs one pass), recomputed when asked again after that.
      if (parent !== undefined) parent.low = Math.min(parent.low, frame.low);
      this.provisional.set(unit, result);
    } else {
      this.analyses.set(unit, result);
    }
    if (this.stack.length === 0) this.provisional.clear();
    return result;
  }
}

/** One walk over one unit's code. */
class UnitWalker {
  private readonly sites: ThrowSite[] = [];
  private readonly nested: Unit[] = [];
  private readonly asyncInSyncTry: ts.CallExpression[] = [];
  private returnedRejection: ThrowEffect | undefined;
  /** Callees resolved in this walk, kept even when the engine may not cache them. */
  private readonly callees = new Map<ts.Node, CalleeEffect | undefined>();
  private readonly isAsync: boolean;
  private readonly isModule: boolean;

  constructor(
    private readonly engine: ThrowEngine,
    private readonly resolver: ThrowResolver,
    private readonly unit: Unit,
  ) {
    this.isAsync = isAsyncFunction(unit);
    this.isModule = ts.isSourceFile(unit);
  }

  run(): UnitAnalysis {
    const unit = this.unit;
    const context: WalkContext = { handling: "none", inCallback: false, eager: false };
    if (ts.isSourceFile(unit)) {
      for (const statement of unit.statements) this.visit(statement, context);
    } else if (ts.isPropertyDeclaration(unit)) {
      if (unit.initializer !== undefined) this.visit(unit.initializer, context);
    } else if (ts.isClassStaticBlockDeclaration(unit)) {
      this.visit(unit.body, context);
    } else {
      this.visitFunctionBody(unit, context);
    }
    const declared = isFunctionUnit(unit) ? declaredThrowsOf(unit, this.isAsync) : undefined;
    return {
      unit,
      isAsync: this.isAsync,
      declared,
      sites: this.sites,
      asyncInSyncTry: this.asyncInSyncTry,
      nested: this.nested,
      summary: this.summary(declared),
    };
  }

  private summary(declared: DeclaredThrows | undefined): ThrowSummary {
    const unit = this.unit;
    if (!isFunctionUnit(unit) || isGeneratorFunction(unit)) return EMPTY;
    if (declared !== undefined) return this.engine.neverReturns(unit) ? EMPTY : declaredSummary(unitName(unit), declared);
    const escaping = this.sites.filter((site) => site.handling === "none");
    const first = escaping[0];
    if (first === undefined) return this.returnedRejection === undefined ? EMPTY : { reject: this.returnedRejection };
    if (this.engine.neverReturns(unit)) return EMPTY;
    const effect: ThrowEffect = { origin: first.effect.origin, errorTypes: mergeTypes(escaping) };
    if (this.isAsync) return { reject: effect };
    return this.returnedRejection === undefined ? { sync: effect } : { sync: effect, reject: this.returnedRejection };
  }

  private visitFunctionBody(fn: FunctionUnit, context: WalkContext): void {
    for (const parameter of fn.parameters) {
      if (parameter.initializer !== undefined) this.visit(parameter.initializer, context);
    }
    const body = fn.body;
    if (body === undefined) return;
    if (ts.isBlock(body)) {
      for (const statement of body.statements) this.visit(statement, context);
    } else {
      this.visit(body, context);
      this.noteReturned(body);
    }
  }

  private calleeOf(call: ts.CallExpression | ts.NewExpression): CalleeEffect | undefined {
    if (this.callees.has(call)) return this.callees.get(call);
    const callee = this.engine.calleeOf(call);
    this.callees.set(call, callee);
    return callee;
  }

  private addSite(site: ThrowSite): void {
    this.sites.push(site);
  }

  private visit(node: ts.Node, context: WalkContext): void {
    // A nested function is a unit of its own, summarised when something calls it.
    if (isFunctionUnit(node)) {
      if (node.body !== undefined) this.nested.push(node);
      return;
    }
    switch (node.kind) {
      case ts.SyntaxKind.ThrowStatement:
        this.visitThrow(node as ts.ThrowStatement, context);
        return;
      case ts.SyntaxKind.TryStatement:
        this.visitTry(node as ts.TryStatement, context);
        return;
      case ts.SyntaxKind.CallExpression:
        this.visitCall(node as ts.CallExpression, context);
        return;
      case ts.SyntaxKind.NewExpression:
        this.visitNew(node as ts.NewExpression, context);
        return;
      case ts.SyntaxKind.AwaitExpression:
        this.visitAwait(node as ts.AwaitExpression, context);
        return;
      case ts.SyntaxKind.ReturnStatement: {
        const expression = (node as ts.ReturnStatement).expression;
        if (expression !== undefined) {
          this.visit(expression, context);
          if (!context.inCallback) this.noteReturned(expression);
        }
        return;
      }
      case ts.SyntaxKind.ClassDeclaration:
      case ts.SyntaxKind.ClassExpression:
        this.visitClass(node as ts.ClassLikeDeclaration, context);
        return;
      case ts.SyntaxKind.InterfaceDeclaration:
      case ts.SyntaxKind.TypeAliasDeclaration:
      case ts.SyntaxKind.ImportDeclaration:
      case ts.SyntaxKind.ImportEqualsDeclaration:
      case ts.SyntaxKind.ModuleDeclaration:
      case ts.SyntaxKind.EnumDeclaration:
        return;
      default:
        if (ts.isTypeNode(node)) return;
        ts.forEachChild(node, (child) => {
          this.visit(child, context);
        });
    }
  }

  private visitClass(node: ts.ClassLikeDeclaration, context: WalkContext): void {
    for (const clause of node.heritageClauses ?? []) {
      for (const type of clause.types) this.visit(type.expression, context);
    }
    for (const member of node.members) {
      if (isFunctionUnit(member)) {
        if (member.body !== undefined) this.nested.push(member);
      } else if (ts.isPropertyDeclaration(member) && member.initializer !== undefined) {
        const literal = functionLiteral(member.initializer);
        this.nested.push(literal ?? member);
      } else if (ts.isClassStaticBlockDeclaration(member)) {
        this.nested.push(member);
      }
    }
  }

  private visitThrow(node: ts.ThrowStatement, context: WalkContext): void {
    // Reached only when a value breaks its type: a bug, like `assertNever(kind)`, and so is
    // whatever builds its error.
    if (this.resolver.isUnreachableThrow(node)) return;
    this.visit(node.expression, context);
    const unit = this.unit;
    if (isFunctionUnit(unit) && !context.inCallback && this.engine.neverReturns(unit)) return;
    const errorType = thrownTypeName(node.expression);
    this.addSite({
      node,
      kind: "throw",
      effect: { origin: { path: [], terminal: { kind: "throw", ...lineOf(node) } }, errorTypes: errorType === undefined ? undefined : [errorType] },
      handling: context.handling,
      inCallback: context.inCallback,
      eager: false,
    });
  }

  private visitTry(node: ts.TryStatement, context: WalkContext): void {
    const clause = node.catchClause;
    const tryHandling: Handling = clause === undefined ? context.handling : isSwallowingCatch(clause) ? "swallowed" : "try";
    this.visit(node.tryBlock, { ...context, handling: tryHandling });
    // A throw in the catch block is a rethrow: only an outer try handles it.
    if (clause !== undefined) this.visit(clause.block, context);
    if (node.finallyBlock !== undefined) this.visit(node.finallyBlock, context);
  }

  private visitInline(fn: ts.FunctionExpression | ts.ArrowFunction, context: WalkContext): void {
    this.visitFunctionBody(fn, { ...context, inCallback: true });
  }

  private visitArguments(call: ts.CallExpression | ts.NewExpression, context: WalkContext, callbackContext?: WalkContext): void {
    const args = call.arguments ?? [];
    let inlinedAny = false;
    for (const [index, argument] of args.entries()) {
      const literal = functionLiteral(argument);
      if (literal === undefined) {
        this.visit(argument, context);
      } else if (callbackContext !== undefined && index === 0) {
        this.visitInline(literal, callbackContext);
      } else if (isCaughtPromiseHandler(call)) {
        // A throw in a promise handler rejects the chain, and the chain catches it.
        this.visitInline(literal, { ...context, handling: "wrapper" });
      } else if (isAsyncFunction(literal) || isGeneratorFunction(literal)) {
        this.nested.push(literal);
      } else {
        const mode = this.resolver.callbackMode(call, index, this.engine);
        if (mode === "separate") {
          this.nested.push(literal);
        } else {
          inlinedAny = true;
          this.visitInline(literal, mode === "protected" ? { ...context, handling: "wrapper" } : context);
        }
      }
    }
    if (inlinedAny || callbackContext !== undefined) return;
    // A function passed by reference to a call that runs callbacks at once: `items.map(parse)`.
    const name = calleeSimpleName(call.expression);
    if (name === undefined || !syncCallbackMethods.has(name)) return;
    args.forEach((argument, index) => {
      const inner = skipOuter(argument);
      if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return;
      if (this.resolver.callbackMode(call, index, this.engine) !== "inline") return;
      const reference = this.resolver.reference(inner, this.engine);
      const effect = reference?.summary.sync;
      if (reference === undefined || effect === undefined) return;
      this.addSite({
        node: argument,
        kind: "reference",
        callee: reference,
        effect: effectThroughCallee(reference, effect),
        handling: context.handling,
        inCallback: context.inCallback,
        eager: false,
      });
    });
  }

  private visitCall(node: ts.CallExpression, context: WalkContext): void {
    const callee = skipOuter(node.expression);
    // An immediately invoked function runs here.
    const iife = functionLiteral(node.expression);
    if (iife !== undefined) {
      if (isAsyncFunction(iife) || isGeneratorFunction(iife)) this.nested.push(iife);
      else this.visitInline(iife, context);
      for (const argument of node.arguments) this.visit(argument, context);
      return;
    }
    this.visit(callee, context);
    const wrapper = wrapperKindOf(node);
    if (wrapper === "fromPromise") {
      node.arguments.forEach((argument, index) => {
        this.visit(argument, index === 0 ? { ...context, eager: true } : context);
      });
    } else if (wrapper !== undefined) {
      const first = functionLiteral(node.arguments[0]);
      if (wrapper === "try" && first !== undefined && isAsyncFunction(first)) this.asyncInSyncTry.push(node);
      this.visitArguments(node, context, first === undefined ? undefined : { ...context, handling: "wrapper", eager: false });
      return;
    } else {
      this.visitArguments(node, { ...context, eager: false });
    }
    this.addCallSite(node, context);
  }

  private visitNew(node: ts.NewExpression, context: WalkContext): void {
    this.visit(node.expression, context);
    this.visitArguments(node, { ...context, eager: false });
    this.addCallSite(node, context);
  }

  private addCallSite(node: ts.CallExpression | ts.NewExpression, context: WalkContext): void {
    const callee = this.calleeOf(node);
    const effect = callee?.summary.sync;
    if (callee === undefined || effect === undefined) return;
    this.addSite({
      node,
      kind: "call",
      callee,
      effect: effectThroughCallee(callee, effect),
      handling: context.handling,
      inCallback: context.inCallback,
      eager: context.eager,
    });
  }

  private visitAwait(node: ts.AwaitExpression, context: WalkContext): void {
    this.visit(node.expression, context);
    if (!this.isAsync && !this.isModule) return;
    const operand = skipOuter(node.expression);
    if (!ts.isCallExpression(operand) && !ts.isNewExpression(operand)) return;
    const callee = this.calleeOf(operand);
    const effect = callee?.summary.reject;
    if (callee === undefined || effect === undefined || callee.summary.sync !== undefined) return;
    this.addSite({
      node,
      kind: "await",
      callee,
      effect: effectThroughCallee(callee, effect),
      handling: context.handling,
      inCallback: context.inCallback,
      eager: false,
    });
  }

  /** `return mayReject()`: the unit's promise rejects with it, though nothing here awaits. */
  private noteReturned(expression: ts.Expression): void {
    if (this.returnedRejection !== undefined) return;
    const inner = skipOuter(expression);
    if (!ts.isCallExpression(inner) && !ts.isNewExpression(inner)) return;
    const callee = this.calleeOf(inner);
    const effect = callee?.summary.reject;
    if (callee !== undefined && effect !== undefined) this.returnedRejection = effectThroughCallee(callee, effect);
  }
}
