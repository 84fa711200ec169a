import { Presets, SingleBar } from "cli-progress";

/** Where the bar may be drawn: a terminal, outside CI, without `--quiet`. */
export interface ProgressEnvironment {
  readonly isTTY: boolean;
  readonly isCI: boolean;
  readonly quiet: boolean;
}

/** The progress of a run: files done out of total, elapsed time. Drawn on stderr only. */
export interface Progress {
  /** A file was linted (the same file twice, as in --fix passes, counts once). */
  readonly tick: (filePath: string) => void;
  readonly stop: () => void;
}

const silent: Progress = { tick: () => undefined, stop: () => undefined };

/** A bar on stderr, or nothing when it would land in a pipe, a CI log, or `--quiet`. */
export function startProgress(total: number, environment: ProgressEnvironment): Progress {
  if (!environment.isTTY || environment.isCI || environment.quiet) return silent;
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: "ferrous check [{bar}] {value}/{total} files | {duration_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    Presets.shades_classic,
  );
  const done = new Set<string>();
  bar.start(total, 0);
  return {
    tick: (filePath) => {
      if (done.has(filePath)) return;
      done.add(filePath);
      bar.update(Math.min(done.size, total));
    },
    stop: () => {
      bar.stop();
    },
  };
}
