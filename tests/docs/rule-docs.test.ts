// Keeps every rule's page honest, like typescript-eslint's `tests/docs.test.mts`: each rule has
// a page with the required sections, its options are documented, and every example is linted
// with the rule, with type information: each `### Incorrect` block must be reported, each
// `### Correct` block must be clean. How to write blocks for it: tests/docs/README.md.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rules } from "../../src/rules/index.ts";
import { type CodeBlock, filesOfBlock, parseRulePage, sectionText } from "./markdown.ts";
import { createScratchProject, type LintProblem } from "./scratch-project.ts";

const docsDir = path.join(import.meta.dirname, "..", "..", "docs", "rules");
const ruleNames: readonly string[] = Object.keys(rules).sort();
const LINTED_LANGS: ReadonlySet<string> = new Set(["ts", "tsx", "typescript"]);

/** A block of `### Incorrect` or `### Correct` under `## Examples`, ready to lint. */
interface Example {
  readonly kind: "Incorrect" | "Correct";
  readonly block: CodeBlock;
  /** The block's folder in the scratch project: `<rule>/incorrect-<line>`. */
  readonly folder: string;
  /** The block's files, each with the page's shared declarations (if any) at its top. */
  readonly files: readonly { readonly path: string; readonly code: string }[];
  /** How many lines of shared declarations come before each file's own lines. */
  readonly preludeLines: number;
  readonly options: readonly unknown[];
}

function pagePath(rule: string): string {
  return path.join(docsDir, `${rule}.md`);
}

function readPage(rule: string): string | undefined {
  try {
    return readFileSync(pagePath(rule), "utf8");
  } catch {
    return undefined;
  }
}

/**
 * `option='{ "typeAware": false }'` → `[{ typeAware: false }]`; a JSON array is the whole options list.
 * @throws {Error} when the attribute is not JSON, naming the page and line.
 */
function optionsOf(block: CodeBlock, rule: string): readonly unknown[] {
  const raw = block.attributes.option;
  if (raw === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as unknown[]) : [parsed];
  } catch (error) {
    throw new Error(`docs/rules/${rule}.md:${block.line}: option='${raw}' is not JSON`, { cause: error });
  }
}

/** @throws {Error} when a block's `option` attribute is not JSON. */
function examplesOf(rule: string, markdown: string): Example[] {
  const blocks = parseRulePage(markdown).blocks.filter((block) => block.section === "Examples" && LINTED_LANGS.has(block.lang));
  // Blocks under `## Examples` before its first `###` hold declarations the examples share.
  const prelude = blocks
    .filter((block) => block.subsection === undefined)
    .map((block) => block.code)
    .join("");
  const preludeLines = prelude === "" ? 0 : prelude.split("\n").length - 1;
  return blocks.flatMap((block): Example[] => {
    const kind = block.subsection;
    if (kind !== "Incorrect" && kind !== "Correct") return [];
    const extension = block.lang === "tsx" ? "tsx" : "ts";
    const folder = `${rule}/${kind.toLowerCase()}-${block.line}`;
    const defaultPath = block.attributes.filename ?? `example.${extension}`;
    const files = filesOfBlock(block.code, defaultPath).map((file) => ({ path: file.path, code: prelude + file.code }));
    return [{ kind, block, folder, files, preludeLines, options: optionsOf(block, rule) }];
  });
}

