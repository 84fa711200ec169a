import { describe, expect, it } from "vitest";
import { DEFAULT_TEST_GLOBS, fileMatchesGlobs } from "../../src/analysis/test-files.js";
import { noUnwrap } from "../../src/rules/no-unwrap.js";
import path from "node:path";
import { RuleTester } from "@typescript-eslint/rule-tester";
import { fixturesDir, typedRuleTester } from "./rule-tester.js";

const ruleTester = typedRuleTester();

/** A typed RuleTester over one of this rule's own fixture projects (a tsconfig of its own). */
function projectRuleTester(project: "indexed" | "loose"): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: path.join(fixturesDir, "no-unwrap", project) },
    },
  });
}

ruleTester.run("no-unwrap", noUnwrap, {
  valid: [
    // The safe ways out.
    `
import { Ok, type Result } from "fixture-results";
declare const r: Result<number, string>;
export const a = r.unwrapOr(0);
export const b = r.match({ Ok: (v) => v, Err: () => 0 });
export const c = r.isOk() ? r.value : 0;
export const d = Ok(1).unwrapOr(2);
`,
    // Matched by the receiver's type, not the method's name: a builder's or supertest's
    // `expect`, another class's `unwrap`, and a local class called Result.
    `
declare const request: { expect(status: number): unknown };
request.expect(200);
class Box { unwrap(): number { return 1; } }
new Box().unwrap();
class Result { unwrap(): number { return 1; } expect(_m: string): number { return 1; } }
new Result().expect("x");
`,
    // neverthrow's escape hatches only count on neverthrow values; ferrous's names only on
    // ferrous's (neverthrow has no `unwrap`, another library's `_unsafeUnwrap` is not ours).
    `
import { ok } from "neverthrow";
declare const other: { _unsafeUnwrap(): number };
other._unsafeUnwrap();
export const v = ok(1).unwrapOr(0);
`,
    // Test files: under tests/ and __tests__/ (and *.test.*, *.spec.*, test/).
    {
      code: `
import { Ok } from "fixture-results";
Ok(1).unwrap();
Ok(1).expect("one");
`,
      filename: "tests/no-unwrap.ts",
    },
    {
      code: `
import { Ok } from "fixture-results";
declare const m: Map<string, number>;
Ok(1).unwrap();
m.get("a")!;
`,
      filename: "__tests__/no-unwrap.ts",
      options: [{ nonNullAssertion: true }],
    },
    // `allowedFiles` adds globs (relative to the working directory).
    {
      code: `
import { Ok } from "fixture-results";
Ok(1).unwrap();
`,
      filename: "modules/no-unwrap/script.ts",
      options: [{ allowedFiles: ["modules/no-unwrap/**"] }],
    },
    // vitest in-source tests.
    `
import { Ok } from "fixture-results";
export const one = 1;
if (import.meta.vitest) {
  Ok(1).unwrap();
}
`,
    // Non-null assertions are only counted with the option on.
    `
declare const m: Map<string, number>;
export const n = m.get("a")!;
`,
    // `!` on the absent value itself (`null!`, `undefined!`, `void 0!`) is a cast, as rxjs writes
    // to free a reference and query-core to initialise a field: nothing present is asserted.
    {
      code: `
export class Holder {
  destination: { next(v: number): void } = undefined!;
  #timer: number = void 0!;
  close(): void {
    this.destination = null!;
  }
}
`,
      options: [{ nonNullAssertion: true }],
    },
    // A `!` that removes nothing (the type already excludes null and undefined) asserts nothing:
    // a default parameter, a narrowed value, an array element without noUncheckedIndexedAccess.
    {
      code: `
export function at(items: string[], i: number, scheduler: { now(): number } = { now: () => 0 }): string {
  const first: string | undefined = items[0];
  if (first === undefined) return scheduler!.now().toString();
  return first! + items[i]!;
}
`,
      options: [{ nonNullAssertion: true }],
    },
    // `map.get(key)!` after a check of `map.has(key)`: under `if`, `?:` or `&&`, after an early
    // return, or after `if (!map.has(key)) map.set(key, v)` (zod's `refs`, `unrecKeys`, `keyIssues`).
    {
      code: `
declare const refs: Map<string, number>;
declare const issues: Map<string, { keys: string[] }>;
export function lookup(ref: string, flags: { ok: boolean }): number {
  if (refs.has(ref)) return refs.get(ref)!;
  if (flags.ok && issues.has(ref)) issues.get(ref)!.keys.push(ref);
  const twice = refs.has(ref + "x") ? refs.get(ref + "x")! * 2 : 0;
  return twice + (issues.has("k") && issues.get("k")!.keys.length ? 1 : 0);
}
export function ensure(key: string): string[] {
  if (!issues.has(key)) issues.set(key, { keys: [] });
  issues.get(key)!.keys.push("x");
  return issues.get(key)!.keys;
}
export function early(key: string): number {
  if (!refs.has(key)) {
    throw new Error(key);
  }
  return refs.get(key)!;
}
export function either(key: string, strict: boolean): number {
  if (!refs.has(key)) {
    if (strict) throw new Error(key);
    else return 0;
  }
  return refs.get(key)!;
}
`,
      options: [{ nonNullAssertion: true }],
    },
    // `list.shift()!` or `list.pop()!` after a check that `list` is not empty, one removal per
    // check (rxjs drains its queues this way: `while (observers.length) observers.shift()!...`).
    {
      code: `
declare const observers: { error(e: unknown): void }[];
declare let records: { buffer: number[] }[] | null;
export function drain(err: unknown): number {
  while (observers.length) observers.shift()!.error(err);
  while (0 < observers.length) {
    observers.pop()!.error(err);
  }
  while (records?.length) {
    const record = records.shift()!;
    console.log(record.buffer);
  }
  for (; observers.length > 0 && err !== null; ) observers.shift()!.error(err);
  if (!observers.length) return 0;
  observers.shift()!.error(err);
  return observers.length !== 0 ? observers.length : 1;
}
`,
      options: [{ nonNullAssertion: true }],
    },
    // JavaScript and declaration files.
    {
      code: `
import { Ok } from "fixture-results";
export const n = Ok(1).unwrapOr(0);
`,
      filename: "js/file.js",
    },
    {
      code: `
import type { Result } from "fixture-results";
export declare function parse(): Result<number, string>;
export declare const value: ReturnType<Result<number, string>["unwrap"]>;
`,
      filename: "must-use-case.d.ts",
      options: [{ nonNullAssertion: true }],
    },
  ],
  invalid: [
    // A number inside: `unwrapOr(0)` keeps the type.
    {
      code: `
import { Ok } from "fixture-results";
export const n = Ok(1).unwrap();
`,
      errors: [
        {
          messageId: "unwrap",
          data: { method: "unwrap", kind: "Result", failure: "an Err" },
          line: 3,
          column: 24,
          endColumn: 30,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              data: { fallback: "0" },
              output: `
import { Ok } from "fixture-results";
export const n = Ok(1).unwrapOr(0);
`,
            },
          ],
        },
      ],
    },
    // `expect` on a declared Result of string; `unwrapErr`/`expectErr` take the error side
    // and get no fallback suggestion.
    {
      code: `
import type { Result } from "fixture-results";
declare const r: Result<string, Error>;
export const a = r.expect("config should load");
export const b = r.unwrapErr();
export const c = r.expectErr("should fail");
`,
      errors: [
        {
          messageId: "unwrap",
          data: { method: "expect", kind: "Result", failure: "an Err" },
          line: 4,
          column: 20,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              data: { fallback: '""' },
              output: `
import type { Result } from "fixture-results";
declare const r: Result<string, Error>;
export const a = r.unwrapOr("");
export const b = r.unwrapErr();
export const c = r.expectErr("should fail");
`,
            },
          ],
        },
        {
          messageId: "unwrap",
          data: { method: "unwrapErr", kind: "Result", failure: "an Ok" },
          line: 5,
          column: 20,
          suggestions: [],
        },
        {
          messageId: "unwrap",
          data: { method: "expectErr", kind: "Result", failure: "an Ok" },
          line: 6,
          column: 20,
          suggestions: [],
        },
      ],
    },
    // Options: arrays get `[]`, a type admitting undefined gets `undefined`, booleans `false`;
    // an object type or a literal union has no neutral value, so no suggestion.
    {
      code: `
import type { Option, Result } from "fixture-results";
declare const list: Option<number[]>;
declare const maybe: Option<number | undefined>;
declare const flag: Result<boolean, string>;
declare const user: Option<{ name: string }>;
declare const level: Result<1 | 2, string>;
export const values = [list.unwrap(), maybe.expect("set"), flag.unwrap(), user.unwrap(), level.unwrap()];
`,
      errors: [
        {
          messageId: "unwrap",
          data: { method: "unwrap", kind: "Option", failure: "None" },
          line: 8,
          column: 29,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              data: { fallback: "[]" },
              output: `
import type { Option, Result } from "fixture-results";
declare const list: Option<number[]>;
declare const maybe: Option<number | undefined>;
declare const flag: Result<boolean, string>;
declare const user: Option<{ name: string }>;
declare const level: Result<1 | 2, string>;
export const values = [list.unwrapOr([]), maybe.expect("set"), flag.unwrap(), user.unwrap(), level.unwrap()];
`,
            },
          ],
        },
        {
          messageId: "unwrap",
          data: { method: "expect", kind: "Option", failure: "None" },
          line: 8,
          column: 45,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              data: { fallback: "undefined" },
              output: `
import type { Option, Result } from "fixture-results";
declare const list: Option<number[]>;
declare const maybe: Option<number | undefined>;
declare const flag: Result<boolean, string>;
declare const user: Option<{ name: string }>;
declare const level: Result<1 | 2, string>;
export const values = [list.unwrap(), maybe.unwrapOr(undefined), flag.unwrap(), user.unwrap(), level.unwrap()];
`,
            },
          ],
        },
        {
          messageId: "unwrap",
          line: 8,
          column: 65,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              data: { fallback: "false" },
              output: `
import type { Option, Result } from "fixture-results";
declare const list: Option<number[]>;
declare const maybe: Option<number | undefined>;
declare const flag: Result<boolean, string>;
declare const user: Option<{ name: string }>;
declare const level: Result<1 | 2, string>;
export const values = [list.unwrap(), maybe.expect("set"), flag.unwrapOr(false), user.unwrap(), level.unwrap()];
`,
            },
          ],
        },
        { messageId: "unwrap", line: 8, column: 80, suggestions: [] },
        { messageId: "unwrap", line: 8, column: 96, suggestions: [] },
      ],
    },
    // Computed access, optional chaining and a generic receiver: reported, and only
    // suggested where the rewrite is plain.
    {
      code: `
import type { Result } from "fixture-results";
declare const r: Result<number, string>;
declare const maybe: Result<number, string> | undefined;
export const a = r["unwrap"]();
export const b = maybe?.unwrap();
export function first<R extends Result<number, string>>(value: R): number {
  return value.unwrap();
}
`,
      errors: [
        { messageId: "unwrap", line: 5, column: 20, suggestions: [] },
        { messageId: "unwrap", line: 6, column: 25, suggestions: [] },
        {
          messageId: "unwrap",
          line: 8,
          column: 16,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              output: `
import type { Result } from "fixture-results";
declare const r: Result<number, string>;
declare const maybe: Result<number, string> | undefined;
export const a = r["unwrap"]();
export const b = maybe?.unwrap();
export function first<R extends Result<number, string>>(value: R): number {
  return value.unwrapOr(0);
}
`,
            },
          ],
        },
      ],
    },
    // Inside a `Result.gen` body, `yield*` is the `?` that propagates the Err.
    {
      code: `
import { Result } from "fixture-results";
declare const r: Result<{ id: string }, Error>;
export const out = Result.gen(function* () {
  const user = r.unwrap();
  return user.id;
});
`,
      errors: [
        {
          messageId: "unwrap",
          line: 5,
          column: 18,
          suggestions: [
            {
              messageId: "useYieldStar",
              output: `
import { Result } from "fixture-results";
declare const r: Result<{ id: string }, Error>;
export const out = Result.gen(function* () {
  const user = (yield* r);
  return user.id;
});
`,
            },
          ],
        },
      ],
    },
    // neverthrow's escape hatches.
    {
      code: `
import { ok, err } from "neverthrow";
export const a = ok(1)._unsafeUnwrap();
export const b = err("e")._unsafeUnwrapErr();
`,
      errors: [
        {
          messageId: "unwrap",
          data: { method: "_unsafeUnwrap", kind: "Result", failure: "an Err" },
          line: 3,
          column: 24,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              output: `
import { ok, err } from "neverthrow";
export const a = ok(1).unwrapOr(0);
export const b = err("e")._unsafeUnwrapErr();
`,
            },
          ],
        },
        {
          messageId: "unwrap",
          data: { method: "_unsafeUnwrapErr", kind: "Result", failure: "an Ok" },
          line: 4,
          column: 27,
          suggestions: [],
        },
      ],
    },
    // `nonNullAssertion`: `x!` is the unwrap of an implicit Option.
    {
      code: `
declare const m: Map<string, number>;
export const n = m.get("a")!;
`,
      options: [{ nonNullAssertion: true }],
      errors: [{ messageId: "nonNullAssertion", line: 3, column: 18, endColumn: 29 }],
    },
    // What still asserts presence: a declared `T | undefined` (shift, find, a Map), a nullable
    // element, an unconstrained type parameter, `any`, and an optional parameter read in a callback.
    {
      code: `
declare const queue: string[];
declare const seen: Map<object, { ref?: string }>;
declare const names: (string | null)[];
declare const loose: any;
export const a = queue.shift()!;
export const b = queue.find((q) => q.length > 1)!;
export const c = names[0]!;
export const d = loose!;
export function f<T>(value: T): T & {} {
  return value!;
}
export function g(key: object, timeout?: number): () => number {
  seen.get(key)!.ref = "x";
  return () => timeout! * 2;
}
`,
      options: [{ nonNullAssertion: true }],
      errors: [
        { messageId: "nonNullAssertion", line: 6, column: 18, endColumn: 32 },
        { messageId: "nonNullAssertion", line: 7, column: 18 },
        { messageId: "nonNullAssertion", line: 8, column: 18, endColumn: 27 },
        { messageId: "nonNullAssertion", line: 9, column: 18 },
        { messageId: "nonNullAssertion", line: 11, column: 10 },
        { messageId: "nonNullAssertion", line: 14, column: 3 },
        { messageId: "nonNullAssertion", line: 15, column: 16 },
      ],
    },
    // A `has` check covers only the same map and key, in the branch it guards, in the same function.
    {
      code: `
declare const refs: Map<string, number>;
declare const other: Map<string, number>;
export function lookup(ref: string, key: string): number {
  if (refs.has(ref)) other.get(ref)!;
  if (refs.has(ref)) refs.get(key)!;
  if (refs.has(ref)) return 0;
  else refs.get(ref)!;
  if (refs.has(ref) || key === "") refs.get(ref)!;
  if (!refs.has(key)) console.log(key);
  refs.get(key)!;
  if (refs.has(ref)) setTimeout(() => refs.get(ref)!);
  return refs.get(ref)!;
}
`,
      options: [{ nonNullAssertion: true }],
      errors: [
        { messageId: "nonNullAssertion", line: 5, column: 22 },
        { messageId: "nonNullAssertion", line: 6, column: 22 },
        { messageId: "nonNullAssertion", line: 8, column: 8 },
        { messageId: "nonNullAssertion", line: 9, column: 36 },
        { messageId: "nonNullAssertion", line: 11, column: 3 },
        { messageId: "nonNullAssertion", line: 12, column: 39 },
        { messageId: "nonNullAssertion", line: 13, column: 10 },
      ],
    },
    // A length check covers the same list, one removal, and only a check that it is not empty.
    {
      code: `
declare const queue: number[];
declare const other: number[];
export function take(): number {
  while (queue.length) other.shift()!;
  while (queue.length) { queue.shift()!; queue.shift()!; }
  if (queue.length > -1) queue.pop()!;
  if (queue.length >= 0) queue.pop()!;
  if (queue.length === 0) queue.pop()!;
  if (!queue.length) console.log("empty");
  return queue.shift()!;
}
`,
      options: [{ nonNullAssertion: true }],
      errors: [5, 6, 6, 7, 8, 9, 11].map((line) => ({ messageId: "nonNullAssertion" as const, line })),
    },
    // `null!` is exempt, not a `!` on an expression that merely may be null.
    {
      code: `
declare let cache: { value: number } | null;
export const v = (cache ?? null)!.value;
`,
      options: [{ nonNullAssertion: true }],
      errors: [{ messageId: "nonNullAssertion", line: 3, column: 18 }],
    },
    // `allowedFiles` that do not match leave the file checked.
    {
      code: `
import { Ok } from "fixture-results";
Ok(1).expect("one");
`,
      options: [{ allowedFiles: ["scripts/**"] }],
      errors: [
        {
          messageId: "unwrap",
          suggestions: [
            {
              messageId: "useUnwrapOr",
              output: `
import { Ok } from "fixture-results";
Ok(1).unwrapOr(0);
`,
            },
          ],
        },
      ],
    },
    // Aliased and re-exported imports.
    {
      code: `
import { Success } from "fixture-results-reexport";
import * as R from "fixture-results";
export const a = Success("x").unwrap();
export const b = R.Some(2).expect("two");
`,
      errors: [
        {
          messageId: "unwrap",
          line: 4,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              output: `
import { Success } from "fixture-results-reexport";
import * as R from "fixture-results";
export const a = Success("x").unwrapOr("");
export const b = R.Some(2).expect("two");
`,
            },
          ],
        },
        {
          messageId: "unwrap",
          data: { method: "expect", kind: "Option", failure: "None" },
          line: 5,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              output: `
import { Success } from "fixture-results-reexport";
import * as R from "fixture-results";
export const a = Success("x").unwrap();
export const b = R.Some(2).unwrapOr(0);
`,
            },
          ],
        },
      ],
    },
    // The real ferrous runtime.
    {
      code: `
import { Ok, Some } from "ferrous";
export const a = Ok(1).unwrap();
export const b = Some("x").expect("set");
`,
      errors: [
        {
          messageId: "unwrap",
          data: { method: "unwrap", kind: "Result", failure: "an Err" },
          line: 3,
          column: 24,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              output: `
import { Ok, Some } from "ferrous";
export const a = Ok(1).unwrapOr(0);
export const b = Some("x").expect("set");
`,
            },
          ],
        },
        {
          messageId: "unwrap",
          data: { method: "expect", kind: "Option", failure: "None" },
          line: 4,
          column: 28,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              output: `
import { Ok, Some } from "ferrous";
export const a = Ok(1).unwrap();
export const b = Some("x").unwrapOr("");
`,
            },
          ],
        },
      ],
    },
    // Inside the real `Result.gen`, `yield*` propagates.
    {
      code: `
import { Ok, Result } from "ferrous";
export const out = Result.gen(function* () {
  const n = Ok(1).unwrap();
  return n + 1;
});
`,
      errors: [
        {
          messageId: "unwrap",
          line: 4,
          column: 19,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              output: `
import { Ok, Result } from "ferrous";
export const out = Result.gen(function* () {
  const n = Ok(1).unwrapOr(0);
  return n + 1;
});
`,
            },
            {
              messageId: "useYieldStar",
              output: `
import { Ok, Result } from "ferrous";
export const out = Result.gen(function* () {
  const n = (yield* Ok(1));
  return n + 1;
});
`,
            },
          ],
        },
      ],
    },
    // JavaScript and TSX.
    {
      code: `
import { Ok } from "fixture-results";
export const n = Ok(1).unwrap();
`,
      filename: "js/file.js",
      errors: [
        {
          messageId: "unwrap",
          suggestions: [
            {
              messageId: "useUnwrapOr",
              output: `
import { Ok } from "fixture-results";
export const n = Ok(1).unwrapOr(0);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import type { Result } from "fixture-results";
declare const title: Result<string, Error>;
export const view = <h1>{title.unwrap()}</h1>;
`,
      filename: "react.tsx",
      errors: [
        {
          messageId: "unwrap",
          line: 4,
          column: 32,
          suggestions: [
            {
              messageId: "useUnwrapOr",
              output: `
import type { Result } from "fixture-results";
declare const title: Result<string, Error>;
export const view = <h1>{title.unwrapOr("")}</h1>;
`,
            },
          ],
        },
      ],
    },
  ],
});

// With noUncheckedIndexedAccess, `items[i]!` only undoes the `undefined` the compiler option adds
// to an index signature whose values cannot be absent: Rust's `v[i]`, which clippy's
// `unwrap_used` leaves alone (its `get_unwrap` even asks for it). A declared absence stays reported.
projectRuleTester("indexed").run("no-unwrap (noUncheckedIndexedAccess)", noUnwrap, {
  valid: [
    {
      code: `
export function total(items: number[], shape: Record<string, { weight: number }>, keys: readonly string[]): number {
  let sum = 0;
  for (let i = 0; i < items.length; i++) sum += items[i]! * shape[keys[i]!]!.weight;
  const match = /(\\d+)/.exec("a1");
  return match ? sum + Number(match[1]!) : sum;
}
export function head<T extends object>(list: T[]): T {
  return list[0]!;
}
`,
      options: [{ nonNullAssertion: true }],
    },
  ],
  invalid: [
    {
      code: `
declare const pair: [string, number?];
declare const maybe: (string | undefined)[];
declare const optional: { [key: string]: number | undefined };
declare const cache: Map<string, number>;
declare const list: string[];
export const a = pair[1]!;
export const b = maybe[0]!;
export const c = optional["k"]!;
export const d = cache.get("k")!;
export const e = list.at(-1)!;
export function first<T>(items: T[]): T & {} {
  return items[0]!;
}
`,
      options: [{ nonNullAssertion: true }],
      errors: [
        { messageId: "nonNullAssertion", line: 7, column: 18 },
        { messageId: "nonNullAssertion", line: 8, column: 18 },
        { messageId: "nonNullAssertion", line: 9, column: 18 },
        { messageId: "nonNullAssertion", line: 10, column: 18 },
        { messageId: "nonNullAssertion", line: 11, column: 18 },
        { messageId: "nonNullAssertion", line: 13, column: 10 },
      ],
    },
  ],
});

// Without strictNullChecks every type looks non-nullable, so a `!` is still reported there.
projectRuleTester("loose").run("no-unwrap (strictNullChecks off)", noUnwrap, {
  valid: [],
  invalid: [
    {
      code: `
declare const cache: Map<string, number>;
export const n = cache.get("a")!;
`,
      options: [{ nonNullAssertion: true }],
      errors: [{ messageId: "nonNullAssertion", line: 3, column: 18 }],
    },
  ],
});

describe("test file globs", () => {
  const cwd = "/repo";
  it.each([
    ["/repo/src/user.test.ts", true],
    ["/repo/src/user.spec.tsx", true],
    ["/repo/src/__tests__/helpers.ts", true],
    ["/repo/test/helpers/db.ts", true],
    ["/repo/packages/core/tests/fixtures/a.ts", true],
    ["/repo/src/user.ts", false],
    ["/repo/src/testing.ts", false],
    ["/repo/src/contest/entry.ts", false],
    ["/repo/src/latest.ts", false],
  ])("%s is a test file: %s", (file, expected) => {
    expect(fileMatchesGlobs(file, cwd, DEFAULT_TEST_GLOBS)).toBe(expected);
  });

  it("matches extra globs relative to the working directory", () => {
    expect(fileMatchesGlobs("/repo/scripts/seed.ts", cwd, ["scripts/**"])).toBe(true);
    expect(fileMatchesGlobs("/repo/src/scripts/seed.ts", cwd, ["scripts/**"])).toBe(false);
  });

  it("matches files outside the working directory by their absolute path", () => {
    expect(fileMatchesGlobs("/elsewhere/a.test.ts", cwd, DEFAULT_TEST_GLOBS)).toBe(true);
    expect(fileMatchesGlobs("/elsewhere/a.ts", cwd, DEFAULT_TEST_GLOBS)).toBe(false);
  });
});
