import ts from "typescript";
import { describe, expect, it } from "vitest";
import { throwEngineForFile, throwEngineForProgram } from "../../src/analysis/throw-analysis.js";
import type { ThrowAnalysisOptions } from "../../src/analysis/throw-resolvers.js";
import type { FunctionUnit } from "../../src/analysis/throw-syntax.js";

const options: ThrowAnalysisOptions = { tiers: new Set(["bad-data"]), mayThrow: [], trusted: [] };

/** A program over files held in memory, with the default lib from disk. */
function programOf(files: Record<string, string>): ts.Program {
  const compilerOptions: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true, lib: ["lib.es2022.d.ts"], types: [] };
  const host = ts.createCompilerHost(compilerOptions, true);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion) => {
    const text = files[fileName];
    return text === undefined ? read(fileName, languageVersion) : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const exists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName in files || exists(fileName);
  return ts.createProgram(Object.keys(files), compilerOptions, host);
}

function functionNamed(program: ts.Program, fileName: string, name: string): FunctionUnit {
  const file = program.getSourceFile(fileName);
  const found = file?.statements.find((statement): statement is ts.FunctionDeclaration => ts.isFunctionDeclaration(statement) && statement.name?.text === name);
  if (found === undefined) throw new Error(`no function ${name} in ${fileName}`);
  return found;
}

