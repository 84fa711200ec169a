/**
 * `npx ferrous check` as a new user meets it: the packed tarball installed next to TypeScript,
 * ESLint and typescript-eslint, run in fresh TypeScript projects without any ESLint config.
 * The projects share one install: each is a folder with its own tsconfig under it.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanSources, fixableSources, fixedGreeter, flawedSources } from "./fixtures.js";
import {
  type FindingSource,
  expectedFindings,
  findings,
  installProject,
  locked,
  makeScratch,
  pack,
  removeScratch,
  run,
  snapshotFiles,
  tsconfig,
  writeFiles,
} from "./helpers.js";

const scratch = makeScratch("cli");
const root = path.join(scratch.dir, "workspace");
const flawed = path.join(root, "flawed");
const clean = path.join(root, "clean");
const fixable = path.join(root, "fixable");

// A terminal would get colours; a pipe, which is what the tests see, must not.
const ansiEscape = /\u001b\[/u;

beforeAll(() => {
  pack(scratch);
  installProject(root, "module", [locked("eslint"), locked("typescript-eslint"), locked("typescript"), scratch.tarball]);
  const projectTsconfig = tsconfig(["src"]);
  writeFiles(flawed, { ...flawedSources, "tsconfig.json": projectTsconfig });
  writeFiles(clean, { ...cleanSources, "tsconfig.json": projectTsconfig });
  writeFiles(fixable, { ...fixableSources, "tsconfig.json": projectTsconfig });
}, 240_000);

afterAll(() => {
  removeScratch(scratch);
});

function ferrous(cwd: string, ...args: string[]): ReturnType<typeof run> {
  return run("npx", ["ferrous", ...args], cwd);
}

describe("npx ferrous check from the packed tarball", () => {
  it("reports each finding readably, exits 1, and writes nothing", () => {
    const before = snapshotFiles(flawed);
    const outcome = ferrous(flawed, "check");
    expect(outcome.status).toBe(1);
    const report = outcome.stdout + outcome.stderr;
    expect(report).not.toMatch(ansiEscape);
    for (const finding of expectedFindings(flawedSources)) {
      const [, line, rule] = /^[^:]+:(\d+) (.+)$/u.exec(finding) ?? [];
      // Each finding names its rule and line, with a link to the rule's page.
      expect(report).toMatch(new RegExp(`\\b${line ?? "?"}:\\d+ .*${rule ?? "?"}`, "u"));
      expect(report).toContain(`docs/rules/${(rule ?? "?").replace("ferrous/", "")}.md`);
    }
    expect(report).toContain("src/results.ts");
    expect(report).not.toContain("src/results.test.ts");
    expect(snapshotFiles(flawed)).toEqual(before);
  }, 120_000);

  it("prints ESLint's JSON results alone on stdout with --format json", () => {
    const outcome = ferrous(flawed, "check", "--format", "json");
    expect(outcome.status).toBe(1);
    const results = JSON.parse(outcome.stdout) as FindingSource[];
    expect(findings(results, flawed)).toEqual(expectedFindings(flawedSources));
  }, 120_000);

  it("exits 0 on a clean project", () => {
    const outcome = ferrous(clean, "check");
    expect({ status: outcome.status, stdout: outcome.stdout }).toEqual({ status: 0, stdout: "" });
  }, 120_000);

  it("mends what --fix can mend, reports the rest, and leaves the project compiling", () => {
    const outcome = ferrous(fixable, "check", "--fix", "--format", "json");
    // The unchecked JSON.parse has no safe fix: it remains, so the exit code stays 1.
    expect(outcome.status).toBe(1);
    expect(findings(JSON.parse(outcome.stdout) as FindingSource[], fixable)).toEqual([
      "src/parse.ts:2 ferrous/no-unchecked-throw",
    ]);
    expect(snapshotFiles(fixable)).toEqual({
      ...fixableSources,
      "src/greeter.ts": fixedGreeter,
      "tsconfig.json": tsconfig(["src"]),
    });
    const tsc = run("node", [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."], fixable);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 120_000);
});
