import { fromPromise, tryAsync, type AsyncResult } from "./async-result.js";
import { hasBrand, RESULT_BRAND } from "./brand.js";
import { resultGen } from "./gen.js";
import { resultFromJSON } from "./json.js";
import { Err, Ok } from "./ok-err.js";
import type { ErrValue, ErrValues, OkValue, OkValues } from "./types.js";

/**
 * `Result<T, E>` is the type for returning and propagating errors: either `Ok(value)`, a
 * success holding a `T`, or `Err(error)`, a failure holding an `E`.
 *
 * Narrow it by `tag` (`if (r.tag === "Ok")`, `switch`, ts-pattern) or with `isOk()`/`isErr()`
 * before reading `value` or `error`. Like Rust's `#[must_use]`, a Result must not be
 * dropped: the `must-use-result` lint rule flags one that is.
 *
 * @mustUse
 * @example
 * ```ts
 * function parseVersion(header: string): Result<number, string> {
 *   const match = /^v(\d+)$/.exec(header);
 *   return match?.[1] === undefined ? Err(`invalid header: ${header}`) : Ok(Number(match[1]));
 * }
 * const r = parseVersion("v2");
 * switch (r.tag) {
 *   case "Ok": assert.equal(r.value, 2); break;
 *   case "Err": assert.fail(r.error);
 * }
 * ```
 */
export type Result<T, E> = Ok<T, E> | Err<T, E>;

/** The JSON shape of a Result: `{ tag: "Ok", value }` or `{ tag: "Err", error }`. */
export type ResultJSON<T, E> = { readonly tag: "Ok"; readonly value: T } | { readonly tag: "Err"; readonly error: E };

/** A sync do-notation body for `Result.gen`: yields only Errs (`yield*` of Results). */
type GenBody<Y, R> = () => Generator<Y, R, unknown>;
/** An async do-notation body for `Result.gen`. */
type AsyncGenBody<Y, R> = () => AsyncGenerator<Y, R, unknown>;

/**
 * Runs `fn`; returns its value as `Ok`, or what it throws as `Err` (through `mapErr` if given).
 *
 * @throws whatever `mapErr` throws.
 */
function tryFn<T>(fn: () => T): Result<T, unknown>;
function tryFn<T, E>(fn: () => T, mapErr: (thrown: unknown) => E): Result<T, E>;
function tryFn<T, E>(fn: () => T, mapErr?: (thrown: unknown) => E): Result<T, unknown> {
  try {
    return Ok(fn());
  } catch (thrown) {
    return Err(mapErr === undefined ? thrown : mapErr(thrown));
  }
}

/** `fn` as a function that returns a Result instead of throwing. */
function wrap<A extends readonly unknown[], T>(fn: (...args: A) => T): (...args: A) => Result<T, unknown>;
function wrap<A extends readonly unknown[], T, E>(
  fn: (...args: A) => T,
  mapErr: (thrown: unknown) => E,
): (...args: A) => Result<T, E>;
function wrap<A extends readonly unknown[], T, E>(
  fn: (...args: A) => T,
  mapErr?: (thrown: unknown) => E,
): (...args: A) => Result<T, unknown> {
  return (...args) => {
    try {
      return Ok(fn(...args));
    } catch (thrown) {
      return Err(mapErr === undefined ? thrown : mapErr(thrown));
    }
  };
}

/**
 * The Results of a list, first to last, into one: `Ok` of all the values, or the first `Err`.
 */
function all<const R extends readonly Result<unknown, unknown>[]>(results: R): Result<OkValues<R>, ErrValue<R[number]>> {
  const values: unknown[] = [];
  for (const result of results) {
    if (result.tag === "Err") return result as Err<never, ErrValue<R[number]>>;
    values.push(result.value);
  }
  return Ok(values as OkValues<R>);
}

