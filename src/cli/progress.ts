import { Presets, SingleBar } from "cli-progress";

/** A pipe's `isTTY` is undefined at run time, whatever @types/node says. */
export const isTerminal = (stream: { readonly isTTY?: boolean }): boolean => stream.isTTY === true;

/** Where the bar may be drawn: a terminal, outside CI, without `--quiet`. */
export interface ProgressEnvironment {
  readonly isTTY: boolean;
  readonly isCI: boolean;
  readonly quiet: boolean;
}

/** The progress of a run: files done out of total, elapsed time. Drawn on stderr only. */
export interface Progress {
  /** The number of files is known: the bar switches from "reading the project" to counts. */
  readonly setTotal: (total: number) => void;
  /** A file was linted (the same file twice, as in --fix passes, counts once). */
  readonly tick: (filePath: string) => void;
  readonly stop: () => void;
}

const silent: Progress = { setTotal: () => undefined, tick: () => undefined, stop: () => undefined };

/**
 * A bar on stderr, or nothing when it would land in a pipe, a CI log, or `--quiet`. It starts
 * before TypeScript and ESLint load, so the first output comes at once.
 */
export function startProgress(environment: ProgressEnvironment): Progress {
  if (!environment.isTTY || environment.isCI || environment.quiet) return silent;
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: "ferrous check [{bar}] {status} | {duration_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    Presets.shades_classic,
  );
  const done = new Set<string>();
  let total = 0;
  const status = (): string => (total === 0 ? "reading the project" : `${Math.min(done.size, total)}/${total} files`);
  bar.start(1, 0, { status: status() });
  return {
    setTotal: (count) => {
      total = count;
      bar.setTotal(Math.max(1, count));
      bar.update(0, { status: status() });
    },
    tick: (filePath) => {
      if (done.has(filePath) || total === 0) return;
      done.add(filePath);
      bar.update(Math.min(done.size, total), { status: status() });
    },
    stop: () => {
      bar.stop();
    },
  };
}
