import { createHash } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Linter } from "eslint";
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { FormatInput } from "./types.js";

/** Messages without a rule (a file that does not parse) get this descriptor. */
const syntaxErrorRule: ReportingDescriptor = {
  id: "syntax-error",
  shortDescription: { text: "The file could not be parsed" },
  defaultConfiguration: { level: "error" },
};

/**
 * The file as a URI relative to the run's root.
 * @throws {URIError} for a path with a lone surrogate, which no file system hands out.
 */
function toUri(cwd: string, file: string): string {
  const relative = path.relative(cwd, file).split(path.sep).join("/");
  return relative.split("/").map(encodeURIComponent).join("/");
}

function descriptor(input: FormatInput, ruleId: string): ReportingDescriptor {
  const meta = input.ruleMeta(ruleId);
  const description = meta?.docs?.description;
  const url = meta?.docs?.url;
  return {
    id: ruleId,
    ...(description === undefined ? {} : { shortDescription: { text: description } }),
    ...(url === undefined ? {} : { helpUri: url, help: { text: `See ${url}`, markdown: `[${ruleId}](${url})` } }),
    defaultConfiguration: { level: "error" },
    properties: { ...(meta?.type === undefined ? {} : { tags: [meta.type] }), "problem.severity": "error" },
  };
}

/**
 * A fingerprint that survives edits elsewhere in the file (no line number in it): the rule,
 * the file, the trimmed text of the flagged line and the message, plus how many identical
 * ones came before it in the file.
 */
function fingerprint(ruleId: string, uri: string, lineText: string, message: string, seen: Map<string, number>): string {
  const hash = createHash("sha256").update(`${ruleId}\0${uri}\0${lineText.trim()}\0${message}`).digest("hex").slice(0, 32);
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, rules with help links, stable fingerprints.
 * @throws {TypeError} never for lint results, which are plain JSON.
 */
export function formatSarif(input: FormatInput): string {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (ruleId: string): number => {
    const known = ruleIndex.get(ruleId);
    if (known !== undefined) return known;
    rules.push(ruleId === syntaxErrorRule.id ? syntaxErrorRule : descriptor(input, ruleId));
    ruleIndex.set(ruleId, rules.length - 1);
    return rules.length - 1;
  };

  const results: Result[] = [];
  for (const lintResult of input.results) {
    if (lintResult.messages.length === 0) continue;
    const uri = toUri(input.cwd, lintResult.filePath);
    const lines = input.sourceOf(lintResult).split(/\r?\n/);
    const seen = new Map<string, number>();
    for (const message of lintResult.messages as readonly Linter.LintMessage[]) {
      const ruleId = message.ruleId ?? syntaxErrorRule.id;
      const region = {
        startLine: Math.max(1, message.line),
        startColumn: Math.max(1, message.column),
        ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
        ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
      };
      results.push({
        ruleId,
        ruleIndex: indexOf(ruleId),
        level: message.severity === 2 ? "error" : "warning",
        message: { text: message.message },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, region } }],
        partialFingerprints: {
          primaryLocationLineHash: fingerprint(ruleId, uri, lines[region.startLine - 1] ?? "", message.message, seen),
        },
      });
    }
  }

  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ferrous",
            version: input.version,
            informationUri: "https://github.com/ferrous-ts/ferrous",
            rules,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(input.cwd + path.sep).href } },
        results,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
