/** The lines around a finding, with a caret line under its range (like Babel's code frame). */
export function codeFrame(
  source: string,
  location: { line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined },
  paint: { marker: (text: string) => string; gutter: (text: string) => string },
): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, location.line - 1);
  const last = Math.min(lines.length, location.line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const text = (lines[number - 1] ?? "").replace(/\t/g, "  ");
    const current = number === location.line;
    const gutter = `${current ? ">" : " "} ${String(number).padStart(width)} |`;
    out.push(`${current ? paint.marker(gutter) : paint.gutter(gutter)}${text === "" ? "" : ` ${text}`}`);
    if (current) {
      const raw = lines[number - 1] ?? "";
      const start = raw.slice(0, location.column - 1).replace(/\t/g, "  ").length;
      const sameLine = location.endLine === location.line && location.endColumn !== undefined;
      const end = sameLine ? raw.slice(0, (location.endColumn ?? location.column) - 1).replace(/\t/g, "  ").length : text.length;
      const length = Math.max(1, end - start);
      out.push(`${paint.gutter(`  ${" ".repeat(width)} |`)} ${" ".repeat(start)}${paint.marker("^".repeat(length))}`);
    }
  }
  return out.join("\n");
}
