/**
 * Disposable resources (`Symbol.dispose` / `Symbol.asyncDispose`) for `require-using`: which
 * types are resources, which calls hand out a *new* one, and whether a local binding of one
 * is released on every path (by `finally`, by moving it out, or not at all). What counts as
 * *dropping* a value is the shared must-use engine's (`must-use.ts`); this module adds what
 * only resources need: the lifetime of a binding.
 */
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { enclosingFunction } from "./function-nodes.js";
import { memberName } from "./member-name.js";
import { isNullishType } from "./type-queries.js";

/** How a resource is released: `using` (sync), `await using` (async only), or either. */
export type DisposeKind = "sync" | "async" | "both";

const opaqueFlags = ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never;

function hasWellKnownSymbol(type: ts.Type, name: "dispose" | "asyncDispose" | "iterator" | "asyncIterator"): boolean {
  const prefix = `__@${name}@`;
  return type.getProperties().some((property) => property.getEscapedName().toString().startsWith(prefix));
}

/**
 * Built-in iterators and generators are `Disposable` under `lib: ESNext.Disposable` (dispose
 * calls `return()`), but leaving one unfinished leaks nothing: they are not resources.
 */
function isIterator(type: ts.Type): boolean {
  return type.getProperty("next") !== undefined && (hasWellKnownSymbol(type, "iterator") || hasWellKnownSymbol(type, "asyncIterator"));
}

function kindOfMember(checker: ts.TypeChecker, input: ts.Type): DisposeKind | undefined {
  const type = (input.flags & ts.TypeFlags.TypeParameter) !== 0 ? (checker.getBaseConstraintOfType(input) ?? input) : input;
  if ((type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) === 0) return undefined;
  const sync = hasWellKnownSymbol(type, "dispose");
  const async = hasWellKnownSymbol(type, "asyncDispose");
  if ((!sync && !async) || isIterator(type)) return undefined;
  return sync && async ? "both" : sync ? "sync" : "async";
}

/**
 * The dispose kind of a type, or `undefined` when it is not a resource. A union is a resource
 * when every member that is not `null`/`undefined` is (`using` accepts nullish values); its
 * kind is what all members support.
 */
export function disposeKindOfType(checker: ts.TypeChecker, type: ts.Type): DisposeKind | undefined {
  if ((type.flags & opaqueFlags) !== 0) return undefined;
  if (!type.isUnion()) return kindOfMember(checker, type);
  let sync = true;
  let async = true;
  let members = 0;
  for (const member of type.types) {
    if (isNullishType(member)) continue;
    const kind = kindOfMember(checker, member);
    if (kind === undefined) return undefined;
    members += 1;
    sync &&= kind !== "async";
    async &&= kind !== "sync";
  }
  if (members === 0) return undefined;
  return sync && async ? "both" : sync ? "sync" : "async";
}

function unwrap(expression: TSESTree.Expression): TSESTree.Expression {
  let current = expression;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.ChainExpression ||
    current.type === AST_NODE_TYPES.AwaitExpression
  ) {
    current = current.type === AST_NODE_TYPES.AwaitExpression ? current.argument : current.expression;
  }
  return current;
}

/**
 * True when the expression hands out a resource the caller now owns: a `new`, or a call that
 * does not return one of its own inputs. Fluent methods (`server.listen()` returns `this`),
 * `stream.pipe(dest)` (returns `dest`) and `stack.use(x)` (returns `x`) pass along a resource
 * someone else already owns.
 */
export function producesOwnedResource(expression: TSESTree.Expression, services: ParserServicesWithTypeInformation): boolean {
  const inner = unwrap(expression);
  if (inner.type === AST_NODE_TYPES.NewExpression) return true;
  if (inner.type !== AST_NODE_TYPES.CallExpression) return false;
  const checker = services.program.getTypeChecker();
  const tsCall = services.esTreeNodeToTSNodeMap.get(inner);
  // Signatures synthesized for unions have no declaration, whatever the API's types say.
  const declaration: ts.SignatureDeclaration | undefined = checker.getResolvedSignature(tsCall)?.getDeclaration();
  if (declaration?.type !== undefined && declaration.type.kind === ts.SyntaxKind.ThisType) return false;
  const returned = services.getTypeAtLocation(inner);
  const inputs: TSESTree.Node[] = [...inner.arguments];
  if (inner.callee.type === AST_NODE_TYPES.MemberExpression) inputs.push(inner.callee.object);
  return !inputs.some((input) => input.type !== AST_NODE_TYPES.SpreadElement && services.getTypeAtLocation(input) === returned);
}

/** The fate of one local binding of a resource. */
export type BindingFate =
  /** Released in a `finally`, right after it is bound, or moved out (returned, passed, stored, handed to its event listeners). */
  | { readonly kind: "released" }
  /** Something this analysis does not follow (reassigned, captured by a closure). */
  | { readonly kind: "unknown" }
  /** Released only on some paths: the call that releases it, outside any `finally`. */
  | { readonly kind: "sometimes"; readonly release: TSESTree.CallExpression }
  /** Never released nor moved. */
  | { readonly kind: "never" };

const disposeSymbols: ReadonlySet<string> = new Set(["Symbol.dispose", "Symbol.asyncDispose"]);

/** The call that releases the resource when `member` (`x.close`, `x["close"]`, `x[Symbol.dispose]`) is called. */
function releaseCall(
  member: TSESTree.MemberExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
  releaseMethods: ReadonlySet<string>,
): TSESTree.CallExpression | undefined {
  const name = memberName(member);
  const releases = name === undefined ? member.computed && disposeSymbols.has(sourceCode.getText(member.property)) : releaseMethods.has(name);
  return releases ? callOf(member) : undefined;
}

