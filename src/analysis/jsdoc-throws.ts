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

/**
 * Whether a tag begins its line of the comment, as tags do: TypeScript also parses
 * "the `@throws` tag" in running text as a tag.
 */
function startsLine(tag: ts.JSDocTag): boolean {
  const text = tag.getSourceFile().text;
  let index = tag.getStart() - 1;
  while (index >= 0 && (text[index] === " " || text[index] === "\t")) index -= 1;
  const before = text[index];
  return before === "*" || before === "\n" || before === undefined;
}

/** The node whose leading comment is the JSDoc of a declaration. */
function commentHost(node: ts.Node): ts.Node {
  const parent = node.parent as ts.Node | undefined;
  if (parent === undefined) return node;
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(parent)) return commentHost(parent);
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) {
    return parent;
  }
  if (ts.isVariableDeclaration(node) && ts.isVariableDeclarationList(parent) && ts.isVariableStatement(parent.parent)) return parent.parent;
  return node;
}

/**
 * Tags read from the comment text, for files parsed without JSDoc (typescript-eslint skips
 * JSDoc parsing when it has no type information).
 */
function tagsFromComments(node: ts.Node): { name: string; type: string | undefined }[] {
  const host = commentHost(node);
  const file = host.getSourceFile() as ts.SourceFile | undefined;
  if (file === undefined) return [];
  const text = file.text;
  const ranges = ts.getLeadingCommentRanges(text, host.pos) ?? [];
  const docs = ranges.filter((range) => text.startsWith("/**", range.pos));
  const last = docs.at(-1);
  if (last === undefined) return [];
  const comment = text.slice(last.pos, last.end);
  return [...comment.matchAll(/^[ \t]*(?:\/\*\*|\*)?[ \t]*@(throws|throw|exception|rejects)\b[ \t]*(?:\{([^}]*)\})?/gm)].map((match) => ({
    name: match[1] ?? "throws",
    type: match[2]?.trim(),
  }));
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
  const tags = ts.getJSDocTags(node).filter(startsLine);
  // No JSDoc node at all: the parser may have skipped JSDoc, so read the comment itself.
  const found: { name: string; type: string | undefined }[] =
    ts.getJSDocCommentsAndTags(node).length > 0
      ? tags.map((tag) => ({ name: tag.tagName.text, type: tagType(tag) }))
      : tagsFromComments(node);
  for (const { name, type } of found) {
    const isThrows = throwsTagNames.has(name);
    if (!isThrows && name !== "rejects") continue;
    const promised = type === undefined ? undefined : /^Promise<(.+)>$/.exec(type)?.[1];
    if (name === "rejects" || asyncLike || promised !== undefined) reject = true;
    else sync = true;
    const named = promised ?? type;
    if (named !== undefined) types.push(named);
  }
  return sync || reject ? { sync, reject, types } : undefined;
}
