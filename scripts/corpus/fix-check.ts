import path from "node:path";
import ts from "typescript";

/** One TypeScript diagnostic, without its position, so that edits above it do not matter. */
export interface DiagnosticKey {
  readonly file: string;
  readonly code: number;
  readonly text: string;
}

/** The pre-emit diagnostics of a project (what `tsc --noEmit -p` prints), keyed for comparison. */
export function compileDiagnostics(tsconfig: string): DiagnosticKey[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  });
  if (parsed === undefined) return [];
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const root = path.dirname(tsconfig);
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file === undefined ? "" : path.relative(root, d.file.fileName),
    code: d.code,
    text: ts.flattenDiagnosticMessageText(d.messageText, " "),
  }));
}

/** The diagnostics of `after` that `before` does not have (as a multiset). */
export function newDiagnostics(before: readonly DiagnosticKey[], after: readonly DiagnosticKey[]): DiagnosticKey[] {
  const key = (d: DiagnosticKey): string => `${d.file}\u0000${d.code}\u0000${d.text}`;
  const remaining = new Map<string, number>();
  for (const d of before) remaining.set(key(d), (remaining.get(key(d)) ?? 0) + 1);
  return after.filter((d) => {
    const left = remaining.get(key(d)) ?? 0;
    if (left === 0) return true;
    remaining.set(key(d), left - 1);
    return false;
  });
}
