import path from "node:path";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { noMutableSharedState } from "../../src/rules/no-mutable-shared-state.js";
import { fixturesDir, typedRuleTester, untypedRuleTester } from "./rule-tester.js";

const moduleLet = (kind: "let" | "var", name: string) => ({ messageId: "moduleLet" as const, data: { kind, name } });
const binding = (name: string, what: string) => ({ messageId: "mutableBinding" as const, data: { name, what } });
const write = (name: string) => ({ messageId: "writeFromFunction" as const, data: { name } });
/** A plain object's report: names its first writable field, keeps the readonly-type advice. */
const objectField = (name: string, field: string) => binding(name, `an object with writable field \`${field}\``);
/** A class instance's report: names the class and its first writable field. */
const instanceField = (where: "Module-level" | "Static field", name: string, article: "a" | "an", className: string, field: string) => ({
  messageId: "mutableInstanceField" as const,
  data: { where, name, article, className, field },
});
const staticField = (name: string, what: string) => ({ messageId: "mutableStatic" as const, data: { name, what } });
const globalWrite = (name: string) => ({ messageId: "globalWrite" as const, data: { name } });
const untyped = [{ typeAware: false }] as const;

typedRuleTester().run("no-mutable-shared-state (types)", noMutableSharedState, {
  valid: [
    // Test files are not checked by default: a module-level \`let\` set in \`beforeEach\` is the
    // test framework's idiom, and nothing outside the test shares it.
    {
      code: "let db: { rows: number[] } | undefined;\nexport const fixtures = { rows: [1, 2] };\nexport function reset(): void { db = { rows: [] }; }",
      filename: "__tests__/brands.ts",
    },
    // Readonly by construction.
    `export const limits = [1, 2, 3] as const;`,
    `export const config = { retries: 3, name: "x" } as const;`,
    `export const config = <const>{ retries: 3 };`,
    `export const config = { retries: 3 } as const satisfies Record<string, number>;`,
    `export const frozen = Object.freeze({ retries: 3, hosts: ["a"] });`,
    `export const list: readonly string[] = [];`,
    `export const list: ReadonlyArray<string> = [];`,
    `export const pair: readonly [number, number] = [1, 2];`,
    `export const lookup: ReadonlyMap<string, number> = new Map();`,
    `export const seen: ReadonlySet<string> = new Set(["a"]);`,
    `interface Config { readonly retries: number; readonly hosts: readonly string[] }\nexport const config: Config = { retries: 1, hosts: [] };`,
    `export const config: Readonly<{ retries: number }> = { retries: 1 };`,
    `export const table: Readonly<Record<string, number>> = { a: 1 };`,
    // Not data: functions, classes, enums, primitives, schemas, regexps, promises.
    `export const add = (a: number, b: number) => a + b;\nexport function sub(a: number, b: number) { return a - b; }`,
    `export class Point { constructor(readonly x: number) {} }\nexport enum Color { Red, Green }`,
    `export const name = "ferrous"; export const answer = 42; export const big = 1n; export const on = true;`,
    `import type { TSESLint } from "@typescript-eslint/utils";\nexport const rules: TSESLint.Linter.RulesRecord = { semi: "error" };`,
    `import { z } from "zod";\nexport const User = z.object({ name: z.string(), tags: z.array(z.string()) });`,
    `export const pattern = /a+/g; export const ready = Promise.resolve(1); export const url = new URL("https://x.y");`,
    `export const api = { get(id: string) { return id; }, remove: (id: string) => id.length };`,
    // A class whose fields are readonly or private owns its state: not shared data.
    `class Counter { #n = 0; private m = 0; readonly label = "c"; inc() { this.#n++; this.m++; } get n() { return this.#n; } }\nexport const counter = new Counter();`,
    `class Clock { get now() { return Date.now(); } }\nexport const clock = new Clock();`,
    // Error subclasses: the inherited writable fields are the library's.
    `class Oops extends Error {}\nexport const oops = new Oops("x");`,
    // Branded primitives.
    `type UserId = string & { readonly __brand: "UserId" };\nexport const root = "root" as UserId;`,
    // Local state is not shared.
    `export function build() { let n = 0; const xs: number[] = []; xs.push(n); n++; return xs; }`,
    `export function f() { const cache = new Map<string, number>(); return (k: string) => cache.set(k, 1); }`,
    // A parameter or local shadows the module-level name.
    `const xs = [1] as const;\nexport function f(xs: number[]) { xs.push(1); }`,
    `export function f() { let count = 0; count++; return count; }`,
    // Loop bindings at top level belong to the loop.
    `for (let i = 0; i < 3; i++) { console.log(i); }`,
    // Writes at module top level are the module's own initialisation.
    `const parts = Object.freeze({ a: 1 });\nconsole.log(parts.a);`,
    // Overloaded module-level functions are not state.
    `export function parse(x: string): number;\nexport function parse(x: number): number;\nexport function parse(x: string | number) { return Number(x); }`,
    // Unusual syntax: labels, sequences and IIFEs that build a frozen constant.
    `export const table = (() => { const t: number[] = []; for (let i = 0; i < 3; i++) t.push(i * i); return Object.freeze(t); })();`,
    // \`Object["freeze"]\` freezes too; \`Object[key]\` with a variable key is not \`Object.assign\`.
    `export const limits = Object["freeze"]([1, 2]);`,
    `declare const assign: "keys";\nObject[assign](globalThis);`,
    `outer: for (const x of [1, 2] as const) { if (x > 1) break outer; }`,
    // Ambient declarations describe state made elsewhere.
    `declare let injected: number;\ndeclare const table: string[];`,
    `declare global { var __APP_STATE__: { count: number } | undefined; }\nexport {};`,
    { code: `declare let injected: number;\nexport declare const names: string[];`, filename: "shared-state.d.ts" },
    `declare class Registry { static items: string[]; }`,
    // deep: values readonly all the way down, class instances and library types are fine.
    {
      code: `export const config = { hosts: ["a"], nested: { on: true } } as const;\nclass Counter { #n = 0; inc() { this.#n++; } }\nexport const counter = new Counter();\nexport const re = Object.freeze({ pattern: /a/ });\nexport const lookup: ReadonlyMap<string, readonly number[]> = new Map();`,
      options: [{ deep: true }],
    },
    { code: `interface Tree { readonly name: string; readonly kids: readonly Tree[] }\nexport const tree: Tree = { name: "root", kids: [] };`, options: [{ deep: true }] },
    // A class whose public fields are all readonly is not shared data, even if a field holds an array (shallow, like Object.freeze).
    `class Cfg { readonly hosts: string[] = []; protected retries = 1; }\nexport const cfg = new Cfg();`,
    // Without deep, a frozen shell is enough.
    `class Settings { verbose = false; }\nexport const all = Object.freeze([new Settings()]);`,
    `export const config = Object.freeze({ hosts: ["a"] });\nexport const rows: readonly { n: number }[] = [];`,
    // Static methods written as fields (zod's `static create = (...) => ...`, rxjs's `static now: () => number = ...`).
    `export class ZodString { static create = (x?: string) => new ZodString(); static strictCreate = function () { return 1; }; private static make = () => 1; }`,
    `export class Scheduler { public static now: () => number = Date.now; static accessor factory = () => new Scheduler(); }`,
    // Fields with one possible value: a type-checked write cannot change them.
    `interface CompleteNotification { kind: "C" }\nexport const COMPLETE: CompleteNotification = { kind: "C" };`,
    `interface Observer { next(value: number): void }\nexport const EMPTY_OBSERVER: Readonly<Observer> & { closed: true } = { closed: true, next() {} };`,
    `function arrayToEnum<T extends string>(items: T[]): { [K in T]: K } { return Object.fromEntries(items.map((i) => [i, i])) as { [K in T]: K }; }\nexport const Code = arrayToEnum(["a", "b"]);`,
    `enum Kind { A, B }\nexport const nothing: { value: undefined; none: null; kind: Kind.A } = { value: undefined, none: null, kind: Kind.A };`,
    // Namespaces of namespaces of functions: behaviour, not data (zod's local \`z\`, tRPC's defaultTransformer).
    `import * as fns from "./modules/shared-state/functions.js";\nexport const z = { ...fns, fns };`,
    `interface Transformer { serialize(x: unknown): unknown; deserialize: (x: unknown) => unknown }\nexport const transformer: { input: Transformer; output: Transformer } = { input: { serialize: (x) => x, deserialize: (x) => x }, output: { serialize: (x) => x, deserialize: (x) => x } };`,
    // Readonly static fields with readonly values.
    `export class Defaults { static readonly retries = 3; static readonly hosts = ["a"] as const; static readonly table: ReadonlyMap<string, number> = new Map(); }`,
    // Instance fields are not static state.
    `export class Box { items: string[] = []; count = 0; }`,
    // Reading module state from a function is fine.
    `const names = ["a"] as const;\nexport function first() { return names[0]; }`,
    // A method named like a mutator on something that is not a collection.
    `const logger = { set: (k: string) => k } as const;\nexport function f() { logger.set("x"); }`,
    `class Store { private data = new Map<string, number>(); set(k: string) { this.data.set(k, 1); } }\nexport const store = new Store();\nexport function f() { store.set("x"); }`,
    // globalThis reads, and a local binding named globalThis.
    `export const hasFetch = typeof globalThis.fetch === "function";`,
    `export function f(globalThis: { x: number }) { globalThis.x = 1; }`,
    // The ignore pattern.
    { code: `export const cache = new Map<string, number>();\nexport function f() { cache.set("a", 1); }`, options: [{ ignorePattern: "^cache$" }] },
    { code: `let memo = 0;\nexport function f() { memo++; }`, options: [{ ignorePattern: "^memo" }] },
    { code: `export class A { static instance: A | undefined; }`, options: [{ ignorePattern: "^instance$" }] },
    { code: `(globalThis as { __ferrousDebug?: boolean }).__ferrousDebug = true;`, options: [{ ignorePattern: "^__" }] },
    // TSX and generics.
    { code: `export const Empty = () => <div />;\nexport const defaults: Readonly<{ size: number }> = { size: 1 };`, filename: "react.tsx" },
    `export function make<T>(x: T) { return [x] as const; }\nexport const one = make(1);`,
    // JavaScript: frozen and const data are readonly by type too.
    { code: `export const limits = Object.freeze([1, 2]);\nexport const names = /** @type {const} */ (["a"]);`, filename: "js/file.js" },
  ],
  invalid: [
    // With \`testFiles: []\`, the same test file is checked like any other.
    {
      code: "let db: { rows: number[] } | undefined;\nexport function reset(): void { db = { rows: [] }; }",
      filename: "__tests__/brands.ts",
      options: [{ testFiles: [] }],
      errors: [{ messageId: "moduleLet", line: 1 }, { messageId: "writeFromFunction", line: 2 }],
    },
    {
      code: `export let count = 0;\nexport function inc() { count++; }`,
      errors: [{ ...moduleLet("let", "count"), line: 1, column: 12 }, { ...write("count"), line: 2, column: 25 }],
    },
    { code: `var legacy = 1;`, errors: [moduleLet("var", "legacy")] },
    // Autofix: a `let` never reassigned becomes `const`.
    { code: `let limit = 10;\nexport { limit };`, output: `const limit = 10;\nexport { limit };`, errors: [moduleLet("let", "limit")] },
    {
      code: `let a = 1, b = [2] as const;\nconsole.log(a, b);`,
      output: `const a = 1, b = [2] as const;\nconsole.log(a, b);`,
      errors: [moduleLet("let", "a"), moduleLet("let", "b")],
    },
    { code: `let { x, y } = { x: 1, y: 2 };\nconsole.log(x, y);`, output: `const { x, y } = { x: 1, y: 2 };\nconsole.log(x, y);`, errors: [moduleLet("let", "x, y")] },
    // No fix when it would change behaviour or not compile.
    { code: `let n = 0;\nn = 1;`, errors: [moduleLet("let", "n")] },
    { code: `let pending: number;\npending = 1;\nconsole.log(pending);`, errors: [moduleLet("let", "pending")] },
    { code: `let a = 1, b = 2;\nb++;`, errors: [moduleLet("let", "a"), moduleLet("let", "b")] },
    { code: `var hoisted = 1;\nconsole.log(hoisted);`, errors: [moduleLet("var", "hoisted")] },
    { code: `namespace State { export let current = 0; }`, output: `namespace State { export const current = 0; }`, errors: [moduleLet("let", "current")] },
    // Mutable data at module level, by type.
    { code: `export const names: string[] = [];`, errors: [{ ...binding("names", "a mutable array"), line: 1, column: 14 }] },
    { code: `const queue = [1, 2, 3];\nexport const head = queue[0];`, errors: [binding("queue", "a mutable array")] },
    { code: `export const pair: [number, number] = [1, 2];`, errors: [binding("pair", "a mutable tuple")] },
    { code: `export const cache = new Map<string, number>();`, errors: [binding("cache", "a Map")] },
    { code: `export const seen = new Set<string>();`, errors: [binding("seen", "a Set")] },
    { code: `export const meta = new WeakMap<object, string>();\nexport const marks = new WeakSet<object>();`, errors: [binding("meta", "a WeakMap"), binding("marks", "a WeakSet")] },
    { code: `export const config = { retries: 3 };`, errors: [objectField("config", "retries")] },
    { code: `export const table: Record<string, number> = {};`, errors: [binding("table", "an object with writable fields")] },
    { code: `interface Config { retries: number }\nexport const config: Config = { retries: 1 };`, errors: [objectField("config", "retries")] },
    { code: `export const config: Partial<{ retries: number }> = {};`, errors: [objectField("config", "retries")] },
    { code: `class Settings { verbose = false; }\nexport const settings = new Settings();`, errors: [instanceField("Module-level", "settings", "a", "Settings", "verbose")] },
    { code: `class Registry extends Map<string, number> {}\nexport const registry = new Registry();`, errors: [binding("registry", "a Map")] },
    { code: `function load(): string[] | undefined { return undefined; }\nexport const loaded = load();`, errors: [binding("loaded", "a mutable array")] },
    { code: `const { list } = { list: [1] };\nconsole.log(list);`, errors: [binding("list", "a mutable array")] },
    { code: `export const frozenShell = Object.freeze({ a: 1 }), open = { b: 2 };`, errors: [objectField("open", "b")] },
    { code: `export function make<T>(x: T) { return [x]; }\nexport const one = make(1);`, errors: [binding("one", "a mutable array")] },
    { code: `export const state = { count: 0 };`, filename: "react.tsx", errors: [objectField("state", "count")] },
    { code: `export const items = [];\nexport const byId = new Map();`, filename: "js/file.js", errors: [binding("items", "a mutable array"), binding("byId", "a Map")] },
    // A class instance: the report names the class and its first public writable field (fields
    // that are readonly, private, #private or methods are skipped, inherited ones count).
    {
      code: `class Observable<T> { source: Observable<unknown> | undefined; operator: ((x: T) => T) | undefined; constructor(readonly subscribe?: () => void) {} }\nexport const EMPTY = new Observable<never>(() => {});`,
      errors: [{ ...instanceField("Module-level", "EMPTY", "an", "Observable", "source"), line: 2, column: 14 }],
    },
    {
      code: `class Job { readonly id = 1; private tries = 0; protected owner = "me"; #log: string[] = []; run() { this.tries++; } status: "new" | "done" = "new"; }\nexport const job = new Job();`,
      errors: [instanceField("Module-level", "job", "a", "Job", "status")],
    },
    {
      code: `class Base { count = 0; }\nclass Child extends Base { readonly name = "c"; }\nexport const child = new Child();\nexport const maybe: Child | undefined = new Child();`,
      errors: [instanceField("Module-level", "child", "a", "Child", "count"), instanceField("Module-level", "maybe", "a", "Child", "count")],
    },
    {
      code: `class Settings { verbose = false; }\nexport class App { static readonly settings = new Settings(); }`,
      errors: [instanceField("Static field", "settings", "a", "Settings", "verbose")],
    },
    // An anonymous class has no name to give: the plain-object report, still naming the field.
    { code: `export const anon = new (class { hits = 0; })();`, errors: [objectField("anon", "hits")] },
    // Writes from functions.
    {
      code: `const registry = new Map<string, number>();\nexport function register(k: string) { registry.set(k, 1); }`,
      errors: [binding("registry", "a Map"), { ...write("registry"), line: 2, column: 39 }],
    },
    {
      code: `import { store } from "./modules/shared-state/store.js";\nexport function bump() { store.count += 1; }`,
      errors: [write("store")],
    },
    {
      code: `import { names } from "./modules/shared-state/store.js";\nexport const add = (n: string) => { names.push(n); };`,
      errors: [write("names")],
    },
    {
      code: `import * as state from "./modules/shared-state/store.js";\nexport function reset() { state.store.count = 0; }`,
      errors: [write("state")],
    },
    {
      code: `class Settings { verbose = false; }\nexport const settings: Readonly<Settings> = new Settings();\nexport function loud() { (settings as Settings).verbose = true; }`,
      errors: [write("settings")],
    },
    {
      code: `const table: Record<string, number> = {};\nexport function drop(k: string) { delete table[k]; }`,
      errors: [binding("table", "an object with writable fields"), write("table")],
    },
    {
      code: `let total = 0, count = 0;\nexport function add(n: number) { [total, count] = [total + n, count + 1]; }`,
      errors: [moduleLet("let", "total"), moduleLet("let", "count"), write("total"), write("count")],
    },
    {
      code: `const state = { items: [] as string[] };\nexport class Service { add(x: string) { state.items.push(x); } }`,
      errors: [objectField("state", "items"), write("state")],
    },
    {
      code: `const queue: number[] = [];\nexport const drain = () => queue.splice(0);`,
      errors: [binding("queue", "a mutable array"), write("queue")],
    },
    // Aliased and re-exported imports are module-level bindings too.
    {
      code: `import { store as s } from "./modules/shared-state/store.js";\nexport function bump() { s.count++; }`,
      errors: [write("s")],
    },
    {
      code: `import { sharedStore } from "./modules/shared-state/reexport.js";\nexport const reset = () => { sharedStore.count = 0; };`,
      errors: [write("sharedStore")],
    },
    // Logical assignments, overloads, generics, getters and setters.
    {
      code: `let instance: Map<string, number> | undefined;\nexport function get() { instance ??= new Map(); return instance; }`,
      errors: [moduleLet("let", "instance"), write("instance")],
    },
    {
      code: `let total = 0;\nexport function add(n: number): number;\nexport function add(n: string): number;\nexport function add(n: number | string) { total += Number(n); return total; }`,
      errors: [moduleLet("let", "total"), write("total")],
    },
    {
      code: `const registry: Record<string, unknown> = {};\nexport function put<T>(k: string, v: T) { registry[k] = v; }`,
      errors: [binding("registry", "an object with writable fields"), write("registry")],
    },
    {
      code: `let level = 0;\nexport const logger = { get level() { return level; }, set level(v: number) { level = v; } };`,
      errors: [moduleLet("let", "level"), objectField("logger", "level"), write("level")],
    },
    // Static fields.
    { code: `export class Pool { static size = 4; }`, errors: [{ ...staticField("size", "reassignable"), line: 1, column: 28 }] },
    { code: `export class Pool { private static instance: Pool | undefined; static #count = 0; }`, errors: [staticField("instance", "reassignable"), staticField("#count", "reassignable")] },
    { code: `export class Pool { static readonly items: string[] = []; }`, errors: [staticField("items", "a mutable array")] },
    { code: `export class Pool { static readonly byName = new Map<string, Pool>(); }`, errors: [staticField("byName", "a Map")] },
    { code: `export class Pool { static accessor limit = 1; static ["computed"] = 2; }`, errors: [staticField("limit", "reassignable"), staticField("computed", "reassignable")] },
    { code: `export function make() { return class { static hits = 0; }; }`, errors: [staticField("hits", "reassignable")] },
    // A static slot for a function, declared without one, or that may be empty, is state; so is a write to a static method field.
    {
      code: `export class Hooks { static onError: (e: unknown) => void; static handler: (() => void) | undefined = undefined; static create = () => new Hooks(); }\nexport function patch() { Hooks.create = () => new Hooks(); }`,
      errors: [staticField("onError", "reassignable"), staticField("handler", "reassignable"), write("Hooks")],
    },
    // More than one possible value, or a namespace holding data, is state.
    {
      code: `export const note: { kind: "C" | "E" } = { kind: "C" };\nexport const observer: { closed?: true } = {};\nexport const flags: { closed: boolean } = { closed: true };`,
      errors: [objectField("note", "kind"), objectField("observer", "closed"), objectField("flags", "closed")],
    },
    {
      code: `export const api = { get() { return 1; }, io: { read: () => 1, count: 0 } };\nexport const cached = { get() { return 1; }, io: { read: () => 1, cache: new Map<string, number>() } };\nexport const settings = { get() { return 1; }, defaults: { retries: 3 } as const };`,
      errors: [objectField("api", "io"), objectField("cached", "io"), objectField("settings", "defaults")],
    },
    // The global object.
    { code: `(globalThis as any).cache = new Map();`, errors: [globalWrite("(globalThis as any).cache")] },
    { code: `declare global { var appState: { count: number } }\nexport function bump() { globalThis.appState.count++; }`, errors: [globalWrite("globalThis.appState.count")] },
    { code: `export function install() { delete (globalThis as Record<string, unknown>)["x"]; }`, errors: [globalWrite(`(globalThis as Record<string, unknown>)["x"]`)] },
    { code: `Object.assign(globalThis, { debug: true });\nObject.defineProperty(global, "x", { value: 1 });`, errors: [globalWrite("globalThis"), globalWrite("global")] },
    // Bracket access with a string key reads like the dotted form.
    { code: `Object["assign"](globalThis, { debug: true });`, errors: [globalWrite("globalThis")] },
    { code: `const queue = Object.freeze({ items: [] as number[] });\nconst log: string[] = [];\nexport function add(line: string): void { log["push"](line); }`, errors: [{ messageId: "mutableBinding", line: 2 }, write("log")] },
    // The deep option: readonly shells around mutable data.
    {
      code: `export const config = Object.freeze({ hosts: ["a"] });\nexport const rows: readonly { n: number }[] = [];\nexport const ok = Object.freeze({ hosts: ["a"] as const });`,
      options: [{ deep: true }],
      errors: [binding("config", "a readonly value holding mutable data"), binding("rows", "a readonly value holding mutable data")],
    },
    // deep: a class instance with a writable field inside a readonly shell is mutable data inside.
    {
      code: `class Settings { verbose = false; }\nexport const all = Object.freeze([new Settings()]);\nexport const boxed: { readonly s: Settings } = { s: new Settings() };`,
      options: [{ deep: true }],
      errors: [binding("all", "a readonly value holding mutable data"), binding("boxed", "a readonly value holding mutable data")],
    },
    {
      code: `export class Pool { static readonly defaults = Object.freeze({ sizes: [1, 2] }); }`,
      options: [{ deep: true }],
      errors: [staticField("defaults", "a readonly value holding mutable data")],
    },
    // Options exercised: ignorePattern does not hide other names.
    { code: `export const cache = new Map<string, number>();\nexport const other = new Set<string>();`, options: [{ ignorePattern: "^cache$" }], errors: [binding("other", "a Set")] },
  ],
});

