import ts from "typescript";

/** The families of must-use value types the rules know. */
export type ResultKind = "Result" | "AsyncResult" | "Option";

/**
 * The JSDoc tag that marks a declaration as a value that must be used, like Rust's
 * `#[must_use]`. ferrous's runtime puts it on `Ok`, `Err`, `Some`, `None` and
 * `AsyncResult`; users may put it on their own types. Rules look for the tag on the
 * declaration instead of importing the runtime, so two copies of ferrous, a bundled
 * `.d.ts` and the sources all work, and a local class that happens to be named `Result`
 * does not.
 */
export const MUST_USE_TAG = "mustUse";

const kindByName: ReadonlyMap<string, ResultKind> = new Map<string, ResultKind>([
  ["Result", "Result"],
  ["Ok", "Result"],
  ["Err", "Result"],
  ["AsyncResult", "AsyncResult"],
  ["ResultAsync", "AsyncResult"],
  ["Option", "Option"],
  ["Some", "Option"],
  ["None", "Option"],
]);

const neverthrowNames: ReadonlySet<string> = new Set(["Ok", "Err", "Result", "ResultAsync"]);

function hasMustUseTag(declaration: ts.Declaration): boolean {
  return ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === MUST_USE_TAG);
}

function isNeverthrowDeclaration(declaration: ts.Declaration): boolean {
  return /[\\/]node_modules[\\/]neverthrow[\\/]/.test(declaration.getSourceFile().fileName);
}

/** Which library declared a must-use symbol, if any. */
export type ResultOrigin = "ferrous" | "neverthrow" | "user";

/** What a symbol is, when it is one of the must-use value types. */
export interface ResultSymbolInfo {
  readonly kind: ResultKind | undefined;
  readonly origin: ResultOrigin;
  readonly name: string;
}

/** The must-use information of one symbol, or `undefined` when it carries none. */
export function resultInfoOfSymbol(symbol: ts.Symbol | undefined): ResultSymbolInfo | undefined {
  if (symbol === undefined) return undefined;
  const name = symbol.getName();
  for (const declaration of symbol.getDeclarations() ?? []) {
    if (hasMustUseTag(declaration)) {
      const kind = kindByName.get(name);
      return { kind, origin: kind === undefined ? "user" : "ferrous", name };
    }
    if (neverthrowNames.has(name) && isNeverthrowDeclaration(declaration)) {
      return { kind: kindByName.get(name), origin: "neverthrow", name };
    }
  }
  return undefined;
}

/**
 * The must-use information of a type: its alias, its own symbol, or, for a union, the
 * information every member shares (`Ok<T, E> | Err<T, E>` is a Result). `undefined` when
 * the type is not a must-use value (or only some members of a union are).
 */
export function resultInfoOfType(type: ts.Type): ResultSymbolInfo | undefined {
  const direct = resultInfoOfSymbol(type.aliasSymbol) ?? resultInfoOfSymbol(type.getSymbol());
  if (direct !== undefined) return direct;
  if (type.isUnion()) {
    const members = type.types.map((member) => resultInfoOfType(member));
    const first = members[0];
    if (first === undefined) return undefined;
    const allSameKind = members.every((member) => member !== undefined && member.kind === first.kind);
    return allSameKind ? { ...first, name: first.kind ?? first.name } : undefined;
  }
  return undefined;
}

/** The kind of a ferrous or neverthrow Result-like type, or `undefined`. */
export function resultKindOfType(type: ts.Type): ResultKind | undefined {
  return resultInfoOfType(type)?.kind;
}

/**
 * True when some member of the type (a union with `undefined`, say) is a must-use value.
 * Useful for rules that want `Result | undefined` to count.
 */
export function someMemberIsMustUse(type: ts.Type): boolean {
  if (resultInfoOfType(type) !== undefined) return true;
  return type.isUnion() && type.types.some((member) => resultInfoOfType(member) !== undefined);
}
