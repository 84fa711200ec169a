import { Err, Ok } from "./ok-err.js";
import type { Option } from "./option.js";
import { toError } from "./panic.js";
import type { Result } from "./result.js";

// How AsyncResult keeps its promise: the inner promise never rejects. It settles to a Result,
// or to a Panic box when a callback threw or a promise rejected without a `mapErr` to turn it
// into an Err. The box is opened (turned back into a rejection) only for whoever awaits, and
// every promise made here gets a handler, so no rejection is ever reported as unhandled,
// whatever the caller does with the values.

/** A panic carried inside the never-rejecting inner promise. */
class Panic {
  readonly error: Error;
  constructor(thrown: unknown) {
    this.error = toError(thrown);
  }
}

type Settled<T, E> = Result<T, E> | Panic;

const toPanic = (thrown: unknown): Panic => new Panic(thrown);

/** @throws {Error} the panic, when `settled` is one: the rejection the awaiter sees. */
function open<T, E>(settled: Settled<T, E>): Result<T, E> {
  if (settled instanceof Panic) throw settled.error;
  return settled;
}

/** Marks a promise handled (it still rejects for whoever awaits it) and returns it. */
function handled<P extends Promise<unknown>>(promise: P): P {
  promise.catch(ignore);
  return promise;
}

