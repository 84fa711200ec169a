import { Result } from "ferrous";
import { parseLogLine, summarize } from "./log.js";

function main(): void {
  const log = [
    "GET /cart 200 35ms",
    "POST /checkout 502 1210ms",
    "GET /cart 200 41ms",
    "this line is not a request",
    "GET /products 404 12ms",
  ];
  const [entries, malformed] = Result.partition(log.map((line) => parseLogLine(line)));
  const summary = summarize(entries);

  console.log(`requests:      ${summary.requests}`);
  console.log(`server errors: ${summary.serverErrors}`);
  const slowest = summary.slowest.mapOr("none", (entry) => `${entry.method} ${entry.path} (${entry.millis}ms)`);
  console.log(`slowest:       ${slowest}`);
  for (const [path, hits] of summary.hitsByPath) console.log(`hits ${path.padEnd(10)} ${hits}`);
  for (const error of malformed) console.log(`skipped:       "${error.line}"`);
}

main();
