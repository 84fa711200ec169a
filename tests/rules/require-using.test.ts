import { requireUsing } from "../../src/rules/require-using.js";
import { typedRuleTester } from "./rule-tester.js";

const res = `import { Lock, Conn, Pool, OwnedPool, lock, lockWithId, connect, makeConn } from "./modules/resources/res.js";`;
const lockData = { resource: "`Lock`", keyword: "using" } as const;
// A child-process-like resource: events on itself and on a property stream.
const proc = `declare class Stream { on(event: string, listener: (chunk: string) => void): this; pause(): void }
declare class Proc implements Disposable {
  readonly stdout: Stream;
  readonly name: string;
  on(event: "close", listener: (code: number) => void): this;
  once(event: "close", listener: (code: number) => void): this;
  kill(): void;
  [Symbol.dispose](): void;
}
declare function start(): Proc;
declare function handler(): void;`;
const procData = { name: "p", resource: "`Proc`", keyword: "using" } as const;
const connData = { resource: "`Conn`", keyword: "await using" } as const;

typedRuleTester().run("require-using", requireUsing, {
  valid: [
    // Bound by scope.
    `${res}\nfunction f() { using l = lock(); l.touch(); }`,
    `${res}\nasync function f() { await using c = await connect(); await c.query(); }`,
    `${res}\nasync function f() { await using l = lock(); }`,
    `${res}\nfunction f() { using nothing = null; }`,
    // Ownership moves: returned, passed on, stored, yielded.
    `${res}\nexport function f() { return lock(); }`,
    `${res}\nexport function f() { const l = lock(); return l; }`,
    `${res}\nexport const f = () => { const l = lock(); return { l }; };`,
    `${res}\nexport function f(stack: DisposableStack) { const l = lock(); stack.use(l); }`,
    `${res}\nexport function f(stack: DisposableStack) { stack.use(lock()); }`,
    `${res}\nexport function f(all: Lock[]) { const l = lock(); all.push(l); }`,
    `${res}\nexport function* f() { const l = lock(); yield l; }`,
    `${res}\nexport function f(box: { l?: Lock }) { const l = lock(); box.l = l; }`,
    `${res}\nexport function f(flag: boolean) { const l = lock(); return flag ? l : undefined; }`,
    // Iterating hands it to the iteration protocol (`for await (const entry of dir)` closes an `fs.Dir`).
    `import { lines } from "./modules/resources/res.js";\nexport function f() { const ls = lines(); for (const line of ls) console.log(line); }`,
    // Owned by its events: a listener on the value or on one of its properties keeps it alive
    // past the scope, and `using` would dispose it before the events fire.
    `${proc}\nexport function run() {\n  return new Promise<number>((resolve) => {\n    const p = start();\n    let out = "";\n    p.stdout.on("data", (chunk) => (out += chunk));\n    p.on("close", (code) => { resolve(code + out.length); });\n  });\n}`,
    `${proc}\nexport function f() { const p = start(); p.once("close", handler); p.kill(); }`,
    `${proc}\nexport function f() { const p = start(); p.stdout.on("data", handler); }`,
    `${proc}\nexport function f() { const p: Proc | undefined = start(); p?.stdout.on("data", handler); }`,
    // Bracket access with a string key is the same member: a listener, and a release.
    `${proc}\nexport function f() { const p = start(); p["on"]("close", handler); }`,
    { code: `${res}\nexport function f(work: () => void) { const l = lock(); try { work(); } finally { l["free"](); } }`, options: [{ releaseMethods: ["free"] }] },
    `declare class Channel extends EventTarget implements Disposable { [Symbol.dispose](): void }\nexport function f() { const c = new Channel(); c.addEventListener("message", () => {}); }`,
    `import { spawn } from "node:child_process";\nexport function run() {\n  return new Promise<number | null>((resolve) => {\n    const child = spawn("script", ["-qec", "true", "/dev/null"], { stdio: ["ignore", "pipe", "pipe"] });\n    let output = "";\n    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));\n    child.on("close", (code) => { resolve(output === "" ? code : null); });\n  });\n}`,
    // Released on every path.
    `${res}\nexport function f(work: () => void) { const l = lock(); try { work(); } finally { l[Symbol.dispose](); } }`,
    `${res}\nexport async function f() { const c = await connect(); try { await c.query(); } finally { await c[Symbol.asyncDispose](); } }`,
    `${res}\nexport async function f() { const c = await connect(); try { await c.query(); } finally { await c.close(); } }`,
    `${res}\nexport function f() { const l = lock(); l[Symbol.dispose](); }`,
    `${res}\nexport function f() { const l: Lock | undefined = Math.random() > 0.5 ? lock() : undefined; try {} finally { l?.[Symbol.dispose](); } }`,
    {
      code: `${res}\nexport function f(work: () => void) { const l = lock(); try { work(); } finally { l.free(); } }`,
      options: [{ releaseMethods: ["free"] }],
    },
    // A reference whose result is used is not dropped.
    `${res}\nexport function f(items: number[]) { return items.map(lock); }`,
    // Explicitly discarded.
    `${res}\nexport function f() { void lock(); }`,
    // Module-level bindings live as long as the program.
    `${res}\nexport const shared = lock();`,
    // Not new resources: fluent `this`, pass-through, plain reads.
    `${res}\nexport function f(p: Pool) { p.chain(); p.chain().chain(); }`,
    `${res}\nexport function f(p: Pool, l: Lock) { p.track(l); const same = p.track(l); }`,
    `${res}\nexport function f(l: Lock) { const alias = l; alias.touch(); }`,
    // Built-in iterators and generators are Disposable under ESNext.Disposable, but not resources.
    `export function f(m: Map<string, number>) { const it = m.keys(); it.next(); m.entries(); [1, 2].values(); }`,
    `function* gen() { yield 1; }\nexport function f() { const g = gen(); g.next(); gen(); }`,
    // Node's timers, servers and streams are meant to outlive the scope that starts them.
    `import { createServer } from "node:http";\nimport { createReadStream } from "node:fs";\nexport function f() { setTimeout(() => {}, 5); const t = setInterval(() => {}, 5); const server = createServer(); server.listen(3000); const s = createReadStream("x"); s.pipe(process.stdout); }`,
    // A Disposable class owns its fields.
    `${res}\nexport class Owner implements Disposable { l = lock(); [Symbol.dispose]() { this.l[Symbol.dispose](); } }`,
    `${res}\nexport class Owner extends OwnedPool { l: Lock; constructor() { super(); this.l = lock(); } }`,
    // A `this` in a plain function is not a class's.
    `${res}\nexport class A { run() { return function (this: { l?: Lock }) { this.l = lock(); }; } }`,
    // What the analysis does not follow it leaves alone: closures, reassignment.
    `${res}\nexport function f() { const l = lock(); setTimeout(() => l[Symbol.dispose](), 1); }`,
    `${res}\nexport function f() { let l = lock(); l = lock(); using m = l; }`,
    // Allowed types.
    { code: `${res}\nexport function f() { lock(); const l = lock(); }`, options: [{ allowTypes: [{ from: "file", name: "Lock", path: "modules/resources/res.ts" }] }] },
    // A class that extends an allowed type is allowed too.
    {
      code: `${res}\nclass AuditedLock extends Lock {}\nexport function f() { const l = new AuditedLock(); l.touch(); }`,
      options: [{ allowTypes: [{ from: "file", name: "Lock", path: "modules/resources/res.ts" }] }],
    },
    // The default allowTypes name \`ChildProcess\`; \`spawn\` with pipes gives a \`ChildProcessByStdio\`,
    // which extends it, and \`spawn\` without options a \`ChildProcessWithoutNullStreams\`.
    `import { spawn } from "node:child_process";\nexport function f() { const child = spawn("ls", [], { stdio: ["ignore", "pipe", "pipe"] }); child.kill(); const other = spawn("ls"); other.kill(); }`,
    // Not Disposable.
    `export function f() { new Date(); const m = new Map(); JSON.parse("1"); }`,
    `declare const anything: any;\nexport function f() { anything(); const x = anything.make(); }`,
    // A declared resource used well.
    `declare function open(): Disposable;\nexport function f() { using x = open(); }`,
    // JavaScript, checked with JSDoc types.
    { filename: "js/file.js", code: `import { lock } from "../modules/resources/res.js";\nexport function f() { const l = lock(); try {} finally { l[Symbol.dispose](); } }` },
  ],
  invalid: [
    {
      code: `${res}\nexport function f() { lock(); }`,
      errors: [{ messageId: "dropped", data: lockData, line: 2, column: 23, endColumn: 29 }],
    },
    {
      // Dropped at module level too.
      code: `${res}\nlock();\nnew Lock();`,
      errors: [
        { messageId: "dropped", data: lockData, line: 2 },
        { messageId: "dropped", data: lockData, line: 3 },
      ],
    },
    {
      code: `${res}\nexport async function f() { await connect(); }`,
      errors: [{ messageId: "dropped", data: connData }],
    },
    {
      code: `${res}\nexport function f(p: Pool, flag: boolean) { flag ? p.acquire() : undefined; p.acquire(), 1; }`,
      errors: [{ messageId: "dropped", data: lockData }, { messageId: "dropped", data: lockData }],
    },
    {
      code: `${res}\nexport function f(items: number[]) { items.forEach(() => lock()); }`,
      errors: [{ messageId: "droppedFromCallback", data: lockData }],
    },
    {
      code: `${res}\nexport function f(items: number[], p: Pool) { items.forEach(lock); items.forEach(p.acquire); }`,
      errors: [
        { messageId: "droppedByReference", data: { ...lockData, callee: "lock" } },
        { messageId: "droppedByReference", data: { ...lockData, callee: "p.acquire" } },
      ],
    },
    {
      code: `${res}\nexport function f() { const { id } = lockWithId(); return id; }`,
      errors: [{ messageId: "dropped", data: { resource: "Disposable", keyword: "using" } }],
    },
    {
      code: `${res}\nexport function f() { const l = lock(); l.touch(); }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: { name: "l", ...lockData },
          line: 2,
          column: 29,
          suggestions: [{ messageId: "useUsing", output: `${res}\nexport function f() { using l = lock(); l.touch(); }` }],
        },
      ],
    },
    {
      code: `${res}\nexport function f() { let l = lock(); }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: { name: "l", ...lockData },
          suggestions: [{ messageId: "useUsing", output: `${res}\nexport function f() { using l = lock(); }` }],
        },
      ],
    },
    {
      code: `${res}\nexport async function f() { const c = await connect(); await c.query(); }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: { name: "c", ...connData },
          suggestions: [
            { messageId: "useAwaitUsing", output: `${res}\nexport async function f() { await using c = await connect(); await c.query(); }` },
          ],
        },
      ],
    },
    {
      // An async-only resource outside an async function: no `await using` to offer.
      code: `${res}\nexport function f() { const c = makeConn(); return c.query(); }`,
      errors: [{ messageId: "neverDisposed", data: { name: "c", ...connData }, suggestions: [] }],
    },
    {
      // Several declarators, or a `case` clause: `using` cannot simply replace the keyword.
      code: `${res}\nexport function f(n: number) { const a = lock(), b = 1; switch (n) { case 1: const c = lock(); } return b; }`,
      errors: [
        { messageId: "neverDisposed", data: { name: "a", ...lockData }, suggestions: [] },
        { messageId: "neverDisposed", data: { name: "c", ...lockData }, suggestions: [] },
      ],
    },
    {
      code: `${res}\nexport function f(work: () => void) { const l = lock(); work(); l[Symbol.dispose](); }`,
      errors: [{ messageId: "notDisposedOnEveryPath", data: { name: "l", ...lockData, line: 2 } }],
    },
    {
      code: `${res}\nexport function f(flag: boolean) {\n  const l = lock();\n  if (flag) {\n    l[Symbol.dispose]();\n  }\n}`,
      errors: [{ messageId: "notDisposedOnEveryPath", data: { name: "l", ...lockData, line: 5 }, line: 3 }],
    },
    {
      // A `finally` that does not follow the binding does not cover it.
      code: `${res}\nexport function f() { try { } finally { } const l = lock(); l.touch(); try { } finally { } l.free(); }`,
      options: [{ releaseMethods: ["free"] }],
      errors: [{ messageId: "notDisposedOnEveryPath" }],
    },
    {
      code: `${res}\nexport async function f() { using c = makeConn(); }`,
      errors: [
        {
          messageId: "usingAsyncOnly",
          data: { name: "c" },
          suggestions: [{ messageId: "useAwaitUsing", output: `${res}\nexport async function f() { await using c = makeConn(); }` }],
        },
      ],
    },
    {
      code: `${res}\nexport function f() { using c = makeConn(); }`,
      errors: [{ messageId: "usingAsyncOnly", data: { name: "c" }, suggestions: [] }],
    },
    {
      code: `${res}\nexport class Holder { l = lock(); }`,
      errors: [{ messageId: "fieldOfNonDisposable", data: { resource: "`Lock`", owner: "Holder" } }],
    },
    {
      code: `${res}\nexport class Holder { c?: Conn; async open() { this.c = await connect(); } }`,
      errors: [{ messageId: "fieldOfNonDisposable", data: { resource: "`Conn`", owner: "Holder" } }],
    },
    {
      code: `${res}\nexport const make = () => new (class { l: Lock; constructor() { this.l = lock(); } })();`,
      errors: [{ messageId: "fieldOfNonDisposable", data: { resource: "`Lock`", owner: "this class" } }],
    },
    {
      // The standard library's own resources.
      code: `export function f() { const stack = new DisposableStack(); stack.defer(() => {}); }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: { name: "stack", resource: "`DisposableStack`", keyword: "using" },
          suggestions: [{ messageId: "useUsing", output: `export function f() { using stack = new DisposableStack(); stack.defer(() => {}); }` }],
        },
      ],
    },
    {
      code: `import { open } from "node:fs/promises";\nexport async function f() { const h = await open("x"); await h.read(); }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: { name: "h", resource: "`FileHandle`", keyword: "await using" },
          suggestions: [
            {
              messageId: "useAwaitUsing",
              output: `import { open } from "node:fs/promises";\nexport async function f() { await using h = await open("x"); await h.read(); }`,
            },
          ],
        },
      ],
    },
    {
      // Generics: a type parameter constrained to Disposable is a resource.
      code: `export function f<T extends Disposable>(make: () => T) { const r = make(); return 1; }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: { name: "r", resource: "`T`", keyword: "using" },
          suggestions: [{ messageId: "useUsing", output: `export function f<T extends Disposable>(make: () => T) { using r = make(); return 1; }` }],
        },
      ],
    },
    {
      // Overloads, aliased and re-exported imports.
      code: `import { grab, type Guard } from "./modules/resources/reexport.js";\ndeclare function acquire(): Guard;\ndeclare function acquire(n: number): Guard[];\nexport function f() { acquire(); grab(); }`,
      errors: [{ messageId: "dropped", data: lockData }, { messageId: "dropped", data: lockData }],
    },
    {
      // Unusual syntax: optional calls, non-null and `satisfies` wrappers.
      code: `${res}\nexport function f(p?: Pool) { p?.acquire(); (lock() satisfies Lock); lock()!; }`,
      errors: [
        { messageId: "dropped", data: lockData },
        { messageId: "dropped", data: lockData },
        { messageId: "dropped", data: lockData },
      ],
    },
    {
      filename: "react.tsx",
      code: `${res}\nexport function Component() { const l = lock(); return <div title={typeof l} />; }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: { name: "l", ...lockData },
          suggestions: [{ messageId: "useUsing", output: `${res}\nexport function Component() { using l = lock(); return <div title={typeof l} />; }` }],
        },
      ],
    },
    {
      filename: "js/file.js",
      code: `import { lock } from "../modules/resources/res.js";\nexport function f() { lock(); const l = lock(); }`,
      errors: [
        { messageId: "dropped", data: lockData },
        {
          messageId: "neverDisposed",
          data: { name: "l", ...lockData },
          suggestions: [
            { messageId: "useUsing", output: `import { lock } from "../modules/resources/res.js";\nexport function f() { lock(); using l = lock(); }` },
          ],
        },
      ],
    },
    {
      // Only other method calls: nothing owns it.
      code: `${proc}\nexport function f() { const p = start(); p.kill(); p.stdout.pause(); }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: procData,
          line: 12,
          suggestions: [{ messageId: "useUsing", output: `${proc}\nexport function f() { using p = start(); p.kill(); p.stdout.pause(); }` }],
        },
      ],
    },
    {
      // A listener on another object that merely mentions the value does not own it.
      code: `${proc}\nexport function f(bus: Proc) { const p = start(); bus.on("close", handler); bus.stdout.on(p.name, handler); }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: procData,
          line: 12,
          suggestions: [
            { messageId: "useUsing", output: `${proc}\nexport function f(bus: Proc) { using p = start(); bus.on("close", handler); bus.stdout.on(p.name, handler); }` },
          ],
        },
      ],
    },
    {
      // `on` read but not called, or a listener method two properties away.
      code: `${proc}\ndeclare function make(): Proc & { io: { stdout: Stream } };\nexport function f() { const p = start(); const on = p.on; const q = make(); q.io.stdout.on("data", handler); return on; }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: procData,
          line: 13,
          suggestions: [
            {
              messageId: "useUsing",
              output: `${proc}\ndeclare function make(): Proc & { io: { stdout: Stream } };\nexport function f() { using p = start(); const on = p.on; const q = make(); q.io.stdout.on("data", handler); return on; }`,
            },
          ],
        },
        {
          messageId: "neverDisposed",
          data: { name: "q", resource: "Disposable", keyword: "using" },
          line: 13,
          suggestions: [
            {
              messageId: "useUsing",
              output: `${proc}\ndeclare function make(): Proc & { io: { stdout: Stream } };\nexport function f() { const p = start(); const on = p.on; using q = make(); q.io.stdout.on("data", handler); return on; }`,
            },
          ],
        },
      ],
    },
    {
      // A non-listener method on a real resource is still reported.
      code: `import { open } from "node:fs/promises";\nexport async function f() { const file = await open("x", "w"); await file.write("data"); }`,
      errors: [
        {
          messageId: "neverDisposed",
          data: { name: "file", resource: "`FileHandle`", keyword: "await using" },
          suggestions: [
            {
              messageId: "useAwaitUsing",
              output: `import { open } from "node:fs/promises";\nexport async function f() { await using file = await open("x", "w"); await file.write("data"); }`,
            },
          ],
        },
      ],
    },
    {
      // With allowTypes emptied, a real child process whose events nobody listens to is a
      // resource: `spawn` with pipes gives a `ChildProcessByStdio`.
      code: `import { spawn } from "node:child_process";\nexport function f() { const child = spawn("ls", [], { stdio: ["ignore", "pipe", "pipe"] }); child.kill(); }`,
      options: [{ allowTypes: [] }],
      errors: [
        {
          messageId: "neverDisposed",
          data: { name: "child", resource: "`ChildProcessByStdio`", keyword: "using" },
          suggestions: [
            {
              messageId: "useUsing",
              output: `import { spawn } from "node:child_process";\nexport function f() { using child = spawn("ls", [], { stdio: ["ignore", "pipe", "pipe"] }); child.kill(); }`,
            },
          ],
        },
      ],
    },
    {
      // Setting allowTypes replaces the default list: Node's timers are then resources too.
      code: `export function f() { setTimeout(() => {}, 1); }`,
      options: [{ allowTypes: [] }],
      errors: [{ messageId: "dropped", data: { resource: "`Timeout`", keyword: "using" } }],
    },
  ],
});


