import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clean,
  colourCode,
  companionRules,
  counter,
  ensureBuilt,
  repoRoot,
  ferrous,
  makeProject,
  removeProject,
  snapshot,
  throwing,
  tsconfig,
} from "./helpers.js";

beforeAll(ensureBuilt);

describe("a project with findings", () => {
  const dir = makeProject({ "tsconfig.json": tsconfig, "src/a.ts": throwing, "src/b.ts": counter, "src/c.ts": clean });
  afterAll(() => {
    removeProject(dir);
  });

  it("prints them grouped by file on stdout, the summary on stderr, and exits 1", () => {
    const before = snapshot(dir);
    const run = ferrous(["check", ...companionRules], dir);
    expect(run.code).toBe(1);
    // Grouped by file, sorted by path, with rule, message, code frame and docs link.
    expect(run.stdout.indexOf("src/a.ts")).toBeLessThan(run.stdout.indexOf("src/b.ts"));
    expect(run.stdout).toContain("3:11  error  Expected an error object to be thrown.  @typescript-eslint/only-throw-error");
    expect(run.stdout).toContain('> 3 |     throw "boom";');
    expect(run.stdout).toContain("|           ^^^^^^");
    expect(run.stdout).toContain("https://typescript-eslint.io/rules/only-throw-error");
    expect(run.stdout).toContain("2:3  error  Member 'count' is never reassigned");
    expect(run.stdout).not.toContain("src/c.ts");
    expect(run.stdout).not.toContain("problems");
    // The per-rule summary goes to stderr.
    expect(run.stderr).toMatch(/@typescript-eslint\/only-throw-error\s+1\s+0/);
    expect(run.stderr).toMatch(/@typescript-eslint\/prefer-readonly\s+1\s+1/);
    expect(run.stderr).toContain("2 problems (2 errors, 0 warnings) in 2 files, 1 fixable with --fix (checked 3 files");
    // Not a terminal: no colours, no progress bar.
    expect(run.stdout + run.stderr).not.toMatch(colourCode);
    expect(run.stderr).not.toContain("ferrous check [");
    // Nothing written without --fix, --suppress-*.
    expect(snapshot(dir)).toEqual(before);
  });

  it("prints only the findings with --quiet", () => {
    const run = ferrous(["check", "--quiet", ...companionRules], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("@typescript-eslint/only-throw-error");
    expect(run.stderr).toBe("");
  });

  it("narrows the check to the given paths", () => {
    const run = ferrous(["check", "src/b.ts", ...companionRules], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("src/b.ts");
    expect(run.stdout).not.toContain("src/a.ts");
    expect(run.stderr).toContain("checked 1 file in");
  });

  it("runs one rule with --rule", () => {
    const run = ferrous(["check", "--rule", "@typescript-eslint/prefer-readonly"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("prefer-readonly");
    expect(run.stdout).not.toContain("only-throw-error");
  });

  it("skips files matching --ignore", () => {
    const run = ferrous(["check", "--ignore", "src/a.ts", ...companionRules], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("src/a.ts");
    expect(run.stdout).toContain("src/b.ts");
  });

  it("prints ESLint's LintResult[] with --format json, alone on stdout, sorted by path", () => {
    const run = ferrous(["check", "--format", "json", ...companionRules], dir);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; severity: number }[]; errorCount: number; fixableErrorCount: number; suppressedMessages: unknown[] }[];
    expect(results.map((r) => path.relative(dir, r.filePath))).toEqual(["src/a.ts", "src/b.ts", "src/c.ts"]);
    expect(results[0]).toMatchObject({
      errorCount: 1,
      warningCount: 0,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      suppressedMessages: [],
      messages: [{ ruleId: "@typescript-eslint/only-throw-error", severity: 2, line: 3, column: 11, endLine: 3, endColumn: 17, messageId: "object" }],
    });
    expect(results[1]?.fixableErrorCount).toBe(1);
    expect(results[2]?.messages).toEqual([]);
    expect(run.stderr).not.toContain("problems");
  });

  it("prints SARIF 2.1.0 that validates against the schema, with help links and stable fingerprints", () => {
    const run = ferrous(["check", "--format", "sarif", ...companionRules], dir);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(validateSarif(log)).toEqual([]);
    const [sarifRun] = log.runs;
    expect(sarifRun?.tool.driver.name).toBe("ferrous");
    expect(sarifRun?.tool.driver.rules.map((r) => [r.id, r.helpUri])).toEqual([
      ["@typescript-eslint/only-throw-error", "https://typescript-eslint.io/rules/only-throw-error"],
      ["@typescript-eslint/prefer-readonly", "https://typescript-eslint.io/rules/prefer-readonly"],
    ]);
    expect(sarifRun?.results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.artifactLocation.uri, r.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ["@typescript-eslint/only-throw-error", "src/a.ts", 3],
      ["@typescript-eslint/prefer-readonly", "src/b.ts", 2],
    ]);

    // Lines added above a finding move it, but its fingerprint stays.
    const original = readFileSync(path.join(dir, "src/a.ts"), "utf8");
    writeFileSync(path.join(dir, "src/a.ts"), `// a comment\n// another\n${original}`);
    try {
      const moved = JSON.parse(ferrous(["check", "--format", "sarif", ...companionRules], dir).stdout) as SarifLog;
      const [before, after] = [sarifRun?.results[0], moved.runs[0]?.results[0]];
      expect(after?.locations[0]?.physicalLocation.region.startLine).toBe(5);
      expect(after?.partialFingerprints).toEqual(before?.partialFingerprints);
      expect(before?.partialFingerprints["primaryLocationLineHash"]).toMatch(/^[0-9a-f]{32}:1$/);
    } finally {
      writeFileSync(path.join(dir, "src/a.ts"), original);
    }
  });

  it("gives the same findings with --concurrency 2 (ESLint's worker threads)", () => {
    const one = JSON.parse(ferrous(["check", "--format", "json", ...companionRules], dir).stdout) as { filePath: string; messages: unknown[] }[];
    const two = ferrous(["check", "--format", "json", "--concurrency", "2", ...companionRules], dir);
    expect(two.code).toBe(1);
    const parsed = JSON.parse(two.stdout) as { filePath: string; messages: unknown[] }[];
    expect(parsed.map((r) => [r.filePath, r.messages])).toEqual(one.map((r) => [r.filePath, r.messages]));
  });
});

describe("a clean project", () => {
  const dir = makeProject({ "tsconfig.json": tsconfig, "src/c.ts": clean, "src/d.ts": "export function g(): never {\n  throw new Error(\"no\");\n}\n" });
  afterAll(() => {
    removeProject(dir);
  });

  it("exits 0 with an empty stdout and a one-line summary", () => {
    const run = ferrous(["check", ...companionRules], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^✔ No problems \(2 files in \d+\.\ds\)\n$/);
  });

  it("prints nothing at all with --quiet", () => {
    const run = ferrous(["check", "--quiet", ...companionRules], dir);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("runs with the whole recommended-type-checked config without a crash", () => {
    const run = ferrous(["check", "--format", "json"], dir);
    expect(run.stderr).not.toContain("internal error");
    expect([0, 1]).toContain(run.code);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });
});

describe("files that do not parse or lie outside the tsconfig", () => {
  const dir = makeProject({
    "tsconfig.json": tsconfig,
    "src/a.ts": throwing,
    "src/broken.ts": "export const x = ;\nexport function (\n",
    "scripts/tool.ts": "export const tool = 1;\n",
  });
  afterAll(() => {
    removeProject(dir);
  });

  it("reports a syntax error as a finding and still checks the other files", () => {
    const run = ferrous(["check", "--format", "json", ...companionRules], dir);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; fatal?: boolean; message: string }[] }[];
    const broken = results.find((r) => r.filePath.endsWith("broken.ts"));
    expect(broken?.messages[0]).toMatchObject({ ruleId: null, fatal: true });
    expect(broken?.messages[0]?.message).toMatch(/^Parsing error/);
    expect(results.find((r) => r.filePath.endsWith("a.ts"))?.messages[0]?.ruleId).toBe("@typescript-eslint/only-throw-error");
  });

  it("checks a named file outside the tsconfig without type information, with a note", () => {
    const run = ferrous(["check", "scripts/tool.ts", "src/a.ts", ...companionRules], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("note: scripts/tool.ts is not included by tsconfig.json: checked without type information");
    expect(run.stdout).toContain("src/a.ts");
    expect(run.stderr).not.toContain("internal error");
  });
});

describe("--version and --help", () => {
  it("prints the package version", () => {
    const manifest = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("../../package.json"), "utf8")) as { version: string };
    const run = ferrous(["--version"], process.cwd());
    expect(run).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: "" });
  });

  it("shows the options of check with examples and exit codes", () => {
    const run = ferrous(["check", "--help"], process.cwd());
    expect(run.code).toBe(0);
    for (const text of ["--project <tsconfig>", "--strict", "--fix", "--format <format>", "--quiet", "--max-warnings <n>", "--rule <id>", "--ignore <glob>", "--concurrency <n>", "--suppress-all", "--suppress-rule <id>", "--prune-suppressions", "Examples:", "$ ferrous check --fix", "Exit codes: 0 no findings, 1 findings, 2 usage or configuration error.", "No --cache"]) {
      expect(run.stdout).toContain(text);
    }
  });
});