describe("throw summaries", () => {
  it("caches one engine per program and options, and a new one for a new program", () => {
    const files = { "/a.ts": "export function f(): void {}" };
    const program = programOf(files);
    expect(throwEngineForProgram(program, options)).toBe(throwEngineForProgram(program, { ...options }));
    expect(throwEngineForProgram(program, { ...options, tiers: new Set(["bad-data", "programmer-error"]) })).not.toBe(
      throwEngineForProgram(program, options),
    );
    expect(throwEngineForProgram(programOf(files), options)).not.toBe(throwEngineForProgram(program, options));
  });

  it("follows calls across modules, re-exports and default exports, and keeps the chain", () => {
    const program = programOf({
      "/deep.ts": "export class Bad extends Error {}\nexport default function deep(n: number): number {\n  if (n < 0) throw new Bad();\n  return n;\n}",
      "/middle.ts": 'import deep from "./deep";\nexport const middle = (n: number): number => deep(n) + 1;',
      "/index.ts": 'export { middle as entry } from "./middle";',
      "/top.ts": 'import { entry } from "./index";\nexport function top(): number {\n  return entry(1);\n}',
    });
    const summary = throwEngineForProgram(program, options).summaryOf(functionNamed(program, "/top.ts", "top"));
    expect(summary.reject).toBeUndefined();
    expect(summary.sync?.origin).toEqual({ path: ["middle", "deep"], terminal: { kind: "throw", file: "deep.ts", line: 3 } });
    expect(summary.sync?.errorTypes).toEqual(["Bad"]);
  });

  it("terminates on cycles and finds a throw through them from either end", () => {
    const program = programOf({
      "/a.ts": 'import { b } from "./b";\nexport function a(n: number): number {\n  return n > 0 ? b(n - 1) : 0;\n}',
      "/b.ts": 'import { a } from "./a";\nexport function b(n: number): number {\n  if (n === 7) throw new Error("seven");\n  return a(n);\n}\nexport function loop(): number {\n  return loop();\n}',
    });
    const engine = throwEngineForProgram(program, options);
    expect(engine.summaryOf(functionNamed(program, "/a.ts", "a")).sync?.origin.path).toEqual(["b"]);
    expect(engine.summaryOf(functionNamed(program, "/b.ts", "b")).sync?.origin.terminal.kind).toBe("throw");
    expect(engine.summaryOf(functionNamed(program, "/b.ts", "loop"))).toEqual({});
  });

  it("keeps rejections apart from throws", () => {
    const program = programOf({
      "/r.ts": 'export async function r(): Promise<void> {\n  throw new Error("x");\n}\nexport function start(): Promise<void> {\n  return r();\n}\nexport function fire(): void {\n  void r();\n}',
    });
    const engine = throwEngineForProgram(program, options);
    expect(engine.summaryOf(functionNamed(program, "/r.ts", "r"))).toEqual({ reject: expect.anything() as unknown });
    expect(engine.summaryOf(functionNamed(program, "/r.ts", "start")).reject?.origin.path).toEqual(["r"]);
    expect(engine.summaryOf(functionNamed(program, "/r.ts", "fire"))).toEqual({});
  });

  it("survives a call chain deeper than it follows", () => {
    const count = 300;
    const lines = Array.from({ length: count }, (_, i) =>
      i === count - 1 ? `export function f${i}(): number { throw new Error("end"); }` : `export function f${i}(): number { return f${i + 1}(); }`,
    );
    const program = programOf({ "/chain.ts": lines.join("\n") });
    const engine = throwEngineForProgram(program, options);
    expect(() => engine.summaryOf(functionNamed(program, "/chain.ts", "f0"))).not.toThrow();
    expect(engine.summaryOf(functionNamed(program, "/chain.ts", `f${count - 50}`)).sync).toBeDefined();
  });

  it("analyses a dense cycle in one pass, not once per path", () => {
    const count = 40;
    const calls = (i: number): string => Array.from({ length: count }, (_, j) => (j === i ? "" : `g${j}(n - 1);`)).join(" ");
    const lines = Array.from({ length: count }, (_, i) =>
      `export function g${i}(n: number): void { if (n === ${i === count - 1 ? 0 : -1}) throw new Error("x"); ${calls(i)} }`,
    );
    const program = programOf({ "/dense.ts": lines.join("\n") });
    const engine = throwEngineForProgram(program, options);
    const started = performance.now();
    expect(engine.summaryOf(functionNamed(program, "/dense.ts", "g0")).sync).toBeDefined();
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("works within one file without a program", () => {
    const file = ts.createSourceFile("/one.ts", 'function inner(s: string): unknown {\n  return JSON.parse(s);\n}\nexport function outer(): unknown {\n  return inner("{");\n}', ts.ScriptTarget.Latest, true);
    const engine = throwEngineForFile(file, options);
    const outer = file.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === "outer");
    if (outer === undefined) throw new Error("no outer");
    expect(engine.summaryOf(outer).sync?.origin).toEqual({ path: ["inner"], terminal: expect.objectContaining({ kind: "builtin", name: "JSON.parse" }) as unknown });
  });

  it("does not count a throw whose operand is narrowed to never, with types only", () => {
    const source =
      'type Kind = "a" | "b";\nfunction invalid(kind: unknown): Error {\n  return new Error(String(kind));\n}\n' +
      'export function code(kind: Kind): number {\n  if (kind === "a") return 1;\n  if (kind === "b") return 2;\n  throw invalid(kind);\n}\n' +
      'export function loose(kind: string): number {\n  if (kind === "a") return 1;\n  throw invalid(kind);\n}\n' +
      "export function caller(): number {\n  return code(\"a\");\n}";
    const program = programOf({ "/kinds.ts": source });
    const engine = throwEngineForProgram(program, options);
    expect(engine.summaryOf(functionNamed(program, "/kinds.ts", "code"))).toEqual({});
    expect(engine.summaryOf(functionNamed(program, "/kinds.ts", "caller"))).toEqual({});
    expect(engine.summaryOf(functionNamed(program, "/kinds.ts", "loose")).sync?.origin.terminal).toEqual({ kind: "throw", file: "kinds.ts", line: 12 });
    // Without a checker nothing is known to be never: the throw counts.
    const file = ts.createSourceFile("/kinds.ts", source, ts.ScriptTarget.ES2022, true);
    const code = file.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === "code");
    if (code === undefined) throw new Error("no code");
    expect(throwEngineForFile(file, options).summaryOf(code).sync?.origin.terminal).toEqual({ kind: "throw", file: "kinds.ts", line: 8 });
  });
});
