import type { Option, OptionJSON } from "./option.js";
import type { Result } from "./result.js";
import type { None, Some } from "./some-none.js";

// As in result-methods.ts: declared once with `this: Option<T>`, so the methods can be called
// on `Some<number> | None` without an annotation. `T = never` is what `None` infers.

/**
 * The methods of {@link Option}, shared by {@link Some} and {@link None}.
 *
 * Overview, in the order of Rust's `core::option`:
 * - querying the variant: `isSome`, `isNone`, `isSomeAnd`, `isNoneOr`;
 * - extracting the contained value: `expect`, `unwrap`, `unwrapOr`, `unwrapOrElse`, `match`,
 *   `toNullable`, `toUndefined`;
 * - transforming: `map`, `mapOr`, `mapOrElse`, `inspect`, `filter`, `flatten`, `transpose`,
 *   `okOr`, `okOrElse`;
 * - boolean operators: `and`, `andThen`, `or`, `orElse`, `xor`, `zip`, `zipWith`;
 * - iterating and serialising: `iter`, `toJSON`, `toString`.
 */
export interface OptionMethods {
  // Querying the variant

  /**
   * Returns `true` if the option is a `Some`, and narrows it.
   *
   * @example
   * ```ts
   * assert.equal(Some(2).isSome(), true);
   * assert.equal(None.isSome(), false);
   * ```
   */
  isSome<T = never>(this: Option<T>): this is Some<T>;

  /**
   * Returns `true` if the option is `None`, and narrows it.
   *
   * @example
   * ```ts
   * assert.equal(Some(2).isNone(), false);
   * assert.equal(None.isNone(), true);
   * ```
   */
  isNone<T = never>(this: Option<T>): this is None;

  /**
   * Returns `true` if the option is a `Some` and the value inside of it matches a predicate.
   *
   * @example
   * ```ts
   * assert.equal(Some(2).isSomeAnd((x) => x > 1), true);
   * assert.equal(Some(0).isSomeAnd((x) => x > 1), false);
   * assert.equal(None.isSomeAnd((x: number) => x > 1), false);
   * ```
   */
  isSomeAnd<T = never>(this: Option<T>, predicate: (value: T) => boolean): boolean;

  /**
   * Returns `true` if the option is `None` or the value inside of it matches a predicate.
   *
   * @example
   * ```ts
   * assert.equal(Some(2).isNoneOr((x) => x > 1), true);
   * assert.equal(Some(0).isNoneOr((x) => x > 1), false);
   * assert.equal(None.isNoneOr((x: number) => x > 1), true);
   * ```
   */
  isNoneOr<T = never>(this: Option<T>, predicate: (value: T) => boolean): boolean;

  // Extracting the contained value

  /**
   * Returns the contained `Some` value; throws with `message` if the value is `None`.
   *
   * @throws {UnwrapError} if the value is `None`, with `message`.
   * @example
   * ```ts
   * assert.equal(Some("value").expect("fruits are healthy"), "value");
   * assert.throws(() => None.expect("fruits are healthy"), /^UnwrapError: fruits are healthy$/);
   * ```
   */
  expect<T = never>(this: Option<T>, message: string): T;

  /**
   * Returns the contained `Some` value; throws if the value is `None`.
   *
   * Because it may throw, prefer `match`, `unwrapOr` or narrowing with `isSome()`.
   *
   * @throws {UnwrapError} if the value is `None`.
   * @example
   * ```ts
   * assert.equal(Some("air").unwrap(), "air");
   * assert.throws(() => None.unwrap(), UnwrapError);
   * ```
   */
  unwrap<T = never>(this: Option<T>): T;

  /**
   * Returns the contained `Some` value or a provided default (evaluated eagerly).
   *
   * @example
   * ```ts
   * assert.equal(Some("car").unwrapOr("bike"), "car");
   * assert.equal(None.unwrapOr("bike"), "bike");
   * ```
   */
  unwrapOr<T = never, U = T>(this: Option<T>, defaultValue: U): T | U;

  /**
   * Returns the contained `Some` value or computes it from a function.
   *
   * @example
   * ```ts
   * const k = 10;
   * assert.equal(Some(4).unwrapOrElse(() => 2 * k), 4);
   * assert.equal(None.unwrapOrElse(() => 2 * k), 20);
   * ```
   */
  unwrapOrElse<T = never, U = T>(this: Option<T>, f: () => U): T | U;

  /**
   * Calls `arms.Some` with the value or `arms.None`, and returns what it returns.
   *
   * @example
   * ```ts
   * const greet = (name: Option<string>) => name.match({ Some: (n) => `hi ${n}`, None: () => "hi" });
   * assert.equal(greet(Some("Ann")), "hi Ann");
   * assert.equal(greet(None), "hi");
   * ```
   */
  match<T = never, A = never, B = A>(
    this: Option<T>,
    arms: { readonly Some: (value: T) => A; readonly None: () => B },
  ): A | B;

