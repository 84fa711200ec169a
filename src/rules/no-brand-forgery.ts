import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { brandOfType, isZodDeclared, sanctionedConstructor } from "../analysis/brands.js";
import { createRule } from "../analysis/create-rule.js";
import { requireTypeServices } from "../analysis/parser-services.js";
import { DEFAULT_TEST_GLOBS, fileMatchesGlobs } from "../analysis/test-files.js";
import { isFunctionNode } from "../analysis/function-nodes.js";

interface BrandForgeryOptions {
  allowInFunctions?: string[];
  allowInTests?: boolean;
}
type Options = [BrandForgeryOptions];
type MessageIds = "forgery" | "forgeryWithConstructor";


const keywordTypeKinds: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.AnyKeyword,
  ts.SyntaxKind.UnknownKeyword,
  ts.SyntaxKind.StringKeyword,
  ts.SyntaxKind.NumberKeyword,
  ts.SyntaxKind.BooleanKeyword,
  ts.SyntaxKind.BigIntKeyword,
  ts.SyntaxKind.SymbolKeyword,
  ts.SyntaxKind.ObjectKeyword,
  ts.SyntaxKind.NeverKeyword,
  ts.SyntaxKind.UndefinedKeyword,
  ts.SyntaxKind.VoidKeyword,
  ts.SyntaxKind.LiteralType,
]);

type Assertion = TSESTree.TSAsExpression | TSESTree.TSTypeAssertion;

/** The symbol a type annotation names (`UserId`, `ids.UserId`), through imports. */
function namedTypeSymbol(checker: ts.TypeChecker, typeNode: ts.TypeNode): ts.Symbol | undefined {
  if (!ts.isTypeReferenceNode(typeNode)) return undefined;
  const symbol = checker.getSymbolAtLocation(typeNode.typeName);
  if (symbol === undefined) return undefined;
  return (symbol.getFlags() & ts.SymbolFlags.Alias) !== 0 ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The array/union-free type node whose name the user wrote: `UserId` in `UserId[] | undefined`. */
function innermostTypeNode(typeNode: ts.TypeNode): ts.TypeNode {
  if (ts.isArrayTypeNode(typeNode)) return innermostTypeNode(typeNode.elementType);
  if (ts.isParenthesizedTypeNode(typeNode)) return innermostTypeNode(typeNode.type);
  if (ts.isUnionTypeNode(typeNode)) {
    const named = typeNode.types.find((member) => ts.isTypeReferenceNode(member) || ts.isArrayTypeNode(member));
    return named === undefined ? typeNode : innermostTypeNode(named);
  }
  if (ts.isTypeOperatorNode(typeNode)) return innermostTypeNode(typeNode.type);
  return typeNode;
}

/** The names a function goes by, for `allowInFunctions`: `parseUserId`, `UserIds.parse`, `parse`. */
function functionNames(node: TSESTree.Node): string[] {
  const parent = node.parent;
  if (node.type === AST_NODE_TYPES.FunctionDeclaration && node.id !== null) return [node.id.name];
  if (parent === undefined) return [];
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return [parent.id.name];
  }
  if (
    (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.PropertyDefinition) &&
    parent.key.type === AST_NODE_TYPES.Identifier
  ) {
    const method = parent.key.name;
    // `class Ids { static user() {} }` → `Ids.user`; `const ids = { order() {} }` → `ids.order`.
    const owner: TSESTree.Node = parent.parent.parent;
    if ((owner.type === AST_NODE_TYPES.ClassDeclaration || owner.type === AST_NODE_TYPES.ClassExpression) && owner.id !== null) {
      return [method, `${owner.id.name}.${method}`];
    }
    if (owner.type === AST_NODE_TYPES.VariableDeclarator && owner.id.type === AST_NODE_TYPES.Identifier) {
      return [method, `${owner.id.name}.${method}`];
    }
    return [method];
  }
  return [];
}

function isLibrarySymbol(symbol: ts.Symbol): boolean {
  return (symbol.getDeclarations() ?? []).some((declaration) => declaration.getSourceFile().fileName.includes("/node_modules/"));
}

