import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { mustUseResult } from "../../src/rules/must-use-result.js";
import { typedRuleTester } from "./rule-tester.js";

const ruleTester = typedRuleTester();

/** The real-ferrous invalid case below, with one line replaced (its `void` suggestion). */
const ferrousCase = `
import { Ok, Err, Option, Result } from "ferrous";
declare const input: string | null;
Ok(1);
Result.try(() => 1);
Option.from(input);
Ok(1).toAsync();
export async function main(): Promise<void> {
  await Ok(2).toAsync();
}
[1].forEach((x) => Err(x));
`;
const unusualCase = `
import { Ok } from "fixture-results";
class Boot {
  static {
    Ok("static");
  }
}
outer: Ok("label");
for (let i = 0; i < 1; i++, Ok(i)) {}
[1].forEach(async (x) => Ok(x));
(() => Ok(0))();
export { Boot };
`;
function unusualOutput(line: number, replacement: string): string {
  const lines = unusualCase.split("\n");
  lines[line - 1] = replacement;
  return lines.join("\n");
}
function ferrousOutput(line: number, replacement: string): string {
  const lines = ferrousCase.split("\n");
  lines[line - 1] = replacement;
  return lines.join("\n");
}

ruleTester.run("must-use-result", mustUseResult, {
  valid: [
    // Bound, returned, passed on, matched: all uses.
    `
import { Ok, type Result } from "fixture-results";
const kept = Ok(1);
export function make(): Result<number, string> { return Ok(1); }
declare function consume(r: Result<number, string>): void;
consume(Ok(2));
const n: number = Ok(3).match({ Ok: (v) => v, Err: () => 0 });
export { kept, n };
`,
    // `match` and `unwrapOr` return plain values: nothing must-use is left.
    `
import { Ok } from "fixture-results";
Ok(1).match({ Ok: (v) => console.log(v), Err: (e) => console.error(e) });
Ok(1).unwrapOr(0);
`,
    // `void` is the explicit discard.
    `
import { Ok, type AsyncResult } from "fixture-results";
declare function fetchUser(): AsyncResult<string, Error>;
void Ok(1);
void fetchUser();
void (await fetchUser());
`,
    // A value stored or yielded is used.
    `
import { Ok, type Result } from "fixture-results";
const results: Result<number, never>[] = [];
results.push(Ok(1));
const box = { r: Ok(2) };
let later;
later = Ok(3);
function* gen() { yield Ok(4); }
export { box, later, gen };
`,
    // A local class that happens to be called Result is not ferrous's.
    `
class Result {
  map(): Result { return this; }
}
function make(): Result { return new Result(); }
make();
make().map();
new Result();
`,
    // Reading a binding again drops nothing: the value still lives in it.
    `
import { Ok } from "fixture-results";
const r = Ok(1);
r;
r.tag;
`,
    // Callbacks whose return value is used.
    `
import { Ok } from "fixture-results";
const mapped = [1, 2].map((x) => Ok(x));
const found = [1, 2].find((x) => Ok(x).isOk());
export { mapped, found };
`,
    // A void callback that handles the value itself.
    `
import { Ok } from "fixture-results";
[1, 2].forEach((x) => {
  const r = Ok(x);
  r.match({ Ok: () => undefined, Err: () => undefined });
});
[1, 2].forEach((x) => void Ok(x));
`,
    // A promise of a Result left floating is no-floating-promises' report, not this rule's.
    `
import { Ok, type Result } from "fixture-results";
async function load(): Promise<Result<number, string>> { return Ok(1); }
load();
`,
    // Callbacks typed to return a value, `unknown` or `any` may be read: not void positions.
    `
import { Ok } from "fixture-results";
declare function run(f: () => unknown): void;
declare function runAny(f: () => any): void;
run(() => Ok(1));
runAny(() => Ok(1));
`,
    // An overloaded function passed by reference: which signature applies is unknown.
    `
import { Ok, type Result } from "fixture-results";
function parse(x: string): Result<number, string>;
function parse(x: number): number;
function parse(x: string | number): unknown { return typeof x === "string" ? Ok(1) : x; }
["a"].forEach(parse);
parse(2);
`,
    // A function reference whose return value is read.
    `
import { Ok, type Result } from "fixture-results";
declare function save(x: number): Result<void, Error>;
const all = [1, 2].map(save);
export { all, Ok };
`,
    // Plain values and void calls.
    `
import { log, ticket } from "fixture-user";
log("x");
ticket();
[1].forEach((x) => log(String(x)));
`,
    // Directives and other statements the rule has nothing to say about.
    `
"use strict";
for (let i = 0; i < 2; i++) { i; }
for (;;) { break; }
`,
    // neverthrow values that are used.
    `
import { ok, okAsync, type Result } from "neverthrow";
const a: Result<number, never> = ok(1);
const b = await okAsync(2);
export { a, b };
`,
    // The real ferrous runtime, used properly.
    `
import { Ok, Option, type Result } from "ferrous";
export const kept: Result<number, never> = Ok(1);
const n = Ok(2).match({ Ok: (v) => v, Err: () => 0 });
void Option.from(n);
export const later = await Ok(3).toAsync();
`,
    // JavaScript files are checked too (with types from checkJs); this one uses its Result.
    {
      code: `
import { Ok } from "fixture-results";
export const r = Ok(1);
`,
      filename: "js/file.js",
    },
    // A declaration file: only declarations, nothing to report, nothing to crash on.
    {
      code: `
import type { Result } from "fixture-results";
export declare function save(): Result<void, Error>;
export declare const current: Result<number, string>;
`,
      filename: "must-use-case.d.ts",
    },
  ],
  invalid: [
    {
      code: `
import { Ok, Err } from "fixture-results";
Ok(1);
Err("boom");
`,
      errors: [
        {
          messageId: "dropped",
          data: { name: "Result" },
          line: 3,
          column: 1,
          endColumn: 6,
          suggestions: [
            {
              messageId: "discardWithVoid",
              data: { name: "Result" },
              output: `
import { Ok, Err } from "fixture-results";
void Ok(1);
Err("boom");
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 4,
          column: 1,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok, Err } from "fixture-results";
Ok(1);
void Err("boom");
`,
            },
          ],
        },
      ],
    },
    // Declared functions, aliases of Result, and methods that return one.
    {
      code: `
import { type Result } from "fixture-results";
type Outcome<T> = Result<T, Error>;
declare function save(): Outcome<void>;
declare const repo: { load(id: string): Result<string, Error> };
save();
repo.load("1");
`,
      errors: [
        {
          messageId: "dropped",
          data: { name: "Result" },
          line: 6,
          column: 1,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { type Result } from "fixture-results";
type Outcome<T> = Result<T, Error>;
declare function save(): Outcome<void>;
declare const repo: { load(id: string): Result<string, Error> };
void save();
repo.load("1");
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 7,
          column: 1,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { type Result } from "fixture-results";
type Outcome<T> = Result<T, Error>;
declare function save(): Outcome<void>;
declare const repo: { load(id: string): Result<string, Error> };
save();
void repo.load("1");
`,
            },
          ],
        },
      ],
    },
    // Chains that end in a Result-returning method still give a Result.
    {
      code: `
import { Ok } from "fixture-results";
Ok(1).map((x) => x + 1).mapErr(String);
`,
      errors: [
        {
          messageId: "dropped",
          line: 3,
          column: 1,
          endColumn: 39,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok } from "fixture-results";
void Ok(1).map((x) => x + 1).mapErr(String);
`,
            },
          ],
        },
      ],
    },
    // Generics: a type parameter constrained to Result; a generic class method.
    {
      code: `
import { type Result } from "fixture-results";
export function run<R extends Result<number, string>>(make: () => R): void {
  make();
}
class Repo<T> {
  declare save: (value: T) => Result<T, Error>;
}
new Repo<number>().save(1);
`,
      errors: [
        {
          messageId: "dropped",
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { type Result } from "fixture-results";
export function run<R extends Result<number, string>>(make: () => R): void {
  void make();
}
class Repo<T> {
  declare save: (value: T) => Result<T, Error>;
}
new Repo<number>().save(1);
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 9,
          column: 1,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { type Result } from "fixture-results";
export function run<R extends Result<number, string>>(make: () => R): void {
  make();
}
class Repo<T> {
  declare save: (value: T) => Result<T, Error>;
}
void new Repo<number>().save(1);
`,
            },
          ],
        },
      ],
    },
    // Overloads: only the call whose chosen signature returns a Result.
    {
      code: `
import { Ok, type Result } from "fixture-results";
function parse(x: string): Result<number, string>;
function parse(x: number): number;
function parse(x: string | number): unknown { return typeof x === "string" ? Ok(1) : x; }
parse(1);
parse("1");
`,
      errors: [
        {
          messageId: "dropped",
          line: 7,
          column: 1,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok, type Result } from "fixture-results";
function parse(x: string): Result<number, string>;
function parse(x: number): number;
function parse(x: string | number): unknown { return typeof x === "string" ? Ok(1) : x; }
parse(1);
void parse("1");
`,
            },
          ],
        },
      ],
    },
    // AsyncResult dropped, and awaited with its Result dropped (Rust: `f().await;`).
    {
      code: `
import type { AsyncResult } from "fixture-results";
declare function fetchUser(id: string): AsyncResult<string, Error>;
async function main(): Promise<void> {
  fetchUser("1");
  await fetchUser("2");
}
export { main };
`,
      errors: [
        {
          messageId: "dropped",
          data: { name: "AsyncResult" },
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: "discardWithVoid",
              data: { name: "AsyncResult" },
              output: `
import type { AsyncResult } from "fixture-results";
declare function fetchUser(id: string): AsyncResult<string, Error>;
async function main(): Promise<void> {
  void fetchUser("1");
  await fetchUser("2");
}
export { main };
`,
            },
          ],
        },
        {
          messageId: "droppedAwait",
          data: { name: "Result" },
          line: 6,
          column: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: "discardWithVoid",
              data: { name: "Result" },
              output: `
import type { AsyncResult } from "fixture-results";
declare function fetchUser(id: string): AsyncResult<string, Error>;
async function main(): Promise<void> {
  fetchUser("1");
  void await fetchUser("2");
}
export { main };
`,
            },
          ],
        },
      ],
    },
    // A Result returned where `void` is expected: arrow body, `return`, function reference.
    {
      code: `
import type { Result } from "fixture-results";
declare function save(x: number): Result<void, Error>;
[1, 2].forEach((x) => save(x));
[1, 2].forEach(function (x) { return save(x); });
[1, 2].forEach(save);
`,
      errors: [
        {
          messageId: "droppedFromCallback",
          data: { name: "Result" },
          line: 4,
          column: 23,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
declare function save(x: number): Result<void, Error>;
[1, 2].forEach((x) => void save(x));
[1, 2].forEach(function (x) { return save(x); });
[1, 2].forEach(save);
`,
            },
          ],
        },
        {
          messageId: "droppedFromCallback",
          line: 5,
          column: 38,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
declare function save(x: number): Result<void, Error>;
[1, 2].forEach((x) => save(x));
[1, 2].forEach(function (x) { return void save(x); });
[1, 2].forEach(save);
`,
            },
          ],
        },
        {
          messageId: "droppedByReference",
          data: { name: "Result", callee: "save" },
          line: 6,
          column: 16,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    // A void-typed callback parameter of the user's own, and a conditional arrow body.
    {
      code: `
import type { Result } from "fixture-results";
declare function save(x: number): Result<void, Error>;
declare function onEach(f: (x: number) => void): void;
onEach((x) => (x > 0 ? save(x) : undefined));
const handler: () => void = () => save(1);
export { handler };
`,
      errors: [
        {
          messageId: "droppedFromCallback",
          line: 5,
          column: 24,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
declare function save(x: number): Result<void, Error>;
declare function onEach(f: (x: number) => void): void;
onEach((x) => (x > 0 ? void save(x) : undefined));
const handler: () => void = () => save(1);
export { handler };
`,
            },
          ],
        },
        {
          messageId: "droppedFromCallback",
          line: 6,
          column: 35,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
declare function save(x: number): Result<void, Error>;
declare function onEach(f: (x: number) => void): void;
onEach((x) => (x > 0 ? save(x) : undefined));
const handler: () => void = () => void save(1);
export { handler };
`,
            },
          ],
        },
      ],
    },
    // `ignoreVoid: false`: `void` no longer discards, and no `void` suggestion is offered.
    {
      code: `
import { Ok } from "fixture-results";
void Ok(1);
`,
      options: [{ ignoreVoid: false }],
      errors: [{ messageId: "dropped", line: 3, column: 6, suggestions: [] }],
    },
    // Sequence, conditional and logical expressions: every dropped part.
    {
      code: `
import { Ok, Err } from "fixture-results";
declare const flag: boolean;
(console.log("a"), Ok(1));
flag ? Ok(1) : Err("e");
flag && Ok(2);
Ok(3) ?? console.log("never");
`,
      errors: [
        {
          messageId: "dropped",
          line: 4,
          column: 20,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok, Err } from "fixture-results";
declare const flag: boolean;
(console.log("a"), void Ok(1));
flag ? Ok(1) : Err("e");
flag && Ok(2);
Ok(3) ?? console.log("never");
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 5,
          column: 8,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok, Err } from "fixture-results";
declare const flag: boolean;
(console.log("a"), Ok(1));
flag ? void Ok(1) : Err("e");
flag && Ok(2);
Ok(3) ?? console.log("never");
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 5,
          column: 16,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok, Err } from "fixture-results";
