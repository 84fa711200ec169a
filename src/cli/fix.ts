import { randomBytes } from "node:crypto";
import { readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ESLint } from "eslint";

/**
 * Writes `content` to `file` atomically: a temporary file beside it (same folder, so the
 * rename stays on one file system) with the original's mode (if there is one), then a rename over the original.
 * A crash leaves either the old file or the new one, never half of one.
 * @throws {Error} when the file cannot be written; the temporary file is removed.
 */
export async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.ferrous-tmp`);
  const mode = await stat(file).then(
    (stats) => stats.mode,
    () => undefined,
  );
  try {
    await writeFile(temporary, content, mode === undefined ? { flag: "wx" } : { mode, flag: "wx" });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** A file `--fix` changed, with the number of its lines that differ. */
export interface FixedFile {
  readonly filePath: string;
  readonly changedLines: number;
}

/**
 * How many lines a fix changed, as a reader counts them: the lines of the longer side that the
 * other side does not keep (a longest common subsequence over the region between the common
 * head and tail). Two lines edited with two untouched lines between them count as 2, not 4.
 */
export function countChangedLines(before: string, after: string): number {
  const old = before.split("\n");
  const next = after.split("\n");
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  const a = old.slice(head, old.length - tail);
  const b = next.slice(head, next.length - tail);
  // Fixes touch a few lines; past this size the span is a fair (and cheap) answer.
  if (a.length * b.length > 4_000_000) return Math.max(a.length, b.length);
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const line of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (const [j, other] of b.entries()) {
      current[j + 1] = line === other ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, current[j] ?? 0);
    }
    previous = current;
  }
  return Math.max(a.length, b.length) - (previous[b.length] ?? 0);
}

/**
 * Writes the fixed output of every result that has one.
 * @throws {Error} when a file cannot be written (the files written before it stay fixed).
 */
export async function writeFixes(results: readonly ESLint.LintResult[]): Promise<FixedFile[]> {
  const fixed: FixedFile[] = [];
  for (const result of results) {
    if (result.output === undefined) continue;
    const original = await readFile(result.filePath, "utf8");
    await writeAtomically(result.filePath, result.output);
    fixed.push({ filePath: result.filePath, changedLines: countChangedLines(original, result.output) });
  }
  return fixed;
}
