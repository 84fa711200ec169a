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
 *
 * For a regular expression's pattern, a part made by a regex-escape function
 * (`escapeRegExp(name)`, `RegExp.escape(name)`) is literal text whatever its value: folding
 * with a `hole` puts that text in its place, so the caller can run the pattern with a few
 * stand-ins chosen to break it wherever escaped text could.
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

/**
 * Functions that escape every character a regular expression treats as syntax: lodash's and
 * MDN's `escapeRegExp`, zod's `escapeRegex`, `escape-string-regexp`, ES2025's `RegExp.escape`.
 */
const regExpEscapes: ReadonlySet<string> = new Set(["escapeRegExp", "escapeRegex", "escapeRegexp", "escapeStringRegexp", "escapeStringRegExp"]);

/** Whether a call escapes its one argument for use in a regular expression. */
function isRegExpEscape(node: ts.Expression): boolean {
  if (!ts.isCallExpression(node) || node.arguments.length !== 1) return false;
  const callee = skipOuter(node.expression);
  if (ts.isIdentifier(callee)) return regExpEscapes.has(callee.text);
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const name = callee.name.text;
  const owner = skipOuter(callee.expression);
  return regExpEscapes.has(name) || (name === "escape" && ts.isIdentifier(owner) && owner.text === "RegExp");
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

function fold(node: ts.Expression, checker: ts.TypeChecker | undefined, depth: number, budget: Budget, hole: string | undefined): Constant | undefined {
  budget.left -= 1;
  if (budget.left < 0 || depth > MAX_DEPTH) return undefined;
  const inner = skipOuter(node);
  if (hole !== undefined && isRegExpEscape(inner)) return hole;
  if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  if (ts.isNumericLiteral(inner)) return Number(inner.text);
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.MinusToken) {
    const operand = fold(inner.operand, checker, depth, budget, hole);
    return typeof operand === "number" ? -operand : undefined;
  }
  if (ts.isTemplateExpression(inner)) {
    let text = inner.head.text;
    for (const span of inner.templateSpans) {
      const part = fold(span.expression, checker, depth, budget, hole);
      if (part === undefined) return undefined;
      text += String(part) + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = fold(inner.left, checker, depth, budget, hole);
    const right = left === undefined ? undefined : fold(inner.right, checker, depth, budget, hole);
    if (left === undefined || right === undefined) return undefined;
    return typeof left === "number" && typeof right === "number" ? left + right : String(left) + String(right);
  }
  if (checker === undefined) return undefined;
  // Whatever its syntax (`KEYS[0]`, `Enum.Member`, a call), a literal type is its one value.
  const literal = literalOfType(checker.getTypeAtLocation(inner));
  if (literal !== undefined) return literal;
  if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return undefined;
  const initializer = constInitializer(inner, checker);
  return initializer === undefined ? undefined : fold(initializer, checker, depth + 1, budget, hole);
}

/**
 * The values an expression can have, when they are known at compile time: the one value it
 * folds to, or (with types) each member of a union of string literal types (`"a+" | "b+"`).
 * Undefined when it is not a constant. With a `hole`, regex-escaped parts fold to it.
 */
export function constantValuesOf(node: ts.Expression, checker: ts.TypeChecker | undefined, hole?: string): readonly Constant[] | undefined {
  const value = fold(node, checker, 0, { left: MAX_NODES }, hole);
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
