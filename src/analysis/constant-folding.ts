import ts from "typescript";
import { skipOuter } from "./throw-syntax.js";

/**
 * Compile-time constants: what an argument is on every run. `new RegExp(`^${SOURCE}$`)`
 * cannot throw when `SOURCE` is a `const` string and the pattern it makes is valid, so the
 * built-in table checks such a call by running it at lint time, as it does for literals.
 *
 * Folded without types: string and number literals, templates and `+` of constants. With the
 * type checker, also anything whose type is a string or number literal type (`const` bindings
 * of literals, `as const`, imported constants, enum members), and `const` bindings (local or
 * imported) whose initialiser folds, such as a template of other constants: TypeScript types a
 * template as `string`. Each argument is folded on its own, within a small budget: no walk of
 * the program.
 */

/** A constant value, as an argument or a template's part. */
export type Constant = string | number;

/** How deep `const` bindings are followed (`A` is a template of `B`, a template of `C`, ...). */
const MAX_DEPTH = 8;
/** How many nodes one argument may visit before folding gives up. */
const MAX_NODES = 64;
/** How many members a union of literal types may have to be checked one by one. */
const MAX_UNION = 16;

interface Budget {
  left: number;
}

/** The initialiser of the `const` binding an identifier names, through imports and re-exports. */
function constInitializer(node: ts.Identifier | ts.PropertyAccessExpression, checker: ts.TypeChecker): ts.Expression | undefined {
  let symbol = checker.getSymbolAtLocation(ts.isIdentifier(node) ? node : node.name);
  if (symbol !== undefined && (symbol.flags & ts.SymbolFlags.Alias) !== 0) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (declaration === undefined || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
  // `const` only: `let` and `var` may be reassigned. (`await using` sets Const and Using.)
  const flags = ts.getCombinedNodeFlags(declaration);
  if ((flags & ts.NodeFlags.Const) === 0 || (flags & ts.NodeFlags.Using) !== 0) return undefined;
  return declaration.initializer;
}

function literalOfType(type: ts.Type): Constant | undefined {
  return type.isStringLiteral() || type.isNumberLiteral() ? type.value : undefined;
}

function fold(node: ts.Expression, checker: ts.TypeChecker | undefined, depth: number, budget: Budget): Constant | undefined {
  budget.left -= 1;
  if (budget.left < 0 || depth > MAX_DEPTH) return undefined;
  const inner = skipOuter(node);
  if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  if (ts.isNumericLiteral(inner)) return Number(inner.text);
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.MinusToken) {
    const operand = fold(inner.operand, checker, depth, budget);
    return typeof operand === "number" ? -operand : undefined;
  }
  if (ts.isTemplateExpression(inner)) {
    let text = inner.head.text;
    for (const span of inner.templateSpans) {
      const part = fold(span.expression, checker, depth, budget);
      if (part === undefined) return undefined;
      text += String(part) + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = fold(inner.left, checker, depth, budget);
    const right = left === undefined ? undefined : fold(inner.right, checker, depth, budget);
    if (left === undefined || right === undefined) return undefined;
    return typeof left === "number" && typeof right === "number" ? left + right : String(left) + String(right);
  }
  if (checker === undefined) return undefined;
  // Whatever its syntax (`KEYS[0]`, `Enum.Member`, a call), a literal type is its one value.
  const literal = literalOfType(checker.getTypeAtLocation(inner));
  if (literal !== undefined) return literal;
  if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return undefined;
  const initializer = constInitializer(inner, checker);
  return initializer === undefined ? undefined : fold(initializer, checker, depth + 1, budget);
}

/**
 * The values an expression can have, when they are known at compile time: the one value it
 * folds to, or (with types) each member of a union of string literal types (`"a+" | "b+"`).
 * Undefined when it is not a constant.
 */
export function constantValuesOf(node: ts.Expression, checker: ts.TypeChecker | undefined): readonly Constant[] | undefined {
  const value = fold(node, checker, 0, { left: MAX_NODES });
  if (value !== undefined) return [value];
  if (checker === undefined) return undefined;
  const type = checker.getTypeAtLocation(skipOuter(node));
  if (!type.isUnion() || type.types.length > MAX_UNION) return undefined;
  const values: Constant[] = [];
  for (const member of type.types) {
    const literal = literalOfType(member);
    if (literal === undefined) return undefined;
    values.push(literal);
  }
  return values;
}