untypedRuleTester().run("no-mutable-shared-state (syntax only)", noMutableSharedState, {
  valid: [
    { code: `export const limits = [1, 2] as const;\nexport const frozen = Object.freeze({ a: [] });`, options: untyped },
    { code: `export const list: readonly string[] = [];\nexport const set: ReadonlySet<string> = new Set();`, options: untyped },
    { code: `export const conf: Readonly<{ a: number }> = { a: 1 };\nexport const named: { readonly a: number } = { a: 1 };`, options: untyped },
    // A named type could be readonly: without types the rule cannot tell, so it says nothing.
    { code: `import type { Config } from "./config";\nexport const config: Config = { a: 1 };`, options: untyped },
    { code: `export const fromCall = load();\nexport const copy = other;`, options: untyped },
    { code: `export const api = { get() { return 1; }, put: () => 2, del: function () { return 3; } };`, options: untyped },
    // A shadowed Map is not the built-in.
    { code: `class Map {}\nexport const m = new Map();`, options: untyped },
    // Mutating calls on receivers of unknown kind are left alone without types.
    { code: `import { logger } from "./log";\nexport function f() { logger.clear(); }`, options: untyped },
    { code: `const xs = [1] as const;\nexport function f() { return xs.length; }`, options: untyped },
    { code: `function f() { var local = []; local.push(1); }`, filename: "file.js", options: untyped },
    { code: `export const tool = { run: () => 1 };`, filename: "file.js", options: untyped },
    { code: `export const z = { get() { return 1; }, io: { read: () => 1, write() {} } };`, options: untyped },
    { code: `class A { static create = () => new A(); static make = function () { return 1; }; static now: () => number = Date.now; }`, options: untyped },
  ],
  invalid: [
    { code: `let count = 0;\nexport function inc() { count++; }`, options: untyped, errors: [moduleLet("let", "count"), write("count")] },
    { code: `let limit = 3;\nexport { limit };`, output: `const limit = 3;\nexport { limit };`, options: untyped, errors: [moduleLet("let", "limit")] },
    { code: `export const items = [];`, options: untyped, errors: [binding("items", "a mutable array")] },
    { code: `export const config = { retries: 3, ...base };`, options: untyped, errors: [binding("config", "an object with writable fields")] },
    { code: `export const xs: string[] = load();\nexport const ys: Array<string> = load();`, options: untyped, errors: [binding("xs", "a mutable array"), binding("ys", "a mutable array")] },
    { code: `export const point: { x: number } = p;\nexport const tbl: Record<string, number> = t;`, options: untyped, errors: [binding("point", "an object with writable fields"), binding("tbl", "an object with writable fields")] },
    { code: `export const m = new Map(); export const s = new Set(); export const a = Array.from("ab"); export const b = new Array(3);`, options: untyped, errors: [binding("m", "a Map"), binding("s", "a Set"), binding("a", "a mutable array"), binding("b", "a mutable array")] },
    { code: `export const pair: [number, number] = [1, 2];`, options: untyped, errors: [binding("pair", "a mutable tuple")] },
    { code: `export const xs = [1]!;\nexport const ys = [2] satisfies number[];`, options: untyped, errors: [binding("xs", "a mutable array"), binding("ys", "a mutable array")] },
    {
      code: `const seen = new Set();\nexport function mark(x) { seen.add(x); }`,
      filename: "file.js",
      options: untyped,
      errors: [binding("seen", "a Set"), write("seen")],
    },
    { code: `var registry = {};\nfunction put(k, v) { registry[k] = v; }`, filename: "file.js", options: untyped, errors: [moduleLet("var", "registry"), write("registry")] },
    { code: `class A { static n = 0; static readonly list = []; }`, options: untyped, errors: [staticField("n", "reassignable"), staticField("list", "a mutable array")] },
    { code: `export const z = { get() { return 1; }, io: { read: () => 1, n: 0 }, empty: {} };`, options: untyped, errors: [binding("z", "an object with writable fields")] },
    { code: `class A { static handler: () => void; static alias = A.make; static make() { return 1; } }`, options: untyped, errors: [staticField("handler", "reassignable"), staticField("alias", "reassignable")] },
    { code: `globalThis.flag = true;\nglobal.x = 1;`, filename: "file.js", options: untyped, errors: [globalWrite("globalThis.flag"), globalWrite("global.x")] },
  ],
});