/** The values named by `typeof X` inside a type (`z.infer<typeof UserId>` names the schema `UserId`). */
function typeQueries(checker: ts.TypeChecker, typeNode: ts.TypeNode): ts.Symbol[] {
  const found: ts.Symbol[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeQueryNode(node)) {
      const symbol = checker.getSymbolAtLocation(node.exprName);
      if (symbol !== undefined) found.push((symbol.getFlags() & ts.SymbolFlags.Alias) !== 0 ? checker.getAliasedSymbol(symbol) : symbol);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(typeNode);
  return found;
}

export const noBrandForgery = createRule<Options, MessageIds>({
  name: "no-brand-forgery",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow type assertions that forge a branded type outside the code that constructs it",
      recommended: "strict",
      requiresTypeChecking: true,
    },
    messages: {
      forgery:
        "This type assertion forges the branded type {{brand}}, skipping the check that makes a {{brand}} trustworthy. Construct it in the module that declares {{brand}}, or in a function listed in `allowInFunctions`.",
      forgeryWithConstructor:
        "This type assertion forges the branded type {{brand}}, skipping the check that makes a {{brand}} trustworthy. Construct {{brand}} with {{constructor}} instead.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowInFunctions: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description:
              "Names of functions that may assert brands (the construction functions): `parseUserId`, a method name `parse`, or `Class.method` / `object.method`.",
          },
          allowInTests: {
            type: "boolean",
            description:
              "Allow brand assertions in test files (`*.test.*`, `*.spec.*`, or under `__tests__/`, `test/` or `tests/`, as `no-unwrap` counts them), where fixtures are built by hand.",
          },
        },
      },
    ],
    defaultOptions: [{ allowInFunctions: [], allowInTests: true }],
  },

  /** @throws {Error} when the file was linted without type information (the message says how to turn it on). */
  create(context, [options]) {
    if (options.allowInTests !== false && fileMatchesGlobs(context.filename, context.cwd, DEFAULT_TEST_GLOBS)) return {};
    const services = requireTypeServices(context, "no-brand-forgery");
    const checker = services.program.getTypeChecker();
    const allowedNames = new Set(options.allowInFunctions ?? []);

    /** True inside a construction function: one named in the options, or a callback given to a zod schema. */
    function insideConstructor(node: TSESTree.Node): boolean {
      for (let current: TSESTree.Node | undefined = node.parent; current != null; current = current.parent) {
        if (!isFunctionNode(current)) continue;
        if (functionNames(current).some((name) => allowedNames.has(name))) return true;
        const call = current.parent;
        if (call.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(current as TSESTree.CallExpressionArgument)) {
          const callee = services.esTreeNodeToTSNodeMap.get(call.callee);
          const calleeName = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
          if (isZodDeclared(checker.getSymbolAtLocation(calleeName))) return true;
        }
      }
      return false;
    }

    function check(node: Assertion): void {
      const tsNode = services.esTreeNodeToTSNodeMap.get(node) as ts.AsExpression | ts.TypeAssertion;
      // Cheap exits first: `as const` and keyword targets (`as string`, `as unknown`) are never brands.
      if (ts.isConstTypeReference(tsNode.type) || keywordTypeKinds.has(tsNode.type.kind)) return;
      const target = checker.getTypeFromTypeNode(tsNode.type);
      const brand = brandOfType(checker, target);
      if (brand === undefined) return;

      // Not a forgery when the value already is the brand (`maybeId as UserId`).
      const source = checker.getTypeAtLocation(tsNode.expression);
      if ((source.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) === 0) {
        const definite = checker.getNonNullableType(source);
        if (checker.isTypeAssignableTo(definite, brand.type) || checker.isTypeAssignableTo(source, target)) return;
      }

      const written = innermostTypeNode(tsNode.type);
      const named = namedTypeSymbol(checker, written);
      // A generic helper from a library (`z.infer<...>`, type-fest's `Tagged<...>`) is not the brand's home.
      const typeSymbol = named !== undefined && !isLibrarySymbol(named) ? named : undefined;
      const schemas = typeQueries(checker, tsNode.type);
      const homeFiles = new Set<string>();
      for (const declaration of typeSymbol?.getDeclarations() ?? []) homeFiles.add(declaration.getSourceFile().fileName);
      for (const schema of schemas) {
        for (const declaration of schema.getDeclarations() ?? []) homeFiles.add(declaration.getSourceFile().fileName);
      }
      if (typeSymbol === undefined && brand.type.isIntersection()) {
        // An inline brand (`as string & { __brand: "X" }`) belongs to the file that spells it.
        for (const member of brand.type.types) {
          for (const declaration of member.getSymbol()?.getDeclarations() ?? []) homeFiles.add(declaration.getSourceFile().fileName);
        }
      }
      if (homeFiles.has(tsNode.getSourceFile().fileName)) return;
      if (insideConstructor(node)) return;

      const constructor = sanctionedConstructor(checker, brand, typeSymbol ?? schemas[0], tsNode);
      const generic = ts.isTypeReferenceNode(written) && (written.typeArguments ?? []).length > 0;
      const brandName = typeSymbol !== undefined && !generic ? typeSymbol.getName() : brand.name;
      if (constructor === undefined) {
        context.report({ node, messageId: "forgery", data: { brand: brandName } });
      } else {
        context.report({ node, messageId: "forgeryWithConstructor", data: { brand: brandName, constructor } });
      }
    }

    return {
      TSAsExpression: check,
      TSTypeAssertion: check,
    };
  },
});
