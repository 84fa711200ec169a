/**
 * Shared set-up of the package tests, which meet ferrous the way a new user does: the packed
 * tarball, installed with npm into fresh projects in the system's temporary folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const repoRoot = path.join(import.meta.dirname, "..", "..");

/** The repository's TypeScript, for consumers that do not install their own. */
export const repoTsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");

/** What a finished command left behind. */
export interface Outcome {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A scratch folder for one test file, and where its packed tarball goes. */
export interface Scratch {
  readonly dir: string;
  readonly tarball: string;
}

/**
 * The environment of a user's shell: vitest's workers force colours on, which a user's pipe
 * would not do.
 */
function userEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env["FORCE_COLOR"];
  return env;
}

/**
 * Runs a command to completion and returns its exit code and output; a non-zero exit is
 * returned, not thrown, so tests can assert it.
 * @throws {Error} when the command cannot be started at all.
 */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = {},
): Outcome {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: userEnv(env),
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs a command that must succeed and returns its stdout.
 * @throws {Error} with the command's output when it exits with another code than 0.
 */
export function runOk(command: string, args: readonly string[], cwd: string): string {
  const outcome = run(command, args, cwd);
  if (outcome.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(" ")}\` exited with ${String(outcome.status)} in ${cwd}\n${outcome.stdout}\n${outcome.stderr}`,
    );
  }
  return outcome.stdout;
}

/**
 * `name@version` as the repository's package-lock has it: the npm cache holds exactly these,
 * so scratch installs work offline and test the versions the repository is tested with.
 * @throws {Error} when the lock does not hold the package.
 */
export function locked(name: string): string {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, "package-lock.json"), "utf8")) as {
    packages: Readonly<Record<string, { version?: string } | undefined>>;
  };
  const version = lock.packages[`node_modules/${name}`]?.version;
  if (version === undefined) throw new Error(`package-lock.json does not hold ${name}`);
  return `${name}@${version}`;
}

/** A fresh scratch folder under the system's temporary folder. */
export function makeScratch(label: string): Scratch {
  const dir = mkdtempSync(path.join(os.tmpdir(), `ferrous-${label}-`));
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
  return { dir, tarball: path.join(dir, `ferrous-${version}.tgz`) };
}

/** Every file the package.json points at (exports, bin, main, module, types), as `./path`. */
export function manifestTargets(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as Record<string, unknown>;
  const targets = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === "string") targets.add(value.startsWith("./") ? value : `./${value}`);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(collect);
  };
  ["exports", "bin", "main", "module", "types"].forEach((field) => {
    collect(manifest[field]);
  });
  return [...targets].sort();
}

/** The files in the packed tarball, as `./path` relative to the package. */
export function tarballFiles(scratch: Scratch): string[] {
  return runOk("tar", ["-tzf", scratch.tarball], scratch.dir)
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replace(/^package\//u, "./"))
    .sort();
}

/**
 * Packs the repository as npm would publish it (the test command builds dist first, so the
 * build is not run again here).
 * @throws {Error} when npm fails, or the tarball lacks a file package.json points at (as when
 * dist was being rebuilt while it was packed).
 */
export function pack(scratch: Scratch): void {
  runOk("npm", ["pack", "--ignore-scripts", "--pack-destination", scratch.dir], repoRoot);
  if (!existsSync(scratch.tarball)) throw new Error(`npm pack did not write ${scratch.tarball}`);
  const shipped = new Set(tarballFiles(scratch));
  const missing = manifestTargets().filter((target) => !shipped.has(target));
  if (missing.length > 0) {
    throw new Error(`the packed tarball lacks ${missing.join(", ")}: build dist first (npx tsdown), and not during the test`);
  }
}

export function removeScratch(scratch: Scratch): void {
  rmSync(scratch.dir, { recursive: true, force: true });
}

/** Writes files (paths relative to `dir`, folders created as needed). */
export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/**
 * Creates a project folder with a package.json and installs `packages` (specs or tarball
 * paths) into it the way a user would, from the npm cache where it can.
 */
export function installProject(
  dir: string,
  type: "module" | "commonjs",
  packages: readonly string[],
  npmFlags: readonly string[] = [],
): void {
  writeFiles(dir, { "package.json": JSON.stringify({ name: path.basename(dir), private: true, type }) });
  runOk("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...npmFlags, ...packages], dir);
}

/** Every file under `dir` but node_modules, with its content: to see what a command wrote. */
export function snapshotFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full);
    if (relative.split(path.sep).includes("node_modules")) continue;
    files[relative] = readFileSync(full, "utf8");
  }
  return files;
}

/**
 * A strict tsconfig for a Node consumer (`module: nodenext`, no ambient types unless given);
 * the packages' declaration files are checked unless `skipLibCheck`.
 */
export function tsconfig(include: readonly string[], types: readonly string[] = [], skipLibCheck = false): string {
  return JSON.stringify({
    compilerOptions: {
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "es2022",
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      noEmit: true,
      skipLibCheck,
      // TypeScript's own lib files are not ours to check, and cost most of a small program.
      skipDefaultLibCheck: true,
      types,
    },
    include,
  });
}

/** One finding as `file:line ruleId`, the form the lint tests compare. */
export interface FindingSource {
  readonly filePath: string;
  readonly messages: readonly { readonly line: number; readonly ruleId: string | null }[];
}

/** ESLint's JSON output (or the CLI's) as sorted `file:line ruleId` strings. */
export function findings(results: readonly FindingSource[], root: string): string[] {
  return results
    .flatMap((result) =>
      result.messages.map(
        (message) => `${path.relative(root, result.filePath)}:${String(message.line)} ${message.ruleId ?? "(fatal)"}`,
      ),
    )
    .sort();
}

/**
 * The findings a fixture promises with `// expect: <rule>` comments on the lines to report,
 * in the same form as `findings`.
 */
export function expectedFindings(files: Readonly<Record<string, string>>): string[] {
  const expected: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    text.split("\n").forEach((line, index) => {
      for (const match of line.matchAll(/expect: ([\w@/-]+)/g)) {
        expected.push(`${file}:${String(index + 1)} ${match[1] ?? ""}`);
      }
    });
  }
  return expected.sort();
}