/** The first `Ok` of a list, or `Err` of every error in order. */
function any<const R extends readonly Result<unknown, unknown>[]>(results: R): Result<OkValue<R[number]>, ErrValues<R>> {
  const errors: unknown[] = [];
  for (const result of results) {
    if (result.tag === "Ok") return result as Ok<OkValue<R[number]>>;
    errors.push(result.error);
  }
  return Err(errors as ErrValues<R>);
}

/** Splits Results into the values of the Oks and the errors of the Errs, in order. */
function partition<T, E>(results: Iterable<Result<T, E>>): [oks: T[], errs: E[]] {
  const oks: T[] = [];
  const errs: E[] = [];
  for (const result of results) {
    if (result.tag === "Ok") oks.push(result.value);
    else errs.push(result.error);
  }
  return [oks, errs];
}

/**
 * Do-notation: `yield*` a Result to get its value or end the body with its `Err`.
 *
 * @throws whatever a sync body throws.
 */
function gen<Y extends Err<never, unknown>, R>(body: GenBody<Y, R>): Result<R, ErrValue<Y>>;
function gen<Y extends Err<never, unknown>, R>(body: AsyncGenBody<Y, R>): AsyncResult<R, ErrValue<Y>>;
/** @throws whatever a sync body throws (see the first overload). */
function gen(
  body: GenBody<unknown, unknown> | AsyncGenBody<unknown, unknown>,
): Result<unknown, unknown> | AsyncResult<unknown, unknown> {
  return resultGen(body);
}

/**
 * The Result a JSON shape stands for.
 *
 * @throws {TypeError} when `json` is not the shape.
 */
function fromJSON<T, E>(json: ResultJSON<T, E>): Result<T, E>;
function fromJSON(json: unknown): Result<unknown, unknown>;
/** @throws {TypeError} when `json` is not the shape (see the first overload). */
function fromJSON(json: unknown): Result<unknown, unknown> {
  return resultFromJSON(json);
}

/**
 * The statics of {@link Result}: constructors from throwing code and promises, combinators
 * over lists, do-notation, and checks.
 *
 * @example
 * ```ts
 * const parsed = Result.try(() => JSON.parse('{"a":1}') as unknown);
 * assert.equal(parsed.isOk(), true);
 * ```
 */
