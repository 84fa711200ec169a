import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { colourCode, companionRules, counter, ensureBuilt, ferrous, ferrousOnTerminal, hasScript, localEnv, makeProject, removeProject, throwing, tsconfig } from "./helpers.js";

beforeAll(ensureBuilt);

describe.runIf(hasScript)("on a terminal", () => {
  const dir = makeProject({ "tsconfig.json": tsconfig, "src/a.ts": throwing, "src/b.ts": counter });
  afterAll(() => {
    removeProject(dir);
  });

  it("draws a progress bar and colours outside CI", async () => {
    const run = await ferrousOnTerminal(["check", ...companionRules], dir, localEnv());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("reading the project");
    expect(run.stdout).toMatch(/ferrous check \[[█░]+\] \d\/2 files/);
    expect(run.stdout).toMatch(colourCode);
    expect(run.stdout).toContain("only-throw-error");
  });

  it("uses no colour with NO_COLOR", async () => {
    const run = await ferrousOnTerminal(["check", ...companionRules], dir, localEnv({ NO_COLOR: "1" }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("only-throw-error");
    expect(run.stdout).not.toMatch(colourCode);
  });

  it("draws no bar in CI or with --quiet", async () => {
    const ci = await ferrousOnTerminal(["check", ...companionRules], dir, localEnv({ CI: "true" }));
    expect(ci.stdout).toContain("only-throw-error");
    expect(ci.stdout).not.toContain("ferrous check [");
    const quiet = await ferrousOnTerminal(["check", "--quiet", ...companionRules], dir, localEnv());
    expect(quiet.stdout).toContain("only-throw-error");
    expect(quiet.stdout).not.toContain("ferrous check [");
    expect(quiet.stdout).not.toContain("problems");
  });
});

describe("in a pipe", () => {
  const dir = makeProject({ "tsconfig.json": tsconfig, "src/a.ts": throwing });
  afterAll(() => {
    removeProject(dir);
  });

  it("draws no bar and no colours, even outside CI", () => {
    const run = ferrous(["check", ...companionRules], dir, localEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain("ferrous check [");
    expect(run.stdout + run.stderr).not.toMatch(colourCode);
  });
});
