#!/usr/bin/env node
// `ferrous check`: the entry stays small so that a missing peer (typescript, eslint,
// typescript-eslint) is reported before anything tries to load it.
import { isCI } from "ci-info";
import { parseArgs } from "./args.js";
import { CliError, ExitCode } from "./errors.js";
import { peerProblem } from "./peers.js";
import { isTerminal, startProgress } from "./progress.js";

const fail = (message: string): number => {
  process.stderr.write(`ferrous: ${message}\n`);
  return ExitCode.usage;
};

async function main(argv: readonly string[]): Promise<number> {
  let progress: ReturnType<typeof startProgress> | undefined;
  try {
    const parsed = parseArgs(
      argv,
      (text) => process.stdout.write(text),
      (text) => process.stderr.write(text),
    );
    if (parsed.kind === "exit") return parsed.code;
    const problem = peerProblem();
    if (problem !== undefined) return fail(problem);
    // The bar shows before TypeScript and ESLint load (a second or more on a busy machine).
    progress = startProgress({ isTTY: isTerminal(process.stderr), isCI, quiet: parsed.options.quiet });
    const { runCheck } = await import("./run.js");
    return await runCheck(parsed.options, { out: process.stdout, err: process.stderr }, progress);
  } catch (error) {
    progress?.stop();
    if (error instanceof CliError) return fail(error.message);
    // A bug of ours, not the user's: keep the stack for the report.
    process.stderr.write(`ferrous: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return ExitCode.usage;
  }
}

// No top-level await: the bin is also built as CommonJS.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
