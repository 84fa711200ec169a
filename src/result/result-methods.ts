import type { AsyncResult } from "./async-result.js";
import type { Err, Ok } from "./ok-err.js";
import type { Option } from "./option.js";
import type { Result, ResultJSON } from "./result.js";

// Why every method takes `this: Result<T, E>` instead of using the type parameters of `Ok` and
// `Err`: TypeScript cannot call a method on a union whose members have different generic
// signatures (`Ok<number, never> | Err<never, string>`, the inferred return type of
// `cond ? Ok(1) : Err("x")`, is "not callable" in neverthrow). Declared once here, without
// outer type parameters, the method has the same signature on both members, and `T`/`E` are
// inferred from the receiver. The defaults (`= never`) apply when a receiver says nothing
// about a parameter (`Ok(1).mapErr(...)` has no error type).

/**
 * The methods of {@link Result}, shared by {@link Ok} and {@link Err}.
 *
 * Overview, in the order of Rust's `core::result`:
 * - querying the variant: `isOk`, `isErr`, `isOkAnd`, `isErrAnd`;
 * - extracting the contained value: `unwrap`, `expect`, `unwrapErr`, `expectErr`,
 *   `unwrapOr`, `unwrapOrElse`, `match`;
 * - transforming: `map`, `mapOr`, `mapOrElse`, `mapErr`, `inspect`, `inspectErr`,
 *   `ok`, `err`, `flatten`, `transpose`, `toAsync`;
 * - boolean operators: `and`, `andThen`, `or`, `orElse`;
 * - iterating and serialising: `iter`, `toJSON`, `toString`.
 */
export interface ResultMethods {
  // Querying the variant

  /**
   * Returns `true` if the result is `Ok`, and narrows it.
   *
   * @example
   * ```ts
   * assert.equal(Ok(-3).isOk(), true);
   * assert.equal(Err("Some error message").isOk(), false);
   * ```
   */
  isOk<T = never, E = never>(this: Result<T, E>): this is Ok<T, E>;

  /**
   * Returns `true` if the result is `Err`, and narrows it.
   *
   * @example
   * ```ts
   * assert.equal(Ok(-3).isErr(), false);
   * assert.equal(Err("Some error message").isErr(), true);
   * ```
   */
  isErr<T = never, E = never>(this: Result<T, E>): this is Err<T, E>;

  /**
   * Returns `true` if the result is `Ok` and the value inside of it matches a predicate.
   *
   * @example
   * ```ts
   * assert.equal(Ok(2).isOkAnd((x) => x > 1), true);
   * assert.equal(Ok(0).isOkAnd((x) => x > 1), false);
   * assert.equal(Err("hey").isOkAnd((x: number) => x > 1), false);
   * ```
   */
  isOkAnd<T = never, E = never>(this: Result<T, E>, predicate: (value: T) => boolean): boolean;

  /**
   * Returns `true` if the result is `Err` and the error inside of it matches a predicate.
   *
   * @example
   * ```ts
   * assert.equal(Err("not found").isErrAnd((e) => e === "not found"), true);
   * assert.equal(Ok(1).isErrAnd((e: string) => e === "not found"), false);
   * ```
   */
  isErrAnd<T = never, E = never>(this: Result<T, E>, predicate: (error: E) => boolean): boolean;

  // Adapters for working with Option

  /**
   * Converts from `Result<T, E>` to `Option<T>`, discarding the error, if any.
   *
   * @example
   * ```ts
   * assert.deepEqual(Ok(2).ok(), Some(2));
   * assert.equal(Err("Nothing here").ok(), None);
   * ```
   */
  ok<T = never, E = never>(this: Result<T, E>): Option<T>;

  /**
   * Converts from `Result<T, E>` to `Option<E>`, discarding the success value, if any.
   *
   * @example
   * ```ts
   * assert.equal(Ok(2).err(), None);
   * assert.deepEqual(Err("Nothing here").err(), Some("Nothing here"));
   * ```
   */
  err<T = never, E = never>(this: Result<T, E>): Option<E>;

  // Transforming contained values

