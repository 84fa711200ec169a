// Positional tuples and loose dictionaries: callers must remember that `[2]` is the status
// and guess which keys the summary has; a typo in a key is `undefined`, not a type error.

export function parseLogLine(line: string): [string, string, number, number] {
  const [method = "", path = "", status = "0", millis = "0"] = line.split(" ");
  return [method, path, Number(status), Number.parseInt(millis, 10)];
}

export function summarize(lines: readonly string[]): Record<string, any> {
  const rows = lines.map((line) => parseLogLine(line));
  return {
    requests: rows.length,
    serverErrors: rows.filter((row) => row[2] >= 500).length,
  };
}
