// zod, neverthrow and ts-pattern are optional peers. Built the way the package is built,
// installed in a folder where no peer is installed: `ferrous` loads, and a bridge fails with
// a message that names the package to install; with the peer installed, the bridge works.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsdown";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), "ferrous-peers-"));
const withoutPeers = path.join(scratch, "without-peers");
const withPeers = path.join(scratch, "with-peers");

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function node(cwd: string, kind: "esm" | "cjs", code: string): Promise<Run> {
  const args = kind === "esm" ? ["--input-type=module", "-e", code] : ["--input-type=commonjs", "-e", code];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd }, (error, stdout, stderr) => {
      resolve({ code: typeof error?.code === "number" ? error.code : 0, stdout, stderr });
    });
  });
}

/** The package's own name, type and exports map. */
function packageJson(): string {
  const real = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as Record<string, unknown>;
  return JSON.stringify({ name: real["name"], type: real["type"], exports: real["exports"] });
}

beforeAll(async () => {
  const dist = path.join(withoutPeers, "node_modules", "ferrous", "dist");
  // The package's own build config (every entry: how code is split into chunks depends on
  // all of them), without declarations, into the scratch folder.
  await build({ config: path.join(root, "tsdown.config.ts"), cwd: root, dts: false, outDir: dist, logLevel: "silent" });
  writeFileSync(path.join(withoutPeers, "node_modules", "ferrous", "package.json"), packageJson());
  // The same build, next to real copies of the peers.
  cpSync(path.join(withoutPeers, "node_modules", "ferrous"), path.join(withPeers, "node_modules", "ferrous"), {
    recursive: true,
  });
  for (const peer of ["zod", "neverthrow"]) {
    symlinkSync(path.join(root, "node_modules", peer), path.join(withPeers, "node_modules", peer), "dir");
  }
  mkdirSync(path.join(scratch, "empty"), { recursive: true });
}, 120_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("optional peers", () => {
  it.each(["esm", "cjs"] as const)("importing ferrous never loads zod, neverthrow or ts-pattern (%s)", async (kind) => {
    const code =
      kind === "esm"
        ? `const { Ok } = await import("ferrous"); console.log(Ok(1).map((n) => n + 1).toString());`
        : `const { Ok } = require("ferrous"); console.log(Ok(1).map((n) => n + 1).toString());`;
    const run = await node(withoutPeers, kind, code);
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("Ok(2)");
  });

  it.each([
    ["zod", "esm"],
    ["zod", "cjs"],
    ["neverthrow", "esm"],
    ["neverthrow", "cjs"],
  ] as const)("importing ferrous/%s without its peer fails naming the package (%s)", async (peer, kind) => {
    const code = kind === "esm" ? `await import("ferrous/${peer}");` : `require("ferrous/${peer}");`;
    const run = await node(withoutPeers, kind, code);
    expect(run.code).not.toBe(0);
    const message = kind === "esm" ? `Cannot find package '${peer}'` : `Cannot find module '${peer}'`;
    expect(run.stderr).toContain(message);
  });

  it.each(["esm", "cjs"] as const)("the bridges work once the peers are installed (%s)", async (kind) => {
    const load =
      kind === "esm"
        ? `const { parse } = await import("ferrous/zod"); const { toNeverthrow } = await import("ferrous/neverthrow"); const { z } = await import("zod");`
        : `const { parse } = require("ferrous/zod"); const { toNeverthrow } = require("ferrous/neverthrow"); const { z } = require("zod");`;
    const code = `${load} const r = parse(z.number(), 1); console.log(r.toString(), toNeverthrow(r).isOk());`;
    const run = await node(withPeers, kind, code);
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("Ok(1) true");
  });
});
