/**
 * The must-use engine: where a value is *dropped*, in the sense of Rust's `unused_must_use`.
 *
 * A rule says which values matter (`classify`, given the value's type); the engine finds the
 * places where a value is thrown away and asks about it, cheapest checks first:
 *
 * - an expression statement (`save();`, `await asyncResult;`), a `for` clause
 *   (`for (init(); ; step())`), and every part of those whose value is dropped with it:
 *   both branches of `?:`, both sides of `&&`/`||`/`??`, every element of a sequence,
 *   through `as`/`satisfies`/`!`/`<T>` wrappers and optional chains;
 * - a function literal whose contextual return type is `void` (`items.forEach(x => save(x))`):
 *   its expression body or its `return` arguments;
 * - a function passed by reference where a `void`-returning function is expected
 *   (`items.forEach(save)`): what it returns is dropped on every call.
 *
 * `void expr` is the explicit discard (like `no-floating-promises`' `ignoreVoid`) unless the
 * caller turns that off. Assignments, arguments, returns to non-void, `yield`, fields and
 * bindings all count as uses: a value stored somewhere is not dropped here (an unread binding
 * is `no-unused-vars`' report). Only value-producing expressions (calls, `new`, `await`,
 * tagged templates) are dropped: `result;` re-reads a value that still lives in its binding.
 *
 * @example
 * ```ts
 * create(context) {
 *   const services = requireTypeServices(context, "my-rule");
 *   return mustUseListeners({
 *     services,
 *     ignoreVoid: true,
 *     classify: (type) => (isDisposable(type) ? "Disposable" : undefined),
 *     onDrop: (drop, name) => context.report({ node: drop.node, messageId: "dropped", data: { name } }),
 *   });
 * }
 * ```
 */
import type { ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import type { RuleListener } from "@typescript-eslint/utils/ts-eslint";
import ts from "typescript";
import { enclosingFunction, isFunctionValue } from "./function-nodes.js";

/** Where a dropped value was found. */
export type DropSite =
  /** An expression statement or a `for` init/update clause. */
  | "statement"
  /** The body or a `return` of a function literal whose contextual return type is `void`. */
  | "void-return"
  /** A function passed by reference where a function returning `void` is expected. */
  | "void-reference";

/** One value the program throws away. */
export interface DroppedValue {
  /**
   * The expression whose value is dropped: a call, `new`, `await` or tagged template, or, for
   * `"void-reference"`, the function reference whose *return value* is dropped.
   */
  readonly node: TSESTree.Expression;
  readonly site: DropSite;
  /** True when `node` is an `await`: the awaited value is what is dropped. */
  readonly awaited: boolean;
  /**
   * True when writing `void ` before `node` is a valid discard that keeps the program's types
   * (`"statement"` and `"void-return"` sites while `void` is accepted as a discard).
   */
  readonly voidable: boolean;
}

/** What a rule tells the engine. `T` is whatever the rule wants back about a value (a name). */
export interface MustUseOptions<T> {
  readonly services: ParserServicesWithTypeInformation;
  /** Whether `void expr` discards a value on purpose (true) or counts as dropping it (false). */
  readonly ignoreVoid: boolean;
  /**
   * Whether a value of this type must be used: return something to report, `undefined` not
   * to. Called with the value's type (the awaited type for `await`, the return type for a
   * function passed by reference) and the node it comes from, before any contextual-type query.
   */
  readonly classify: (type: ts.Type, node: TSESTree.Expression) => T | undefined;
  /**
   * Optional cheap pre-check, asked before the type of a dropped call or `new` is computed:
   * could a call resolved to this signature (or to any instantiation of it) give a value
   * `classify` cares about (`awaited`: once awaited, for `await f()`)? Answer `true` when
   * unsure. When every signature the callee may resolve to says `false`, the engine skips
   * the call: resolving big generic calls (type assertions in test files) is what costs, and
   * most dropped calls return `void`. `mayBecome` helps answer it.
   */
  readonly signatureMayMatter?: SignatureMayMatter;
  readonly onDrop: (drop: DroppedValue, info: T) => void;
}

/** See `MustUseOptions.signatureMayMatter`. */
export type SignatureMayMatter = (signature: ts.Signature, awaited: boolean) => boolean;

/**
 * The value-producing parts of an expression in a dropped position: the expressions whose
 * values are thrown away with it. Purely syntactic.
 *
 * @example `a ? save() : (log(), other())` gives `save()`, `log()` and `other()`.
 */
export function droppedParts(expression: TSESTree.Expression, ignoreVoid: boolean): TSESTree.Expression[] {
  // `if`s rather than a `switch`: AST node types are an open set of ~170, most of them
  // irrelevant here, and the last line is the answer for all of them.
  if (valueProducing.has(expression.type)) return [expression];
  if (isTransparentWrapper(expression)) return droppedParts(expression.expression, ignoreVoid);
  if (expression.type === AST_NODE_TYPES.SequenceExpression) {
    return expression.expressions.flatMap((part) => droppedParts(part, ignoreVoid));
  }
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) {
    return [...droppedParts(expression.consequent, ignoreVoid), ...droppedParts(expression.alternate, ignoreVoid)];
  }
  if (expression.type === AST_NODE_TYPES.LogicalExpression) {
    // A must-use object on the left is only tested for truthiness, which says nothing.
    return [...droppedParts(expression.left, ignoreVoid), ...droppedParts(expression.right, ignoreVoid)];
  }
  if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === "void" && !ignoreVoid) {
    return droppedParts(expression.argument, ignoreVoid);
  }
  return [];
}

