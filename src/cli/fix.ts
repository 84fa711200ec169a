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

function changedLines(before: string, after: string): number {
  const old = before.split("\n");
  const next = after.split("\n");
  // Lines that differ once the common head and tail are set aside: what a reader would call changed.
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return Math.max(old.length - head - tail, next.length - head - tail);
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
    fixed.push({ filePath: result.filePath, changedLines: changedLines(original, result.output) });
  }
  return fixed;
}
