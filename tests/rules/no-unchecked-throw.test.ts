import path from "node:path";
import type { TestCaseError } from "@typescript-eslint/rule-tester";
import { DEFAULT_TEST_GLOBS } from "../../src/analysis/test-files.js";
import { type MessageIds, type NoUncheckedThrowOptions, noUncheckedThrow } from "../../src/rules/no-unchecked-throw.js";
import { fixturesDir, typedRuleTester, untypedRuleTester } from "./rule-tester.js";

const ruleTester = typedRuleTester();
/**
 * The fixtures live under tests/, which the rule skips by default (tests throw on purpose):
 * these cases check everything else with `testFiles: []` as their default.
 */
const defaults: Readonly<NoUncheckedThrowOptions> = noUncheckedThrow.meta.defaultOptions?.[0] ?? {};
const rule: Readonly<typeof noUncheckedThrow> = {
  ...noUncheckedThrow,
  meta: { ...noUncheckedThrow.meta, defaultOptions: [{ ...defaults, testFiles: [] }] },
};
const moduleFile = path.join(fixturesDir, "modules", "throws", "consumer.ts");
const jsFile = path.join(fixturesDir, "js", "file.js");
/** RuleTester accepts a count of suggestions; its types only know arrays. */
const suggestionCount = (count: number): null => count as unknown as null;
type Expected = TestCaseError<MessageIds>;
/** The same expected suggestions on every error of a list. */
const each = (errors: readonly Omit<Expected, "suggestions">[], suggestions: NonNullable<Expected["suggestions"]> | null): Expected[] =>
  errors.map((error) => ({ ...error, suggestions }));

const addThrows = (name: string, tag: string, output: string) => ({ messageId: "addThrowsTag" as const, data: { name, tag }, output });

