import path from "node:path";
import type { TypeOrValueSpecifier } from "@typescript-eslint/type-utils";
import ts from "typescript";
import { constantValuesOf } from "./constant-folding.js";
import { declaredThrowsOf, isAsyncLike } from "./jsdoc-throws.js";
import { resultInfoOfSymbol, resultKindOfType } from "./result-types.js";
import { unionMembers } from "./type-queries.js";
import {
  type ArgumentShape,
  type BuiltinTier,
  type ThrowingBuiltin,
  builtinCallOutcome,
  doesNotThrow,
  lookupThrowingBuiltin,
} from "./throwing-builtins.js";
import type { CalleeEffect, CallbackMode, ThrowEngine, ThrowResolver, ThrowSummary } from "./throw-summaries.js";
import { declaredSummary } from "./throw-summaries.js";
import {
  type FunctionUnit,
  annotatedNever,
  calleeSimpleName,
  constructorsOf,
  isFunctionUnit,
  panicNames,
  resultCallbackMethods,
  skipOuter,
  syncCallbackMethods,
  unitName,
  unitOfDeclaration,
  unwrapNames,
} from "./throw-syntax.js";

/** What the analysis is configured with: enabled built-in tiers and the users' lists. */
export interface ThrowAnalysisOptions {
  readonly tiers: ReadonlySet<BuiltinTier>;
  /** Functions that may throw although nothing says so. */
  readonly mayThrow: readonly TypeOrValueSpecifier[];
  /** Functions never counted as throwing. */
  readonly trusted: readonly TypeOrValueSpecifier[];
}

/** What a callee is, once resolved: the part that does not depend on the call's arguments. */
type Target =
  | { readonly kind: "builtin"; readonly entry: ThrowingBuiltin }
  | { readonly kind: "leaf"; readonly name: string; readonly summary: ThrowSummary }
  | { readonly kind: "units"; readonly units: readonly FunctionUnit[] }
  | { readonly kind: "overloads"; readonly name: string; readonly declared: ReadonlyMap<ts.Declaration, ThrowSummary> };

const builtinAliases: ReadonlyMap<string, string> = new Map([
  ["url.URL", "URL"],
  ["buffer.atob", "atob"],
  ["buffer.btoa", "btoa"],
  ["BodyMixin.json", "Body.json"],
]);

/**
 * What the analysis sees of each argument, for built-ins that only throw on some input:
 * literals, and constants folded from templates and (with a checker) `const` bindings.
 */
export function argumentShape(node: ts.Expression, checker?: ts.TypeChecker, hole?: string): ArgumentShape {
  const inner = skipOuter(node);
  // String and number literals are constants: `constantValuesOf` below reads them.
  if (ts.isRegularExpressionLiteral(inner)) return { kind: "regexp" };
  if (inner.kind === ts.SyntaxKind.TrueKeyword) return { kind: "true" };
  if (ts.isObjectLiteralExpression(inner)) {
    const props = new Map<string, ArgumentShape>();
    for (const property of inner.properties) {
      if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name)) {
        props.set(property.name.text, argumentShape(property.initializer, checker));
      }
    }
    return { kind: "object", props };
  }
  const values = constantValuesOf(inner, checker, hole);
  if (values === undefined) return checker !== undefined && isPrimitive(checker.getTypeAtLocation(inner)) ? { kind: "primitive" } : { kind: "other" };
  const [only] = values;
  if (values.length > 1 || only === undefined) return { kind: "oneOf", values };
  return typeof only === "string" ? { kind: "string", value: only } : { kind: "number", value: only };
}

const primitiveFlags = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void;

/** A string, number, boolean, `null` or `undefined` type, or a union of them only. */
function isPrimitive(type: ts.Type): boolean {
  return unionMembers(type).every((member) => (member.flags & primitiveFlags) !== 0 && (member.flags & ts.TypeFlags.Intersection) === 0);
}

function isFatalDecoder(node: ts.Expression | undefined): boolean {
  if (node === undefined) return false;
  const inner = skipOuter(node);
  if (!ts.isNewExpression(inner)) return false;
  const options = inner.arguments?.[1];
  if (options === undefined) return false;
  const shape = argumentShape(options);
  return shape.kind === "object" && shape.props.get("fatal")?.kind === "true";
}