  /**
   * Maps a `Result<T, E>` to `Result<U, E>` by applying a function to a contained `Ok` value,
   * leaving an `Err` value untouched.
   *
   * @example
   * ```ts
   * const parse = (s: string): Result<number, string> =>
   *   /^\d+$/.test(s) ? Ok(Number(s)) : Err(`not a number: ${s}`);
   * assert.deepEqual(parse("21").map((n) => n * 2), Ok(42));
   * assert.deepEqual(parse("x").map((n) => n * 2), Err("not a number: x"));
   * ```
   */
  map<T = never, E = never, U = never>(this: Result<T, E>, f: (value: T) => U): Result<U, E>;

  /**
   * Returns the provided default (if `Err`), or applies a function to the contained value
   * (if `Ok`). The default is evaluated eagerly; pass a function to `mapOrElse` to make it lazy.
   *
   * @example
   * ```ts
   * assert.equal(Ok("foo").mapOr(42, (v) => v.length), 3);
   * assert.equal(Err("bar").mapOr(42, (v: string) => v.length), 42);
   * ```
   */
  mapOr<T = never, E = never, U = never>(this: Result<T, E>, defaultValue: U, f: (value: T) => U): U;

  /**
   * Maps a `Result<T, E>` to `U` by applying `defaultFn` to a contained `Err` value, or `f` to
   * a contained `Ok` value.
   *
   * @example
   * ```ts
   * const k = 21;
   * assert.equal(Ok("foo").mapOrElse((e) => k * 2, (v) => v.length), 3);
   * assert.equal(Err("bar").mapOrElse((e) => k * 2, (v: string) => v.length), 42);
   * ```
   */
  mapOrElse<T = never, E = never, U = never>(
    this: Result<T, E>,
    defaultFn: (error: E) => U,
    f: (value: T) => U,
  ): U;

  /**
   * Maps a `Result<T, E>` to `Result<T, F>` by applying a function to a contained `Err` value,
   * leaving an `Ok` value untouched.
   *
   * @example
   * ```ts
   * const stringify = (x: number) => `error code: ${x}`;
   * assert.deepEqual(Ok(2).mapErr(stringify), Ok(2));
   * assert.deepEqual(Err(13).mapErr(stringify), Err("error code: 13"));
   * ```
   */
  mapErr<T = never, E = never, F = never>(this: Result<T, E>, f: (error: E) => F): Result<T, F>;

  /**
   * Calls a function with the contained value if `Ok`, and returns the result unchanged.
   *
   * @example
   * ```ts
   * const seen: number[] = [];
   * const r = Ok(4).inspect((x) => { seen.push(x); }).map((x) => x * 2);
   * assert.deepEqual(r, Ok(8));
   * assert.deepEqual(seen, [4]);
   * ```
   */
  inspect<T = never, E = never>(this: Result<T, E>, f: (value: T) => void): Result<T, E>;

  /**
   * Calls a function with the contained error if `Err`, and returns the result unchanged.
   *
   * @example
   * ```ts
   * const logged: string[] = [];
   * Err("disk full").inspectErr((e) => { logged.push(e); });
   * assert.deepEqual(logged, ["disk full"]);
   * ```
   */
  inspectErr<T = never, E = never>(this: Result<T, E>, f: (error: E) => void): Result<T, E>;

  // Extracting contained values

  /**
   * Returns the contained `Ok` value; throws if the value is an `Err`.
   *
   * Because it may throw, prefer `match`, `unwrapOr` or narrowing with `isOk()`; use it in
   * tests and where an `Err` is a bug.
   *
   * @throws {UnwrapError} if the value is an `Err`, with the error as its `cause` and shown in
   * its message.
   * @example
   * ```ts
   * assert.equal(Ok(2).unwrap(), 2);
   * assert.throws(() => Err("emergency failure").unwrap(), /on an `Err` value: "emergency failure"/);
   * ```
   */
  unwrap<T = never, E = never>(this: Result<T, E>): T;

  /**
   * Returns the contained `Ok` value; throws with `message` if the value is an `Err`.
   *
   * Write the message as what you expected: "config should be valid".
   *
   * @throws {UnwrapError} if the value is an `Err`; its message is `message`, then the error.
   * @example
   * ```ts
   * assert.equal(Ok(2).expect("two should be Ok"), 2);
   * assert.throws(() => Err("boom").expect("config should be valid"), /^UnwrapError: config should be valid: "boom"$/);
   * ```
   */
  expect<T = never, E = never>(this: Result<T, E>, message: string): T;

