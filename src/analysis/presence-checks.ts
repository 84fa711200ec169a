import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import type { SourceCode } from "@typescript-eslint/utils/ts-eslint";
import { alwaysExits } from "./control-flow.js";
import { isFunctionNode } from "./function-nodes.js";
import { memberName } from "./member-name.js";

// Checked lookups: `map.get(key)!` inside `if (map.has(key))`, or after `if (!map.has(key))
// return;`, and `list.shift()!` under `while (list.length > 0)`. The check is there, in the same
// function, before the lookup; TypeScript cannot see it, so `no-unwrap` must. The map, key and
// list are matched by their source text: cheap, and exact for the names and paths such code uses.
// A `!` in a callback is not covered (the callback may run after the map changed), nor is a
// `delete` between the check and the lookup (a false negative, rare).

/** `receiver.method(arg)` with one plain argument, as its receiver's and argument's nodes. */
function singleArgumentCall(node: TSESTree.Node, method: string): { receiver: TSESTree.Expression; key: TSESTree.Node } | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.optional || node.arguments.length !== 1) return undefined;
  const callee = node.callee;
  const key = node.arguments[0];
  if (callee.type !== AST_NODE_TYPES.MemberExpression || key === undefined || key.type === AST_NODE_TYPES.SpreadElement) return undefined;
  return memberName(callee) === method ? { receiver: callee.object, key } : undefined;
}

/** A lookup's presence check, as `presenceCheckOf` builds it. */
interface PresenceCheck {
  /** Whether this one test (not a chain) proves the value is there. */
  readonly holds: (test: TSESTree.Node) => boolean;
  /** Whether this statement puts the value there (`map.set(key, v)`). */
  readonly isFill: (statement: TSESTree.Statement) => boolean;
  /** Calls (as source text) that each use up one check: `list.shift(`, `list.pop(`. */
  readonly removals: readonly string[];
}

/** `length > 0`, `length >= 1`, `length !== 0` and their mirrors (`0 < length`), `length` as `isLength` says. */
function comparesNonZero(test: TSESTree.BinaryExpression, isLength: (node: TSESTree.Node) => boolean): boolean {
  const bound = (node: TSESTree.Node): number | undefined =>
    node.type === AST_NODE_TYPES.Literal && typeof node.value === "number" ? node.value : undefined;
  const [operator, limit] = isLength(test.left)
    ? [test.operator, bound(test.right)]
    : isLength(test.right)
      ? [mirrored[test.operator] ?? test.operator, bound(test.left)]
      : [undefined, undefined];
  if (operator === undefined || limit === undefined) return false;
  if (operator === ">") return limit >= 0;
  if (operator === ">=") return limit >= 1;
  return (operator === "!==" || operator === "!=") && limit === 0;
}

/** The comparison read from the other side: `0 < n` is `n > 0`. */
const mirrored: Readonly<Record<string, string>> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };

/** The test that must hold for `child` (a branch of `node`) to run, if `node` has one. */
function guardOf(node: TSESTree.Node, child: TSESTree.Node): TSESTree.Node | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return node.consequent === child ? node.test : undefined;
    case AST_NODE_TYPES.WhileStatement:
      return node.body === child ? node.test : undefined;
    case AST_NODE_TYPES.ForStatement:
      return node.body === child && node.test !== null ? node.test : undefined;
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator === "&&" && node.right === child ? node.left : undefined;
    default:
      return undefined;
  }
}

/** A block's statements, or the statement itself when it is not a block. */
function statementsOf(statement: TSESTree.Statement): readonly TSESTree.Statement[] {
  return statement.type === AST_NODE_TYPES.BlockStatement ? statement.body : [statement];
}

/**
 * The check that makes `operand!` safe, if `operand` is a lookup that has one:
 * `map.has(key)` for `map.get(key)`, a non-zero `list.length` for `list.shift()` or `list.pop()`.
 */
