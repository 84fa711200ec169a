import ts from "typescript";

/** What a declaration's JSDoc says it lets escape. */
export interface DeclaredThrows {
  /** Throws when called (`@throws` on a function that is not async). */
  readonly sync: boolean;
  /** Its promise rejects (`@throws` on an async function, `@rejects`, `@throws {Promise<E>}`). */
  readonly reject: boolean;
  /** The declared error types; empty when a tag names none. */
  readonly types: readonly string[];
}

const throwsTagNames: ReadonlySet<string> = new Set(["throws", "throw", "exception"]);

/** The `{Type}` a tag names, for tags TypeScript does not parse (`@rejects {E}`). */
function braceType(tag: ts.JSDocTag): string | undefined {
  const comment = ts.getTextOfJSDocComment(tag.comment);
  const match = comment === undefined ? null : /^\s*\{([^}]+)\}/.exec(comment);
  return match?.[1]?.trim();
}

function tagType(tag: ts.JSDocTag): string | undefined {
  if (ts.isJSDocThrowsTag(tag) && tag.typeExpression !== undefined) return tag.typeExpression.type.getText();
  return braceType(tag);
}

/** Whether the function is async, or (for a body-less declaration) says it returns a Promise. */
export function isAsyncLike(node: ts.Node): boolean {
  if (!ts.isFunctionLike(node)) return false;
  if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) === true) {
    return true;
  }
  const returnType = node.type;
  return (
    returnType !== undefined &&
    ts.isTypeReferenceNode(returnType) &&
    ts.isIdentifier(returnType.typeName) &&
    (returnType.typeName.text === "Promise" || returnType.typeName.text === "PromiseLike")
  );
}

/**
 * The `@throws` / `@rejects` of a declaration (a function, method, or the variable an arrow
 * function is bound to), or `undefined` when it declares none. TypeScript finds the JSDoc of
 * `const f = () => ...` on its variable statement.
 */
export function declaredThrowsOf(node: ts.Node, asyncLike = isAsyncLike(node)): DeclaredThrows | undefined {
  let sync = false;
  let reject = false;
  const types: string[] = [];
  for (const tag of ts.getJSDocTags(node)) {
    const name = tag.tagName.text;
    const isThrows = throwsTagNames.has(name);
    if (!isThrows && name !== "rejects") continue;
    const type = tagType(tag);
    const promised = type === undefined ? undefined : /^Promise<(.+)>$/.exec(type)?.[1];
    if (name === "rejects" || asyncLike || promised !== undefined) reject = true;
    else sync = true;
    const named = promised ?? type;
    if (named !== undefined) types.push(named);
  }
  return sync || reject ? { sync, reject, types } : undefined;
}
