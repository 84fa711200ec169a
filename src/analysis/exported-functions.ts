import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { isFunctionValue } from "./function-nodes.js";

/** A function-like node whose signature a module exports. */
export type ExportedFunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.TSDeclareFunction
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

/** One exported function: the node that carries the signature, and the name callers use. */
export interface ExportedFunction {
  readonly node: ExportedFunctionNode;
  readonly name: string;
}

/**
 * The public signatures among a function's declarations: with overloads, only the
 * overload signatures (the implementation's signature is invisible to callers).
 */
function publicSignatures(declarations: readonly ExportedFunctionNode[]): ExportedFunctionNode[] {
  const overloads = declarations.filter((node) => node.type === AST_NODE_TYPES.TSDeclareFunction);
  const hasBody = declarations.some((node) => node.type === AST_NODE_TYPES.FunctionDeclaration);
  return overloads.length > 0 && hasBody ? overloads : [...declarations];
}

function fromDeclaration(declaration: TSESTree.Node | null | undefined, exportedName: string | undefined): ExportedFunction[] {
  if (declaration == null) return [];
  if (declaration.type === AST_NODE_TYPES.FunctionDeclaration || declaration.type === AST_NODE_TYPES.TSDeclareFunction) {
    // An overloaded implementation is reached through its own overload declarations.
    if (declaration.type === AST_NODE_TYPES.FunctionDeclaration && siblingOverloads(declaration) > 0) return [];
    return [{ node: declaration, name: exportedName ?? declaration.id?.name ?? "default" }];
  }
  if (isFunctionValue(declaration)) return [{ node: declaration, name: exportedName ?? "default" }];
  if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
    return declaration.declarations.flatMap((declarator) =>
      declarator.id.type === AST_NODE_TYPES.Identifier && isFunctionValue(declarator.init)
        ? [{ node: declarator.init, name: declarator.id.name }]
        : [],
    );
  }
  return [];
}

/** How many overload signatures directly precede this implementation. */
function siblingOverloads(node: TSESTree.FunctionDeclaration | TSESTree.TSDeclareFunction): number {
  const name = node.id?.name;
  const statement = node.parent.type === AST_NODE_TYPES.ExportNamedDeclaration || node.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration ? node.parent : node;
  const container = statement.parent;
  if (name === undefined || !("body" in container) || !Array.isArray(container.body)) return 0;
  const body = container.body as TSESTree.Node[];
  let count = 0;
  for (let index = body.indexOf(statement) - 1; index >= 0; index--) {
    const sibling = body[index];
    const inner = sibling?.type === AST_NODE_TYPES.ExportNamedDeclaration || sibling?.type === AST_NODE_TYPES.ExportDefaultDeclaration ? sibling.declaration : sibling;
    if (inner?.type !== AST_NODE_TYPES.TSDeclareFunction || inner.id?.name !== name) break;
    count++;
  }
  return count;
}

/** The function declarations of a module-scope variable (`function f`, overloads, `const f = () => …`). */
function functionsOfVariable(variable: TSESLint.Scope.Variable, exportedName: string): ExportedFunction[] {
  const nodes: ExportedFunctionNode[] = [];
  for (const definition of variable.defs) {
    const node = definition.node;
    if (node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.TSDeclareFunction) nodes.push(node);
    else if (node.type === AST_NODE_TYPES.VariableDeclarator && isFunctionValue(node.init)) nodes.push(node.init);
  }
  return publicSignatures(nodes).map((node) => ({ node, name: exportedName }));
}

function exportedName(specifier: TSESTree.ExportSpecifier): string {
  return specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
}

/**
 * Every function a module exports by its own declarations: `export function`,
 * `export const f = () => …`, `export default function`, `export { f as g }` and
 * `export default f` of local functions, in namespaces and `declare module` blocks too.
 * Re-exports from other modules (`export { f } from "./f"`) are that module's.
 */
export function exportedFunctions(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>): ExportedFunction[] {
  const found: ExportedFunction[] = [];
  const seen = new Set<TSESTree.Node>();
  const add = (items: ExportedFunction[]): void => {
    for (const item of items) {
      if (seen.has(item.node)) continue;
      seen.add(item.node);
      found.push(item);
    }
  };

  const visitStatements = (statements: readonly TSESTree.Node[]): void => {
    for (const statement of statements) {
      if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
        if (statement.declaration?.type === AST_NODE_TYPES.TSModuleDeclaration) {
          visitModule(statement.declaration);
          continue;
        }
        add(fromDeclaration(statement.declaration, undefined));
        if (statement.source === null) {
          for (const specifier of statement.specifiers) {
            const variable = findVariable(sourceCode, statement, specifier.local.name);
            if (variable !== undefined) add(functionsOfVariable(variable, exportedName(specifier)));
          }
        }
      } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
        if (statement.declaration.type === AST_NODE_TYPES.Identifier) {
          const variable = findVariable(sourceCode, statement, statement.declaration.name);
          if (variable !== undefined) add(functionsOfVariable(variable, "default"));
        } else {
          add(fromDeclaration(statement.declaration, "default"));
        }
      } else if (statement.type === AST_NODE_TYPES.TSModuleDeclaration && (statement.declare || statement.id.type === AST_NODE_TYPES.Literal)) {
        // `declare module "x" { export function … }`: its exports are public too.
        visitModule(statement);
      }
    }
  };
  const visitModule = (module: TSESTree.TSModuleDeclaration): void => {
    if (module.body?.type === AST_NODE_TYPES.TSModuleBlock) visitStatements(module.body.body);
  };

  visitStatements(program.body);
  return found;
}

function findVariable(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): TSESLint.Scope.Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope !== null; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable !== undefined) return variable;
  }
  return undefined;
}