describe("no-mutable-shared-state messages", () => {
  it("names a class instance's writable field and a plain object's, each with the advice that fits", () => {
    const linter = new Linter({ configType: "flat", cwd: fixturesDir });
    const config = [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: fixturesDir } },
        plugins: { ferrous: { rules: { "no-mutable-shared-state": noMutableSharedState } } },
        rules: { "ferrous/no-mutable-shared-state": "error" },
      },
    ] as unknown as Linter.Config[];
    const code = "class Observable { source: Observable | undefined; }\nexport const EMPTY = new Observable();\nexport const defaults = { retries: 3 };";
    expect(linter.verify(code, config, path.join(fixturesDir, "file.ts")).map((message) => message.message)).toEqual([
      "Module-level `EMPTY` is an `Observable` whose field `source` any code can reassign: state shared by every caller. Make the field `readonly` (or private), or keep the instance in the function or class that owns it.",
      "Module-level `defaults` is an object with writable field `retries` that any code can change in place. Make it readonly (`as const`, `Readonly<…>`, `ReadonlyArray`, `ReadonlyMap`/`ReadonlySet`, `Object.freeze`), or keep it in the function or class that owns it.",
    ]);
  });
});

describe("no-mutable-shared-state without type information", () => {
  const config = (options: unknown[]) => [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: tseslint.parser },
      plugins: { ferrous: { rules: { "no-mutable-shared-state": noMutableSharedState } } },
      rules: { "ferrous/no-mutable-shared-state": ["error", ...options] },
    },
  ];

  it("fails with a message naming the parser option and the typeAware option", () => {
    const linter = new Linter({ configType: "flat" });
    expect(() => linter.verify("export const x = [];", config([]) as unknown as Linter.Config[], "state.ts")).toThrow(
      /needs type information[\s\S]*projectService[\s\S]*typeAware: false/u,
    );
  });

  it("runs its syntactic checks with { typeAware: false }", () => {
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify("export const x = [];", config([{ typeAware: false }]) as unknown as Linter.Config[], "state.ts");
    expect(messages.map((message) => message.messageId)).toEqual(["mutableBinding"]);
  });

  it("names the option when ignorePattern is not a regular expression", () => {
    const linter = new Linter({ configType: "flat" });
    expect(() => linter.verify("let x = 1;", config([{ typeAware: false, ignorePattern: "[" }]) as unknown as Linter.Config[], "state.ts")).toThrow(
      /no-mutable-shared-state: the option ignorePattern "\[" is not a valid regular expression/u,
    );
  });

  it("declares the untyped options the recommended config uses", () => {
    expect(noMutableSharedState.meta.docs?.untypedOptions).toEqual([{ typeAware: false }]);
    expect(noMutableSharedState.meta.docs?.recommended).toBe("recommended");
  });
});