declare const flag: boolean;
(console.log("a"), Ok(1));
flag ? Ok(1) : void Err("e");
flag && Ok(2);
Ok(3) ?? console.log("never");
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 6,
          column: 9,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok, Err } from "fixture-results";
declare const flag: boolean;
(console.log("a"), Ok(1));
flag ? Ok(1) : Err("e");
flag && void Ok(2);
Ok(3) ?? console.log("never");
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 7,
          column: 1,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok, Err } from "fixture-results";
declare const flag: boolean;
(console.log("a"), Ok(1));
flag ? Ok(1) : Err("e");
flag && Ok(2);
void Ok(3) ?? console.log("never");
`,
            },
          ],
        },
      ],
    },
    // Optional chaining and TypeScript wrappers do not hide the value.
    {
      code: `
import type { Result } from "fixture-results";
declare const repo: { save(): Result<void, Error>; maybe?: () => Result<void, Error> } | undefined;
repo?.save();
repo?.maybe?.();
repo!.save() as unknown;
`,
      errors: [
        {
          messageId: "dropped",
          line: 4,
          column: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
declare const repo: { save(): Result<void, Error>; maybe?: () => Result<void, Error> } | undefined;
void repo?.save();
repo?.maybe?.();
repo!.save() as unknown;
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 5,
          column: 1,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
declare const repo: { save(): Result<void, Error>; maybe?: () => Result<void, Error> } | undefined;
repo?.save();
void repo?.maybe?.();
repo!.save() as unknown;
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 6,
          column: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
declare const repo: { save(): Result<void, Error>; maybe?: () => Result<void, Error> } | undefined;
repo?.save();
repo?.maybe?.();
void repo!.save() as unknown;
`,
            },
          ],
        },
      ],
    },
    // `for` clauses drop their values too; so does a tagged template.
    {
      code: `
import type { Result } from "fixture-results";
declare function step(): Result<void, Error>;
declare function sql(parts: TemplateStringsArray): Result<number, Error>;
for (step(); ; step()) { break; }
sql\`delete from users\`;
`,
      errors: [
        {
          messageId: "dropped",
          line: 5,
          column: 6,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
declare function step(): Result<void, Error>;
declare function sql(parts: TemplateStringsArray): Result<number, Error>;
for (void step(); ; step()) { break; }
sql\`delete from users\`;
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 5,
          column: 16,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
declare function step(): Result<void, Error>;
declare function sql(parts: TemplateStringsArray): Result<number, Error>;
for (step(); ; void step()) { break; }
sql\`delete from users\`;
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 6,
          column: 1,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
declare function step(): Result<void, Error>;
declare function sql(parts: TemplateStringsArray): Result<number, Error>;
for (step(); ; step()) { break; }
void sql\`delete from users\`;
`,
            },
          ],
        },
      ],
    },
    // Option, and AsyncResult made from a Result.
    {
      code: `
import { Ok, Some, None } from "fixture-results";
Some(1).map((x) => x * 2);
None;
Ok(1).toAsync();
`,
      errors: [
        {
          messageId: "dropped",
          data: { name: "Option" },
          line: 3,
          column: 1,
          suggestions: [
            {
              messageId: "discardWithVoid",
              data: { name: "Option" },
              output: `
import { Ok, Some, None } from "fixture-results";
void Some(1).map((x) => x * 2);
None;
Ok(1).toAsync();
`,
            },
          ],
        },
        {
          messageId: "dropped",
          data: { name: "AsyncResult" },
          line: 5,
          column: 1,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok, Some, None } from "fixture-results";
Some(1).map((x) => x * 2);
None;
void Ok(1).toAsync();
`,
            },
          ],
        },
      ],
    },
    // Aliased, namespace and re-exported imports.
    {
      code: `
import { Ok as Good } from "fixture-results";
import * as R from "fixture-results";
import { Success } from "fixture-results-reexport";
Good(1);
R.Err("e");
Success(2);
`,
      errors: [
        {
          messageId: "dropped",
          line: 5,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok as Good } from "fixture-results";
import * as R from "fixture-results";
import { Success } from "fixture-results-reexport";
void Good(1);
R.Err("e");
Success(2);
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 6,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok as Good } from "fixture-results";
import * as R from "fixture-results";
import { Success } from "fixture-results-reexport";
Good(1);
void R.Err("e");
Success(2);
`,
            },
          ],
        },
        {
          messageId: "dropped",
          line: 7,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok as Good } from "fixture-results";
