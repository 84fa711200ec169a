import { Err, Ok, Result, TaggedError } from "ferrous";
import { Option } from "ferrous";

/** One request of an access log, with named fields instead of positions. */
export interface LogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly millis: number;
}

/** What the summary of a log says; callers read `summary.slowest`, not `summary[2]`. */
export interface Summary {
  readonly requests: number;
  readonly serverErrors: number;
  readonly slowest: Option<LogEntry>;
  readonly hitsByPath: ReadonlyMap<string, number>;
}

export class MalformedLine extends TaggedError("MalformedLine")<{ line: string }> {}

/** `GET /cart 200 35ms` as a record. */
export function parseLogLine(line: string): Result<LogEntry, MalformedLine> {
  const match = /^(?<method>[A-Z]+) (?<path>\S+) (?<status>\d{3}) (?<millis>\d+)ms$/u.exec(line);
  const fields = match?.groups;
  if (fields === undefined) return Err(new MalformedLine({ line }));
  return Ok({
    method: fields["method"] ?? "",
    path: fields["path"] ?? "",
    status: Number(fields["status"]),
    millis: Number(fields["millis"]),
  });
}

/** The summary of the parsed entries. */
export function summarize(entries: readonly LogEntry[]): Summary {
  const hitsByPath = new Map<string, number>();
  for (const entry of entries) hitsByPath.set(entry.path, (hitsByPath.get(entry.path) ?? 0) + 1);
  const slowest = entries.reduce<LogEntry | undefined>(
    (found, entry) => (found === undefined || entry.millis > found.millis ? entry : found),
    undefined,
  );
  return {
    requests: entries.length,
    serverErrors: entries.filter((entry) => entry.status >= 500).length,
    slowest: Option.from(slowest),
    hitsByPath,
  };
}