/**
 * Stand-ins for regex-escaped text, each probing a place where escaped text could still break
 * a pattern: empty (`${e}+`), plain, a range inside a class (`[${e}]`), a count inside braces
 * (`a{${e}}`). A pattern valid with all of them is valid with any escaped text.
 */
const escapedStandIns: readonly string[] = ["", "x", "z-a", "9,0"];

/** Whether `new RegExp(...)` of constants and regex-escaped parts cannot throw. */
function escapedPatternIsValid(entry: ThrowingBuiltin, args: readonly ts.Expression[], checker: ts.TypeChecker | undefined): boolean {
  return escapedStandIns.every((hole) => !builtinCallOutcome(entry, args.map((arg) => argumentShape(arg, checker, hole))).mayThrow);
}

/** The summary of a built-in for one call, or undefined when this call cannot throw. */
function builtinEffect(
  entry: ThrowingBuiltin,
  call: ts.CallExpression | ts.NewExpression | undefined,
  receiverInitializer: (receiver: ts.Expression) => ts.Expression | undefined,
  checker: ts.TypeChecker | undefined,
): CalleeEffect | undefined {
  const args = call?.arguments ?? [];
  // Only built-ins that look at their arguments pay for folding them.
  const needsShapes = call !== undefined && (entry.applies !== undefined || entry.checkLiterals === true);
  const outcome = needsShapes ? builtinCallOutcome(entry, args.map((arg) => argumentShape(arg, checker))) : undefined;
  if (outcome?.mayThrow === false) return undefined;
  if (entry.name === "RegExp" && outcome !== undefined && outcome.constantFailure === undefined && escapedPatternIsValid(entry, args, checker)) return undefined;
  if (entry.name === "TextDecoder.decode") {
    const callee = call === undefined ? undefined : skipOuter(call.expression);
    if (callee === undefined || !ts.isPropertyAccessExpression(callee)) return undefined;
    const receiver = skipOuter(callee.expression);
    if (!isFatalDecoder(receiver) && !isFatalDecoder(receiverInitializer(receiver))) return undefined;
  }
  const isConstructor = /^[A-Z][A-Za-z]*$/.test(entry.name) && entry.name !== "BigInt";
  const name = isConstructor && call !== undefined && ts.isNewExpression(call) ? `new ${entry.name}` : entry.name;
  const effect = { origin: { path: [], terminal: { kind: "builtin" as const, name, why: entry.why } }, errorTypes: entry.errors };
  const summary = entry.effect === "sync" ? { sync: effect } : { reject: effect };
  const constantFailure = outcome?.constantFailure;
  return constantFailure === undefined ? { name, leaf: true, summary } : { name, leaf: true, summary, constantFailure };
}

function optionSummary(name: string): ThrowSummary {
  return { sync: { origin: { path: [], terminal: { kind: "option", name } }, errorTypes: undefined } };
}

function effectOfUnits(units: readonly FunctionUnit[], engine: ThrowEngine): CalleeEffect | undefined {
  for (const unit of units) {
    const summary = engine.summaryOf(unit);
    if (summary.sync !== undefined || summary.reject !== undefined) {
      return { name: unitName(unit), summary, leaf: declaredThrowsOf(unit, isAsyncLike(unit)) !== undefined };
    }
  }
  return undefined;
}

function effectOfTarget(
  target: Target | undefined,
  call: ts.CallExpression | ts.NewExpression | undefined,
  engine: ThrowEngine,
  receiverInitializer: (receiver: ts.Expression) => ts.Expression | undefined,
  checker?: ts.TypeChecker,
): CalleeEffect | undefined {
  if (target === undefined) return undefined;
  switch (target.kind) {
    case "builtin":
      return builtinEffect(target.entry, call, receiverInitializer, checker);
    case "leaf":
      return { name: target.name, summary: target.summary, leaf: true };
    case "units":
      return effectOfUnits(target.units, engine);
    case "overloads":
      // Only a resolved signature can tell which overload a call takes: without one, nothing.
      return undefined;
  }
}

/**
 * How a function runs its parameter at `index` before it returns: `inline` when some call of
 * it can let a throw escape, `protected` when every call sits in a try block with a catch
 * (a home-made `Result.try`), `separate` when it does not call it itself.
 */