ruleTester.run("no-unchecked-throw", rule, {
  valid: [
    // Handled by a try with a catch, for what its try block holds.
    `
export function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
`,
    // Declared with @throws, on a function and on an arrow function bound to a name.
    `
/** @throws {SyntaxError} on malformed input */
export function parse(text: string): unknown {
  return JSON.parse(text);
}
`,
    `
/** @throws {Error} */
export const check = (n: number): number => {
  if (n < 0) throw new Error("negative");
  return n;
};
`,
    // Built-ins that do not throw, and literal arguments that are fine now and forever.
    `
export const a = parseInt("x", 10) + parseFloat("1.5") + Number("2");
export const u = new URL("https://example.com/path");
export const d = decodeURIComponent("a%20b");
export const b = BigInt(10) + BigInt("12");
export const r = new RegExp("^a+$", "u");
export const j = JSON.parse('{"a": 1}') as unknown;
export const lenient = new TextDecoder().decode(new Uint8Array([0xff]));
`,
    // \`JSON.stringify\` of a primitive cannot throw: no cycles, no bigint, no toJSON to run.
    `
declare const text: string;
declare const count: number;
declare const maybe: string | undefined;
declare const flag: boolean;
export const a = JSON.stringify(text) + JSON.stringify(count, null, 2) + String(JSON.stringify(maybe));
export const b = JSON.stringify(flag ? "yes" : 1) + JSON.stringify("literal") + JSON.stringify(null);
`,
    // Constant patterns are checked at lint time like literals: templates of constants,
    // \`const\` bindings (also of templates, which TypeScript types as \`string\`), imported
    // constants, \`as const\`, enum members, numbers, and \`RegExp(...)\` without \`new\`.
    {
      code: `
import { FLAGS, PAIR, WORD } from "./patterns";
const DIGITS = "[0-9]+";
const ID = \`\${WORD}-\${DIGITS}\`;
const KEYS = ["key", "id"] as const;
const COUNT = 3;
const ANCHORED = \`^\${PAIR}$\` as const;
enum Source { Hex = "[0-9a-f]+" }
export const a = new RegExp(\`^\${ID}$\`);
export const b = new RegExp(PAIR, FLAGS);
export const c = RegExp(\`^(?:\${WORD}|\${DIGITS})$\`, "g");
export const d = new RegExp(\`\${KEYS[0]}{\${COUNT}}\`);
export const e = new RegExp(ANCHORED, "u");
export const f = new RegExp(Source.Hex);
export const g = new RegExp("^" + WORD + "$");
const BASE = "https://example.com";
export const u = new URL(\`\${BASE}/path\`);
`,
      filename: moduleFile,
    },
    // A union of literal types is constant too: every member is checked.
    `
export function matcher(kind: "a+" | "b*", flags: "g" | "i"): RegExp {
  return new RegExp(kind, flags);
}
`,
    // A regex-escaped part is literal text whatever its value: the pattern around it is run
    // at lint time with stand-ins (escapeRegExp of lodash and MDN, escapeRegex, RegExp.escape).
    `
declare function escapeRegExp(text: string): string;
declare const util: { escapeRegex(text: string): string };
const START = "^";
export function startsWith(prefix: string): RegExp {
  return new RegExp(\`\${START}\${escapeRegExp(prefix)}.*\`);
}
export function endsWith(suffix: string): RegExp {
  return new RegExp(".*" + util.escapeRegex(suffix) + "$", "i");
}
export function mac(delimiter?: string): RegExp {
  const escaped = util.escapeRegex(delimiter ?? ":");
  return new RegExp(\`^(?:[0-9A-F]{2}\${escaped}){5}[0-9A-F]{2}$\`);
}
`,
    // Bugs are not errors: panic-like helpers and never-returning functions are allowed.
    `
import { panic } from "ferrous";
function assertNever(value: never): never {
  throw new Error(\`unexpected \${String(value)}\`);
}
function fail(message: string): never {
  throw new Error(message);
}
export function pick(kind: "a" | "b", n: number): number {
  if (n < 0) panic("negative");
  if (n > 10) fail("too big");
  switch (kind) {
    case "a": return 1;
    case "b": return 2;
    default: return assertNever(kind);
  }
}
`,
    // A throw whose operand the checker narrowed to never is an assertNever written inline:
    // reached only when a value breaks its type, a bug. Its callers are not told either.
    `
type Shape = { kind: "circle"; r: number } | { kind: "square"; side: number };
export function area(shape: Shape): number {
  switch (shape.kind) {
    case "circle": return Math.PI * shape.r ** 2;
    case "square": return shape.side ** 2;
    default: throw new Error(\`unknown shape \${JSON.stringify(shape)}\`);
  }
}
function invalidInput(input: unknown): TypeError {
  return new TypeError(\`not an input: \${String(input)}\`);
}
export function toText(input: string | number): string {
  if (typeof input === "string") return input;
  if (typeof input === "number") return input.toFixed(2);
  throw invalidInput(input);
}
export const total = area({ kind: "square", side: 2 }) + toText(1).length;
`,
    // Result wrappers protect the callbacks they run.
    `
import { Result } from "ferrous";
export const parsed = Result.try(() => JSON.parse("{") as unknown);
export const safeParse = Result.wrap((text: string) => JSON.parse(text) as unknown);
export const loaded = Result.tryAsync(async () => {
  const response = await fetch("https://example.com");
  return response.status;
});
export const later = Result.fromPromise(fetch("https://example.com"));
`,
    // ferrous's own throws are panics by design (unwrap, fromJSON, matchTag, gen), and a
    // Result's map runs its callback at once, so a try around it handles it.
    `
import { Ok, Result, matchTag, type Result as R } from "ferrous";
declare const r: R<string, Error>;
export const a = r.unwrap();
export const b = Result.fromJSON({ tag: "Ok", value: 1 });
export const c = matchTag({ tag: "A" } as { tag: "A" } | { tag: "B" }, { A: () => 1, B: () => 2 });
export const d = Result.gen(function* () {
  const x = yield* Ok(1);
  return x + 1;
});
export function e(): unknown {
  try {
    return Ok("{").map((text) => JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
`,
    // A home-made wrapper that runs its callback inside try/catch protects it like Result.try.
    `
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
export function caller(): unknown {
  return attempt(() => JSON.parse("{") as unknown);
}
`,
    // neverthrow's wrappers protect too.
    `
import { Result, ResultAsync, fromThrowable } from "neverthrow";
export const a = Result.fromThrowable((text: string) => JSON.parse(text) as unknown);
export const b = fromThrowable(() => decodeURIComponent("%"));
export const c = ResultAsync.fromPromise(fetch("https://example.com"), () => "offline");
`,
    // A callback run later is its own function: a try around the registration does not
    // handle it, and it does not make the registering function throw.
    {
      code: `
import { later } from "./index";
export function register(): void {
  later(() => {
    try {
      JSON.parse("{");
    } catch {
      // handled inside the callback
    }
  });
}
export function caller(): void {
  register();
}
`,
      filename: moduleFile,
    },
    // A throw in a promise handler rejects the chain; a later catch handles it.
    `
export function load(p: Promise<string>): Promise<unknown> {
  return p
    .then((text) => JSON.parse(text) as unknown)
    .then((value) => {
      if (value === null) throw new TypeError("null");
      return value;
    })
    .catch(() => undefined);
}
`,
    // Cross-module: handled at the call that reaches the throw.
    {
      code: `
import { parsePort } from "./index";
export function load(raw: string): number {
  try {
    return parsePort(raw);
  } catch {
    return 80;
  }
}
export function caller(): number {
  return load("80");
}
`,
      filename: moduleFile,
    },
    // A function whose own try handles what it calls does not throw.
    {
      code: `
import { safeParse } from "./index";
export const value = safeParse("{");
`,
      filename: moduleFile,
    },
    // Async: an un-awaited call to an async function is not a synchronous throw.
    {
      code: `
import { loadUser } from "./remote";
export function start(): void {
  void loadUser("1");
}
`,
      filename: moduleFile,
    },
    // Awaited rejection handled by try/catch, or declared with @rejects / @throws.
    {
      code: `
import { loadUser } from "./remote";
export async function a(): Promise<string> {
  try {
    return await loadUser("1");
  } catch {
    return "";
  }
}
/** @rejects {Error} */
export async function b(): Promise<string> {
  return await loadUser("1");
}
/** @throws {Error} */
export async function c(): Promise<string> {
  throw new Error("x");
}
`,
      filename: moduleFile,
    },
    // .d.ts: undeclared functions do not throw; the overload without @throws is chosen by the call.
    `
import { ping } from "throw-fixture-vendor";
ping();
`,
    // Cycles terminate; a cycle without a throw throws nothing.
    {
      code: `
import { even } from "./cycle-a";
export const e = even(4);
`,
      filename: moduleFile,
    },
    // Unresolvable calls (any) are assumed not to throw.
    `
declare const anything: any;
export const x: unknown = anything.parse("{");
`,
    // Trusted by option (TypeOrValueSpecifier).
    {
      code: `
export const value = JSON.parse("{") as unknown;
`,
      options: [{ trusted: [{ from: "lib", name: "parse" }] }],
    },
    // Swallowing catches count as handling by default.
    `
export function quiet(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    console.error(error);
    return undefined;
  }
}
`,
    // Test files are not checked by default: tests throw on purpose.
    {
      code: `
export function check(n: number): number {
  if (n < 0) throw new Error("negative");
  return JSON.parse("{") as number;
}
`,
      filename: path.join(fixturesDir, "modules", "throws", "consumer.test.ts"),
      options: [{ testFiles: [...DEFAULT_TEST_GLOBS] }],
    },
    // Syntax the rule does not model does not crash it.
    `
export class Weird {
  static { void 0; }
  accessor x = 1;
  *gen(): Generator<number> { yield 1; }
  [Symbol.iterator](): Iterator<number> { return [1][Symbol.iterator](); }
}
label: for (const x of [1]) { if (x) break label; }
export const tagged = String.raw\`\${1}\`;
export const obj = { ...{ a: 1 }, get b() { return 2; } };
`,
  ],
  invalid: [
    {
      code: `
export function check(n: number): number {
  if (n < 0) throw new Error("negative");
  return n;
}
`,
      errors: [
        {
          messageId: "unhandledThrow",
          line: 3,
          suggestions: [
            addThrows(
              "check",
              "@throws {Error}",
              `
/** @throws {Error} */
export function check(n: number): number {
  if (n < 0) throw new Error("negative");
  return n;
}
`,
            ),
          ],
        },
      ],
    },
    // Only a value narrowed to never makes a throw unreachable: a switch over a string, a
    // default that names no value, and a throw after an incomplete set of guards are reported.
    {
      code: `
type Kind = "a" | "b";
export function code(kind: string): number {
  switch (kind) {
    case "a": return 1;
    default: throw new Error(\`unknown kind \${kind}\`);
  }
}
export function exhaustive(kind: Kind): number {
  switch (kind) {
    case "a": return 1;
    case "b": return 2;
    default: throw new Error("unreachable");
  }
}
export function toText(input: string | number | boolean): string {
  if (typeof input === "string") return input;
  if (typeof input === "number") return input.toFixed(2);
  throw new TypeError(\`not text: \${String(input)}\`);
}
`,
      errors: [
        { messageId: "unhandledThrow", line: 6, suggestions: suggestionCount(1) },
        { messageId: "unhandledThrow", line: 13, suggestions: suggestionCount(1) },
        { messageId: "unhandledThrow", line: 19, suggestions: suggestionCount(1) },
      ],
    },
    // A throw in a catch block is a rethrow; a try without a catch handles nothing.
    {
      code: `
/** Reads it. */
export function read(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TypeError("bad", { cause: error });
  } finally {
    void 0;
  }
}
export function twice(text: string): unknown {
  try {
    return JSON.parse(text);
  } finally {
    void 0;
  }
}
`,
      errors: [
        {
          messageId: "unhandledThrow",
          line: 7,
          suggestions: [
            addThrows(
              "read",
              "@throws {TypeError}",
              `
/**
 * Reads it.
 * @throws {TypeError}
 */
export function read(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TypeError("bad", { cause: error });
  } finally {
    void 0;
  }
}
export function twice(text: string): unknown {
  try {
    return JSON.parse(text);
  } finally {
    void 0;
  }
}
`,
            ),
          ],
        },
        {
          messageId: "mayThrow",
          line: 14,
          data: { name: "JSON.parse", reason: "SyntaxError on malformed JSON" },
          suggestions: [
            addThrows(
              "twice",
              "@throws {SyntaxError}",
              `
/** Reads it. */
export function read(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TypeError("bad", { cause: error });
  } finally {
    void 0;
  }
}
/** @throws {SyntaxError} */
export function twice(text: string): unknown {
  try {
    return JSON.parse(text);
  } finally {
    void 0;
  }
}
`,
            ),
          ],
        },
      ],
    },
    // The @throws suggestion extends a multi-line JSDoc, and goes on the statement of an arrow function.
    {
      code: `
export const tools = {
  /**
   * Decodes it.
   * @param text the input
   */
  decode: (text: string): string => decodeURIComponent(text),
};
export const load = async (url: string): Promise<number> => (await fetch(url)).status;
`,
      errors: [
        {
          messageId: "mayThrow",
          line: 7,
          suggestions: [
            addThrows(
              "decode",
              "@throws {URIError}",
              `
export const tools = {
  /**
   * Decodes it.
   * @param text the input
   * @throws {URIError}
   */
  decode: (text: string): string => decodeURIComponent(text),
};
export const load = async (url: string): Promise<number> => (await fetch(url)).status;
`,
            ),
          ],
        },
        {
          messageId: "mayReject",
          line: 9,
          suggestions: [
            addThrows(
              "load",
              "@throws {TypeError}",
              `
export const tools = {
  /**
   * Decodes it.
   * @param text the input
   */
  decode: (text: string): string => decodeURIComponent(text),
};
/** @throws {TypeError} */
export const load = async (url: string): Promise<number> => (await fetch(url)).status;
`,
            ),
          ],
        },
      ],
    },
    // The built-in table, at top level (no suggestion: a module has no JSDoc to carry it).
    {
      code: `
declare const input: string;
export const a = JSON.parse(input) as unknown;
export const b = new URL(input);
export const c = decodeURIComponent(input);
export const d = BigInt(input);
export const e = atob(input);
export const f = structuredClone({ input });
export const g = new RegExp(input);
export const h = new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([1]));
export const i = JSON.stringify({ input });
export const j = new URL("not a url");
`,
      errors: [
        { messageId: "mayThrow", line: 3, data: { name: "JSON.parse", reason: "SyntaxError on malformed JSON" } },
        { messageId: "mayThrow", line: 4, data: { name: "new URL", reason: "TypeError on an invalid URL" } },
        { messageId: "mayThrow", line: 5 },
        { messageId: "mayThrow", line: 6 },
        { messageId: "mayThrow", line: 7 },
        { messageId: "mayThrow", line: 8 },
        { messageId: "mayThrow", line: 9 },
        { messageId: "mayThrow", line: 10, data: { name: "TextDecoder.decode", reason: "TypeError on invalid bytes when the decoder is fatal" } },
        { messageId: "mayThrow", line: 11 },
        // A constant the built-in rejects: a bug to fix, reported as such.
        { messageId: "invalidConstantArgument", line: 12, data: { name: "new URL", args: '"not a url"', error: "TypeError: Invalid URL" } },
      ],
    },
    // \`JSON.stringify\` of what may be an object, a bigint, or a primitive with a replacer function.
    {
      code: `
declare const value: unknown;
declare const big: bigint;
declare const record: { readonly n: number };
declare const text: string;
export const a = JSON.stringify(value);
export const b = JSON.stringify(big);
export const c = JSON.stringify(record);
export const d = JSON.stringify(text, (_key: string, v: unknown) => v);
`,
      errors: [
        { messageId: "mayThrow", line: 6, data: { name: "JSON.stringify", reason: "TypeError on cycles and bigint" } },
        { messageId: "mayThrow", line: 7 },
        { messageId: "mayThrow", line: 8 },
        { messageId: "mayThrow", line: 9 },
      ],
    },
    // Patterns that are not constants: a parameter, a \`string\` variable, a \`let\`, a value
    // from the environment, a template with a non-constant part, flags from a parameter.
    {
      code: `
import { WORD } from "./patterns";
declare const input: string;
let mutable = "a+";
const fromEnv = process.env["PATTERN"] ?? "a";
export const a = new RegExp(input);
export const b = new RegExp(mutable);
export const c = new RegExp(fromEnv);
export const d = new RegExp(\`^\${WORD}\${input}$\`);
export function e(source: string): RegExp {
  return new RegExp(\`^\${source}$\`);
}
export function f(flags: string): RegExp {
  return RegExp(WORD, flags);
}
`,
      filename: moduleFile,
      errors: [
        { messageId: "mayThrow", line: 6, data: { name: "new RegExp", reason: "SyntaxError on an invalid pattern" } },
        { messageId: "mayThrow", line: 7 },
        { messageId: "mayThrow", line: 8 },
        { messageId: "mayThrow", line: 9 },
        { messageId: "mayThrow", line: 11, suggestions: suggestionCount(1) },
        { messageId: "mayThrow", line: 14, data: { name: "RegExp", reason: "SyntaxError on an invalid pattern" }, suggestions: suggestionCount(1) },
      ],
    },
    // Escaped text still breaks a pattern inside a class or braces, or when it may be empty
    // before a quantifier; a part escaped by some other function is not literal text.
    {
      code: `
declare function escapeRegExp(text: string): string;
declare function escapeHtml(text: string): string;
export const inClass = (chars: string): RegExp => new RegExp(\`[\${escapeRegExp(chars)}]\`);
export const count = (n: string): RegExp => new RegExp(\`a{\${escapeRegExp(n)}}\`);
export const repeated = (word: string): RegExp => new RegExp(\`\${escapeRegExp(word)}+\`);
export const html = (text: string): RegExp => new RegExp(\`^\${escapeHtml(text)}$\`);
export const flags = (word: string, f: string): RegExp => new RegExp(escapeRegExp(word), f);
`,
      errors: [
        { messageId: "mayThrow", line: 4, suggestions: suggestionCount(1) },
        { messageId: "mayThrow", line: 5, suggestions: suggestionCount(1) },
        { messageId: "mayThrow", line: 6, suggestions: suggestionCount(1) },
        { messageId: "mayThrow", line: 7, suggestions: suggestionCount(1) },
        { messageId: "mayThrow", line: 8, suggestions: suggestionCount(1) },
      ],
    },
    // Constant patterns that are invalid always throw: the message says why, and offers no
    // @throws (it would hide the bug). Callers still see that the function throws.
    {
      code: `
import { OPEN_GROUP, WORD } from "./patterns";
export const a = new RegExp("(");
export const b = new RegExp("a", "zz");
export const c = new RegExp(OPEN_GROUP);
export const d = new RegExp(\`\${WORD}(\`);
export function matcher(kind: "a+" | "[b"): RegExp {
  return new RegExp(kind);
}
function broken(): RegExp {
  return new RegExp(\`^\${OPEN_GROUP}$\`);
}
export const e = broken();
export const f = new RegExp("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz(");
export const g = new RegExp("\\\\d(");
`,
      filename: moduleFile,
      errors: [
        {
          messageId: "invalidConstantArgument",
          line: 3,
          data: { name: "new RegExp", args: '"("', error: "SyntaxError: Invalid regular expression: /(/: Unterminated group" },
          suggestions: null,
        },
        {
          messageId: "invalidConstantArgument",
          line: 4,
          data: { name: "new RegExp", args: '"a", "zz"', error: "SyntaxError: Invalid flags supplied to RegExp constructor 'zz'" },
        },
        { messageId: "invalidConstantArgument", line: 5, data: { name: "new RegExp", args: '"("', error: "SyntaxError: Invalid regular expression: /(/: Unterminated group" } },
        {
          messageId: "invalidConstantArgument",
          line: 6,
          data: { name: "new RegExp", args: '"[a-z]+("', error: "SyntaxError: Invalid regular expression: /[a-z]+(/: Unterminated group" },
        },
        {
          messageId: "invalidConstantArgument",
          line: 8,
          data: { name: "new RegExp", args: '"[b"', error: "SyntaxError: Invalid regular expression: /[b/: Unterminated character class" },
          suggestions: null,
        },
        { messageId: "invalidConstantArgument", line: 11, data: { name: "new RegExp", args: '"^($"', error: "SyntaxError: Invalid regular expression: /^($/: Unterminated group" } },
        { messageId: "mayThrow", line: 13, data: { name: "broken", reason: "it calls new RegExp" } },
        // Long constants are shortened in the message, and shown as code.
        {
          messageId: "invalidConstantArgument",
          line: 14,
          data: {
            name: "new RegExp",
            args: '"abcdefghijklmnopqrstuvwxyzabcdefghijklm…"',
            error: "SyntaxError: Invalid regular expression: /abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz(/: Unterminated group",
          },
        },
        { messageId: "invalidConstantArgument", line: 15, data: { name: "new RegExp", args: String.raw`"\\d("`, error: String.raw`SyntaxError: Invalid regular expression: /\d(/: Unterminated group` } },
      ],
    },
    // Node's synchronous file system and child_process calls, however imported.
    {
      code: `
import fs, { readFileSync as read, existsSync } from "node:fs";
import * as cp from "child_process";
export const exists = existsSync("a");
export const a = read("a", "utf8");
export const b = fs.statSync("a");
export const c = cp.execSync("ls");
`,
      errors: [
        { messageId: "mayThrow", line: 5, data: { name: "fs.readFileSync", reason: "a system error (ENOENT, EACCES, ...)" } },
        { messageId: "mayThrow", line: 6 },
        { messageId: "mayThrow", line: 7, data: { name: "child_process.execSync", reason: "an Error when the command fails or exits non-zero" } },
      ],
    },
    // The headline: a throw three calls and two modules away, reported at the call that
    // reaches it, naming where it comes from; and at the caller's caller.
    {
      code: `
import { parsePort } from "./index";
export function loadConfig(raw: string): number {
  return parsePort(raw);
}
export function main(): number {
  return loadConfig("80");
}
`,
      filename: moduleFile,
      errors: [
        {
          messageId: "mayThrow",
          line: 4,
          data: { name: "parsePort", reason: "it calls validatePort, which throws (validate.ts:5)" },
          suggestions: [
            addThrows(
              "loadConfig",
              "@throws {ValidationError}",
              `
import { parsePort } from "./index";
/** @throws {ValidationError} */
export function loadConfig(raw: string): number {
  return parsePort(raw);
}
export function main(): number {
  return loadConfig("80");
}
`,
            ),
          ],
        },
        {
          messageId: "mayThrow",
          line: 7,
          data: { name: "loadConfig", reason: "it calls parsePort, which calls validatePort, which throws (validate.ts:5)" },
          suggestions: [
            addThrows(
              "main",
              "@throws {ValidationError}",
              `
import { parsePort } from "./index";
export function loadConfig(raw: string): number {
  return parsePort(raw);
}
/** @throws {ValidationError} */
export function main(): number {
  return loadConfig("80");
}
`,
            ),
          ],
        },
      ],
    },
    // Default exports, re-exported under a name; methods calling methods; a declared callee.
    {
      code: `
import { parseJson, Settings, checkLevel } from "./index";
export const data = parseJson("{}");
export const port = new Settings("80").port();
export const level = checkLevel("info");
`,
      filename: moduleFile,
      errors: [
        { messageId: "mayThrow", line: 3, data: { name: "parseJson", reason: "it calls JSON.parse" } },
        { messageId: "mayThrow", line: 4, data: { name: "Settings.port", reason: "it calls Settings.read, which calls parsePort, which calls validatePort, which throws (validate.ts:5)" } },
        { messageId: "mayThrow", line: 5, data: { name: "checkLevel", reason: "its JSDoc declares @throws" } },
      ],
    },
    // Cycles: the throw in pong reaches ping through the cycle.
    {
      code: `
import { ping } from "./cycle-a";
export const p = ping(20);
`,
      filename: moduleFile,
      errors: [{ messageId: "mayThrow", data: { name: "ping", reason: "it calls pong, which throws (cycle-b.ts:4)" } }],
    },
    // Nested functions are their own units; the outer function calls the inner one.
    {
      code: `
export function outer(text: string): unknown {
  function inner(): unknown {
    return JSON.parse(text);
  }
  return inner();
}
`,
      errors: [
        { messageId: "mayThrow", line: 4, data: { name: "JSON.parse", reason: "SyntaxError on malformed JSON" }, suggestions: [addThrows("inner", "@throws {SyntaxError}", `
export function outer(text: string): unknown {
  /** @throws {SyntaxError} */
  function inner(): unknown {
    return JSON.parse(text);
  }
  return inner();
}
`)] },
        { messageId: "mayThrow", line: 6, data: { name: "inner", reason: "it calls JSON.parse" }, suggestions: [addThrows("outer", "@throws {SyntaxError}", `
/** @throws {SyntaxError} */
export function outer(text: string): unknown {
  function inner(): unknown {
    return JSON.parse(text);
  }
  return inner();
}
`)] },
      ],
    },
    // Recursion in one file: the throw, the call that reaches it, and the caller outside.
    {
      code: `
function a(n: number): number {
  if (n > 5) throw new RangeError("deep");
  return b(n + 1);
}
function b(n: number): number {
  return a(n);
}
export const x = b(1);
`,
      errors: [
        { messageId: "unhandledThrow", line: 3, suggestions: suggestionCount(1) },
        { messageId: "mayThrow", line: 4, data: { name: "b", reason: "it calls a, which throws (file.ts:3)" }, suggestions: suggestionCount(1) },
        { messageId: "mayThrow", line: 7, data: { name: "a", reason: "it throws (file.ts:3)" }, suggestions: suggestionCount(1) },
        { messageId: "mayThrow", line: 9, data: { name: "b", reason: "it calls a, which throws (file.ts:3)" } },
      ],
    },
    // A constructor that calls something that may throw on its argument.
    {
      code: `
export class Endpoint {
  readonly url: URL;
  constructor(raw: string) {
    this.url = new URL(raw);
  }
}
`,
      errors: [{ messageId: "constructorThrows", data: { what: "new URL may throw (TypeError on an invalid URL)" }, suggestions: suggestionCount(1) }],
    },
    // Class methods, getters, and a constructor that throws on bad arguments.
    {
      code: `
export class Port {
  private readonly value: number;
  constructor(raw: string) {
    const value = Number(raw);
    if (!Number.isInteger(value)) throw new RangeError("not a port");
    this.value = value;
  }
  get double(): number {
    if (this.value > 30000) throw new RangeError("too big");
    return this.value * 2;
  }
  /** @throws {RangeError} */
  half(): number {
    if (this.value % 2 === 1) throw new RangeError("odd");
    return this.value / 2;
  }
  quarter(): number {
    return this.half() / 2;
  }
}
`,
      errors: each(
      [
        { messageId: "constructorThrows", line: 6, data: { what: "This throw" } },
        { messageId: "unhandledThrow", line: 10 },
        { messageId: "mayThrow", line: 19, data: { name: "Port.half", reason: "its JSDoc declares @throws" } },
            ],
      suggestionCount(1),
    ),
    },
    // Callbacks: synchronous higher-order calls pass the throw on, so a try around them
    // handles it; a callback run later (event listener, timer, promise handler) is its own.
    {
      code: `
import { applyAll, later } from "./index";
export function all(items: string[]): unknown[] {
  try {
    items.forEach((item) => JSON.parse(item));
    applyAll(items, (item) => { JSON.parse(item); });
  } catch {
    return [];
  }
  return items.map((item) => JSON.parse(item) as unknown);
}
export function deferred(button: EventTarget): void {
  try {
    button.addEventListener("click", () => {
      JSON.parse("{");
    });
    setTimeout(() => decodeURIComponent("%"), 0);
    later(() => { JSON.parse("{"); });
    void Promise.resolve("{").then((text) => JSON.parse(text) as unknown);
  } catch {
    // does not catch any of them
  }
}
export function byReference(items: string[]): string[] {
  return items.map(decodeURIComponent);
}
`,
      filename: moduleFile,
      errors: [
        { messageId: "mayThrow", line: 10, suggestions: suggestionCount(1) },
        // Callbacks without a name have no JSDoc to add @throws to. The constant arguments
        // ("{", "%") always fail: reported as such, in the callbacks that run them.
        { messageId: "invalidConstantArgument", line: 15, suggestions: null },
        { messageId: "invalidConstantArgument", line: 17, suggestions: null },
        { messageId: "invalidConstantArgument", line: 18, suggestions: null },
        { messageId: "mayThrow", line: 19, suggestions: null },
        {
          messageId: "mayThrow",
          line: 25,
          data: { name: "decodeURIComponent", reason: "URIError on a malformed escape" },
          suggestions: suggestionCount(1),
        },
      ],
    },
    // Async functions: a throw is a rejection; awaiting a rejecting call is reported;
    // returning the promise of one passes the rejection on.
    {
      code: `
import { loadUser, loadUserLater } from "./remote";
export async function a(): Promise<string> {
  return await loadUser("1");
}
export async function b(): Promise<void> {
  await loadUserLater("1");
}
export async function c(): Promise<void> {
  const response = await fetch("https://example.com");
  void response;
}
export async function d(): Promise<void> {
  throw new Error("async");
}
`,
      filename: moduleFile,
      errors: each(
      [
        { messageId: "mayReject", line: 4, data: { name: "loadUser", reason: "it throws (remote.ts:3)" } },
        { messageId: "mayReject", line: 7, data: { name: "loadUserLater", reason: "it calls loadUser, which throws (remote.ts:3)" } },
        { messageId: "mayReject", line: 10, data: { name: "fetch", reason: "a TypeError rejection on network failure" } },
        { messageId: "unhandledThrow", line: 14 },
            ],
      suggestionCount(1),
    ),
    },
    // .d.ts: @throws on functions, constructors, methods and one overload.
    {
      code: `
import { connect, decode, Client } from "throw-fixture-vendor";
connect("x");
export const text = decode("abc");
export const bytes = decode(new Uint8Array([1]));
const client = new Client("x");
client.send("hi");
client.close();
`,
      errors: [
        { messageId: "mayThrow", line: 3, data: { name: "connect", reason: "its JSDoc declares @throws" } },
        { messageId: "mayThrow", line: 5 },
        { messageId: "mayThrow", line: 6, data: { name: "new Client", reason: "its JSDoc declares @throws" } },
        { messageId: "mayThrow", line: 7, data: { name: "Client.send", reason: "its JSDoc declares @throws" } },
      ],
    },
    // Inside a function that returns a Result, a throw gets its own message and a rewrite.
    {
      code: `
import { Err, Ok, type Result } from "ferrous";
export function parsePort(raw: string): Result<number, RangeError> {
  const port = Number(raw);
  if (!Number.isInteger(port)) throw new RangeError("not a port");
  return Ok(port);
}
`,
      errors: [
        {
          messageId: "throwInResultFunction",
          line: 5,
          suggestions: [
            {
              messageId: "returnErr",
              output: `
import { Err, Ok, type Result } from "ferrous";
export function parsePort(raw: string): Result<number, RangeError> {
  const port = Number(raw);
  if (!Number.isInteger(port)) return Err(new RangeError("not a port"));
  return Ok(port);
}
`,
            },
            addThrows(
              "parsePort",
              "@throws {RangeError}",
              `
import { Err, Ok, type Result } from "ferrous";
/** @throws {RangeError} */
export function parsePort(raw: string): Result<number, RangeError> {
  const port = Number(raw);
  if (!Number.isInteger(port)) throw new RangeError("not a port");
  return Ok(port);
}
`,
            ),
          ],
        },
      ],
    },
    // Result.try with an async callback lets the rejection escape; an eager argument of
    // Result.fromPromise runs before anything can catch it.
    {
      code: `
import { Result } from "ferrous";
export const r = Result.try(async () => JSON.parse("{") as unknown);
function start(): Promise<number> {
  if (Math.random() > 2) throw new Error("sync");
  return Promise.resolve(1);
}
export const p = Result.fromPromise(start());
`,
      errors: [
        {
          messageId: "asyncInSyncTry",
          line: 3,
          suggestions: [
            {
              messageId: "useTryAsync",
              output: `
import { Result } from "ferrous";
export const r = Result.tryAsync(async () => JSON.parse("{") as unknown);
function start(): Promise<number> {
  if (Math.random() > 2) throw new Error("sync");
  return Promise.resolve(1);
}
export const p = Result.fromPromise(start());
`,
            },
          ],
        },
        { messageId: "unhandledThrow", line: 5, suggestions: suggestionCount(1) },
        { messageId: "eagerArgument", line: 8, data: { name: "start", reason: "it throws (file.ts:5)" } },
      ],
    },
    // Options: swallowing catches, exported functions without @throws, extra throwers.
    {
      code: `
export function quiet(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    console.error(error);
  }
  return undefined;
}
`,
      options: [{ reportSwallowedErrors: true }],
      errors: [{ messageId: "swallowed", line: 4, data: { what: "JSON.parse may throw (SyntaxError on malformed JSON)" } }],
    },
    {
      code: `
export function load(text: string): unknown {
  return JSON.parse(text);
}
`,
      options: [{ requireThrowsOnExports: true }],
      errors: each(
      [
        { messageId: "missingThrowsTag", line: 2, data: { name: "load", reason: "JSON.parse may throw" } },
        { messageId: "mayThrow", line: 3 },
            ],
      suggestionCount(1),
    ),
    },
    {
      code: `
declare function risky(): void;
risky();
export const fixed = (1).toFixed(101);
`,
      options: [{ mayThrow: ["risky"], programmerErrors: true }],
      errors: [
        { messageId: "mayThrow", line: 3, data: { name: "risky", reason: "the rule's options list it" } },
        { messageId: "mayThrow", line: 4, data: { name: "Number.toFixed", reason: "RangeError on digits outside 0..100" } },
      ],
    },
    // JavaScript files, with JSDoc.
    {
      code: `
/** @param {string} text */
export function parse(text) {
  return JSON.parse(text);
}
/** @throws {Error} */
export function checked() {
  throw new Error("x");
}
export const value = checked();
`,
      filename: jsFile,
      errors: [
        { messageId: "mayThrow", line: 4, suggestions: suggestionCount(1) },
        { messageId: "mayThrow", line: 10, data: { name: "checked", reason: "its JSDoc declares @throws" } },
      ],
    },
  ],
});

