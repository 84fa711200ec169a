import { readFileSync } from "node:fs";
import path from "node:path";
import { noPositionalTupleReturn } from "../../src/rules/no-positional-tuple-return.js";
import { fixturesDir, typedRuleTester } from "./rule-tester.js";

const tuple = (name: string, count: number, type: string) => ({ messageId: "tuple" as const, data: { name, count, type } });
const pair = (name: string, primitive: string, type: string) => ({
  messageId: "samePrimitivePair" as const,
  data: { name, primitive, type },
});
const loose = (name: string, type: string) => ({ messageId: "looseRecord" as const, data: { name, type } });

typedRuleTester().run("no-positional-tuple-return", noPositionalTupleReturn, {
  valid: [
    // Named records are the point.
    `export function bounds(xs: number[]): { min: number; max: number } { return { min: 0, max: 1 }; }`,
    // Pairs of different types, and the hook convention.
    `export function parse(s: string): [number, string] { return [1, s]; }`,
    `export function useCounter(): [number, (n: number) => void] { return [0, () => {}]; }`,
    `export function useFlag(): readonly [boolean, () => void] { return [true, () => {}] as const; }`,
    // Arrays are not tuples, even of pairs.
    `export function entries(r: Record<string, string>) { return Object.entries(r); }`,
    `export function rows(): number[] { return [1, 2, 3]; }`,
    // Not exported: a module's private helpers are its own business.
    `function triple(): [number, string, boolean] { return [1, "a", true]; }\nexport const used = triple()[0];`,
    // Re-exports are reported where the function is declared.
    `export { bounds } from "./modules/tuples/source.js";\nexport * from "./modules/tuples/source.js";`,
    // An unresolved type is the missing package's problem, not a loose return type, even with `checkAny`.
    `// @ts-expect-error: not installed\nimport type { Handler } from "not-installed";\nexport function handler(): Handler { return null as never; }`,
    {
      code: `// @ts-expect-error: not installed\nimport type { Handler } from "not-installed";\nexport function handler(): Handler { return null as never; }\nexport async function load(): Promise<Handler> { return null as never; }\nexport function routes(): Record<string, Handler> { return {}; }\nexport function maybe(): Handler | undefined { return undefined; }`,
      options: [{ checkAny: true }],
    },
    // \`any\` is an escape hatch (no-explicit-any, no-unsafe-return report it), not a record: off by default.
    `export function json(): any { return 1; }`,
    `export async function fetchJson(url: string): Promise<any> { return (await fetch(url)).json(); }`,
    `export function parse(s: string) { return JSON.parse(s); }`,
    `export const clone = (o: any): any => ({ ...o });`,
    `export function maybeAny(): any | undefined { return undefined; }`,
    // ... in overloads, \`declare\` functions, declaration files and JavaScript too.
    `export function get(k: string): any;\nexport function get(k: number): Promise<any>;\nexport function get(k: string | number): unknown { return k; }`,
    `export declare function raw(): any;\nexport declare function rawAsync(): Promise<any>;\ndeclare module "raw-lib" { export function raw(): any; }`,
    { filename: "tuples.d.ts", code: `export declare function raw(): any;\nexport declare function rawAsync(): Promise<any>;` },
    { filename: "js/file.js", code: `export function get(obj, key) { return obj[key]; }\n/** @returns {any} */\nexport function raw() { return 1; }\n/** @returns {Promise<*>} */\nexport async function rawAsync() { return 1; }` },
    // Generic returns: the caller's type argument decides the shape.
    `export function identity<T>(x: T): T { return x; }`,
    `export async function fetchAs<T>(url: string): Promise<T> { return (await fetch(url)).json() as Promise<T>; }`,
    `export function withDefaults<T extends Record<string, unknown>>(x: T): T { return x; }`,
    `export function twice<T>(x: T): [T, T] { return [x, x]; }`,
    `export function asObject<T extends object>(x: T): T { return x; }`,
    // Loose types that are not records.
    `export function read(): unknown { return JSON.parse("1"); }`,
    // Homogeneous maps: every value has one declared type, so callers guess nothing.
    `export function names(): Record<string, string> { return {}; }`,
    `export function counts(words: string[]): { [k: string]: number } { return Object.fromEntries(words.map((w) => [w, 1])); }`,
    `export function tags(): Record<"a" | "b", unknown> { return { a: 1, b: 2 }; }`,
    // Variadic tuples shorter than the threshold.
    `export function head(xs: number[]): [number, ...number[]] { return [0, ...xs]; }`,
    // Result.partition and Option.unzip pairs, even when every pair is reported.
    {
      code: `import { Result, Option, type Ok } from "ferrous";\nexport function split(rs: Result<number, string>[]) { return Result.partition(rs); }\nexport function unzip(o: Option<[number, number]>) { return Option.unzip(o); }`,
      options: [{ minTupleLength: 2 }],
    },
    {
      // [key, value] entries and [value, setter] pairs stay allowed at minTupleLength 2.
      code: `export function entry(): [key: string, value: string] { return ["a", "b"]; }\nexport function useName(): [string, (s: string) => void] { return ["", () => {}]; }`,
      options: [{ minTupleLength: 2 }],
    },
    // Options switch checks off or allow by name and type.
    { code: `export function range(): [number, number] { return [0, 1]; }`, options: [{ checkSamePrimitivePairs: false }] },
    { code: `export function opts(): object { return {}; }\nexport function meta(): Record<string, unknown> { return {}; }`, options: [{ checkLooseRecords: false }] },
    { code: `export function useActionState(): [number, () => void, boolean] { return [0, () => {}, false]; }`, options: [{ allowFunctions: ["useActionState"] }] },
    {
      code: `export type Rgb = [r: number, g: number, b: number];\nexport function color(): Rgb { return [0, 0, 0]; }`,
      options: [{ allowTypes: [{ from: "file", name: "Rgb" }] }],
    },
    // Class methods and object members are out of scope.
    `export class Grid { size(): [number, number, number] { return [1, 2, 3]; } }`,
    // JavaScript without JSDoc infers arrays, not tuples.
    { filename: "js/file.js", code: `export function f() { return [1, 2, 3]; }` },
  ],
  invalid: [
    {
      code: `export function rgb(): [number, number, number] { return [0, 0, 0]; }`,
      errors: [{ ...tuple("rgb", 3, "[number, number, number]"), line: 1, column: 17, endColumn: 20 }],
    },
    {
      // Inferred, through `as const`.
      code: `export const user = () => ["ann", 42, true] as const;`,
      errors: [{ ...tuple("user", 3, `readonly ["ann", 42, true]`), column: 14, endColumn: 18 }],
    },
    {
      code: `export function bounds(xs: number[]): [number, number] { return [Math.min(...xs), Math.max(...xs)]; }`,
      errors: [pair("bounds", "number", "[number, number]")],
    },
    {
      code: `export function splitOnce(s: string): readonly [string, string] { const i = s.indexOf("="); return [s.slice(0, i), s.slice(i + 1)] as const; }`,
      errors: [pair("splitOnce", "string", "readonly [string, string]")],
    },
    {
      code: `export function flags(): [boolean, boolean] { return [true, false]; }`,
      errors: [pair("flags", "boolean", "[boolean, boolean]")],
    },
    {
      // Labels document positions but callers still read by position.
      code: `export function minmax(): [min: number, max: number] { return [0, 1]; }`,
      errors: [pair("minmax", "number", "[min: number, max: number]")],
    },
    {
      code: `export async function load(): Promise<[string, number, Date]> { return ["a", 1, new Date()]; }`,
      errors: [tuple("load", 3, "Promise<[string, number, Date]>")],
    },
    {
      code: `export function maybe(): [number, number, number] | undefined { return undefined; }`,
      errors: [tuple("maybe", 3, "[number, number, number] | undefined")],
    },
    {
      code: `export function config(): Record<string, any> { return {}; }`,
      errors: [loose("config", "Record<string, any>")],
    },
    {
      code: `export function meta(): { [key: string]: unknown } { return {}; }`,
      errors: [loose("meta", "{ [key: string]: unknown; }")],
    },
    {
      code: `export function opts(): object { return {}; }`,
      errors: [loose("opts", "object")],
    },
    {
      code: `export function settings(): Record<string, unknown> { return {}; }`,
      errors: [{ ...loose("settings", "Record<string, unknown>"), line: 1, column: 17, endColumn: 25 }],
    },
    {
      code: `export function row(): { [k: string]: any } { return {}; }`,
      errors: [loose("row", "{ [k: string]: any; }")],
    },
    {
      code: `export async function loadConfig(): Promise<Record<string, unknown> | undefined> { return undefined; }`,
      errors: [loose("loadConfig", "Promise<Record<string, unknown> | undefined>")],
    },
    {
      // \`checkAny\` reports written and inferred \`any\`, in promises and overloads too.
      code: `export function json(): any { return 1; }\nexport async function fetchJson(url: string): Promise<any> { return (await fetch(url)).json(); }\nexport function parse(s: string) { return JSON.parse(s); }\nexport function get(k: string): any;\nexport function get(k: string): unknown { return k; }`,
      options: [{ checkAny: true }],
      errors: [loose("json", "any"), loose("fetchJson", "Promise<any>"), loose("parse", "any"), { ...loose("get", "any"), line: 4 }],
    },
    {
      filename: "tuples.d.ts",
      code: `export declare function raw(): any;\nexport declare function rawAsync(): Promise<any>;`,
      options: [{ checkAny: true }],
      errors: [loose("raw", "any"), loose("rawAsync", "Promise<any>")],
    },
    {
      // The two checks are independent.
      code: `export function json(): any { return 1; }\nexport function opts(): object { return {}; }`,
      options: [{ checkAny: true, checkLooseRecords: false }],
      errors: [loose("json", "any")],
    },
    {
      // Generics: the declared shape decides.
      code: `export function dup<T>(x: T): [T, T, T] { return [x, x, x]; }`,
      errors: [tuple("dup", 3, "[T, T, T]")],
    },
    {
      // Overloads: each public signature is checked, the implementation is not.
      code: `export function pick(a: string): [string, string];\nexport function pick(a: number): { a: number };\nexport function pick(a: string | number): unknown { return a; }`,
      errors: [{ ...pair("pick", "string", "[string, string]"), line: 1 }],
    },
    {
      // Local functions exported by name, aliased, and as the default.
      code: `function inner(): [number, number, number] { return [1, 2, 3]; }\nconst arrow = (): [string, string] => ["a", "b"];\nfunction main(): object { return {}; }\nexport { inner as coords, arrow };\nexport default main;`,
      errors: [tuple("coords", 3, "[number, number, number]"), pair("arrow", "string", "[string, string]"), loose("default", "object")],
    },
    {
      code: `export default function (): [number, number, number] { return [1, 2, 3]; }`,
      errors: [{ ...tuple("default", 3, "[number, number, number]"), column: 16, endColumn: 53 }],
    },
    {
      code: `export const f = function (): [string, number, boolean, null] { return ["", 1, true, null]; };`,
      errors: [tuple("f", 4, "[string, number, boolean, null]")],
    },
    {
      code: `export namespace Geo { export function point(): [number, number, number] { return [0, 0, 0]; } }`,
      errors: [tuple("point", 3, "[number, number, number]")],
    },
    {
      // Declaration files and `declare module` blocks.
      filename: "tuples.d.ts",
      code: readFileSync(path.join(fixturesDir, "tuples.d.ts"), "utf8"),
      errors: [tuple("split", 3, "[string, string, string]"), tuple("rgb", 3, "[number, number, number]")],
    },
    {
      // With every pair reported, the allowances still hold but others do not.
      code: `export function pairUp(): [string, Date] { return ["", new Date()]; }`,
      options: [{ minTupleLength: 2 }],
      errors: [tuple("pairUp", 2, "[string, Date]")],
    },
    {
      code: `export function head(xs: string[]): [string, string, ...string[]] { return ["a", "b", ...xs]; }`,
      options: [{ minTupleLength: 2 }],
      errors: [tuple("head", 2, "[string, string, ...string[]]")],
    },
    {
      // An allowed type elsewhere does not allow this one.
      code: `export type Rgb = [number, number, number];\nexport function color(): [number, number, number, number] { return [0, 0, 0, 1]; }`,
      options: [{ allowTypes: [{ from: "file", name: "Rgb" }] }],
      errors: [tuple("color", 4, "[number, number, number, number]")],
    },
    {
      // JavaScript with JSDoc types.
      filename: "js/file.js",
      code: `/** @returns {[string, number, boolean]} */\nexport function row() { return ["a", 1, true]; }`,
      errors: [tuple("row", 3, "[string, number, boolean]")],
    },
    {
      filename: "react.tsx",
      code: `export function useTriple(): [number, string, JSX.Element] { return [1, "", <div />]; }`,
      errors: [tuple("useTriple", 3, "[number, string, JSX.Element]")],
    },
  ],
});

