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
  readonly onDrop: (drop: DroppedValue, info: T) => void;
}

type FunctionLiteral = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

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

/** The nearest function whose `return` a `return` statement belongs to. */
function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  // `Program.parent` is null at run time, whatever the AST types say.
  for (let current: TSESTree.Node | null | undefined = node.parent; current != null; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionDeclaration
    ) {
      return current;
    }
  }
  return undefined;
}

function isFunctionLiteral(node: TSESTree.Node): node is FunctionLiteral {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
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

/**
 * ESLint listeners that call `onDrop` once for every dropped value `classify` cares about.
 * Merge them into a rule's listener object (the keys are
 * `ExpressionStatement`, `ForStatement`, `ArrowFunctionExpression`, `ReturnStatement`,
 * `CallExpression` and `NewExpression`).
 */
export function mustUseListeners<T>(options: MustUseOptions<T>): RuleListener {
  const { services, ignoreVoid, classify, onDrop } = options;
  const checker = services.program.getTypeChecker();

  function typeOf(node: TSESTree.Expression): ts.Type {
    return services.getTypeAtLocation(node);
  }

  function checkDropped(expression: TSESTree.Expression, site: DropSite, isContextOk: () => boolean): void {
    let contextOk: boolean | undefined;
    for (const part of droppedParts(expression, ignoreVoid)) {
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
      if (owner === undefined || !isFunctionLiteral(owner)) return;
      checkDropped(node.argument, "void-return", () => isInVoidReturnContext(owner, services));
    },
    CallExpression: checkArguments,
    NewExpression: checkArguments,
  };
}
