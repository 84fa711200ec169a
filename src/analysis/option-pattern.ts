/**
 * A regular expression given as a rule option, compiled once per file. A bad pattern is a
 * configuration mistake: the error names the rule, the option and the pattern, so the user
 * knows what to fix without reading a stack trace.
 *
 * @throws {Error} when `source` is not a valid regular expression.
 */
export function compileOptionPattern(ruleName: string, optionName: string, source: string, flags = "u"): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`ferrous/${ruleName}: the option ${optionName} ${JSON.stringify(source)} is not a valid regular expression (${reason}).`, {
      cause: error,
    });
  }
}