  /**
   * Returns the contained `Err` value; throws if the value is an `Ok`.
   *
   * @throws {UnwrapError} if the value is an `Ok`, with the value as its `cause`.
   * @example
   * ```ts
   * assert.equal(Err("emergency failure").unwrapErr(), "emergency failure");
   * assert.throws(() => Ok(2).unwrapErr(), UnwrapError);
   * ```
   */
  unwrapErr<T = never, E = never>(this: Result<T, E>): E;

  /**
   * Returns the contained `Err` value; throws with `message` if the value is an `Ok`.
   *
   * @throws {UnwrapError} if the value is an `Ok`; its message is `message`, then the value.
   * @example
   * ```ts
   * assert.equal(Err(7).expectErr("should fail"), 7);
   * assert.throws(() => Ok(10).expectErr("should fail"), /should fail: 10/);
   * ```
   */
  expectErr<T = never, E = never>(this: Result<T, E>, message: string): E;

  /**
   * Returns the contained `Ok` value or a provided default. The default is evaluated eagerly;
   * use `unwrapOrElse` to compute it lazily.
   *
   * @example
   * ```ts
   * assert.equal(Ok(9).unwrapOr(2), 9);
   * assert.equal(Err("error").unwrapOr(2), 2);
   * ```
   */
  unwrapOr<T = never, E = never, U = T>(this: Result<T, E>, defaultValue: U): T | U;

  /**
   * Returns the contained `Ok` value or computes it from the error with a function.
   *
   * @example
   * ```ts
   * const count = (x: string) => x.length;
   * assert.equal(Ok(2).unwrapOrElse(count), 2);
   * assert.equal(Err("foo").unwrapOrElse(count), 3);
   * ```
   */
  unwrapOrElse<T = never, E = never, U = T>(this: Result<T, E>, f: (error: E) => U): T | U;

  /**
   * Calls `arms.Ok` with the value or `arms.Err` with the error, and returns what it returns:
   * an exhaustive two-way match.
   *
   * @example
   * ```ts
   * const describe = (r: Result<number, string>) =>
   *   r.match({ Ok: (n) => `got ${n}`, Err: (e) => `failed: ${e}` });
   * assert.equal(describe(Ok(1)), "got 1");
   * assert.equal(describe(Err("nope")), "failed: nope");
   * ```
   */
  match<T = never, E = never, A = never, B = A>(
    this: Result<T, E>,
    arms: { readonly Ok: (value: T) => A; readonly Err: (error: E) => B },
  ): A | B;

  // Boolean operators

  /**
   * Returns `other` if the result is `Ok`, otherwise returns the `Err` value of `this`.
   * `other` is evaluated eagerly; use `andThen` to compute it lazily.
   *
   * @example
   * ```ts
   * assert.deepEqual(Ok(2).and(Err("late error")), Err("late error"));
   * assert.deepEqual(Err("early error").and(Ok("foo")), Err("early error"));
   * assert.deepEqual(Ok(2).and(Ok("different result type")), Ok("different result type"));
   * ```
   */
  and<T = never, E = never, U = never, F = never>(this: Result<T, E>, other: Result<U, F>): Result<U, E | F>;

  /**
   * Calls `f` with the value if the result is `Ok`, otherwise returns the `Err` value of
   * `this`. Use it to chain steps that may each fail.
   *
   * @example
   * ```ts
   * const sqrt = (x: number): Result<number, string> => (x < 0 ? Err("negative") : Ok(Math.sqrt(x)));
   * assert.deepEqual(Ok(16).andThen(sqrt).andThen(sqrt), Ok(2));
   * assert.deepEqual(Ok(-1).andThen(sqrt), Err("negative"));
   * assert.deepEqual(Err("early").andThen(sqrt), Err("early"));
   * ```
   */
  andThen<T = never, E = never, U = never, F = never>(
    this: Result<T, E>,
    f: (value: T) => Result<U, F>,
  ): Result<U, E | F>;

