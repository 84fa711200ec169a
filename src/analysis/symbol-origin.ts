import ts from "typescript";

/**
 * Whether a symbol comes from a given package, judged by its declarations and by the imports
 * it travelled through: aliased imports (`import { match as m }`), re-exports through the
 * user's own modules, namespace imports (`P.match`) and `declare module "pkg"` all work; a
 * local function that happens to share the name does not.
 */

/** How deep an alias chain may be before we give up (re-exports of re-exports). */
const MAX_ALIAS_STEPS = 16;

function isPackageSpecifier(specifier: string, packageName: string): boolean {
  return specifier === packageName || specifier.startsWith(`${packageName}/`);
}

function isRequireOf(node: ts.Node | undefined, packageName: string): boolean {
  if (node === undefined || !ts.isCallExpression(node)) return false;
  const [argument] = node.arguments;
  return (
    ts.isIdentifier(node.expression) &&
    node.expression.text === "require" &&
    argument !== undefined &&
    ts.isStringLiteral(argument) &&
    isPackageSpecifier(argument.text, packageName)
  );
}

/** The module an import-like declaration names, when it names one by a string. */
function aliasDeclarationImports(declaration: ts.Declaration, packageName: string): boolean {
  for (let node: ts.Node = declaration; !ts.isSourceFile(node) && !ts.isBlock(node); node = node.parent) {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const specifier = node.moduleSpecifier;
      return specifier !== undefined && ts.isStringLiteral(specifier) && isPackageSpecifier(specifier.text, packageName);
    }
    if (ts.isImportEqualsDeclaration(node)) {
      const reference = node.moduleReference;
      return (
        ts.isExternalModuleReference(reference) &&
        ts.isStringLiteral(reference.expression) &&
        isPackageSpecifier(reference.expression.text, packageName)
      );
    }
    // CommonJS in JavaScript files: `const { matchTag } = require("ferrous")`.
    if (ts.isVariableDeclaration(node)) return isRequireOf(node.initializer, packageName);
  }
  return false;
}

function declaredInPackageFolder(symbol: ts.Symbol, packageName: string): boolean {
  const folder = `/node_modules/${packageName}/`;
  return (symbol.getDeclarations() ?? []).some((declaration) => {
    const file = declaration.getSourceFile();
    if (file.fileName.replaceAll("\\", "/").includes(folder)) return true;
    // `declare module "pkg" { ... }`: an ambient module declaration of the package.
    for (let node: ts.Node = declaration; !ts.isSourceFile(node); node = node.parent) {
      if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name) && isPackageSpecifier(node.name.text, packageName)) {
        return true;
      }
    }
    return false;
  });
}

/** True when the symbol, followed through its aliases, comes from the package. */
export function symbolComesFrom(symbol: ts.Symbol | undefined, packageName: string, checker: ts.TypeChecker): boolean {
  let current = symbol;
  for (let step = 0; current !== undefined && step < MAX_ALIAS_STEPS; step++) {
    if (declaredInPackageFolder(current, packageName)) return true;
    if ((current.flags & ts.SymbolFlags.Alias) === 0) return false;
    if ((current.getDeclarations() ?? []).some((declaration) => aliasDeclarationImports(declaration, packageName))) {
      return true;
    }
    current = checker.getImmediateAliasedSymbol(current);
  }
  return false;
}

/**
 * The name a called expression (`match`, `m`, `P.match`, `ferrous.matchTag`) has in the
 * package it comes from, when it is one of `names`; `undefined` for anything else.
 */
export function packageFunctionName(
  callee: ts.Expression,
  packageName: string,
  names: readonly string[],
  checker: ts.TypeChecker,
): string | undefined {
  const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  if (!ts.isIdentifier(nameNode)) return undefined;
  const symbol = checker.getSymbolAtLocation(nameNode);
  if (symbol === undefined) return undefined;
  const target = (symbol.flags & ts.SymbolFlags.Alias) === 0 ? symbol : checker.getAliasedSymbol(symbol);
  const name = target.getName();
  if (!names.includes(name)) return undefined;
  if (symbolComesFrom(symbol, packageName, checker)) return name;
  // `import * as F from "ferrous"; F.matchTag(...)`: the namespace carries the origin.
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    return symbolComesFrom(checker.getSymbolAtLocation(callee.expression), packageName, checker) ? name : undefined;
  }
  return undefined;
}