function ignore(): void {
  // A rejection that nobody awaited: the caller chose not to look (see the module comment).
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/** The methods chained as they are on Result: they return an AsyncResult. */
type ChainedName = "map" | "mapErr" | "andThen" | "orElse" | "and" | "or" | "inspect" | "inspectErr";

/** The methods that end a chain: they resolve to a plain value. */
type FinalName =
  | "match"
  | "unwrapOr"
  | "unwrapOrElse"
  | "isOk"
  | "isErr"
  | "isOkAnd"
  | "isErrAnd"
  | "ok"
  | "err"
  | "mapOr"
  | "mapOrElse"
  | "unwrap"
  | "expect"
  | "unwrapErr"
  | "expectErr";

/** `fn`, recording every promise it returns in `pending`. */
function watch(fn: (...args: unknown[]) => unknown, pending: PromiseLike<unknown>[]): (...args: unknown[]) => unknown {
  return (...args) => {
    const out = fn(...args);
    if (isThenable(out)) pending.push(out);
    return out;
  };
}

/**
 * A Result whose value or error is a promise (from `map(async ...)`) as a promise of the
 * Result of the awaited payload; anything else unchanged.
 */
function unwrapPayload(out: ResultLike<unknown, unknown>): Settled<unknown, unknown> | PromiseLike<Settled<unknown, unknown>> {
  if (isThenable(out)) return out;
  if (out.tag === "Ok") return isThenable(out.value) ? Promise.resolve(out.value).then((value) => Ok(value)) : out;
  return isThenable(out.error) ? Promise.resolve(out.error).then((error) => Err(error)) : out;
}

/** A Result, an AsyncResult, or a promise of a Result: what `andThen`/`orElse` callbacks return. */
export type ResultLike<T, E> = Result<T, E> | PromiseLike<Result<T, E>>;

/**
 * A Result that arrives later: a `PromiseLike<Result<T, E>>` with the chainable methods of
 * Result, whose callbacks may be async. Await it to get the Result.
 *
 * A rejection never escapes as an unhandled rejection: it becomes an `Err` only through the
 * `mapErr` the caller gave (`Result.fromPromise`, `Result.tryAsync`), otherwise it is a panic,
 * which rejects the promise of whoever awaits.
 *
 * @mustUse
 * @example
 * ```ts
 * const fetchUser = (id: number): AsyncResult<string, string> =>
 *   Result.fromPromise(Promise.resolve({ id, name: "Ann" }), () => "offline").map((u) => u.name);
 * const greeting = await fetchUser(1).map((name) => `hi ${name}`).unwrapOr("hi stranger");
 * assert.equal(greeting, "hi Ann");
 * ```
 */
export class AsyncResult<T, E> implements PromiseLike<Result<T, E>> {
  readonly #settled: Promise<Settled<T, E>>;

  private constructor(settled: Promise<Settled<T, E>>) {
    this.#settled = settled;
  }

  /**
   * Wraps a Result, or a promise of one, into an `AsyncResult`. A rejection of the promise is
   * a panic.
   *
   * @example
   * ```ts
   * async function load(): Promise<Result<number, string>> {
   *   return Ok(1);
   * }
   * const r = await AsyncResult.from(load()).map((n) => n + 1);
   * assert.deepEqual(r, Ok(2));
   * ```
   */
  static from<T, E>(result: ResultLike<T, E>): AsyncResult<T, E> {
    return new AsyncResult(settle(result));
  }

  /**
   * Attaches callbacks for the Result; makes `await asyncResult` work. The promise rejects
   * only on a panic.
   *
   * @example
   * ```ts
   * const r = await Ok(1).toAsync();
   * assert.deepEqual(r, Ok(1));
   * ```
   */
  then<A = Result<T, E>, B = never>(
    onfulfilled?: ((result: Result<T, E>) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return handled(this.#settled.then(open<T, E>).then(onfulfilled, onrejected));
  }

  // Each method below is the Result method of the same name run on the settled value: one
  // generic body (`#lift` or `#finish`) instead of twenty hand-written ones.

  /**
   * Runs the Result method `name` on the settled Result. Function arguments are watched: a
   * promise one returns is awaited (a rejection is a panic), and so is a promise the method
   * put inside the Result (`map(async ...)`) or returned (`andThen(async ...)`).
   */
  #lift(name: ChainedName, args: readonly unknown[]): AsyncResult<unknown, unknown> {
    const step = (result: Result<T, E>): Settled<unknown, unknown> | PromiseLike<Settled<unknown, unknown>> => {
      const pending: PromiseLike<unknown>[] = [];
      const watched = args.map((arg) => {
        if (typeof arg === "function") return watch(arg as (...a: unknown[]) => unknown, pending);
        // A promise passed to `and`/`or` that the method drops must not reject unhandled.
        if (arg instanceof Promise) arg.catch(ignore);
        return arg;
      });
      const out = (result[name] as (...a: unknown[]) => ResultLike<unknown, unknown>)(...watched);
      return pending.length === 0 ? unwrapPayload(out) : Promise.all(pending).then(() => unwrapPayload(out));
    };
    const next = this.#settled.then((settled) => (settled instanceof Panic ? settled : step(settled)));
    return new AsyncResult(next.then(undefined, toPanic));
  }

  /** Runs the Result method `name` and resolves to what it returns (rejects on panic). */
  #finish(name: FinalName, args: readonly unknown[]): Promise<unknown> {
    return handled(
      this.#settled.then(open).then((result) => (result[name] as (...a: unknown[]) => unknown)(...args)),
    );
  }


  /**
   * Maps the `Ok` value with `f`, which may be async; an `Err` passes through.
   *
   * @example
   * ```ts
   * assert.deepEqual(await Ok(2).toAsync().map(async (x) => x * 3), Ok(6));
   * assert.deepEqual(await Err("e").toAsync().map((x: number) => x * 3), Err("e"));
   * ```
   */
  map<U>(f: (value: T) => U): AsyncResult<Awaited<U>, E> {
    return this.#lift("map", [f]) as unknown as AsyncResult<Awaited<U>, E>;
  }

  /**
   * Maps the `Err` error with `f`, which may be async; an `Ok` passes through.
   *
   * @example
   * ```ts
   * const r = await Err(404).toAsync().mapErr((code) => `HTTP ${code}`);
   * assert.deepEqual(r, Err("HTTP 404"));
   * ```
   */
  mapErr<F>(f: (error: E) => F): AsyncResult<T, Awaited<F>> {
    return this.#lift("mapErr", [f]) as unknown as AsyncResult<T, Awaited<F>>;
  }

  /**
   * Calls `f` with the `Ok` value and continues with the Result (or AsyncResult, or promise of
   * a Result) it returns; an `Err` passes through.
   *
   * @example
   * ```ts
   * const check = async (n: number): Promise<Result<number, string>> => (n > 0 ? Ok(n) : Err("not positive"));
   * assert.deepEqual(await Ok(1).toAsync().andThen(check), Ok(1));
   * assert.deepEqual(await Ok(-1).toAsync().andThen(check), Err("not positive"));
   * ```
   */
  andThen<U, F>(f: (value: T) => ResultLike<U, F>): AsyncResult<U, E | F> {
    return this.#lift("andThen", [f]) as unknown as AsyncResult<U, E | F>;
  }

  /**
   * Calls `f` with the `Err` error and continues with the Result it returns; an `Ok` passes
   * through.
   *
   * @example
   * ```ts
   * const r = await Err("cache miss").toAsync().orElse(async () => Ok("from disk"));
   * assert.deepEqual(r, Ok("from disk"));
   * ```
   */
  orElse<U, F>(f: (error: E) => ResultLike<U, F>): AsyncResult<T | U, F> {
    return this.#lift("orElse", [f]) as unknown as AsyncResult<T | U, F>;
  }

  /**
   * Returns `other` if this is `Ok`, otherwise this `Err`.
   *
   * @example
   * ```ts
   * assert.deepEqual(await Ok(1).toAsync().and(Ok("next")), Ok("next"));
   * ```
   */
  and<U, F>(other: ResultLike<U, F>): AsyncResult<U, E | F> {
    return this.#lift("and", [other]) as unknown as AsyncResult<U, E | F>;
  }

  /**
   * Returns `other` if this is `Err`, otherwise this `Ok`.
   *
   * @example
   * ```ts
   * assert.deepEqual(await Err("x").toAsync().or(Ok(0)), Ok(0));
   * ```
   */
  or<U, F>(other: ResultLike<U, F>): AsyncResult<T | U, F> {
    return this.#lift("or", [other]) as unknown as AsyncResult<T | U, F>;
  }

  /**
   * Calls `f` with the `Ok` value (waiting for it if async), and passes the Result on unchanged.
   *
   * @example
   * ```ts
   * const seen: number[] = [];
   * await Ok(1).toAsync().inspect(async (x) => { seen.push(x); });
   * assert.deepEqual(seen, [1]);
   * ```
   */
  inspect(f: (value: T) => unknown): AsyncResult<T, E> {
    return this.#lift("inspect", [f]) as unknown as AsyncResult<T, E>;
  }

  /**
   * Calls `f` with the `Err` error (waiting for it if async), and passes the Result on unchanged.
   *
   * @example
   * ```ts
   * const logged: string[] = [];
   * await Err("boom").toAsync().inspectErr((e) => { logged.push(e); });
   * assert.deepEqual(logged, ["boom"]);
   * ```
   */
  inspectErr(f: (error: E) => unknown): AsyncResult<T, E> {
    return this.#lift("inspectErr", [f]) as unknown as AsyncResult<T, E>;
  }

  /**
   * Calls `arms.Ok` or `arms.Err` (either may be async) and resolves to what it returns.
   *
   * @example
   * ```ts
   * const text = await Err(500).toAsync().match({ Ok: (v: string) => v, Err: (code) => `failed with ${code}` });
   * assert.equal(text, "failed with 500");
   * ```
   */
  match<A, B = A>(arms: {
    readonly Ok: (value: T) => A | PromiseLike<A>;
    readonly Err: (error: E) => B | PromiseLike<B>;
  }): Promise<A | B> {
    return this.#finish("match", [arms]) as Promise<A | B>;
  }

  /**
   * Resolves to the `Ok` value or the given default.
   *
   * @example
   * ```ts
   * assert.equal(await Err("e").toAsync().unwrapOr(0), 0);
   * ```
   */
  unwrapOr<U = T>(defaultValue: U): Promise<T | U> {
    return this.#finish("unwrapOr", [defaultValue]) as Promise<T | U>;
  }

  /**
   * Resolves to the `Ok` value or to what `f` (which may be async) computes from the error.
   *
   * @example
   * ```ts
   * assert.equal(await Err("abc").toAsync().unwrapOrElse(async (e) => e.length), 3);
   * ```
   */
  unwrapOrElse<U = T>(f: (error: E) => U | PromiseLike<U>): Promise<T | U> {
    return this.#finish("unwrapOrElse", [f]) as Promise<T | U>;
  }

  /**
   * Resolves to `true` if the Result is `Ok`.
   *
   * @example
   * ```ts
   * assert.equal(await Ok(1).toAsync().isOk(), true);
   * ```
   */
  isOk(): Promise<boolean> {
    return this.#finish("isOk", []) as Promise<boolean>;
  }

  /**
   * Resolves to `true` if the Result is `Err`.
   *
   * @example
   * ```ts
   * assert.equal(await Ok(1).toAsync().isErr(), false);
   * ```
   */
  isErr(): Promise<boolean> {
    return this.#finish("isErr", []) as Promise<boolean>;
  }

  /**
   * Resolves to the `Ok` value as an Option.
   *
   * @example
   * ```ts
   * assert.deepEqual(await Ok(1).toAsync().ok(), Some(1));
   * ```
   */
  ok(): Promise<Option<T>> {
    return this.#finish("ok", []) as Promise<Option<T>>;
  }

  /**
   * Resolves to the `Err` error as an Option.
   *
   * @example
   * ```ts
   * assert.deepEqual(await Err("e").toAsync().err(), Some("e"));
   * ```
   */
  err(): Promise<Option<E>> {
    return this.#finish("err", []) as Promise<Option<E>>;
  }

  /**
   * Resolves to the `Ok` value; rejects if it is an `Err`.
   *
   * @throws {UnwrapError} (as the rejection) if the Result is an `Err`.
   * @example
   * ```ts
   * assert.equal(await Ok(1).toAsync().unwrap(), 1);
   * await assert.rejects(Err("no").toAsync().unwrap(), UnwrapError);
   * ```
   */
  unwrap(): Promise<T> {
    return this.#finish("unwrap", []) as Promise<T>;
  }

  /**
   * Resolves to the `Ok` value; rejects with `message` if it is an `Err`.
   *
   * @throws {UnwrapError} (as the rejection) if the Result is an `Err`.
   * @example
   * ```ts
   * await assert.rejects(Err("no").toAsync().expect("should load"), /should load: "no"/);
   * ```
   */
  expect(message: string): Promise<T> {
    return this.#finish("expect", [message]) as Promise<T>;
  }
  /**
   * Resolves to `true` if the Result is `Ok` and its value matches the predicate.
   *
   * @example
   * ```ts
   * assert.equal(await Ok(2).toAsync().isOkAnd((x) => x > 1), true);
   * ```
   */
  isOkAnd(predicate: (value: T) => boolean): Promise<boolean> {
    return this.#finish("isOkAnd", [predicate]) as Promise<boolean>;
  }

  /**
   * Resolves to `true` if the Result is `Err` and its error matches the predicate.
   *
   * @example
   * ```ts
   * assert.equal(await Err("x").toAsync().isErrAnd((e) => e === "x"), true);
   * ```
   */
  isErrAnd(predicate: (error: E) => boolean): Promise<boolean> {
    return this.#finish("isErrAnd", [predicate]) as Promise<boolean>;
  }

  /**
   * Resolves to `f` of the `Ok` value, or to the default (evaluated eagerly) for an `Err`.
   *
   * @example
   * ```ts
   * assert.equal(await Ok("foo").toAsync().mapOr(0, (v) => v.length), 3);
   * ```
   */
  mapOr<U>(defaultValue: U, f: (value: T) => U): Promise<Awaited<U>> {
    return this.#finish("mapOr", [defaultValue, f]) as Promise<Awaited<U>>;
  }

  /**
   * Resolves to `f` of the `Ok` value, or to `defaultFn` of the `Err` error.
   *
   * @example
   * ```ts
   * assert.equal(await Err("e").toAsync().mapOrElse((e) => e.length, (v: string) => v.length * 2), 1);
   * ```
   */
  mapOrElse<U>(defaultFn: (error: E) => U, f: (value: T) => U): Promise<Awaited<U>> {
    return this.#finish("mapOrElse", [defaultFn, f]) as Promise<Awaited<U>>;
  }

  /**
   * Resolves to the `Err` error; rejects if it is an `Ok`.
   *
   * @throws {UnwrapError} (as the rejection) if the Result is an `Ok`.
   * @example
   * ```ts
   * assert.equal(await Err("e").toAsync().unwrapErr(), "e");
   * ```
   */
  unwrapErr(): Promise<E> {
    return this.#finish("unwrapErr", []) as Promise<E>;
  }

  /**
   * Resolves to the `Err` error; rejects with `message` if it is an `Ok`.
   *
   * @throws {UnwrapError} (as the rejection) if the Result is an `Ok`.
   * @example
   * ```ts
   * await assert.rejects(Ok(1).toAsync().expectErr("should fail"), /should fail: 1/);
   * ```
   */
  expectErr(message: string): Promise<E> {
    return this.#finish("expectErr", [message]) as Promise<E>;
  }
}

/** The settled form of anything an AsyncResult may be built from. */
function settle<T, E>(result: ResultLike<T, E>): Promise<Settled<T, E>> {
  return Promise.resolve(result).then(undefined, toPanic);
}

/**
 * Wraps a promise: its value becomes `Ok`; a rejection becomes `Err(mapErr(reason))`, or a
 * panic without `mapErr`.
 */
export function fromPromise<T>(promise: PromiseLike<T>): AsyncResult<T, never>;
export function fromPromise<T, E>(promise: PromiseLike<T>, mapErr: (reason: unknown) => E): AsyncResult<T, E>;
export function fromPromise<T, E>(promise: PromiseLike<T>, mapErr?: (reason: unknown) => E): AsyncResult<T, E> {
  const onRejected = mapErr === undefined ? undefined : (reason: unknown) => Err(mapErr(reason));
  return AsyncResult.from(Promise.resolve(promise).then((value) => Ok(value), onRejected));
}

/**
 * Runs an async function: its value becomes `Ok`; a throw (sync or async) becomes `Err`
 * (the thrown value, or `mapErr` of it).
 */
export function tryAsync<T>(fn: () => T | PromiseLike<T>): AsyncResult<T, unknown>;
export function tryAsync<T, E>(fn: () => T | PromiseLike<T>, mapErr: (thrown: unknown) => E): AsyncResult<T, E>;
export function tryAsync<T, E>(fn: () => T | PromiseLike<T>, mapErr?: (thrown: unknown) => E): AsyncResult<T, unknown> {
  const onRejected = (thrown: unknown) => Err(mapErr === undefined ? thrown : mapErr(thrown));
  // `new Promise` runs `fn` at once and turns a synchronous throw into a rejection.
  const promise = new Promise<T>((resolve) => {
    resolve(fn());
  });
  return AsyncResult.from(promise.then((value) => Ok(value), onRejected));
}
