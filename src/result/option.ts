import { hasBrand, OPTION_BRAND } from "./brand.js";
import { optionGen } from "./gen.js";
import { optionFromJSON } from "./json.js";
import { None, Some } from "./some-none.js";
import type { SomeValue, SomeValues } from "./types.js";

/**
 * `Option<T>` is an optional value: either `Some(value)` or `None`. Use it where a value may
 * be absent and the absence is not an error; `Option.from` turns a nullable into one.
 *
 * Narrow it by `tag` or with `isSome()` before reading `value`.
 *
 * @mustUse
 * @example
 * ```ts
 * function divide(numerator: number, denominator: number): Option<number> {
 *   return denominator === 0 ? None : Some(numerator / denominator);
 * }
 * const result = divide(2, 3);
 * assert.equal(result.match({ Some: (x) => `Result: ${x.toFixed(2)}`, None: () => "Cannot divide by 0" }), "Result: 0.67");
 * ```
 */
export type Option<T> = Some<T> | None;

/** The JSON shape of an Option: `{ tag: "Some", value }` or `{ tag: "None" }`. */
export type OptionJSON<T> = { readonly tag: "Some"; readonly value: T } | { readonly tag: "None" };

/** `Some(value)` unless `value` is `null` or `undefined`. */
function from<T>(value: T): Option<NonNullable<T>> {
  return value === null || value === undefined ? None : Some(value);
}

/** `Some` of every value (tuple types kept), or `None` if any is `None`. */
function all<const O extends readonly Option<unknown>[]>(options: O): Option<SomeValues<O>> {
  const values: unknown[] = [];
  for (const option of options) {
    if (option.tag === "None") return None;
    values.push(option.value);
  }
  return Some(values as SomeValues<O>);
}

/**
 * Do-notation for Options.
 *
 * @throws whatever a sync body throws.
 */
function gen<R>(body: () => Generator<None, R, unknown>): Option<R>;
function gen<R>(body: () => AsyncGenerator<None, R, unknown>): Promise<Option<R>>;
/** @throws whatever a sync body throws (see the first overload). */
function gen(
  body: (() => Generator<None, unknown, unknown>) | (() => AsyncGenerator<None, unknown, unknown>),
): Option<unknown> | Promise<Option<unknown>> {
  return optionGen(body);
}

/**
 * The Option a JSON shape stands for.
 *
 * @throws {TypeError} when `json` is not the shape.
 */
function fromJSON<T>(json: OptionJSON<T>): Option<T>;
function fromJSON(json: unknown): Option<unknown>;
/** @throws {TypeError} when `json` is not the shape (see the first overload). */
function fromJSON(json: unknown): Option<unknown> {
  return optionFromJSON(json);
}

/** `Some([a, b])` into `[Some(a), Some(b)]`; `None` into `[None, None]`. */
function unzip<O extends Option<readonly [unknown, unknown]>>(
  option: O,
): [Option<SomeValue<O>[0]>, Option<SomeValue<O>[1]>] {
  if (option.tag === "None") return [None, None];
  const [a, b] = option.value;
  return [Some(a), Some(b)] as [Option<SomeValue<O>[0]>, Option<SomeValue<O>[1]>];
}

/**
 * The statics of {@link Option}.
 *
 * @example
 * ```ts
 * assert.deepEqual(Option.from(new Map([["a", 1]]).get("a")), Some(1));
 * ```
 */
export const Option = {
  /**
   * Converts a nullable value: `null` and `undefined` become `None`, anything else `Some`.
   *
   * @example
   * ```ts
   * assert.deepEqual(Option.from(0), Some(0));
   * assert.equal(Option.from(null), None);
   * assert.equal(Option.from(undefined), None);
   * ```
   */
  from,

  /**
   * Combines a list of Options: `Some` of every value (tuple types kept), or `None` if any is.
   *
   * @example
   * ```ts
   * assert.deepEqual(Option.all([Some(1), Some("a")]), Some([1, "a"]));
   * assert.equal(Option.all([Some(1), None]), None);
   * ```
   */
  all,

  /**
   * Do-notation for Options: `yield* option` gives the value of a `Some` or ends the body
   * with `None` (running its `finally` blocks). An `async function*` body gives a Promise.
   *
   * @throws whatever a sync body throws.
   * @example
   * ```ts
   * const first = (xs: readonly number[]) => Option.from(xs[0]);
   * const sum = Option.gen(function* () {
   *   return (yield* first([1])) + (yield* first([2]));
   * });
   * assert.deepEqual(sum, Some(3));
   * assert.equal(Option.gen(function* () { return yield* first([]); }), None);
   * ```
   */
  gen,

  /**
   * Returns `true` if `value` is a ferrous Option (of any copy of the package).
   *
   * @example
   * ```ts
   * assert.equal(Option.isOption(None), true);
   * assert.equal(Option.isOption({ tag: "None" }), false);
   * ```
   */
  isOption(value: unknown): value is Option<unknown> {
    return hasBrand(value, OPTION_BRAND);
  },

  /**
   * Reads an Option back from its JSON shape (`{ tag: "Some", value }` / `{ tag: "None" }`).
   * For input from outside the program, use `ferrous/zod`'s `optionSchema`.
   *
   * @throws {TypeError} when `json` is not the shape, naming what is wrong.
   * @example
   * ```ts
   * assert.deepEqual(Option.fromJSON(JSON.parse('{"tag":"Some","value":1}')), Some(1));
   * assert.equal(Option.fromJSON({ tag: "None" }), None);
   * assert.throws(() => Option.fromJSON({ tag: "None", value: 1 }), /unexpected field "value"/);
   * ```
   */
  fromJSON,

  /**
   * Unzips an option of a pair: `Some([a, b])` into `[Some(a), Some(b)]`, `None` into
   * `[None, None]`.
   *
   * @example
   * ```ts
   * assert.deepEqual(Option.unzip(Some([1, "hi"] as const)), [Some(1), Some("hi")]);
   * assert.deepEqual(Option.unzip(None), [None, None]);
   * ```
   */
  unzip,
} as const;