// --- SARIF schema validation -------------------------------------------------------------

interface SarifLog {
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } };
    results: {
      ruleId: string;
      partialFingerprints: Record<string, string>;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
}

/**
 * Validates against the OASIS SARIF 2.1.0 (rtm.5) JSON schema shipped in @microsoft/jest-sarif,
 * with the ajv 6 that package depends on (the schema is draft-04, which ajv 8 dropped).
 */
function validateSarif(log: unknown): string[] {
  const require = createRequire(require_resolve("@microsoft/jest-sarif/package.json"));
  const schema = require("./lib/schemas/sarif-2.1.0-rtm.5.json") as object;
  const Ajv = require("ajv") as new (options: object) => { addMetaSchema: (s: object) => void; validate: (s: object, d: unknown) => boolean; errors?: { dataPath: string; message: string }[] | null };
  const ajv = new Ajv({ schemaId: "auto", allErrors: true });
  ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-04.json") as object);
  if (ajv.validate(schema, log)) return [];
  return (ajv.errors ?? []).map((error) => `${error.dataPath} ${error.message}`);
}

function require_resolve(id: string): string {
  return createRequire(import.meta.url).resolve(id);
}

describe("the README's first command on examples/", () => {
  it("flags the `before.ts` files and nothing the examples teach", () => {
    const run = ferrous(["check", "examples", "--format", "json"], repoRoot);
    expect(run.stderr).not.toContain("internal error");
    expect(run.code).toBe(1);
    const flagged = (JSON.parse(run.stdout) as { filePath: string; messages: unknown[] }[])
      .filter((result) => result.messages.length > 0)
      .map((result) => path.relative(repoRoot, result.filePath));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.filter((file) => path.basename(file) !== "before.ts")).toEqual([]);
  }, 300_000);
});
