import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";

/**
 * True when control never leaves `statement` at its end: it returns, throws, breaks,
 * continues, or calls what `isNeverCall` says never returns (rules with types pass a check of
 * the call's `never` type; without one, no call counts). Only statements at its own level
 * count: a `return` inside a nested function, loop or one-armed `if` does not.
 */
export function alwaysExits(statement: TSESTree.Statement, isNeverCall: (expression: TSESTree.Expression) => boolean = () => false): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some((inner) => alwaysExits(inner, isNeverCall));
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && alwaysExits(statement.consequent, isNeverCall) && alwaysExits(statement.alternate, isNeverCall);
    case AST_NODE_TYPES.ExpressionStatement:
      return isNeverCall(statement.expression);
    // wildcard: anything else (loops, try, switch) may complete normally as far as this knows.
    default:
      return false;
  }
}