export const Result = {
  /**
   * Runs `fn` and returns its value as `Ok`; a throw becomes `Err` (the thrown value, or
   * `mapErr` of it).
   *
   * @throws whatever `mapErr` throws.
   * @example
   * ```ts
   * assert.deepEqual(Result.try(() => 1), Ok(1));
   * const bad = Result.try(() => JSON.parse("{"), (e) => (e as Error).name);
   * assert.deepEqual(bad, Err("SyntaxError"));
   * ```
   */
  try: tryFn,

  /**
   * Turns a throwing function into one that returns a Result, like `Result.try` on each call.
   *
   * @example
   * ```ts
   * const parseJSON = Result.wrap((text: string): unknown => JSON.parse(text), () => "invalid JSON");
   * assert.deepEqual(parseJSON("[1]"), Ok([1]));
   * assert.deepEqual(parseJSON("]"), Err("invalid JSON"));
   * ```
   */
  wrap,

  /**
   * Wraps a promise into an `AsyncResult`: its value becomes `Ok`; a rejection becomes `Err`
   * only through `mapErr`. Without `mapErr` a rejection is a panic: awaiting the result
   * rejects (but nothing is ever reported as an unhandled rejection).
   *
   * @example
   * ```ts
   * const ok = await Result.fromPromise(Promise.resolve(1));
   * assert.deepEqual(ok, Ok(1));
   * const failed = await Result.fromPromise(Promise.reject(new Error("offline")), (e) => (e as Error).message);
   * assert.deepEqual(failed, Err("offline"));
   * ```
   */
  fromPromise,

  /**
   * Runs an async function into an `AsyncResult`: its value becomes `Ok`; a throw or rejection
   * becomes `Err` (the thrown value, or `mapErr` of it), like `Result.try`.
   *
   * @example
   * ```ts
   * const r = await Result.tryAsync(async () => { throw new Error("nope"); }, (e) => (e as Error).message);
   * assert.deepEqual(r, Err("nope"));
   * ```
   */
  tryAsync,

  /**
   * Combines a list of Results: `Ok` of every value (tuple types kept) or the first `Err`.
   *
   * @example
   * ```ts
   * const r = Result.all([Ok(1), Ok("two")]);
   * assert.deepEqual(r, Ok([1, "two"]));
   * assert.deepEqual(Result.all([Ok(1), Err("a"), Err("b")]), Err("a"));
   * ```
   */
  all,

  /**
   * Returns the first `Ok` of a list, or `Err` of the array of all the errors.
   *
   * @example
   * ```ts
   * assert.deepEqual(Result.any([Err("a"), Ok(2), Ok(3)]), Ok(2));
   * assert.deepEqual(Result.any([Err("a"), Err("b")]), Err(["a", "b"]));
   * ```
   */
  any,

  /**
   * Splits Results into `[oks, errs]`: the values and the errors, in order.
   *
   * @example
   * ```ts
   * const [oks, errs] = Result.partition([Ok(1), Err("x"), Ok(2)]);
   * assert.deepEqual(oks, [1, 2]);
   * assert.deepEqual(errs, ["x"]);
   * ```
   */
  partition,

  /**
   * Do-notation, Rust's `?`: in the body, `yield* result` gives the value of an `Ok` or ends
   * the body with the `Err` (running its `finally` blocks); the returned value becomes the
   * `Ok`. The error type is the union of every error yielded. The body runs at once; a throw
   * in it is a panic and propagates. With an `async function*` body it returns an
   * `AsyncResult`, and `yield* await asyncResult` works inside.
   *
   * Cost: a `yield*` step is about 10 ns, but V8 sets up every fresh `function*` closure for
   * about 0.6 µs. In a hot loop, declare the generator once and pass `() => steps(input)`.
   *
   * @throws whatever a sync body throws.
   * @example
   * ```ts
   * const half = (n: number): Result<number, string> => (n % 2 === 0 ? Ok(n / 2) : Err(`${n} is odd`));
   * const r = Result.gen(function* () {
   *   const a = yield* half(8);
   *   const b = yield* half(a);
   *   return a + b;
   * });
   * assert.deepEqual(r, Ok(6));
   * assert.deepEqual(Result.gen(function* () { return yield* half(3); }), Err("3 is odd"));
   * const later = await Result.gen(async function* () {
   *   const x = yield* await Ok(4).toAsync();
   *   return x * 2;
   * });
   * assert.deepEqual(later, Ok(8));
   * ```
   */
  gen,

  /**
   * Returns `true` if `value` is a ferrous Result (of any copy of the package).
   *
   * @example
   * ```ts
   * assert.equal(Result.isResult(Ok(1)), true);
   * assert.equal(Result.isResult({ tag: "Ok", value: 1 }), false);
   * ```
   */
  isResult(value: unknown): value is Result<unknown, unknown> {
    return hasBrand(value, RESULT_BRAND);
  },

  /**
   * Reads a Result back from its JSON shape (`{ tag: "Ok", value }` / `{ tag: "Err", error }`).
   * Only the outer level is converted. For input from outside the program, use
   * `ferrous/zod`'s `resultSchema`, which returns an `Err` instead of throwing.
   *
   * @throws {TypeError} when `json` is not the shape, naming what is wrong.
   * @example
   * ```ts
   * const r = Result.fromJSON(JSON.parse('{"tag":"Err","error":"no"}'));
   * assert.deepEqual(r, Err("no"));
   * assert.throws(() => Result.fromJSON({ tag: "Maybe" }), TypeError);
   * ```
   */
  fromJSON,
} as const;