function invokesParameter(unit: FunctionUnit, index: number): CallbackMode {
  const parameter = unit.parameters[index];
  const body = unit.body;
  if (parameter === undefined || body === undefined || !ts.isIdentifier(parameter.name)) return "separate";
  const name = parameter.name.text;
  let mode: CallbackMode = "separate";
  const visit = (node: ts.Node, inTry: boolean): void => {
    if (mode === "inline" || isFunctionUnit(node) || ts.isClassLike(node)) return;
    if (ts.isTryStatement(node) && node.catchClause !== undefined) {
      visit(node.tryBlock, true);
      visit(node.catchClause, inTry);
      if (node.finallyBlock !== undefined) visit(node.finallyBlock, inTry);
      return;
    }
    if (ts.isCallExpression(node)) {
      let callee = skipOuter(node.expression);
      if (ts.isPropertyAccessExpression(callee) && ["call", "apply"].includes(callee.name.text)) callee = skipOuter(callee.expression);
      if (ts.isIdentifier(callee) && callee.text === name) mode = inTry ? "protected" : "inline";
    }
    ts.forEachChild(node, (child) => {
      visit(child, inTry);
    });
  };
  visit(body, false);
  return mode;
}

/** Caches `invokesParameter` per function and index. */
class InvokeCache {
  private readonly cache = new Map<FunctionUnit, Map<number, CallbackMode>>();

  get(unit: FunctionUnit, index: number): CallbackMode {
    let byIndex = this.cache.get(unit);
    if (byIndex === undefined) {
      byIndex = new Map();
      this.cache.set(unit, byIndex);
    }
    let answer = byIndex.get(index);
    if (answer === undefined) {
      answer = invokesParameter(unit, index);
      byIndex.set(index, answer);
    }
    return answer;
  }
}

function nameMatches(name: string, specifier: TypeOrValueSpecifier): boolean {
  if (typeof specifier === "string") return specifier === name;
  return typeof specifier.name === "string" ? specifier.name === name : specifier.name.includes(name);
}

function isInDeclareModule(declaration: ts.Node, packageName: string): boolean {
  let node: ts.Node = declaration;
  while (!ts.isSourceFile(node)) {
    node = node.parent;
    if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) return node.name.text === packageName;
  }
  return false;
}

/** The name a lib or `@types/node` declaration goes by: `JSON.parse`, `fs.readFileSync`, `URL`. */
function builtinQualifiedName(symbol: ts.Symbol, declaration: ts.Declaration): string {
  const name = symbol.getName();
  const container: ts.Node | undefined = ts.isVariableDeclaration(declaration)
    ? declaration.parent.parent.parent
    : declaration.parent;
  let qualified = name;
  if (ts.isInterfaceDeclaration(container) || ts.isClassDeclaration(container)) {
    const owner = (container.name?.text ?? "").replace(/Constructor$/, "").replace(/^ReadonlyArray$/, "Array");
    qualified = `${owner}.${name}`;
  } else if (ts.isModuleBlock(container)) {
    const moduleName = container.parent.name;
    if (ts.isStringLiteral(moduleName)) qualified = `${moduleName.text.replace(/^node:/, "")}.${name}`;
    else if (moduleName.text !== "global") qualified = `${moduleName.text}.${name}`;
  }
  return builtinAliases.get(qualified) ?? qualified;
}

/**
 * Whether an expression reads a value the checker has narrowed to `never`: the code runs only
 * when a value breaks its declared type. Only names and property reads are asked (never
 * function-valued callees, which cannot be `never` by narrowing), and the walk stops at
 * nested functions.
 */
function mentionsNever(expression: ts.Expression, checker: ts.TypeChecker): boolean {
  const visit = (node: ts.Node): boolean => {
    if (isFunctionUnit(node)) return false;
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
      const parent = node.parent;
      const isName = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const isCallee = (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node;
      if (!isName && !isCallee && (checker.getTypeAtLocation(node).flags & ts.TypeFlags.Never) !== 0) return true;
    }
    return ts.forEachChild(node, visit) ?? false;
  };
  return visit(expression);
}

/**
 * Finds callees through the type checker: symbols, aliases (imports, re-exports, default
 * exports), and their declarations in the program or in `.d.ts` files.
 */