  /**
   * Returns the value, or `null` for `None`: for APIs that take nullable values.
   *
   * @example
   * ```ts
   * assert.equal(Some(1).toNullable(), 1);
   * assert.equal(None.toNullable(), null);
   * ```
   */
  toNullable<T = never>(this: Option<T>): T | null;

  /**
   * Returns the value, or `undefined` for `None`: for optional fields and parameters.
   *
   * @example
   * ```ts
   * assert.equal(Some(1).toUndefined(), 1);
   * assert.equal(None.toUndefined(), undefined);
   * ```
   */
  toUndefined<T = never>(this: Option<T>): T | undefined;

  // Transforming contained values

  /**
   * Maps an `Option<T>` to `Option<U>` by applying a function to a contained value (if
   * `Some`) or returns `None` (if `None`).
   *
   * @example
   * ```ts
   * assert.deepEqual(Some("Hello, World!").map((s) => s.length), Some(13));
   * assert.equal(None.map((s: string) => s.length), None);
   * ```
   */
  map<T = never, U = never>(this: Option<T>, f: (value: T) => U): Option<U>;

  /**
   * Returns the provided default (if `None`), or applies a function to the contained value
   * (if `Some`). The default is evaluated eagerly; use `mapOrElse` to make it lazy.
   *
   * @example
   * ```ts
   * assert.equal(Some("foo").mapOr(42, (v) => v.length), 3);
   * assert.equal(None.mapOr(42, (v: string) => v.length), 42);
   * ```
   */
  mapOr<T = never, U = never>(this: Option<T>, defaultValue: U, f: (value: T) => U): U;

  /**
   * Computes a default (if `None`), or applies a function to the contained value (if `Some`).
   *
   * @example
   * ```ts
   * const k = 21;
   * assert.equal(Some("foo").mapOrElse(() => 2 * k, (v) => v.length), 3);
   * assert.equal(None.mapOrElse(() => 2 * k, (v: string) => v.length), 42);
   * ```
   */
  mapOrElse<T = never, U = never>(this: Option<T>, defaultFn: () => U, f: (value: T) => U): U;

  /**
   * Calls a function with the contained value if `Some`, and returns the option unchanged.
   *
   * @example
   * ```ts
   * const seen: number[] = [];
   * assert.deepEqual(Some(4).inspect((x) => { seen.push(x); }), Some(4));
   * assert.deepEqual(seen, [4]);
   * ```
   */
  inspect<T = never>(this: Option<T>, f: (value: T) => void): Option<T>;

  /**
   * Returns `Some` if the option is `Some` and its value matches the predicate, else `None`.
   * A type guard narrows the result.
   *
   * @example
   * ```ts
   * const isEven = (n: number) => n % 2 === 0;
   * assert.equal(None.filter(isEven), None);
   * assert.equal(Some(3).filter(isEven), None);
   * assert.deepEqual(Some(4).filter(isEven), Some(4));
   * ```
   */
  filter<T = never, S extends T = T>(this: Option<T>, predicate: (value: T) => value is S): Option<S>;
  filter<T = never>(this: Option<T>, predicate: (value: T) => boolean): Option<T>;

  /**
   * Converts from `Option<Option<T>>` to `Option<T>`, removing one level of nesting.
   *
   * @example
   * ```ts
   * assert.deepEqual(Some(Some(6)).flatten(), Some(6));
   * assert.equal(Some(None).flatten(), None);
   * assert.equal(None.flatten(), None);
   * ```
   */
  flatten<T = never>(this: Option<Option<T>>): Option<T>;

  /**
   * Transposes an `Option` of a `Result` into a `Result` of an `Option`: `None` becomes
   * `Ok(None)`, `Some(Ok(v))` becomes `Ok(Some(v))` and `Some(Err(e))` becomes `Err(e)`.
   *
   * @example
   * ```ts
   * assert.deepEqual(Some(Ok(5)).transpose(), Ok(Some(5)));
   * assert.deepEqual(None.transpose(), Ok(None));
   * assert.deepEqual(Some(Err("e")).transpose(), Err("e"));
   * ```
   */
  transpose<T = never, E = never>(this: Option<Result<T, E>>): Result<Option<T>, E>;

  /**
   * Transforms `Some(v)` into `Ok(v)` and `None` into `Err(error)` (evaluated eagerly).
   *
   * @example
   * ```ts
   * assert.deepEqual(Some("foo").okOr(0), Ok("foo"));
   * assert.deepEqual(None.okOr(0), Err(0));
   * ```
   */
  okOr<T = never, E = never>(this: Option<T>, error: E): Result<T, E>;

