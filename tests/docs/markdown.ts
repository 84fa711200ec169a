// Reads what the docs test needs from a rule page: its headings, its code blocks, and the
// section each block sits in. Line-based on purpose: rule pages are plain CommonMark with
// backtick fences, and a parser that knows only that is easy to trust.

/** A heading of the page (`## Examples` is `{ depth: 2, text: "Examples" }`). */
export interface Heading {
  readonly depth: number;
  readonly text: string;
  /** 1-based line of the heading. */
  readonly line: number;
}

/** A fenced code block with the headings it sits under. */
export interface CodeBlock {
  /** The fence's language: `ts` in ```` ```ts option='{}' ````. */
  readonly lang: string;
  /** `key='value'` / `key="value"` attributes after the language. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** Text of the nearest `##` heading above the block. */
  readonly section: string | undefined;
  /** Text of the nearest `###` heading above the block inside that section. */
  readonly subsection: string | undefined;
}

export interface RulePage {
  readonly headings: readonly Heading[];
  readonly blocks: readonly CodeBlock[];
}

const FENCE = /^(`{3,})\s*([\w-]*)(.*)$/u;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/u;
const ATTRIBUTE = /([\w-]+)=(?:'([^']*)'|"([^"]*)")/gu;

/** Splits a page into headings and code blocks; headings inside code blocks are not headings. */
export function parseRulePage(markdown: string): RulePage {
  const lines = markdown.split(/\r?\n/u);
  const headings: Heading[] = [];
  const blocks: CodeBlock[] = [];
  let section: string | undefined;
  let subsection: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? "";
    const fence = FENCE.exec(text);
    if (fence !== null) {
      const [, ticks = "```", lang = "", info = ""] = fence;
      const body: string[] = [];
      const start = index;
      index++;
      while (index < lines.length && !(lines[index] ?? "").startsWith(ticks)) {
        body.push(lines[index] ?? "");
        index++;
      }
      blocks.push({ lang, attributes: attributesOf(info), code: `${body.join("\n")}\n`, line: start + 1, section, subsection });
      continue;
    }
    const heading = HEADING.exec(text);
    if (heading === null) continue;
    const [, hashes = "", title = ""] = heading;
    headings.push({ depth: hashes.length, text: title, line: index + 1 });
    if (hashes.length <= 2) {
      section = title;
      subsection = undefined;
    } else if (hashes.length === 3) {
      subsection = title;
    }
  }
  return { headings, blocks };
}

function attributesOf(info: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of info.matchAll(ATTRIBUTE)) {
    const [, key = "", single, double] = match;
    attributes[key] = single ?? double ?? "";
  }
  return attributes;
}

/** The text of a `##` section, from its heading to the next `#`/`##` heading. */
export function sectionText(markdown: string, title: string): string | undefined {
  const page = parseRulePage(markdown);
  const start = page.headings.find((heading) => heading.depth === 2 && heading.text === title);
  if (start === undefined) return undefined;
  const end = page.headings.find((heading) => heading.line > start.line && heading.depth <= 2);
  const lines = markdown.split(/\r?\n/u);
  return lines.slice(start.line, end === undefined ? lines.length : end.line - 1).join("\n");
}

/** A file of a code block: the block may hold several, each started by a `// name.ts` line. */
export interface BlockFile {
  /** Path relative to the block's folder. */
  readonly path: string;
  readonly code: string;
}

// `// ids.ts`, `// orders.ts — the module that forges`, `// tests/server.test.ts: ...`.
const FILE_COMMENT = /^\/\/ ((?:[\w.-]+\/)*[\w.-]+\.(?:ts|tsx|mts|cts))(?=$|[\s:])/u;

/**
 * The files a block stands for. A line at column 0 that is a comment starting with a file
 * name (`// ids.ts`) starts a new file of that name; code before the first such line is the
 * block's default file. Lines are kept in place (earlier files' lines become blank lines) so
 * the line numbers of a report are the block's own.
 */
export function filesOfBlock(code: string, defaultPath: string): BlockFile[] {
  const lines = code.split("\n");
  const starts: { path: string; line: number }[] = [];
  lines.forEach((line, index) => {
    const match = FILE_COMMENT.exec(line);
    if (match?.[1] !== undefined) starts.push({ path: match[1], line: index });
  });
  if (starts[0]?.line !== 0) starts.unshift({ path: defaultPath, line: 0 });
  return starts.map((start, index) => {
    const end = starts[index + 1]?.line ?? lines.length;
    const own = lines.map((line, lineIndex) => (lineIndex >= start.line && lineIndex < end ? line : ""));
    return { path: start.path, code: own.join("\n") };
  }).filter((file) => file.code.trim() !== "");
}