export class TypedThrowResolver implements ThrowResolver {
  private readonly checker: ts.TypeChecker;
  private readonly targets = new Map<ts.Symbol, Target | null>();
  private readonly constructTargets = new Map<ts.Symbol, Target | null>();
  private readonly invokes = new InvokeCache();
  private readonly receiverInitializer = (receiver: ts.Expression): ts.Expression | undefined => {
    const declaration = this.symbolOf(receiver)?.valueDeclaration;
    return declaration !== undefined && (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration))
      ? declaration.initializer
      : undefined;
  };

  constructor(
    private readonly program: ts.Program,
    private readonly options: ThrowAnalysisOptions,
  ) {
    this.checker = program.getTypeChecker();
  }

  callee(call: ts.CallExpression | ts.NewExpression, engine: ThrowEngine): CalleeEffect | undefined {
    const simple = calleeSimpleName(call.expression);
    if (simple !== undefined && panicNames.has(simple)) return undefined;
    const symbol = this.symbolOf(call.expression);
    if (symbol === undefined) return undefined;
    const target = this.targetOf(symbol, ts.isNewExpression(call));
    if (target === undefined || this.isFerrousCall(call.expression)) return undefined;
    if (target.kind === "overloads") {
      const declaration = this.checker.getResolvedSignature(call)?.declaration;
      const summary = declaration === undefined ? undefined : target.declared.get(declaration);
      return summary === undefined ? undefined : { name: target.name, summary, leaf: true };
    }
    return effectOfTarget(target, call, engine, this.receiverInitializer, this.checker);
  }

  reference(expression: ts.Expression, engine: ThrowEngine): CalleeEffect | undefined {
    const symbol = this.symbolOf(expression);
    if (symbol === undefined) return undefined;
    return effectOfTarget(this.targetOf(symbol, false), undefined, engine, this.receiverInitializer);
  }

  callbackMode(call: ts.CallExpression | ts.NewExpression, index: number): CallbackMode {
    if (ts.isNewExpression(call)) return "separate";
    const name = calleeSimpleName(call.expression);
    const symbol = this.symbolOf(call.expression);
    const declarations = symbol?.getDeclarations() ?? [];
    if (declarations.length === 0) return name !== undefined && syncCallbackMethods.has(name) ? "inline" : "separate";
    if (declarations.some((declaration) => this.isBuiltinFile(declaration.getSourceFile()))) {
      return name !== undefined && syncCallbackMethods.has(name) ? "inline" : "separate";
    }
    const callee = skipOuter(call.expression);
    if (name !== undefined && resultCallbackMethods.has(name) && ts.isPropertyAccessExpression(callee)) {
      // A Result's or Option's `map` runs at once; an AsyncResult's runs later.
      const kind = resultKindOfType(this.checker.getTypeAtLocation(callee.expression));
      if (kind === "Result" || kind === "Option") return "inline";
      if (kind === "AsyncResult") return "separate";
    }
    for (const declaration of declarations) {
      const unit = this.isProgramCode(declaration) ? unitOfDeclaration(declaration) : undefined;
      const mode = unit === undefined ? "separate" : this.invokes.get(unit, index);
      if (mode !== "separate") return mode;
    }
    return "separate";
  }

  neverReturns(unit: FunctionUnit): boolean {
    const signature = this.checker.getSignatureFromDeclaration(unit);
    if (signature === undefined) return false;
    return (this.checker.getReturnTypeOfSignature(signature).flags & ts.TypeFlags.Never) !== 0;
  }

  isUnreachableThrow(node: ts.ThrowStatement): boolean {
    return mentionsNever(node.expression, this.checker);
  }

  private symbolOf(expression: ts.Expression): ts.Symbol | undefined {
    const inner = skipOuter(expression);
    let node: ts.Node | undefined;
    if (ts.isIdentifier(inner)) node = inner;
    else if (ts.isPropertyAccessExpression(inner)) node = inner.name;
    else if (ts.isElementAccessExpression(inner) && ts.isStringLiteral(inner.argumentExpression)) node = inner.argumentExpression;
    if (node === undefined) return undefined;
    const symbol = this.checker.getSymbolAtLocation(node);
    if (symbol === undefined) return undefined;
    if ((symbol.flags & ts.SymbolFlags.Alias) === 0) return symbol;
    const aliased = this.checker.getAliasedSymbol(symbol);
    return (aliased.flags & ts.SymbolFlags.Alias) === 0 || aliased.getDeclarations() !== undefined ? aliased : undefined;
  }

  /**
   * Whether a call goes to ferrous's runtime: a method of a Result, Option or AsyncResult
   * value, or something imported from "ferrous". Its throws are panics by design (a bug of
   * the caller, like `unwrap` on an Err or `fromJSON` of what is not the shape), and its
   * callbacks' throws are reported where they are written.
   */
  private isFerrousCall(expression: ts.Expression): boolean {
    let root = skipOuter(expression);
    if (ts.isPropertyAccessExpression(root)) {
      const kind = resultKindOfType(this.checker.getTypeAtLocation(root.expression));
      if (kind !== undefined) return true;
      while (ts.isPropertyAccessExpression(root)) root = skipOuter(root.expression);
    }
    if (!ts.isIdentifier(root)) return false;
    const declaration = this.checker.getSymbolAtLocation(root)?.getDeclarations()?.[0];
    let node: ts.Node | undefined = declaration;
    while (node !== undefined && !ts.isImportDeclaration(node) && !ts.isSourceFile(node)) node = node.parent;
    if (node === undefined || !ts.isImportDeclaration(node) || !ts.isStringLiteral(node.moduleSpecifier)) return false;
    const specifier = node.moduleSpecifier.text;
    return specifier === "ferrous" || specifier.startsWith("ferrous/");
  }

  private isBuiltinFile(file: ts.SourceFile): boolean {
    return this.program.isSourceFileDefaultLibrary(file) || /[\\/]node_modules[\\/](@types[\\/]node|undici-types)[\\/]/.test(file.fileName);
  }

  /** Code whose body the analysis reads: not a `.d.ts`, not a package's JavaScript. */
  private isProgramCode(declaration: ts.Declaration): boolean {
    const file = declaration.getSourceFile();
    return !file.isDeclarationFile && !this.program.isSourceFileFromExternalLibrary(file) && !/[\\/]node_modules[\\/]/.test(file.fileName);
  }

  private ownerResultKind(declaration: ts.Declaration): string | undefined {
    const owner = declaration.parent as ts.Node | undefined;
    if (owner === undefined) return undefined;
    if (!ts.isClassDeclaration(owner) && !ts.isInterfaceDeclaration(owner)) return undefined;
    if (owner.name === undefined) return undefined;
    const info = resultInfoOfSymbol(this.checker.getSymbolAtLocation(owner.name));
    return info?.kind;
  }

  private matches(symbol: ts.Symbol, specifiers: readonly TypeOrValueSpecifier[]): boolean {
    if (specifiers.length === 0) return false;
    const name = symbol.getName();
    const declarations = symbol.getDeclarations() ?? [];
    return specifiers.some((specifier) => {
      if (!nameMatches(name, specifier)) return false;
      if (typeof specifier === "string") return true;
      switch (specifier.from) {
        case "lib":
          return declarations.some((d) => this.program.isSourceFileDefaultLibrary(d.getSourceFile()));
        case "file": {
          const wanted = specifier.path === undefined ? undefined : path.resolve(this.program.getCurrentDirectory(), specifier.path);
          return declarations.some((d) => this.isProgramCode(d) && (wanted === undefined || path.resolve(d.getSourceFile().fileName) === wanted));
        }
        case "package": {
          const typesName = specifier.package.replace(/^@([^/]+)\//, "$1__");
          return declarations.some((d) => {
            const file = d.getSourceFile().fileName.replaceAll("\\", "/");
            return (
              file.includes(`/node_modules/${specifier.package}/`) ||
              file.includes(`/node_modules/@types/${typesName}/`) ||
              isInDeclareModule(d, specifier.package)
            );
          });
        }
      }
    });
  }

  private targetOf(symbol: ts.Symbol, isNew: boolean): Target | undefined {
    const cache = isNew ? this.constructTargets : this.targets;
    const cached = cache.get(symbol);
    if (cached !== undefined) return cached ?? undefined;
    const target = this.computeTarget(symbol, isNew);
    cache.set(symbol, target ?? null);
    return target;
  }

  private computeTarget(symbol: ts.Symbol, isNew: boolean): Target | undefined {
    const declarations = symbol.getDeclarations() ?? [];
    const name = symbol.getName();
    if (declarations.length === 0 || panicNames.has(name)) return undefined;
    if (this.matches(symbol, this.options.trusted)) return undefined;
    if (this.matches(symbol, this.options.mayThrow)) return { kind: "leaf", name, summary: optionSummary(name) };
    const builtin = declarations.find((declaration) => this.isBuiltinFile(declaration.getSourceFile()));
    if (builtin !== undefined) {
      // Lib JSDoc is not trusted here: the table decides, so `Intl` methods do not flood.
      const qualified = builtinQualifiedName(symbol, builtin);
      if (doesNotThrow.has(qualified)) return undefined;
      const entry = lookupThrowingBuiltin(qualified, this.options.tiers);
      return entry === undefined ? undefined : { kind: "builtin", entry };
    }
    if (unwrapNames.has(name) && declarations.some((declaration) => this.ownerResultKind(declaration) !== undefined)) return undefined;
    const functions: ts.Declaration[] = isNew ? declarations.flatMap((declaration) => this.constructorDeclarations(declaration)) : declarations;
    if (functions.some(annotatedNever)) return undefined;
    const units: FunctionUnit[] = [];
    const declared = new Map<ts.Declaration, ThrowSummary>();
    let undeclaredSignature = false;
    for (const declaration of functions) {
      const unit = this.isProgramCode(declaration) ? unitOfDeclaration(declaration) : undefined;
      if (unit !== undefined) {
        units.push(unit);
        continue;
      }
      // A signature without a body: an overload, a `.d.ts`, an interface. Its JSDoc decides.
      const tags = declaredThrowsOf(declaration, isAsyncLike(declaration));
      if (tags !== undefined) declared.set(declaration, declaredSummary(this.displayName(symbol, declaration), tags));
      else if (ts.isFunctionLike(declaration)) undeclaredSignature = true;
    }
    const [first] = declared;
    if (first !== undefined) {
      const displayName = this.displayName(symbol, first[0]);
      return undeclaredSignature
        ? { kind: "overloads", name: displayName, declared }
        : { kind: "leaf", name: displayName, summary: first[1] };
    }
    return units.length === 0 ? undefined : { kind: "units", units };
  }

  private constructorDeclarations(declaration: ts.Declaration): ts.Declaration[] {
    if (ts.isClassDeclaration(declaration) || ts.isClassExpression(declaration)) {
      const all = declaration.members.filter(ts.isConstructorDeclaration);
      return all.length > 0 ? all : constructorsOf(declaration);
    }
    return [];
  }

  private displayName(symbol: ts.Symbol, declaration: ts.Declaration): string {
    const owner = declaration.parent as ts.Node | undefined;
    if (ts.isConstructorDeclaration(declaration) && owner !== undefined && ts.isClassLike(owner)) return `new ${owner.name?.text ?? symbol.getName()}`;
    if (owner !== undefined && (ts.isClassLike(owner) || ts.isInterfaceDeclaration(owner)) && owner.name !== undefined) {
      return `${owner.name.text}.${symbol.getName()}`;
    }
    return symbol.getName();
  }
}