  /**
   * Returns `other` if the result is `Err`, otherwise returns the `Ok` value of `this`.
   * `other` is evaluated eagerly; use `orElse` to compute it lazily.
   *
   * @example
   * ```ts
   * assert.deepEqual(Ok(2).or(Err("late error")), Ok(2));
   * assert.deepEqual(Err("early error").or(Ok(2)), Ok(2));
   * assert.deepEqual(Err("not a 2").or(Err("late error")), Err("late error"));
   * ```
   */
  or<T = never, E = never, U = never, F = never>(this: Result<T, E>, other: Result<U, F>): Result<T | U, F>;

  /**
   * Calls `f` with the error if the result is `Err`, otherwise returns the `Ok` value of
   * `this`. Use it to recover from an error.
   *
   * @example
   * ```ts
   * const retry = (e: string): Result<number, string> => (e === "busy" ? Ok(0) : Err(e));
   * assert.deepEqual(Err("busy").orElse(retry), Ok(0));
   * assert.deepEqual(Err("gone").orElse(retry), Err("gone"));
   * assert.deepEqual(Ok(5).orElse(retry), Ok(5));
   * ```
   */
  orElse<T = never, E = never, U = never, F = never>(
    this: Result<T, E>,
    f: (error: E) => Result<U, F>,
  ): Result<T | U, F>;

  // Nesting

  /**
   * Converts from `Result<Result<T, F>, E>` to `Result<T, E | F>`, removing one level of nesting.
   *
   * @example
   * ```ts
   * assert.deepEqual(Ok(Ok("hello")).flatten(), Ok("hello"));
   * assert.deepEqual(Ok(Err(6)).flatten(), Err(6));
   * assert.deepEqual(Err(6).flatten(), Err(6));
   * ```
   */
  flatten<T = never, E = never, F = never>(this: Result<Result<T, F>, E>): Result<T, E | F>;

  /**
   * Transposes a `Result` of an `Option` into an `Option` of a `Result`: `Ok(None)` becomes
   * `None`, `Ok(Some(v))` becomes `Some(Ok(v))` and `Err(e)` becomes `Some(Err(e))`.
   *
   * @example
   * ```ts
   * assert.deepEqual(Ok(Some(5)).transpose(), Some(Ok(5)));
   * assert.equal(Ok(None).transpose(), None);
   * assert.deepEqual(Err("e").transpose(), Some(Err("e")));
   * ```
   */
  transpose<T = never, E = never>(this: Result<Option<T>, E>): Option<Result<T, E>>;

  // Iterating, async and serialising

  /**
   * Returns an iterator over the possibly contained value: one item if `Ok`, none if `Err`.
   *
   * @example
   * ```ts
   * assert.deepEqual([...Ok(7).iter()], [7]);
   * assert.deepEqual([...Err("nothing!").iter()], []);
   * ```
   */
  iter<T = never, E = never>(this: Result<T, E>): IterableIterator<T>;

  /**
   * Wraps the result in an already settled {@link AsyncResult}, to chain async steps on it.
   *
   * @example
   * ```ts
   * const r = await Ok(2).toAsync().map(async (x) => x * 10);
   * assert.deepEqual(r, Ok(20));
   * ```
   */
  toAsync<T = never, E = never>(this: Result<T, E>): AsyncResult<T, E>;

  /**
   * Returns the JSON shape: `{ tag: "Ok", value }` or `{ tag: "Err", error }`.
   * `Result.fromJSON` reads it back.
   *
   * @example
   * ```ts
   * assert.equal(JSON.stringify(Ok(1)), '{"tag":"Ok","value":1}');
   * assert.equal(JSON.stringify(Err("no")), '{"tag":"Err","error":"no"}');
   * ```
   */
  toJSON<T = never, E = never>(this: Result<T, E>): ResultJSON<T, E>;

  /**
   * Renders the result as Rust's `Debug` would: `Ok(1)`, `Err("no")`.
   *
   * @example
   * ```ts
   * assert.equal(String(Ok(1)), "Ok(1)");
   * assert.equal(`${Err("no")}`, 'Err("no")');
   * ```
   */
  toString(): string;
}
