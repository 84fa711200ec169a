import ts from "typescript";
import { throwEngineForProgram } from "./src/analysis/throw-analysis.ts";
const options = { tiers: new Set(["bad-data"] as const), mayThrow: [], trusted: [] };
function programOf(files: Record<string, string>): ts.Program {
  const compilerOptions: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true, lib: ["lib.es2022.d.ts"], types: [] };
  const host = ts.createCompilerHost(compilerOptions, true);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion) => { const text = files[fileName]; return text === undefined ? read(fileName, languageVersion) : ts.createSourceFile(fileName, text, languageVersion, true); };
  const exists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName in files || exists(fileName);
  return ts.createProgram(Object.keys(files), compilerOptions, host);
}
const count = Number(process.argv[2]);
const lines = Array.from({ length: count }, (_, i) => i === count - 1 ? `export function f${i}(): number { throw new Error("end"); }` : `export function f${i}(): number { return f${i + 1}(); }`);
const program = programOf({ "/chain.ts": lines.join("\n") });
const engine = throwEngineForProgram(program, options);
const file = program.getSourceFile("/chain.ts")!;
const t = performance.now();
console.log(engine.summaryOf(file.statements[0] as ts.FunctionDeclaration), performance.now() - t);