/** Expressions that make a new value: dropping one loses it. */
const valueProducing: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
]);

type TransparentWrapper =
  | TSESTree.ChainExpression
  | TSESTree.TSAsExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSTypeAssertion
  | TSESTree.TSNonNullExpression;

/** Wrappers whose value is their inner expression's: `a?.b()`, `x as T`, `x!`, `<T>x`. */
function isTransparentWrapper(expression: TSESTree.Expression): expression is TransparentWrapper {
  return (
    expression.type === AST_NODE_TYPES.ChainExpression ||
    expression.type === AST_NODE_TYPES.TSAsExpression ||
    expression.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    expression.type === AST_NODE_TYPES.TSTypeAssertion ||
    expression.type === AST_NODE_TYPES.TSNonNullExpression
  );
}

/** True for `void`, `undefined` and unions of them: a return type whose value nobody reads. */
function isVoidLike(type: ts.Type): boolean {
  if (!type.isUnion()) return (type.flags & ts.TypeFlags.Void) !== 0;
  return (
    type.types.every((member) => (member.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) !== 0) &&
    type.types.some((member) => (member.flags & ts.TypeFlags.Void) !== 0)
  );
}

/** True when every call signature of the type returns `void` (and there is at least one). */
function allSignaturesReturnVoid(type: ts.Type, checker: ts.TypeChecker): boolean {
  const members = type.isUnion() ? type.types : [type];
  let count = 0;
  for (const member of members) {
    for (const signature of member.getCallSignatures()) {
      count += 1;
      if (!isVoidLike(checker.getReturnTypeOfSignature(signature))) return false;
    }
  }
  return count > 0;
}

/**
 * True when the caller of this expression (a function literal or a function reference) will
 * ignore what it returns: its contextual type is a function type returning `void`. `undefined`
 * alone does not count: `() => undefined` asks for a value.
 */
export function isInVoidReturnContext(
  node: TSESTree.Expression,
  services: ParserServicesWithTypeInformation,
): boolean {
  const tsNode = services.esTreeNodeToTSNodeMap.get(node);
  if (!ts.isExpression(tsNode)) return false;
  const checker = services.program.getTypeChecker();
  const contextual = checker.getContextualType(tsNode);
  return contextual !== undefined && allSignaturesReturnVoid(contextual, checker);
}

/** The return type of calling a function value: the union of its call signatures' returns. */
function returnTypeOfReference(type: ts.Type, checker: ts.TypeChecker): ts.Type | undefined {
  const signatures = type.getCallSignatures();
  if (signatures.length !== 1) {
    // Overloads: what one call returns depends on its arguments, which the caller supplies.
    // Only a single signature says for sure what every call gives back.
    return undefined;
  }
  const [signature] = signatures;
  return signature === undefined ? undefined : checker.getReturnTypeOfSignature(signature);
}