/** Names a file declares at its top level, and the Node built-in modules it imports. */
interface FileScope {
  readonly functions: ReadonlyMap<string, FunctionUnit>;
  readonly classes: ReadonlyMap<string, ts.ClassDeclaration>;
  readonly names: ReadonlySet<string>;
  /** Local name → qualified built-in prefix or name: `fs` → `fs`, `readFileSync` → `fs.readFileSync`. */
  readonly imports: ReadonlyMap<string, string>;
}

function scanFile(file: ts.SourceFile): FileScope {
  const functions = new Map<string, FunctionUnit>();
  const classes = new Map<string, ts.ClassDeclaration>();
  const names = new Set<string>();
  const imports = new Map<string, string>();
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name !== undefined) {
      names.add(statement.name.text);
      if (statement.body !== undefined) functions.set(statement.name.text, statement);
    } else if (ts.isClassDeclaration(statement) && statement.name !== undefined) {
      names.add(statement.name.text);
      classes.set(statement.name.text, statement);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        names.add(declaration.name.text);
        const unit = unitOfDeclaration(declaration);
        if (unit !== undefined) functions.set(declaration.name.text, unit);
      }
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const moduleName = statement.moduleSpecifier.text.replace(/^node:/, "");
      const clause = statement.importClause;
      if (clause === undefined) continue;
      if (clause.name !== undefined) {
        names.add(clause.name.text);
        imports.set(clause.name.text, moduleName);
      }
      const bindings = clause.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) {
        names.add(bindings.name.text);
        imports.set(bindings.name.text, moduleName);
      } else if (bindings !== undefined) {
        for (const element of bindings.elements) {
          names.add(element.name.text);
          imports.set(element.name.text, `${moduleName}.${(element.propertyName ?? element.name).text}`);
        }
      }
    }
  }
  return { functions, classes, names, imports };
}

