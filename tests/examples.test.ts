// The examples are part of the product: each one type-checks, runs and prints what its
// README shows, lints clean with the plugin's strict-type-checked config, and its
// `before.ts` gets exactly the findings its README promises.
import path from "node:path";
import { ESLint } from "eslint";
import type { Linter } from "eslint";
import ferrous from "ferrous/eslint-plugin";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  blockAfterMarker,
  exampleFiles,
  exampleNames,
  formatFinding,
  promisedFindings,
  readme,
  repositoryRoot,
  runExample,
} from "./examples/harness.js";
import type { Finding } from "./examples/harness.js";

const names: readonly string[] = exampleNames();

// One ESLint (and so one TypeScript program through the project service) for every example.
const eslint = new ESLint({
  cwd: repositoryRoot,
  overrideConfigFile: true,
  overrideConfig: [
    ...(ferrous.configs["strict-type-checked"] as Linter.Config[]),
    {
      files: ["**/*.ts"],
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: repositoryRoot } },
    },
  ],
});

async function lint(files: readonly string[]): Promise<ESLint.LintResult[]> {
  return eslint.lintFiles(files.map((file) => path.join(repositoryRoot, file)));
}

function describeMessages(results: readonly ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${path.relative(repositoryRoot, result.filePath)}:${message.line} ${message.ruleId ?? "(parser)"} ${message.message}`,
    ),
  );
}

function uniqueSorted(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((finding) => formatFinding(finding)))].sort((a, b) =>
    a.localeCompare(b, "en", { numeric: true }),
  );
}

describe("examples/", () => {
  it("has the eleven examples of the issue, in order", () => {
    expect(names).toHaveLength(11);
    expect(names.map((name) => name.slice(0, 3))).toEqual(
      Array.from({ length: 11 }, (_, index) => `${String(index + 1).padStart(2, "0")}-`),
    );
  });

  it("lists every example in examples/README.md", () => {
    const index = readme(".");
    for (const name of names) expect(index).toContain(`(./${name}/)`);
  });

  it("type-checks every example with the repository's tsconfig", () => {
    const configPath = path.join(repositoryRoot, "tsconfig.json");
    const configFile: { config?: unknown } = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
    const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, repositoryRoot);
    const files = names.flatMap((name) => exampleFiles(name)).map((file) => path.join(repositoryRoot, file));
    const program = ts.createProgram(files, parsed.options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where =
        diagnostic.file === undefined
          ? ""
          : `${path.relative(repositoryRoot, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1} `;
      return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
    });
    expect(diagnostics).toEqual([]);
  });
});

describe.each(names)("examples/%s", (name) => {
  const markdown = readme(name);
  const files = exampleFiles(name);
  const idiomatic = files.filter((file) => path.basename(file) !== "before.ts");
  const before = files.find((file) => path.basename(file) === "before.ts");

  it("has a README that says what it teaches, how to run it and what it prints", () => {
    expect(markdown).toMatch(/^# /u);
    expect(markdown).toContain(`npx tsx examples/${name}/main.ts`);
    expect(blockAfterMarker(markdown, "output")).toBeDefined();
    expect(idiomatic).toContain(path.join("examples", name, "main.ts"));
  });

  it("runs and prints what its README shows", async () => {
    const run = await runExample(name);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+$/u, "")).toBe(blockAfterMarker(markdown, "output"));
  });

  it("lints clean with strict-type-checked", async () => {
    expect(describeMessages(await lint(idiomatic))).toEqual([]);
  });

  it.runIf(before !== undefined)("gets exactly the findings its README promises for before.ts", async () => {
    const promised = promisedFindings(markdown);
    expect(promised, "a README with a before.ts lists its findings after <!-- findings -->").toBeDefined();
    const [result] = await lint([before ?? ""]);
    const fatal = result?.messages.filter((message) => message.ruleId === null) ?? [];
    expect(fatal.map((message) => message.message)).toEqual([]);
    const found = (result?.messages ?? []).map((message) => ({ line: message.line, ruleId: message.ruleId ?? "" }));
    expect(uniqueSorted(found)).toEqual(uniqueSorted(promised ?? []));
  });
});