  /**
   * Transforms `Some(v)` into `Ok(v)` and `None` into `Err(f())`.
   *
   * @example
   * ```ts
   * assert.deepEqual(Some("foo").okOrElse(() => 0), Ok("foo"));
   * assert.deepEqual(None.okOrElse(() => 0), Err(0));
   * ```
   */
  okOrElse<T = never, E = never>(this: Option<T>, f: () => E): Result<T, E>;

  // Boolean operators

  /**
   * Returns `None` if the option is `None`, otherwise returns `other`.
   *
   * @example
   * ```ts
   * assert.equal(Some(2).and(None), None);
   * assert.equal(None.and(Some("foo")), None);
   * assert.deepEqual(Some(2).and(Some("foo")), Some("foo"));
   * ```
   */
  and<T = never, U = never>(this: Option<T>, other: Option<U>): Option<U>;

  /**
   * Returns `None` if the option is `None`, otherwise calls `f` with the value and returns
   * what it returns. Use it to chain lookups that may each find nothing.
   *
   * @example
   * ```ts
   * const inverse = (x: number): Option<number> => (x === 0 ? None : Some(1 / x));
   * assert.deepEqual(Some(4).andThen(inverse), Some(0.25));
   * assert.equal(Some(0).andThen(inverse), None);
   * assert.equal(None.andThen(inverse), None);
   * ```
   */
  andThen<T = never, U = never>(this: Option<T>, f: (value: T) => Option<U>): Option<U>;

  /**
   * Returns the option if it contains a value, otherwise returns `other` (evaluated eagerly).
   *
   * @example
   * ```ts
   * assert.deepEqual(Some(2).or(None), Some(2));
   * assert.deepEqual(None.or(Some(100)), Some(100));
   * assert.deepEqual(Some(2).or(Some(100)), Some(2));
   * ```
   */
  or<T = never, U = never>(this: Option<T>, other: Option<U>): Option<T | U>;

  /**
   * Returns the option if it contains a value, otherwise calls `f` and returns what it returns.
   *
   * @example
   * ```ts
   * assert.deepEqual(Some("barbarians").orElse(() => Some("vikings")), Some("barbarians"));
   * assert.deepEqual(None.orElse(() => Some("vikings")), Some("vikings"));
   * ```
   */
  orElse<T = never, U = never>(this: Option<T>, f: () => Option<U>): Option<T | U>;

  /**
   * Returns `Some` if exactly one of `this` and `other` is `Some`, otherwise `None`.
   *
   * @example
   * ```ts
   * assert.deepEqual(Some(2).xor(None), Some(2));
   * assert.deepEqual(None.xor(Some(2)), Some(2));
   * assert.equal(Some(2).xor(Some(2)), None);
   * ```
   */
  xor<T = never, U = never>(this: Option<T>, other: Option<U>): Option<T | U>;

  /**
   * Zips `this` with another option: `Some([a, b])` if both are `Some`, otherwise `None`.
   *
   * @example
   * ```ts
   * assert.deepEqual(Some(1).zip(Some("hi")), Some([1, "hi"]));
   * assert.equal(Some(1).zip(None), None);
   * ```
   */
  zip<T = never, U = never>(this: Option<T>, other: Option<U>): Option<[T, U]>;

  /**
   * Zips `this` and another option with a function: `Some(f(a, b))` if both are `Some`.
   *
   * @example
   * ```ts
   * const point = (x: number, y: number) => ({ x, y });
   * assert.deepEqual(Some(17.5).zipWith(Some(42.7), point), Some({ x: 17.5, y: 42.7 }));
   * assert.equal(Some(17.5).zipWith(None, point), None);
   * ```
   */
  zipWith<T = never, U = never, R = never>(this: Option<T>, other: Option<U>, f: (value: T, other: U) => R): Option<R>;

  // Iterating and serialising

  /**
   * Returns an iterator over the possibly contained value: one item if `Some`, none if `None`.
   *
   * @example
   * ```ts
   * assert.deepEqual([...Some(4).iter()], [4]);
   * assert.deepEqual([...None.iter()], []);
   * ```
   */
  iter<T = never>(this: Option<T>): IterableIterator<T>;

  /**
   * Returns the JSON shape: `{ tag: "Some", value }` or `{ tag: "None" }`.
   *
   * @example
   * ```ts
   * assert.equal(JSON.stringify(Some(1)), '{"tag":"Some","value":1}');
   * assert.equal(JSON.stringify(None), '{"tag":"None"}');
   * ```
   */
  toJSON<T = never>(this: Option<T>): OptionJSON<T>;

  /**
   * Renders the option as Rust's `Debug` would: `Some(1)`, `None`.
   *
   * @example
   * ```ts
   * assert.equal(String(Some("a")), 'Some("a")');
   * assert.equal(String(None), "None");
   * ```
   */
  toString(): string;
}