/**
 * Finds callees without types, within one file: functions and classes it declares at its
 * top level, Node built-in modules it imports, and global built-ins it does not shadow.
 */
export class FileThrowResolver implements ThrowResolver {
  private readonly scope: FileScope;
  private readonly invokes = new InvokeCache();
  private readonly noInitializer = (): undefined => undefined;

  constructor(
    file: ts.SourceFile,
    private readonly options: ThrowAnalysisOptions,
  ) {
    this.scope = scanFile(file);
  }

  callee(call: ts.CallExpression | ts.NewExpression, engine: ThrowEngine): CalleeEffect | undefined {
    const target = this.targetOf(call.expression, ts.isNewExpression(call));
    return effectOfTarget(target, call, engine, this.noInitializer);
  }

  reference(expression: ts.Expression, engine: ThrowEngine): CalleeEffect | undefined {
    return effectOfTarget(this.targetOf(expression, false), undefined, engine, this.noInitializer);
  }

  callbackMode(call: ts.CallExpression | ts.NewExpression, index: number): CallbackMode {
    if (ts.isNewExpression(call)) return "separate";
    const callee = skipOuter(call.expression);
    if (ts.isPropertyAccessExpression(callee)) return syncCallbackMethods.has(callee.name.text) ? "inline" : "separate";
    const unit = ts.isIdentifier(callee) ? this.scope.functions.get(callee.text) : undefined;
    return unit === undefined ? "separate" : this.invokes.get(unit, index);
  }

