/**
 * A usage or configuration error: the run stops before linting, prints the message as one
 * line on stderr (no stack trace) and exits with code 2.
 */
export class CliError extends Error {
  override readonly name = "CliError";
}

/** Exit codes, ESLint's contract that CI scripts already expect. */
export const ExitCode = { clean: 0, findings: 1, usage: 2 } as const;