/** The call whose callee is `member` (`x.m()`, `x?.m()`, `(x?.m)()`), if it is called. */
function callOf(member: TSESTree.MemberExpression): TSESTree.CallExpression | undefined {
  let callee: TSESTree.Node = member;
  let parent = member.parent;
  if (parent.type === AST_NODE_TYPES.ChainExpression) {
    callee = parent;
    parent = parent.parent;
  }
  return parent.type === AST_NODE_TYPES.CallExpression && parent.callee === callee ? parent : undefined;
}

/** Node's EventEmitter and the DOM's EventTarget methods that register a listener. */
const listenerMethods: ReadonlySet<string> = new Set(["on", "once", "addListener", "prependListener", "prependOnceListener", "addEventListener"]);

/**
 * True when `member`, a read off the resource (`x.on`, `x.stdout`), registers an event listener on
 * the resource or on one property of it: `x.on(...)`, `x.stdout.on(...)`. Its lifetime is then its
 * events': `using` would dispose a child process or a socket before they fire.
 */
function registersListener(member: TSESTree.MemberExpression): boolean {
  if (isListenerCall(member)) return true;
  const outer = member.parent;
  return !member.computed && outer.type === AST_NODE_TYPES.MemberExpression && outer.object === member && isListenerCall(outer);
}

function isListenerCall(member: TSESTree.MemberExpression): boolean {
  const name = memberName(member);
  return name !== undefined && listenerMethods.has(name) && callOf(member) !== undefined;
}

/** What one read of the binding does with the resource. */
type Use = { readonly kind: "moved" } | { readonly kind: "released"; readonly call: TSESTree.CallExpression } | { readonly kind: "read" };

function classifyUse(
  identifier: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  releaseMethods: ReadonlySet<string>,
): Use {
  let node: TSESTree.Node = identifier;
  for (;;) {
    const parent = node.parent;
    if (parent === undefined) return { kind: "read" };
    switch (parent.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === node) return { kind: "read" };
        node = parent;
        continue;
      case AST_NODE_TYPES.MemberExpression: {
        if (parent.object !== node) return { kind: "read" };
        const call = releaseCall(parent, sourceCode, releaseMethods);
        if (call !== undefined) return { kind: "released", call };
        return registersListener(parent) ? { kind: "moved" } : { kind: "read" };
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return parent.callee === node ? { kind: "read" } : { kind: "moved" };
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.SpreadElement:
      case AST_NODE_TYPES.VariableDeclarator:
      case AST_NODE_TYPES.ExportSpecifier:
      case AST_NODE_TYPES.PropertyDefinition:
        return { kind: "moved" };
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.right === node ? { kind: "moved" } : { kind: "read" };
      case AST_NODE_TYPES.ForOfStatement:
        // Iterating hands the value to the iteration protocol, which closes iterable handles (`fs.Dir`).
        return parent.right === node ? { kind: "moved" } : { kind: "read" };
      default:
        return { kind: "read" };
    }
  }
}

/** True when the release call sits in the `finally` of a `try` that follows the binding in its block. */
function releasedInFinally(call: TSESTree.Node, declaration: TSESTree.Node): boolean {
  const block = declaration.parent;
  for (let current: TSESTree.Node | undefined = call.parent; current !== undefined && current !== block; current = current.parent) {
    const owner = current.parent;
    if (owner?.type === AST_NODE_TYPES.TryStatement && owner.finalizer === current) {
      return owner.parent === block && owner.range[0] > declaration.range[1];
    }
  }
  return false;
}

/** True when the release call is the statement right after the binding: nothing in between can throw. */
function releasedRightAfter(call: TSESTree.Node, declaration: TSESTree.Node): boolean {
  const block = declaration.parent;
  if (block === undefined || !("body" in block) || !Array.isArray(block.body)) return false;
  const statements = block.body as TSESTree.Node[];
  const next = statements[statements.indexOf(declaration) + 1];
  if (next?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const expression = next.expression.type === AST_NODE_TYPES.AwaitExpression ? next.expression.argument : next.expression;
  return expression === call || (expression.type === AST_NODE_TYPES.ChainExpression && expression.expression === call);
}

/**
 * Follows a `const`/`let` binding of a resource through its function: is it released on every
 * path, moved out, or neither? Conservative: a binding that is reassigned or captured by a
 * nested function is `"unknown"`, and a rule should say nothing about it.
 */
export function bindingFate(
  declarator: TSESTree.VariableDeclarator,
  sourceCode: Readonly<TSESLint.SourceCode>,
  releaseMethods: ReadonlySet<string>,
): BindingFate {
  const variable = sourceCode.getDeclaredVariables(declarator)[0];
  const declaration = declarator.parent;
  if (variable === undefined) return { kind: "unknown" };
  const owner = enclosingFunction(declarator);
  const releases: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    if (reference.init === true) continue;
    if (reference.isWrite()) return { kind: "unknown" };
    if (enclosingFunction(reference.identifier) !== owner) return { kind: "unknown" };
    const use = classifyUse(reference.identifier, sourceCode, releaseMethods);
    if (use.kind === "moved") return { kind: "released" };
    if (use.kind === "released") releases.push(use.call);
  }
  const [first] = releases;
  if (first === undefined) return { kind: "never" };
  if (releases.some((call) => releasedInFinally(call, declaration) || releasedRightAfter(call, declaration))) {
    return { kind: "released" };
  }
  return { kind: "sometimes", release: first };
}