/** Top-level option names of a rule's JSON schema (`[{ properties: { a, b } }]` → a, b). */
function optionNames(schema: unknown): string[] {
  const entries: unknown[] = Array.isArray(schema) ? schema : [schema];
  const names = new Set<string>();
  const visit = (entry: unknown): void => {
    if (typeof entry !== "object" || entry === null) return;
    const node = entry as { properties?: object; anyOf?: unknown[]; oneOf?: unknown[] };
    for (const name of Object.keys(node.properties ?? {})) names.add(name);
    for (const alternative of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(alternative);
  };
  entries.forEach(visit);
  return [...names];
}

/** One line per problem, with lines counted inside the block (shared declarations are line ≤ 0). */
function describeProblems(problems: readonly LintProblem[], preludeLines: number): string[] {
  return problems.map(
    (problem) => `${problem.file}:${problem.line - preludeLines}:${problem.column} ${problem.ruleId ?? "(fatal)"}: ${problem.message}`,
  );
}

const project = createScratchProject();
const pages: ReadonlyMap<string, string | undefined> = new Map(ruleNames.map((rule) => [rule, readPage(rule)] as const));
const examples: ReadonlyMap<string, readonly Example[]> = new Map(ruleNames.map((rule) => [rule, examplesOf(rule, pages.get(rule) ?? "")] as const));

beforeAll(() => {
  // Every block is on disk before the first lint, so a block's files can import each other.
  for (const example of [...examples.values()].flat()) {
    for (const file of example.files) project.write(path.join(example.folder, file.path), file.code);
  }
});

afterAll(() => {
  project.remove();
});

it("has a page for every rule and a rule for every page", () => {
  const pageNames = readdirSync(docsDir)
    .filter((file) => file.endsWith(".md"))
    .map((file) => file.slice(0, -".md".length))
    .sort();
  expect(pageNames).toStrictEqual(ruleNames);
});

describe.each(ruleNames)("%s", (rule) => {
  const module = rules[rule as keyof typeof rules];
  const markdown = pages.get(rule);
  const page = parseRulePage(markdown ?? "");
  const h2 = page.headings.filter((heading) => heading.depth === 2).map((heading) => heading.text);

  const docs = module.meta.docs;

  it("has a page at docs/rules/<rule>.md that meta.docs.url points at", () => {
    expect(markdown, `docs/rules/${rule}.md is missing`).toBeDefined();
    expect(docs?.url?.endsWith(`/docs/rules/${rule}.md`), docs?.url).toBe(true);
  });

  it("has the description and the rule's name as its title", () => {
    expect(markdown?.split("\n")[0]).toBe(`# ${docs?.description ?? "(no meta.docs.description)"} (\`ferrous/${rule}\`)`);
  });

  it("has the sections Examples (Incorrect, Correct) and When Not To Use It", () => {
    expect(h2).toContain("Examples");
    expect(h2).toContain("When Not To Use It");
    const kinds = new Set(examples.get(rule)?.map((example) => example.kind));
    expect([...kinds].sort(), "### Incorrect and ### Correct under ## Examples, each with a ts block").toStrictEqual(["Correct", "Incorrect"]);
  });

  const names = optionNames(module.meta.schema);
  it.runIf(names.length > 0)("documents every option under ## Options", () => {
    const options = sectionText(markdown ?? "", "Options");
    expect(options, "## Options is missing").toBeDefined();
    const words = new Set(options?.match(/[\w$]+/gu));
    const missing = names.filter((name) => !words.has(name));
    expect(missing).toStrictEqual([]);
  });

  for (const example of examples.get(rule) ?? []) {
    const title =
      example.kind === "Incorrect"
        ? `reports the Incorrect block at line ${example.block.line}`
        : `stays silent on the Correct block at line ${example.block.line}`;
    it(title, () => {
      const problems = example.files.flatMap((file) =>
        project.lint(path.join(example.folder, file.path), file.code, rule, example.options),
      );
      // Anything but this rule's reports (a parse error) means the block itself is broken.
      const foreign = problems.filter((problem) => problem.ruleId !== `ferrous/${rule}`);
      expect(describeProblems(foreign, example.preludeLines), "problems that are not the rule's").toStrictEqual([]);
      if (example.kind === "Incorrect") {
        expect(problems.length, `docs/rules/${rule}.md:${example.block.line}: no report`).toBeGreaterThan(0);
      } else {
        expect(describeProblems(problems, example.preludeLines), `docs/rules/${rule}.md:${example.block.line}`).toStrictEqual([]);
      }
    });
  }
});
