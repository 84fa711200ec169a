import ts from "typescript";

/**
 * Syntax the throw analysis shares between its typed and untyped resolvers: which nodes are
 * functions, what they are called, how callbacks are run, which calls are Result wrappers.
 */

/** A function whose body runs when it is called. */
export type FunctionUnit =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

/**
 * Code analysed on its own: a function, the top level of a file, a class field initializer
 * or a static block (they run at construction or class definition, not where they sit).
 */
export type Unit = ts.SourceFile | FunctionUnit | ts.PropertyDeclaration | ts.ClassStaticBlockDeclaration;

export function isFunctionUnit(node: ts.Node): node is FunctionUnit {
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.Constructor:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
      return true;
    default:
      return false;
  }
}

/** Names of functions that signal a bug by design: their throws are panics, never errors. */
export const panicNames: ReadonlySet<string> = new Set(["panic", "assertNever", "unreachable"]);

/** Result methods that panic on the wrong variant: `no-unwrap`'s business, not this rule's. */
export const unwrapNames: ReadonlySet<string> = new Set([
  "unwrap",
  "expect",
  "unwrapErr",
  "expectErr",
  "_unsafeUnwrap",
  "_unsafeUnwrapErr",
]);

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === kind) === true;
}

export function isAsyncFunction(node: ts.Node): boolean {
  return isFunctionUnit(node) && hasModifier(node, ts.SyntaxKind.AsyncKeyword);
}

export function isGeneratorFunction(node: ts.Node): boolean {
  return (
    (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) &&
    node.asteriskToken !== undefined
  );
}

/** Whether the node is exported from its module (`export function`, `export const f = ...`). */
export function isExported(unit: Unit): boolean {
  const host = jsDocHost(unit);
  if (host === undefined) return false;
  return hasModifier(host, ts.SyntaxKind.ExportKeyword) || ts.isExportAssignment(host);
}

/** Strips parentheses, `as`, `satisfies` and `!` around an expression. */
export function skipOuter(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isSatisfiesExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isTypeAssertionExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

/** The function an expression is, when it is a function literal. */
export function functionLiteral(node: ts.Expression | undefined): ts.FunctionExpression | ts.ArrowFunction | undefined {
  if (node === undefined) return undefined;
  const inner = skipOuter(node);
  return ts.isFunctionExpression(inner) || ts.isArrowFunction(inner) ? inner : undefined;
}

function propertyNameText(name: ts.PropertyName | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) {
    return name.text;
  }
  return undefined;
}

/**
 * The node that carries a unit's JSDoc and where a `@throws` is added: the function itself,
 * or the variable statement / property an arrow function is bound to.
 */
export function jsDocHost(unit: Unit): ts.Node | undefined {
  if (ts.isSourceFile(unit)) return undefined;
  if (ts.isArrowFunction(unit) || ts.isFunctionExpression(unit)) {
    const parent = unit.parent as ts.Node | undefined;
    if (parent === undefined) return undefined;
    if (ts.isVariableDeclaration(parent) && parent.initializer === unit) {
      const list = parent.parent;
      const statement = list.parent;
      return ts.isVariableDeclarationList(list) && ts.isVariableStatement(statement) && list.declarations.length === 1
        ? statement
        : undefined;
    }
    if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === unit) return parent;
    if (ts.isExportAssignment(parent)) return parent;
    return undefined;
  }
  return unit;
}