/** Flags of types that no instantiation changes and that hold no type parameters. */
const fixedFlags =
  ts.TypeFlags.Any |
  ts.TypeFlags.Unknown |
  ts.TypeFlags.Never |
  ts.TypeFlags.Void |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Null |
  ts.TypeFlags.String |
  ts.TypeFlags.Number |
  ts.TypeFlags.Boolean |
  ts.TypeFlags.BigInt |
  ts.TypeFlags.ESSymbol |
  ts.TypeFlags.UniqueESSymbol |
  ts.TypeFlags.StringLiteral |
  ts.TypeFlags.NumberLiteral |
  ts.TypeFlags.BooleanLiteral |
  ts.TypeFlags.BigIntLiteral |
  ts.TypeFlags.EnumLike |
  ts.TypeFlags.NonPrimitive;

/**
 * Whether some instantiation of `type` (a signature's declared return type, type parameters
 * and all) could contain a part `leaf` accepts: `leaf` is asked about every union or
 * intersection member and the alias of each; type parameters, conditional, indexed and
 * mapped types can become anything, so they answer `true`. Object types keep their symbol
 * and their property names when instantiated, so `leaf`'s answer for one holds for all.
 */
export function mayBecome(type: ts.Type, leaf: (part: ts.Type) => boolean): boolean {
  if (leaf(type)) return true;
  if (type.isUnionOrIntersection()) return type.types.some((member) => mayBecome(member, leaf));
  if ((type.flags & fixedFlags) !== 0) return false;
  if ((type.flags & ts.TypeFlags.Object) !== 0) {
    const objectFlags = (type as ts.ObjectType).objectFlags;
    return (objectFlags & (ts.ObjectFlags.Mapped | ts.ObjectFlags.ReverseMapped)) !== 0;
  }
  return true;
}

/** An object type whose instantiations keep its members' names and shapes (not mapped). */
function isStableObject(type: ts.Type): type is ts.ObjectType {
  return (
    (type.flags & ts.TypeFlags.Object) !== 0 &&
    ((type as ts.ObjectType).objectFlags & (ts.ObjectFlags.Mapped | ts.ObjectFlags.ReverseMapped)) === 0
  );
}

/**
 * Types of which the expression's type is an instantiation, found without resolving calls:
 * for `f(a)`, the declared return types of `f`'s signatures; for `x.m`, the type of `m` in
 * those of `x`. `undefined` when that does not work out (then ask the checker): inferring
 * `expect(schema.parse(x))`'s type argument is the expensive part of `expect(...).toBe(y)`,
 * and `toBe` returns `void` whatever it is.
 */
function declaredTypes(
  node: TSESTree.Node,
  services: ParserServicesWithTypeInformation,
  checker: ts.TypeChecker,
): readonly ts.Type[] | undefined {
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const signatures = candidateSignatures(node, services, checker);
    return signatures?.map((signature) => signature.getReturnType());
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const objects = declaredTypes(node.object, services, checker);
  if (objects === undefined) return undefined;
  const types: ts.Type[] = [];
  for (const object of objects) {
    const nonNullable = checker.getNonNullableType(object);
    if (!isStableObject(nonNullable)) return undefined;
    const property = nonNullable.getProperty(node.property.name);
    // An overload whose result lacks the member is not the one a valid program calls (with it,
    // `x.m` would be an error, typed `any`, which no rule classifies).
    if (property !== undefined) types.push(checker.getTypeOfSymbol(property));
    else if (checker.getIndexInfosOfType(nonNullable).length > 0) return undefined;
  }
  return types.length === 0 ? undefined : types;
}

/**
 * The signatures a call or `new` can resolve to, or generic signatures it instantiates: those
 * of its callee's type (each member of a union, `undefined` of an optional chain left out).
 * `undefined` when there are none or the callee is unusual (`super(...)`), so the caller must
 * ask the checker.
 */