untypedRuleTester().run("no-unchecked-throw (file mode)", rule, {
  valid: [
    {
      code: `
import { parse } from "./elsewhere";
const JSON = { parse: (text) => text };
export const a = JSON.parse("{");
export const b = parse("{");
`,
      options: [{ inference: "file" }],
    },
    {
      code: `
/** @throws {Error} */
function check(n) { if (n < 0) throw new Error("negative"); return n; }
try { check(1); } catch { /* handled */ }
`,
      options: [{ inference: "file" }],
    },
    // Without types, literals, templates and \`+\` of literals are constants.
    {
      code: `
export const a = new RegExp(\`^\${"[a-z]+"}-\${3}$\`);
export const b = new RegExp("^a" + "+$", "u");
`,
      options: [{ inference: "file" }],
    },
  ],
  invalid: [
    {
      code: `
import { readFileSync } from "node:fs";
function load(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}
export const config = load("config.json");
export const items = ["a"].map((item) => decodeURIComponent(item));
`,
      options: [{ inference: "file" }],
      errors: [
        ...each(
          [
            { messageId: "mayThrow", line: 4, data: { name: "JSON.parse", reason: "SyntaxError on malformed JSON" } },
            { messageId: "mayThrow", line: 4, data: { name: "fs.readFileSync", reason: "a system error (ENOENT, EACCES, ...)" } },
          ],
          suggestionCount(1),
        ),
        // Top-level code and an unnamed callback have no JSDoc to add @throws to.
        { messageId: "mayThrow", line: 6, data: { name: "load", reason: "it calls fs.readFileSync" }, suggestions: null },
        { messageId: "mayThrow", line: 7, suggestions: null },
      ],
    },
    {
      code: `
function check(n: number): number {
  if (n < 0) throw new Error("negative");
  return n;
}
`,
      options: [{ inference: "file" }],
      errors: [{ messageId: "unhandledThrow", suggestions: suggestionCount(1) }],
    },
    // A name is not followed without types (a parameter could shadow it), but an invalid
    // pattern made of literals is still caught.
    {
      code: `
const WORD = "[a-z]+";
export const a = new RegExp(\`^\${WORD}$\`);
export const b = new RegExp("a" + "(");
`,
      options: [{ inference: "file" }],
      errors: [
        { messageId: "mayThrow", line: 3, data: { name: "new RegExp", reason: "SyntaxError on an invalid pattern" } },
        { messageId: "invalidConstantArgument", line: 4, data: { name: "new RegExp", args: '"a("', error: "SyntaxError: Invalid regular expression: /a(/: Unterminated group" } },
      ],
    },
  ],
});