/** A readable name for a unit: `parseConfig`, `Config.load`, `new Config`. */
export function unitName(unit: Unit): string {
  if (ts.isSourceFile(unit)) return "the module";
  const owner = unit.parent as ts.Node | undefined;
  const className =
    owner !== undefined && (ts.isClassDeclaration(owner) || ts.isClassExpression(owner)) ? owner.name?.text : undefined;
  if (ts.isConstructorDeclaration(unit)) return `new ${className ?? "(class)"}`;
  if (ts.isClassStaticBlockDeclaration(unit)) return `${className ?? "class"} static block`;
  if (ts.isArrowFunction(unit) || ts.isFunctionExpression(unit)) {
    const parent = unit.parent as ts.Node | undefined;
    if (ts.isFunctionExpression(unit) && unit.name !== undefined) return unit.name.text;
    if (parent !== undefined && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
    if (parent !== undefined && (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) {
      return propertyNameText(parent.name) ?? "(function)";
    }
    if (parent !== undefined && ts.isExportAssignment(parent)) return "default export";
    return "(function)";
  }
  const own = ts.isFunctionDeclaration(unit) ? unit.name?.text : propertyNameText(unit.name);
  const name = own ?? "default";
  return className !== undefined && !ts.isFunctionDeclaration(unit) ? `${className}.${name}` : name;
}

/**
 * The body-carrying function a declaration stands for: the function itself, or the
 * function literal a variable, property or default export is initialised with.
 */
export function unitOfDeclaration(declaration: ts.Declaration): FunctionUnit | undefined {
  if (
    (ts.isFunctionDeclaration(declaration) ||
      ts.isMethodDeclaration(declaration) ||
      ts.isConstructorDeclaration(declaration) ||
      ts.isGetAccessorDeclaration(declaration) ||
      ts.isSetAccessorDeclaration(declaration) ||
      ts.isFunctionExpression(declaration) ||
      ts.isArrowFunction(declaration)) &&
    declaration.body !== undefined
  ) {
    return declaration;
  }
  if (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) {
    return functionLiteral(declaration.initializer);
  }
  if (ts.isExportAssignment(declaration)) return functionLiteral(declaration.expression);
  return undefined;
}

/** The constructors with a body of a class declaration. */
export function constructorsOf(declaration: ts.Declaration): ts.ConstructorDeclaration[] {
  if (!ts.isClassDeclaration(declaration) && !ts.isClassExpression(declaration)) return [];
  return declaration.members.filter(
    (member): member is ts.ConstructorDeclaration => ts.isConstructorDeclaration(member) && member.body !== undefined,
  );
}

/** Whether the function's own return type annotation is `never`. */
export function annotatedNever(node: ts.Node): boolean {
  return ts.isFunctionLike(node) && node.type?.kind === ts.SyntaxKind.NeverKeyword;
}

/** The last segment of a callee: `parse` in `JSON.parse`, `f` in `f`. */
export function calleeSimpleName(expression: ts.Expression): string | undefined {
  const inner = skipOuter(expression);
  if (ts.isIdentifier(inner)) return inner.text;
  if (ts.isPropertyAccessExpression(inner)) return inner.name.text;
  return undefined;
}

/** Array and iterable methods that call their callback before they return. */
export const syncCallbackMethods: ReadonlySet<string> = new Set([
  "map",
  "forEach",
  "filter",
  "reduce",
  "reduceRight",
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "flatMap",
  "sort",
  "toSorted",
  "replace",
  "replaceAll",
  "from",
  "fromEntries",
]);

/** Methods of ferrous's (synchronous) Result and Option that call their callback at once. */
export const resultCallbackMethods: ReadonlySet<string> = new Set([
  "map",
  "mapErr",
  "mapOr",
  "mapOrElse",
  "andThen",
  "orElse",
  "inspect",
  "inspectErr",
  "isOkAnd",
  "isErrAnd",
  "isSomeAnd",
  "isNoneOr",
  "unwrapOrElse",
  "okOrElse",
  "filter",
  "zipWith",
  "match",
  "gen",
]);

/** How a Result wrapper protects its arguments. */
export type WrapperKind = "try" | "tryAsync" | "wrap" | "fromPromise";

const wrapperMethods: ReadonlyMap<string, WrapperKind> = new Map<string, WrapperKind>([
  ["try", "try"],
  ["wrap", "wrap"],
  ["tryAsync", "tryAsync"],
  ["fromPromise", "fromPromise"],
  ["fromThrowable", "wrap"],
  ["fromAsyncThrowable", "tryAsync"],
]);

const wrapperOwners: ReadonlySet<string> = new Set(["Result", "ResultAsync", "AsyncResult"]);
const neverthrowFunctions: ReadonlySet<string> = new Set(["fromThrowable", "fromAsyncThrowable", "fromPromise"]);

/**
 * Which Result wrapper a call is, by name: `Result.try`, `Result.wrap`, `Result.tryAsync`,
 * `Result.fromPromise`, neverthrow's `Result.fromThrowable`, `ResultAsync.fromPromise`,
 * `fromThrowable`, `fromAsyncThrowable`, `fromPromise`. Names are enough: a local object
 * called `Result` with a `try` method catches too.
 */
export function wrapperKindOf(call: ts.CallExpression): WrapperKind | undefined {
  const callee = skipOuter(call.expression);
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    return wrapperOwners.has(callee.expression.text) ? wrapperMethods.get(callee.name.text) : undefined;
  }
  if (ts.isIdentifier(callee) && neverthrowFunctions.has(callee.text)) return wrapperMethods.get(callee.text);
  return undefined;
}

/** Whether a catch clause swallows: empty, or only logs. */
export function isSwallowingCatch(clause: ts.CatchClause): boolean {
  return clause.block.statements.every((statement) => {
    if (!ts.isExpressionStatement(statement)) return false;
    const expression = skipOuter(statement.expression);
    if (!ts.isCallExpression(expression)) return false;
    const callee = skipOuter(expression.expression);
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const receiver = skipOuter(callee.expression);
    return (
      (ts.isIdentifier(receiver) && (receiver.text === "console" || /^log(ger)?$/i.test(receiver.text))) ||
      /^(log|warn|error|info|debug|trace)$/.test(callee.name.text)
    );
  });
}

/** The error type a `throw` names syntactically: `new ParseError(...)` → `ParseError`. */
export function thrownTypeName(expression: ts.Expression): string | undefined {
  const inner = skipOuter(expression);
  if (ts.isNewExpression(inner) || ts.isCallExpression(inner)) {
    const callee = skipOuter(inner.expression);
    if (ts.isIdentifier(callee) && /^[A-Z]/.test(callee.text)) return callee.text;
    if (ts.isPropertyAccessExpression(callee) && /^[A-Z]/.test(callee.name.text)) return callee.getText();
  }
  return undefined;
}