function candidateSignatures(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  services: ParserServicesWithTypeInformation,
  checker: ts.TypeChecker,
): readonly ts.Signature[] | undefined {
  if (node.callee.type === AST_NODE_TYPES.Super) return undefined;
  const declared = declaredTypes(node.callee, services, checker);
  const calleeTypes = declared ?? [services.getTypeAtLocation(node.callee)];
  const signatures: ts.Signature[] = [];
  for (const calleeType of calleeTypes) {
    const nonNullable = checker.getNonNullableType(calleeType);
    for (const member of nonNullable.isUnion() ? nonNullable.types : [nonNullable]) {
      // A declared (uninstantiated) type stands for its instantiations only if it keeps its shape.
      if (declared !== undefined && !isStableObject(member)) return undefined;
      signatures.push(
        ...(node.type === AST_NODE_TYPES.NewExpression ? member.getConstructSignatures() : member.getCallSignatures()),
      );
    }
  }
  return signatures.length === 0 ? undefined : signatures;
}

/**
 * True when `expression` (a call, `new`, or `await` of one) provably gives no value the rule
 * cares about: every signature its callee may resolve to says so. Cheaper than its type.
 */
export function cannotMatter(
  expression: TSESTree.Expression,
  services: ParserServicesWithTypeInformation,
  signatureMayMatter: SignatureMayMatter,
): boolean {
  const awaited = expression.type === AST_NODE_TYPES.AwaitExpression;
  const call = awaited ? expression.argument : expression;
  if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) return false;
  const signatures = candidateSignatures(call, services, services.program.getTypeChecker());
  return signatures !== undefined && !signatures.some((signature) => signatureMayMatter(signature, awaited));
}

/**
 * ESLint listeners that call `onDrop` once for every dropped value `classify` cares about.
 * Merge them into a rule's listener object (the keys are
 * `ExpressionStatement`, `ForStatement`, `ArrowFunctionExpression`, `ReturnStatement`,
 * `CallExpression` and `NewExpression`).
 */
export function mustUseListeners<T>(options: MustUseOptions<T>): RuleListener {
  const { services, ignoreVoid, classify, onDrop, signatureMayMatter } = options;
  const checker = services.program.getTypeChecker();

  function typeOf(node: TSESTree.Expression): ts.Type {
    return services.getTypeAtLocation(node);
  }

  function checkDropped(expression: TSESTree.Expression, site: DropSite, isContextOk: () => boolean): void {
    let contextOk: boolean | undefined;
    for (const part of droppedParts(expression, ignoreVoid)) {
      if (signatureMayMatter !== undefined && cannotMatter(part, services, signatureMayMatter)) continue;
      const info = classify(typeOf(part), part);
      if (info === undefined) continue;
      contextOk ??= isContextOk();
      if (!contextOk) return;
      onDrop({ node: part, site, awaited: part.type === AST_NODE_TYPES.AwaitExpression, voidable: ignoreVoid }, info);
    }
  }

  const always = (): boolean => true;

  function checkArguments(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
    for (const argument of node.arguments) {
      if (argument.type !== AST_NODE_TYPES.Identifier && argument.type !== AST_NODE_TYPES.MemberExpression) continue;
      const returned = returnTypeOfReference(typeOf(argument), checker);
      if (returned === undefined) continue;
      const info = classify(returned, argument);
      if (info === undefined || !isInVoidReturnContext(argument, services)) continue;
      onDrop({ node: argument, site: "void-reference", awaited: false, voidable: false }, info);
    }
  }

  return {
    ExpressionStatement(node): void {
      // Directives ("use strict") are statements too, and strings.
      if (node.directive !== undefined) return;
      checkDropped(node.expression, "statement", always);
    },
    ForStatement(node): void {
      if (node.init !== null && node.init.type !== AST_NODE_TYPES.VariableDeclaration) {
        checkDropped(node.init, "statement", always);
      }
      if (node.update !== null) checkDropped(node.update, "statement", always);
    },
    ArrowFunctionExpression(node): void {
      if (node.body.type === AST_NODE_TYPES.BlockStatement) return;
      checkDropped(node.body, "void-return", () => isInVoidReturnContext(node, services));
    },
    ReturnStatement(node): void {
      if (node.argument === null) return;
      const owner = enclosingFunction(node);
      if (!isFunctionValue(owner)) return;
      checkDropped(node.argument, "void-return", () => isInVoidReturnContext(owner, services));
    },
    CallExpression: checkArguments,
    NewExpression: checkArguments,
  };
}
