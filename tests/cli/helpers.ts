import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** The built bin; FERROUS_CLI points at another build (e.g. one made outside the shared dist/). */
export const cliPath = path.resolve(repoRoot, process.env["FERROUS_CLI"] ?? "dist/cli.mjs");

/** Builds the package when the bin is missing (the lead's test command builds first). */
export function ensureBuilt(): void {
  if (existsSync(cliPath) && existsSync(path.join(path.dirname(cliPath), "cli-options.mjs"))) return;
  const build = spawnSync("npx", ["tsdown"], { cwd: repoRoot, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npx tsdown failed:\n${build.stderr}`);
}

/** A tsconfig as a fresh `tsc --init` project would have it, including `src`. */
export const tsconfig = JSON.stringify({
  compilerOptions: { strict: true, target: "ES2022", module: "nodenext", noEmit: true, skipLibCheck: true, types: [] },
  include: ["src"],
});

/** A file with one `only-throw-error` finding (line 3) and one with a fixable `prefer-readonly` (line 2). */
export const throwing = `export function f(x: number): number {
  if (x > 1) {
    throw "boom";
  }
  return x;
}
`;
export const counter = `export class Counter {
  private count = 0;
  get(): number {
    return this.count;
  }
}
`;
export const clean = "export const answer = 42;\n";

/**
 * The rules ferrous's configs turn on that work whatever state the ferrous rules are in:
 * tests pick them with --rule so a finding is certain.
 */
export const companionRules = ["--rule", "@typescript-eslint/only-throw-error", "--rule", "@typescript-eslint/prefer-readonly"] as const;

/** Writes a project into a new temporary folder and returns its path. */
export function makeProject(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ferrous-cli-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir` with its content and modification time: to prove nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.name === "node_modules" || entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = `${statSync(full).mtimeMs}:${readFileSync(full, "utf8")}`;
    }
  };
  walk(dir);
  return out;
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** An environment outside CI (ci-info treats CI=false as "not CI"), colours left to the terminal. */
export function localEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: "false", ...extra };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
}

/** Runs `node <bin> ...args` with pipes (not a terminal). */
export function ferrous(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = localEnv(), bin = cliPath): Run {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the bin on a pseudo-terminal (util-linux `script`), stdout and stderr merged as a user sees them. */
export function ferrousOnTerminal(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const command = [process.execPath, cliPath, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(" ");
  return new Promise((resolve) => {
    // The child is handed to its event handlers and ends on its own: nothing to dispose here.
    const child = spawn("script", ["-qec", command, "/dev/null"], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("close", (code) => {
      resolve({ code, stdout: output, stderr: "" });
    });
  });
}

export const hasScript = spawnSync("script", ["--version"]).status === 0;

/** ANSI colour codes (SGR), as opposed to the cursor codes a progress bar uses. */
// eslint-disable-next-line no-control-regex -- ESC is exactly what this looks for.
export const colourCode = /\u001b\[\d+(?:;\d+)*m/;

/** A stack trace line, which a usage error must never show. */
export const stackLine = /^\s+at .+\(.+:\d+:\d+\)$/m;
