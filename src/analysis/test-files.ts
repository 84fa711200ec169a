import path from "node:path";
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { minimatch } from "minimatch";

/**
 * Where tests live by default: files named `*.test.*` or `*.spec.*`, and everything under a
 * `__tests__/`, `test/` or `tests/` folder (test helpers and fixtures included, the gap
 * clippy's `allow-unwrap-in-tests` took years to close).
 */
export const DEFAULT_TEST_GLOBS: readonly string[] = [
  "**/*.test.*",
  "**/*.spec.*",
  "**/__tests__/**",
  "**/test/**",
  "**/tests/**",
];

/**
 * True when the file matches one of the globs, matched (like ESLint's `files`) against its
 * path relative to the working directory, with `/` separators; dot-folders match too.
 */
export function fileMatchesGlobs(filename: string, cwd: string, globs: readonly string[]): boolean {
  const relative = path.relative(cwd, filename);
  const candidate = (relative.startsWith("..") || path.isAbsolute(relative) ? filename : relative).split(path.sep).join("/");
  return globs.some((glob) => minimatch(candidate, glob, { dot: true }));
}

/** `import.meta.vitest`: the guard of vitest's in-source tests. */
function isImportMetaVitest(node: TSESTree.Expression): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    node.property.name === "vitest" &&
    node.object.type === AST_NODE_TYPES.MetaProperty &&
    node.object.meta.name === "import"
  );
}

/** True inside the block of `if (import.meta.vitest) { ... }` (vitest in-source testing). */
export function isInInSourceTest(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  // `Program.parent` is null at run time, whatever the AST types say.
  for (let current: TSESTree.Node | null | undefined = node.parent; current != null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.IfStatement && current.consequent === child && isImportMetaVitest(current.test)) {
      return true;
    }
    child = current;
  }
  return false;
}
