import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

/** A function with a body of its own: where `return`, `await` and `this` belong. */
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** A function written as a value: a function expression or an arrow. */
export type FunctionValue = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** True for a function declaration, function expression or arrow. */
export function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return node?.type === AST_NODE_TYPES.FunctionDeclaration || isFunctionValue(node);
}

/** True for a function expression or an arrow. */
export function isFunctionValue(node: TSESTree.Node | null | undefined): node is FunctionValue {
  return node?.type === AST_NODE_TYPES.FunctionExpression || node?.type === AST_NODE_TYPES.ArrowFunctionExpression;
}

/** The nearest enclosing function, or `undefined` at module level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  // `Program.parent` is null at run time, whatever the AST types say.
  for (let current: TSESTree.Node | null | undefined = node.parent; current != null; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}
