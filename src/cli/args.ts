import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { version } from "../../package.json";

/** The parsed options of `ferrous check`. */
export interface CheckOptions {
  readonly paths: readonly string[];
  readonly project: string | undefined;
  readonly strict: boolean;
  readonly fix: boolean;
  readonly format: "pretty" | "json" | "sarif";
  readonly quiet: boolean;
  readonly maxWarnings: number | undefined;
  readonly rules: readonly string[];
  readonly ignores: readonly string[];
  readonly concurrency: number | "auto" | "off";
  readonly suppressAll: boolean;
  readonly suppressRules: readonly string[];
  readonly pruneSuppressions: boolean;
}

/** What the command line asks for: a check, or an exit (help, version, usage error). */
export type Parsed = { readonly kind: "check"; readonly options: CheckOptions } | { readonly kind: "exit"; readonly code: number };

const examples = `
Examples:
  $ ferrous check                          check the project of the nearest tsconfig.json
  $ ferrous check src/api                  only the files of that folder
  $ ferrous check -p tsconfig.build.json   use another tsconfig
  $ ferrous check --fix                    apply the safe autofixes, then report the rest
  $ ferrous check --format sarif > ferrous.sarif
  $ ferrous check --rule no-unwrap         run one rule
  $ ferrous check --suppress-all           record today's findings in eslint-suppressions.json

Exit codes: 0 no findings, 1 findings, 2 usage or configuration error.
No --cache: typed rules read other files, so a per-file cache could serve stale findings.
`;

/**
 * @throws {InvalidArgumentError} commander turns it into a usage error (exit 2).
 */
function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("Expected a whole number of 0 or more.");
  return Number(value);
}

/**
 * @throws {InvalidArgumentError} commander turns it into a usage error (exit 2).
 */
function concurrency(value: string): number | "auto" | "off" {
  if (value === "auto" || value === "off") return value;
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('Expected a number of threads, "auto" or "off".');
  return Number(value);
}

const collect = (value: string, previous: readonly string[]): string[] => [...previous, value];

interface RawOptions {
  project?: string;
  strict?: boolean;
  fix?: boolean;
  format: CheckOptions["format"];
  quiet?: boolean;
  maxWarnings?: number;
  rule: string[];
  ignore: string[];
  concurrency: CheckOptions["concurrency"];
  suppressAll?: boolean;
  suppressRule: string[];
  pruneSuppressions?: boolean;
}

function buildProgram(out: (text: string) => void, err: (text: string) => void, onCheck: (options: CheckOptions) => void): Command {
  const program = new Command("ferrous")
    .description("Write TypeScript like Rust: check a project with ferrous's lint rules, no ESLint config needed.")
    .version(version, "-v, --version")
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: out,
      writeErr: err,
      // One line per error: commander puts its "Did you mean" hint on a line of its own.
      outputError: (text, write) => {
        write(text.replace(/\n(?=\(Did you mean)/, " "));
      },
    });

  program
    .command("check")
    .description("Lint the files of the project's tsconfig with ferrous's recommended-type-checked rules.")
    .argument("[paths...]", "files or folders to check (default: all files the tsconfig includes)")
    .option("-p, --project <tsconfig>", "the tsconfig to use (default: nearest tsconfig.json from the current folder up)")
    .option("--strict", "use the strict-type-checked config")
    .option("--fix", "apply the safe autofixes (files are written atomically), then report what remains")
    .addOption(new Option("-f, --format <format>", "output format").choices(["pretty", "json", "sarif"]).default("pretty"))
    .option("-q, --quiet", "print the findings and nothing else")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", nonNegativeInteger)
    .option("--rule <id>", "run only this rule (repeatable), e.g. no-unwrap or ferrous/no-unwrap", collect, [])
    .option("--ignore <glob>", "skip the files matching this glob (repeatable), relative to the tsconfig's folder", collect, [])
    .option(
      "--concurrency <n>",
      'lint with n threads, "auto" or "off"; each thread builds its own TypeScript program (see README)',
      concurrency,
      "off",
    )
    .addOption(new Option("--suppress-all", "record every current error in eslint-suppressions.json").conflicts(["suppressRule", "pruneSuppressions"]))
    .addOption(
      new Option("--suppress-rule <id>", "record the current errors of this rule (repeatable)")
        .argParser(collect)
        .default([])
        .conflicts("pruneSuppressions"),
    )
    .option("--prune-suppressions", "drop entries of eslint-suppressions.json that no longer occur")
    .addHelpText("after", examples)
    .action((paths: string[], raw: RawOptions) => {
      onCheck({
        paths,
        project: raw.project,
        strict: raw.strict === true,
        fix: raw.fix === true,
        format: raw.format,
        quiet: raw.quiet === true,
        maxWarnings: raw.maxWarnings,
        rules: raw.rule,
        ignores: raw.ignore,
        concurrency: raw.concurrency,
        suppressAll: raw.suppressAll === true,
        suppressRules: raw.suppressRule,
        pruneSuppressions: raw.pruneSuppressions === true,
      });
    });

  program.addHelpText("after", "\nRun `ferrous check --help` for the options of check.");
  return program;
}

/**
 * Parses the command line. Help and version are printed here; usage errors are printed as
 * commander's one-line message (with its "Did you mean" suggestion) and map to exit 2.
 * @throws {Error} only what is not commander's own error: a bug.
 */
export function parseArgs(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): Parsed {
  let parsed: CheckOptions | undefined;
  const program = buildProgram(out, err, (options) => {
    parsed = options;
  });
  if (argv.length === 0) {
    err(program.helpInformation());
    return { kind: "exit", code: 2 };
  }
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help";
      return { kind: "exit", code: done ? 0 : 2 };
    }
    throw error;
  }
  return parsed === undefined ? { kind: "exit", code: 2 } : { kind: "check", options: parsed };
}