function presenceCheckOf(operand: TSESTree.Expression, text: (node: TSESTree.Node) => string): PresenceCheck | undefined {
  const get = singleArgumentCall(operand, "get");
  if (get !== undefined) {
    const map = text(get.receiver);
    const key = text(get.key);
    return {
      holds: (test) => {
        const has = singleArgumentCall(test, "has");
        return has !== undefined && text(has.receiver) === map && text(has.key) === key;
      },
      isFill: (statement) => {
        const set = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
        if (set?.type !== AST_NODE_TYPES.CallExpression || set.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        const first = set.arguments[0];
        return memberName(set.callee) === "set" && text(set.callee.object) === map && first !== undefined && text(first) === key;
      },
      removals: [],
    };
  }
  if (operand.type !== AST_NODE_TYPES.CallExpression || operand.optional || operand.arguments.length > 0) return undefined;
  const callee = operand.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.optional) return undefined;
  const method = memberName(callee);
  if (method !== "shift" && method !== "pop") return undefined;
  const list = text(callee.object);
  const isLength = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === "length" && text(node.object) === list;
  return {
    holds: (test) => isLength(test) || (test.type === AST_NODE_TYPES.BinaryExpression && comparesNonZero(test, isLength)),
    isFill: () => false,
    // Each `shift` or `pop` uses up what one check of the length proved.
    removals: [`${list}.shift(`, `${list}.pop(`],
  };
}

/** Whether `test` being true means `check.holds` (alone, or in an `&&` chain). */
function implies(test: TSESTree.Node, check: PresenceCheck): boolean {
  if (test.type === AST_NODE_TYPES.ChainExpression) return implies(test.expression, check);
  if (test.type === AST_NODE_TYPES.LogicalExpression && test.operator === "&&") {
    return implies(test.left, check) || implies(test.right, check);
  }
  return check.holds(test);
}

/** Whether `if (!check) ...` makes the check hold after it: by leaving, or by filling the map. */
function ensures(statement: TSESTree.Node, check: PresenceCheck): boolean {
  if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate !== null) return false;
  const test = statement.test;
  if (test.type !== AST_NODE_TYPES.UnaryExpression || test.operator !== "!" || !implies(test.argument, check)) return false;
  return alwaysExits(statement.consequent) || statementsOf(statement.consequent).some(check.isFill);
}

/** Whether the code from `from` to the end of `to` takes at most one element after one check. */
function removesOnce(sourceCode: SourceCode, check: PresenceCheck, from: number, to: number): boolean {
  const code = sourceCode.text.slice(from, to);
  return check.removals.reduce((count, removal) => count + code.split(removal).length - 1, 0) <= 1;
}

/**
 * Whether `operand!` sits after its presence check in the same function: in the branch of an
 * `if`, `while`, `?:` or `&&` on it, or after `if (!check) return;` (or `map.set(key, v)`).
 */
export function isCheckedLookup(operand: TSESTree.Expression, sourceCode: SourceCode): boolean {
  const check = presenceCheckOf(operand, (node) => sourceCode.getText(node));
  if (check === undefined) return false;
  let child: TSESTree.Node = operand;
  // `Program.parent` is null at run time, whatever the AST types say.
  for (let current: TSESTree.Node | null | undefined = operand.parent; current != null; current = current.parent) {
    if (isFunctionNode(current)) return false;
    const guard = guardOf(current, child);
    if (guard !== undefined && implies(guard, check)) return removesOnce(sourceCode, check, child.range[0], child.range[1]);
    if (current.type === AST_NODE_TYPES.BlockStatement || current.type === AST_NODE_TYPES.Program) {
      const before: readonly TSESTree.Node[] = current.body.slice(0, (current.body as readonly TSESTree.Node[]).indexOf(child));
      const guardStatement = before.findLast((statement) => ensures(statement, check));
      if (guardStatement !== undefined) return removesOnce(sourceCode, check, guardStatement.range[1], operand.range[1]);
    }
    child = current;
  }
  return false;
}