import * as R from "fixture-results";
import { Success } from "fixture-results-reexport";
Good(1);
R.Err("e");
void Success(2);
`,
            },
          ],
        },
      ],
    },
    // neverthrow's Result and ResultAsync.
    {
      code: `
import { ok, okAsync, ResultAsync } from "neverthrow";
ok(1).map((x) => x + 1);
okAsync(1);
await ResultAsync.fromSafePromise(Promise.resolve(1));
`,
      errors: [
        {
          messageId: "dropped",
          data: { name: "Result" },
          line: 3,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { ok, okAsync, ResultAsync } from "neverthrow";
void ok(1).map((x) => x + 1);
okAsync(1);
await ResultAsync.fromSafePromise(Promise.resolve(1));
`,
            },
          ],
        },
        {
          messageId: "dropped",
          data: { name: "ResultAsync" },
          line: 4,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { ok, okAsync, ResultAsync } from "neverthrow";
ok(1).map((x) => x + 1);
void okAsync(1);
await ResultAsync.fromSafePromise(Promise.resolve(1));
`,
            },
          ],
        },
        {
          messageId: "droppedAwait",
          data: { name: "Result" },
          line: 5,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { ok, okAsync, ResultAsync } from "neverthrow";
ok(1).map((x) => x + 1);
okAsync(1);
void await ResultAsync.fromSafePromise(Promise.resolve(1));
`,
            },
          ],
        },
      ],
    },
    // User types: tagged `@mustUse`, a tagged function, a tagged class, and the `types` option.
    {
      code: `
import { receipt, checksum, ticket } from "fixture-user";
/** @mustUse */
class Guard {}
receipt();
checksum("abc");
new Guard();
ticket();
`,
      options: [{ types: [{ from: "package", package: "fixture-user", name: "Ticket" }] }],
      errors: [
        {
          messageId: "dropped",
          data: { name: "Receipt" },
          line: 5,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { receipt, checksum, ticket } from "fixture-user";
/** @mustUse */
class Guard {}
void receipt();
checksum("abc");
new Guard();
ticket();
`,
            },
          ],
        },
        {
          messageId: "dropped",
          data: { name: "return value of `checksum`" },
          line: 6,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { receipt, checksum, ticket } from "fixture-user";
/** @mustUse */
class Guard {}
receipt();
void checksum("abc");
new Guard();
ticket();
`,
            },
          ],
        },
        {
          messageId: "dropped",
          data: { name: "Guard" },
          line: 7,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { receipt, checksum, ticket } from "fixture-user";
/** @mustUse */
class Guard {}
receipt();
checksum("abc");
void new Guard();
ticket();
`,
            },
          ],
        },
        {
          messageId: "dropped",
          data: { name: "Ticket" },
          line: 8,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { receipt, checksum, ticket } from "fixture-user";
/** @mustUse */
class Guard {}
receipt();
checksum("abc");
new Guard();
void ticket();
`,
            },
          ],
        },
      ],
    },
    // A `file` specifier for a type declared in the linted file; an intersection with a Result.
    {
      code: `
import type { Result } from "fixture-results";
interface Token { readonly value: string }
declare function issue(): Token;
declare function branded(): Result<number, string> & { readonly audited: true };
issue();
branded();
`,
      options: [{ types: [{ from: "file", name: "Token" }] }],
      errors: [
        {
          messageId: "dropped",
          data: { name: "Token" },
          line: 6,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
interface Token { readonly value: string }
declare function issue(): Token;
declare function branded(): Result<number, string> & { readonly audited: true };
void issue();
branded();
`,
            },
          ],
        },
        {
          messageId: "dropped",
          data: { name: "Result" },
          line: 7,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import type { Result } from "fixture-results";
interface Token { readonly value: string }
declare function issue(): Token;
declare function branded(): Result<number, string> & { readonly audited: true };
issue();
void branded();
`,
            },
          ],
        },
      ],
    },
    // Unusual places for a statement: a class static block, a labelled statement, a
    // `for` update that is a sequence, an async callback, an IIFE.
    {
      code: `
import { Ok } from "fixture-results";
class Boot {
  static {
    Ok("static");
  }
}
outer: Ok("label");
for (let i = 0; i < 1; i++, Ok(i)) {}
[1].forEach(async (x) => Ok(x));
(() => Ok(0))();
export { Boot };
`,
      errors: [
        {
          messageId: "dropped",
          line: 5,
          column: 5,
          suggestions: [{ messageId: "discardWithVoid", output: unusualOutput(5, '    void Ok("static");') }],
        },
        {
          messageId: "dropped",
          line: 8,
          column: 8,
          suggestions: [{ messageId: "discardWithVoid", output: unusualOutput(8, 'outer: void Ok("label");') }],
        },
        {
          messageId: "dropped",
          line: 9,
          column: 29,
          suggestions: [{ messageId: "discardWithVoid", output: unusualOutput(9, "for (let i = 0; i < 1; i++, void Ok(i)) {}") }],
        },
        {
          messageId: "droppedFromCallback",
          line: 10,
          column: 26,
          suggestions: [{ messageId: "discardWithVoid", output: unusualOutput(10, "[1].forEach(async (x) => void Ok(x));") }],
        },
        {
          messageId: "dropped",
          line: 11,
          column: 1,
          suggestions: [{ messageId: "discardWithVoid", output: unusualOutput(11, "void (() => Ok(0))();") }],
        },
      ],
    },
    // The real ferrous runtime: Ok/Err, statics returning Results, Option, AsyncResult.
    {
      code: `
import { Ok, Err, Option, Result } from "ferrous";
declare const input: string | null;
Ok(1);
Result.try(() => 1);
Option.from(input);
Ok(1).toAsync();
export async function main(): Promise<void> {
  await Ok(2).toAsync();
}
[1].forEach((x) => Err(x));
`,
      errors: [
        { messageId: "dropped", data: { name: "Result" }, line: 4, column: 1, suggestions: [{ messageId: "discardWithVoid", output: ferrousOutput(4, "void Ok(1);") }] },
        { messageId: "dropped", data: { name: "Result" }, line: 5, column: 1, suggestions: [{ messageId: "discardWithVoid", output: ferrousOutput(5, "void Result.try(() => 1);") }] },
        { messageId: "dropped", data: { name: "Option" }, line: 6, column: 1, suggestions: [{ messageId: "discardWithVoid", output: ferrousOutput(6, "void Option.from(input);") }] },
        { messageId: "dropped", data: { name: "AsyncResult" }, line: 7, column: 1, suggestions: [{ messageId: "discardWithVoid", output: ferrousOutput(7, "void Ok(1).toAsync();") }] },
        { messageId: "droppedAwait", data: { name: "Result" }, line: 9, column: 3, suggestions: [{ messageId: "discardWithVoid", output: ferrousOutput(9, "  void await Ok(2).toAsync();") }] },
        { messageId: "droppedFromCallback", data: { name: "Result" }, line: 11, column: 20, suggestions: [{ messageId: "discardWithVoid", output: ferrousOutput(11, "[1].forEach((x) => void Err(x));") }] },
      ],
    },
    // JavaScript files (types from checkJs) and TSX.
    {
      code: `
import { Ok } from "fixture-results";
Ok(1);
`,
      filename: "js/file.js",
      errors: [
        {
          messageId: "dropped",
          line: 3,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok } from "fixture-results";
void Ok(1);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { Ok } from "fixture-results";
export const view = <div title="x" />;
[1].forEach((x) => Ok(x));
`,
      filename: "react.tsx",
      errors: [
        {
          messageId: "droppedFromCallback",
          line: 4,
          column: 20,
          suggestions: [
            {
              messageId: "discardWithVoid",
              output: `
import { Ok } from "fixture-results";
export const view = <div title="x" />;
[1].forEach((x) => void Ok(x));
`,
            },
          ],
        },
      ],
    },
  ],
});

describe("must-use-result without type information", () => {
  it("fails with a message naming the parser option to set", () => {
    const linter = new Linter({ configType: "flat" });
    const config = {
      files: ["**/*.ts"],
      languageOptions: { parser: tseslint.parser },
      plugins: { ferrous: { rules: { "must-use-result": mustUseResult } } },
      rules: { "ferrous/must-use-result": "error" },
    } as unknown as Linter.Config;
    expect(() => linter.verify("save();", config, "file.ts")).toThrow(/must-use-result needs type information.*projectService/s);
  });
});

// The engine skips a dropped call when no signature its callee may resolve to can give a
// must-use value, reading declared types instead of resolving nested generic calls. These
// must still be found: the must-use value hides behind a type parameter, a generic wrapper,
// an index signature, an overload, or a chain of calls on a generic result.
ruleTester.run("must-use-result (calls seen through declared types)", mustUseResult, {
  valid: [
    {
      code: `
import type { Result } from "fixture-results";
interface Box<T> { peek(): T; save(): void; readonly inner: { done(): boolean } }
declare function box<T>(value: T): Box<T>;
declare const result: Result<number, string>;
box(result).save();
box(1).inner.done();
box(1).peek();
`,
      options: [{ ignoreVoid: false }],
    },
  ],
  invalid: [
    {
      code: `
import type { Result } from "fixture-results";
interface Box<T> { peek(): T; save(): Result<T, Error>; readonly inner: { check(): Result<T, string> } }
declare function box<T>(value: T): Box<T>;
declare function identity<T>(value: T): T;
declare const result: Result<number, string>;
declare function table(): { [name: string]: () => Result<number, string> };
declare function pick(flag: true): { run(): Result<number, string> };
declare function pick(flag: false): { stop(): void };
box(1).save();
box(1).inner.check();
identity(result);
box(result).peek();
table().load();
pick(true).run();
box(result).peek().map((x) => x);
`,
      options: [{ ignoreVoid: false }],
      errors: [10, 11, 12, 13, 14, 15, 16].map((line) => ({ messageId: "dropped" as const, line })),
    },
    {
      code: `
import type { Result } from "fixture-results";
interface Box<T> { later(): Promise<Result<T, Error>>; settle(): Promise<void> }
declare function box<T>(value: T): Box<T>;
declare function defer<T>(value: T): Promise<T>;
declare const result: Result<number, string>;
export async function main(): Promise<void> {
  await box(1).settle();
  await box(1).later();
  await defer(result);
}
`,
      options: [{ ignoreVoid: false }],
      errors: [9, 10].map((line) => ({ messageId: "droppedAwait" as const, line })),
    },
  ],
});