  neverReturns(): boolean {
    return false;
  }

  isUnreachableThrow(): boolean {
    return false;
  }

  private builtin(name: string): Target | undefined {
    if (doesNotThrow.has(name)) return undefined;
    const entry = lookupThrowingBuiltin(name, this.options.tiers);
    return entry === undefined ? undefined : { kind: "builtin", entry };
  }

  private listed(name: string, specifiers: readonly TypeOrValueSpecifier[]): boolean {
    return specifiers.some((specifier) => nameMatches(name, specifier));
  }

  private targetOf(expression: ts.Expression, isNew: boolean): Target | undefined {
    const callee = skipOuter(expression);
    let qualified: string | undefined;
    let local: Target | undefined;
    if (ts.isIdentifier(callee)) {
      const name = callee.text;
      if (panicNames.has(name)) return undefined;
      const imported = this.scope.imports.get(name);
      const fn = this.scope.functions.get(name);
      const cls = isNew ? this.scope.classes.get(name) : undefined;
      if (fn !== undefined) local = { kind: "units", units: [fn] };
      else if (cls !== undefined) local = this.constructorTarget(cls);
      qualified = imported ?? (this.scope.names.has(name) ? undefined : name);
      if (local !== undefined) qualified = name;
    } else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
      const owner = callee.expression.text;
      const prefix = this.scope.imports.get(owner) ?? (this.scope.names.has(owner) ? undefined : owner);
      qualified = prefix === undefined ? undefined : `${prefix}.${callee.name.text}`;
    } else if (ts.isPropertyAccessExpression(callee) && callee.name.text === "decode") {
      qualified = "TextDecoder.decode";
    }
    if (qualified === undefined) return local;
    const simple = qualified.split(".").at(-1) ?? qualified;
    if (this.listed(qualified, this.options.trusted) || this.listed(simple, this.options.trusted)) return undefined;
    if (this.listed(qualified, this.options.mayThrow) || this.listed(simple, this.options.mayThrow)) {
      return { kind: "leaf", name: qualified, summary: optionSummary(qualified) };
    }
    return local ?? this.builtin(qualified);
  }

  private constructorTarget(cls: ts.ClassDeclaration): Target | undefined {
    const ctors = cls.members.filter(ts.isConstructorDeclaration);
    for (const ctor of ctors) {
      if (ctor.body !== undefined) continue;
      const declared = declaredThrowsOf(ctor, false);
      if (declared !== undefined) return { kind: "leaf", name: `new ${cls.name?.text ?? "class"}`, summary: declaredSummary(`new ${cls.name?.text ?? "class"}`, declared) };
    }
    const units = constructorsOf(cls);
    return units.length === 0 ? undefined : { kind: "units", units };
  }
}