// The engine skips calls whose every possible signature cannot give a resource, reading
// declared types instead of resolving generic calls; resources behind a type parameter, a
// generic wrapper, a chain of calls or an `await` must still be found.
const seenThrough = `${res}
interface Box<T> { peek(): T; open(): Lock; later(): Promise<Conn> }
declare function box<T>(value: T): Box<T>;
declare function make<T>(factory: () => T): T;
export async function f() {
  box(1).open();
  make(lock);
  const a = box(1).open();
  const b = make(lock);
  const c = await box(1).later();
}`;

typedRuleTester().run("require-using (calls seen through declared types)", requireUsing, {
  valid: [
    `${res}\ninterface Box<T> { peek(): T; size(): number }\ndeclare function box<T>(value: T): Box<T>;\nexport function f(l: Lock) { box(l).size(); const n = box(l).size(); return n; }`,
  ],
  invalid: [
    {
      code: seenThrough,
      errors: [
        { messageId: "dropped", line: 6, data: lockData },
        { messageId: "dropped", line: 7, data: lockData },
        ...(["a", "b"] as const).map((name, i) => ({
          messageId: "neverDisposed" as const,
          line: 8 + i,
          data: { name, ...lockData },
          suggestions: [{ messageId: "useUsing" as const, output: seenThrough.replace(`const ${name} =`, `using ${name} =`) }],
        })),
        {
          messageId: "neverDisposed",
          line: 10,
          data: { name: "c", ...connData },
          suggestions: [{ messageId: "useAwaitUsing", output: seenThrough.replace("const c =", "await using c =") }],
        },
      ],
    },
  ],
});
