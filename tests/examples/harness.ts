// What tests/examples.test.ts and scripts/run-examples.ts share: where the examples are,
// how to run one, and how to read what its README promises.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const repositoryRoot = path.resolve(import.meta.dirname, "../..");
export const examplesRoot = path.join(repositoryRoot, "examples");

/**
 * The example folders (`NN-name`), in reading order.
 *
 * @throws {Error} when examples/ cannot be read.
 */
export function exampleNames(): string[] {
  return readdirSync(examplesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d\d-/u.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Every `.ts` file of an example (subfolders too), relative to the repository, sorted.
 *
 * @throws {Error} when the folder cannot be read.
 */
export function exampleFiles(name: string): string[] {
  const folder = path.join(examplesRoot, name);
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => path.join("examples", name, file))
    .sort();
}

/**
 * The fenced block that follows `<!-- marker -->` in a README, without its fences, or
 * undefined when the README has no such marker.
 */
export function blockAfterMarker(markdown: string, marker: string): string | undefined {
  const start = markdown.indexOf(`<!-- ${marker} -->`);
  if (start === -1) return undefined;
  const fence = /```[a-z]*\n(?<body>[\s\S]*?)```/u.exec(markdown.slice(start));
  return fence?.groups?.["body"]?.replace(/\s+$/u, "");
}

/**
 * The README of an example (`"."`: the index, examples/README.md).
 *
 * @throws {Error} when it cannot be read.
 */
export function readme(name: string): string {
  return readFileSync(path.join(examplesRoot, name, "README.md"), "utf8");
}

/** A finding as READMEs list them: `before.ts:12  ferrous/no-unchecked-throw`. */
export interface Finding {
  readonly line: number;
  readonly ruleId: string;
}

export function formatFinding(finding: Finding): string {
  return `before.ts:${finding.line}  ${finding.ruleId}`;
}

/**
 * The findings a README promises for its `before.ts`, or undefined if it promises none.
 *
 * @throws {Error} on a line of the block that is not a finding: the README is wrong.
 */
export function promisedFindings(markdown: string): Finding[] | undefined {
  const block = blockAfterMarker(markdown, "findings");
  if (block === undefined) return undefined;
  return block
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const match = /^before\.ts:(?<line>\d+)\s+(?<rule>\S+)/u.exec(line);
      if (match?.groups === undefined) {
        throw new Error(`a findings line must read "before.ts:<line>  <rule id>", got: ${line}`);
      }
      return { line: Number(match.groups["line"]), ruleId: match.groups["rule"] ?? "" };
    });
}

export interface RunOutput {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

/** Runs `examples/<name>/main.ts` with tsx, from the repository root (its tsconfig paths apply). */
export function runExample(name: string, stdio: "pipe" | "inherit" = "pipe"): Promise<RunOutput> {
  const child = spawn(process.execPath, [tsxCli, path.join("examples", name, "main.ts")], {
    cwd: repositoryRoot,
    stdio: stdio === "pipe" ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { ...process.env, NO_COLOR: "1" },
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve) => {
    child.on("error", (error) => {
      resolve({ code: null, stdout: "", stderr: String(error) });
    });
    child.on("close", (code) => {
      resolve({ code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") });
    });
  });
}
