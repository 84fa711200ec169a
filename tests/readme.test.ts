/**
 * The README's TypeScript blocks compile against the real sources and lint clean under the
 * ESLint config the README itself recommends, so the first thing a reader copies cannot rot.
 * For the compiler, blocks are virtual files inside the repository (module resolution finds
 * `ferrous`, zod and the rest). For the linter, they go to the rule docs' scratch project
 * (tests/docs/scratch-project.ts), linted with type information like a user's app code.
 *
 * A block that is wrong on purpose is left out of the lint by a visible marker on the line
 * above its fence: `<!-- lint-skip: why -->`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Linter } from "eslint";
import { defineConfig } from "eslint/config";
import ferrous from "ferrous/eslint-plugin";
import ts from "typescript";
import tseslint from "typescript-eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CodeBlock, filesOfBlock, parseRulePage } from "./docs/markdown.ts";
import { createScratchProject, type LintProblem } from "./docs/scratch-project.ts";

const root = path.join(import.meta.dirname, "..");
const LINT_SKIP = /^<!--\s*lint-skip\b(.*?)-->$/u;
const CONFIG_REFERENCE = /tseslint\.configs\.(\w+)|ferrous\.configs\[\s*["']([\w-]+)["']\s*\]/gu;

function compileErrors(files: ReadonlyMap<string, string>): string[] {
  const configPath = path.join(root, "tsconfig.json");
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  if (config === undefined) throw new Error("tsconfig.json did not parse");
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = files.get(fileName);
    return text === undefined
      ? getSourceFile(fileName, languageVersion, ...rest)
      : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => files.has(fileName) || fileExists(fileName);
  const program = ts.createProgram([...files.keys()], config.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file !== undefined && files.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return `${path.basename(diagnostic.file!.fileName)}:${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
    });
}

/**
 * The reason of a `<!-- lint-skip: why -->` line right above the block's fence (blank lines
 * between are allowed), or undefined when there is none.
 * @throws {Error} when the marker gives no reason, naming the README line.
 */
function lintSkipReason(lines: readonly string[], block: CodeBlock): string | undefined {
  let index = block.line - 2;
  while (index >= 0 && (lines[index] ?? "").trim() === "") index--;
  const marker = LINT_SKIP.exec((lines[index] ?? "").trim());
  if (marker === null) return undefined;
  const reason = /^:\s*(\S.*?)\s*$/u.exec(marker[1] ?? "")?.[1];
  if (reason === undefined) {
    throw new Error(`README.md:${index + 1}: a lint-skip marker needs a reason: <!-- lint-skip: why this block is not clean -->`);
  }
  return reason;
}

interface RecommendedConfig {
  /** The configs the README's `eslint.config.*` block names, in its order: `tseslint:strictTypeChecked`. */
  readonly names: readonly string[];
  readonly config: readonly Linter.Config[];
}

/**
 * The config of the README's `eslint.config.*` block, rebuilt from the typescript-eslint and
 * ferrous configs it names (its `projectService` line is the scratch project's own setting).
 * @throws {Error} when there is no such block, it names an unknown config, or it sets more
 * (rules, files) than this test mirrors.
 */
function recommendedConfig(blocks: readonly CodeBlock[]): RecommendedConfig {
  const block = blocks.find((candidate) => /^\/\/ eslint\.config\.[cm]?[jt]s\b/u.test(candidate.code));
  if (block === undefined) throw new Error("README.md has no block starting with `// eslint.config.js`");
  const where = `README.md:${block.line}`;
  if (/\b(?:rules|files|ignores|plugins)\s*:/u.test(block.code)) {
    throw new Error(`${where}: the eslint.config block sets more than configs and parserOptions; mirror it in tests/readme.test.ts`);
  }
  const names: string[] = [];
  const configs: Parameters<typeof defineConfig> = [];
  for (const [, tsName, ferrousName] of block.code.matchAll(CONFIG_REFERENCE)) {
    if (tsName !== undefined) {
      if (!Object.hasOwn(tseslint.configs, tsName)) throw new Error(`${where}: typescript-eslint has no config ${tsName}`);
      names.push(`tseslint:${tsName}`);
      configs.push(tseslint.configs[tsName as keyof typeof tseslint.configs]);
    } else if (ferrousName !== undefined) {
      if (!Object.hasOwn(ferrous.configs, ferrousName)) throw new Error(`${where}: ferrous has no config ${ferrousName}`);
      names.push(`ferrous:${ferrousName}`);
      configs.push(ferrous.configs[ferrousName as keyof typeof ferrous.configs]);
    }
  }
  return { names, config: defineConfig(...configs) };
}

/** One line per problem, at its line in README.md (a block's line 1 is the line after its fence). */
function describeProblems(block: CodeBlock, problems: readonly LintProblem[]): string[] {
  return problems.map(
    (problem) => `README.md:${block.line + problem.line}:${problem.column} ${problem.ruleId ?? "(fatal)"}: ${problem.message}`,
  );
}

interface LintedBlock {
  readonly block: CodeBlock;
  /** The reason of the block's `lint-skip` marker, if it has one. */
  readonly skip: string | undefined;
  /** The block's folder in the scratch project. */
  readonly folder: string;
  readonly files: readonly { readonly path: string; readonly code: string }[];
}

const markdown = readFileSync(path.join(root, "README.md"), "utf8");
const lines: readonly string[] = markdown.split(/\r?\n/u);
const allBlocks = parseRulePage(markdown).blocks;
const blocks: readonly CodeBlock[] = allBlocks.filter((block) => block.lang === "ts");
const recommended = recommendedConfig(allBlocks);
const linted: readonly LintedBlock[] = blocks.map((block) => ({
  block,
  skip: lintSkipReason(lines, block),
  folder: `readme-${block.line}`,
  files: filesOfBlock(block.code, "example.ts"),
}));
const project = createScratchProject();

beforeAll(() => {
  // Every block is on disk before the first lint, so a block's files can import each other.
  for (const { folder, files } of linted) {
    for (const file of files) project.write(path.join(folder, file.path), file.code);
  }
});

afterAll(() => {
  project.remove();
});

describe("README.md", () => {
  it("has TypeScript examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it("compiles every TypeScript block against the real sources", () => {
    const files = new Map(
      blocks.map((block) => [path.join(root, "tests", "__readme__", `block-${block.line}.ts`), `${block.code}\nexport {};\n`]),
    );
    expect(compileErrors(files)).toEqual([]);
  });

  it("recommends a ferrous config in its eslint.config block", () => {
    expect(recommended.names.filter((name) => name.startsWith("ferrous:"))).not.toHaveLength(0);
  });

  for (const { block, skip, folder, files } of linted) {
    const title = `lints the block at README.md:${block.line} clean under ${recommended.names.join(" + ")}`;
    it.skipIf(skip !== undefined)(skip === undefined ? title : `${title} (lint-skip: ${skip})`, () => {
      const problems = files.flatMap((file) => project.lintWith(path.join(folder, file.path), file.code, recommended.config));
      expect(describeProblems(block, problems)).toStrictEqual([]);
    });
  }
});
