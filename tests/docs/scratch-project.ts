// A throwaway TypeScript project for the code blocks of the rule pages, linted with type
// information like a user's project. It lives under the OS temp folder, not in the repository:
// a path under `tests/` would make `no-unwrap` and `no-brand-forgery` treat every block as a
// test file. A `node_modules` link to the repository's lets blocks import ts-pattern, zod and
// neverthrow, and `paths` map `ferrous` to the runtime's source, as the rule fixtures do.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Linter } from "eslint";
import ferrous from "ferrous/eslint-plugin";
import tseslint from "typescript-eslint";

const repoRoot = path.join(import.meta.dirname, "..", "..");

/** One problem ESLint found in a file of a block. */
export interface LintProblem {
  /** Path relative to the project root. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string | null;
  readonly message: string;
}

export interface ScratchProject {
  readonly root: string;
  /** Writes a file (path relative to the root), creating its folders. */
  write(relativePath: string, code: string): void;
  /** Lints a written file with one ferrous rule and the given options, with type information. */
  lint(relativePath: string, code: string, rule: string, options: readonly unknown[]): LintProblem[];
  /** Lints a written file with a whole flat config, on top of the project's typed parsing. */
  lintWith(relativePath: string, code: string, config: readonly Linter.Config[]): LintProblem[];
  remove(): void;
}

/** @throws {Error} when the temp folder cannot be made (a system error from `fs`). */
export function createScratchProject(): ScratchProject {
  const root = mkdtempSync(path.join(os.tmpdir(), "ferrous-docs-"));
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "junction");
  const source = (file: string): string => path.join(repoRoot, "src", file);
  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      module: "preserve",
      moduleResolution: "bundler",
      // Blocks of different pages declare the same names; each file is its own module.
      moduleDetection: "force",
      lib: ["ES2023", "ESNext.Disposable", "DOM"],
      strict: true,
      jsx: "preserve",
      skipLibCheck: true,
      noEmit: true,
      types: ["node"],
      paths: {
        ferrous: [source("index.ts")],
        "ferrous/zod": [source("bridges/zod.ts")],
        "ferrous/neverthrow": [source("bridges/neverthrow.ts")],
      },
    },
    include: ["**/*.ts", "**/*.tsx"],
  };
  writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  const linter = new Linter({ cwd: root });
  const lintWith = (relativePath: string, code: string, config: readonly Linter.Config[]): LintProblem[] => {
    const typed: Linter.Config = {
      files: ["**/*.ts", "**/*.tsx"],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: { projectService: true, tsconfigRootDir: root },
      },
    };
    const messages = linter.verify(code, [typed, ...config], { filename: path.join(root, relativePath) });
    return messages.map((message) => ({
      file: relativePath,
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      message: message.message,
    }));
  };

  return {
    root,
    /** @throws {Error} a system error from `fs`. */
    write(relativePath, code) {
      const target = path.join(root, relativePath);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, code);
    },
    lint(relativePath, code, rule, options) {
      return lintWith(relativePath, code, [
        {
          files: ["**/*.ts", "**/*.tsx"],
          linterOptions: { reportUnusedDisableDirectives: "off" },
          plugins: { ferrous },
          rules: { [`ferrous/${rule}`]: ["error", ...options] },
        },
      ]);
    },
    lintWith,
    /** @throws {Error} a system error from `fs`. */
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
