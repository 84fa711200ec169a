import { AsyncResult } from "./async-result.js";
import { Ok } from "./ok-err.js";
import type { Result } from "./result.js";
import { Some } from "./some-none.js";
import type { Option } from "./option.js";
import { show } from "./show.js";

// Do-notation drivers. `yield* Ok(x)` and `yield* Some(x)` complete without yielding (their
// iterators finish at once), so the body runs straight through on the happy path; only an
// `Err` or `None` is ever yielded. The driver then closes the generator with `return()`, which
// runs the body's `finally` blocks, and hands back what was yielded.

type Stop = Result<unknown, unknown> | Option<unknown>;

/** @throws {TypeError} when the body yielded something that is not `yield*` of the right type. */
function checkStop(yielded: unknown, expected: "Err" | "None"): Stop {
  const stop = yielded as Partial<Stop> | null | undefined;
  if (stop?.tag !== expected) {
    throw new TypeError(
      `${expected === "Err" ? "Result" : "Option"}.gen: the body yielded ${show(yielded)}; ` +
        `use \`yield*\` (with a star) on a ${expected === "Err" ? "Result" : "Option"}`,
    );
  }
  return stop as Stop;
}

type SyncBody = Iterator<unknown, unknown, unknown>;
type AsyncBody = AsyncIterator<unknown, unknown, unknown>;
type Body = () => SyncBody | AsyncBody;
type Next = (this: SyncBody) => IteratorResult<unknown, unknown>;

/**
 * Runs a sync do-notation body to its end or its first stop.
 *
 * @throws whatever the body throws (a panic), and a `TypeError` on a bare `yield`.
 */
function runSync(body: SyncBody, next: Next, wrap: (value: unknown) => unknown, stopTag: "Err" | "None"): unknown {
  const step = next.call(body);
  if (step.done === true) return wrap(step.value);
  const stop = checkStop(step.value, stopTag);
  body.return?.(undefined);
  return stop;
}

/**
 * Runs an async do-notation body; a throw in it rejects (a panic, kept by `AsyncResult`).
 *
 * @throws {TypeError} (as the rejection) on a bare `yield`.
 */
async function runAsync(body: AsyncBody, wrap: (value: unknown) => unknown, stopTag: "Err" | "None"): Promise<unknown> {
  const step = await body.next();
  if (step.done === true) return wrap(step.value);
  const stop = checkStop(step.value, stopTag);
  await body.return?.(undefined);
  return stop;
}

function isAsyncIterator(value: object): value is AsyncBody {
  return Symbol.asyncIterator in value;
}

/** The engine's `%GeneratorFunction.prototype%` or `%AsyncGeneratorFunction.prototype%`. */
interface GeneratorFunctionKind {
  readonly prototype: { readonly next: Next };
}

// Why the driver gives an anonymous generator function a shared `prototype` before calling
// it: a body written inline, `Result.gen(function* () {...})`, is a fresh closure on every
// call, and V8 builds a new `prototype` object (set up as a prototype, which is slow) for the
// first generator each closure makes. Handing it one shared, ready object measured 2x faster
// on ten `yield*` steps. The shared objects inherit from the engine's own generator
// prototypes, so the generator behaves the same (`next`, `return`, `throw`, `instanceof
// body`); `Reflect.set` leaves a frozen or non-writable `prototype` alone.
// - Only anonymous bodies: a named generator function is usually declared once and passed
//   again and again, and it already has its prototype; replacing it on every call would cost
//   V8 a new shape each time (measured 6x slower). The prototype is set without being read
//   first, because reading a fresh closure's `prototype` makes V8 build one.
// - V8 still gives every fresh closure's generators a shape of their own, so a property read
//   on them (`next`, `Symbol.asyncIterator in`) misses every cache: the driver tells sync from
//   async by the function's prototype (the same for all closures) and, when it gave the
//   prototype, calls the engine's `next` directly.
// A body from another realm, or an arrow that returns a generator, is driven through its own
// `next`. All of it is made in a pure call, so a bundle without `gen` drops it.
const drive = /* @__PURE__ */ makeDriver();

function makeDriver(): (body: Body, wrap: (value: unknown) => unknown, stopTag: "Err" | "None") => unknown {
  // The engine's generator function prototypes, from two throwaway functions.
  const syncKind = Object.getPrototypeOf(function* () {
    yield;
  }) as GeneratorFunctionKind;
  // eslint-disable-next-line @typescript-eslint/require-await -- only its prototype is read
  const asyncKind = Object.getPrototypeOf(async function* () {
    yield;
  }) as GeneratorFunctionKind;
  const syncShared: object = Object.create(syncKind.prototype) as object;
  const asyncShared: object = Object.create(asyncKind.prototype) as object;
  const engineNext = syncKind.prototype.next;
  /**
   * Starts `body` and runs it to its end or first stop.
   *
   * @throws whatever a sync body throws (see `runSync`).
   */
  function run(body: Body, wrap: (value: unknown) => unknown, stopTag: "Err" | "None"): unknown {
    const kind: unknown = Object.getPrototypeOf(body);
    if (kind === syncKind) {
      const shared = body.name === "" && Reflect.set(body, "prototype", syncShared);
      const iterator = body() as SyncBody;
      // eslint-disable-next-line @typescript-eslint/unbound-method -- runSync calls it on `iterator`
      return runSync(iterator, shared ? engineNext : iterator.next, wrap, stopTag);
    }
    if (kind === asyncKind) {
      if (body.name === "") Reflect.set(body, "prototype", asyncShared);
      return runAsync(body() as AsyncBody, wrap, stopTag);
    }
    const iterator = body();
    if (isAsyncIterator(iterator)) return runAsync(iterator, wrap, stopTag);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- runSync calls it on `iterator`
    return runSync(iterator, iterator.next, wrap, stopTag);
  }
  return run;
}

/**
 * The `Result.gen` driver: a sync body gives a Result, an async one an AsyncResult.
 *
 * @throws whatever a sync body throws.
 */
export function resultGen(body: Body): Result<unknown, unknown> | AsyncResult<unknown, unknown> {
  // A sync run ends in an Ok or an Err, never in a Promise.
  const out = drive(body, Ok, "Err");
  return out instanceof Promise ? AsyncResult.from(out as Promise<Result<unknown, unknown>>) : (out as Result<unknown, unknown>);
}

/**
 * The `Option.gen` driver: a sync body gives an Option, an async one a Promise of an Option.
 *
 * @throws whatever a sync body throws.
 */
export function optionGen(body: Body): Option<unknown> | Promise<Option<unknown>> {
  return drive(body, Some, "None") as Option<unknown> | Promise<Option<unknown>>;
}
