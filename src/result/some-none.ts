import { branded, OPTION_BRAND } from "./brand.js";
import { finishedIteratorResult, Once } from "./iterators.js";
import { Err, Ok, type ResultImpl } from "./ok-err.js";
import type { Option, OptionJSON } from "./option.js";
import type { OptionMethods } from "./option-methods.js";
import { show } from "./show.js";
import { UnwrapError } from "./unwrap-error.js";

/**
 * The variant of {@link Option} that holds a `value`. `yield* some` inside `Option.gen`
 * gives the value.
 *
 * @mustUse
 * @example
 * ```ts
 * const o: Option<number> = Some(3);
 * if (o.isSome()) assert.equal(o.value, 3);
 * ```
 */
export interface Some<T> extends OptionMethods {
  /** The discriminant: always `"Some"`. */
  readonly tag: "Some";
  /** The contained value. */
  readonly value: T;
  /**
   * The do-notation hook: `yield* some` gives the value without suspending the generator.
   *
   * @example
   * ```ts
   * assert.deepEqual(Option.gen(function* () { return (yield* Some(2)) + 1; }), Some(3));
   * ```
   */
  [Symbol.iterator](): Iterator<None, T, unknown>;
}

/**
 * The variant of {@link Option} that holds nothing. There is exactly one `None` value.
 *
 * @mustUse
 * @example
 * ```ts
 * const o: Option<number> = None;
 * assert.equal(o.tag, "None");
 * assert.equal(Option.from(null), None);
 * ```
 */
export interface None extends OptionMethods {
  /** The discriminant: always `"None"`. */
  readonly tag: "None";
  /**
   * The do-notation hook: `yield* None` ends the `Option.gen` body with `None`.
   *
   * @example
   * ```ts
   * assert.equal(Option.gen(function* () { yield* None; return 1; }), None);
   * ```
   */
  [Symbol.iterator](): Iterator<None, never, unknown>;
}

type AnyOption = Option<unknown>;

class SomeImpl<T> {
  declare readonly tag: "Some";
  declare readonly value: T;
  /** Read by `yield*`: a Some is a finished IteratorResult (on the prototype, iterators.ts). */
  declare readonly done: true;

  constructor(value: T) {
    (this as { value: T }).value = value;
  }

  isSome(): boolean {
    return true;
  }
  isNone(): boolean {
    return false;
  }
  isSomeAnd(predicate: (value: T) => boolean): boolean {
    return predicate(this.value);
  }
  isNoneOr(predicate: (value: T) => boolean): boolean {
    return predicate(this.value);
  }
  expect(): T {
    return this.value;
  }
  unwrap(): T {
    return this.value;
  }
  unwrapOr(): T {
    return this.value;
  }
  unwrapOrElse(): T {
    return this.value;
  }
  match<A>(arms: { readonly Some: (value: T) => A }): A {
    return arms.Some(this.value);
  }
  toNullable(): T {
    return this.value;
  }
  toUndefined(): T {
    return this.value;
  }
  map<U>(f: (value: T) => U): Some<U> {
    return Some(f(this.value));
  }
  mapOr<U>(_defaultValue: U, f: (value: T) => U): U {
    return f(this.value);
  }
  mapOrElse<U>(_defaultFn: unknown, f: (value: T) => U): U {
    return f(this.value);
  }
  inspect(f: (value: T) => void): this {
    f(this.value);
    return this;
  }
  filter(predicate: (value: T) => boolean): AnyOption {
    return predicate(this.value) ? (this as unknown as AnyOption) : None;
  }
  flatten(): T {
    return this.value;
  }
  transpose(): ResultImpl {
    const result = this.value as ResultImpl;
    return result.tag === "Ok" ? (Ok(Some(result.value)) as unknown as ResultImpl) : result;
  }
  okOr(): unknown {
    return Ok(this.value);
  }
  okOrElse(): unknown {
    return Ok(this.value);
  }
  and<O>(other: O): O {
    return other;
  }
  andThen<O>(f: (value: T) => O): O {
    return f(this.value);
  }
  or(): this {
    return this;
  }
  orElse(): this {
    return this;
  }
  xor(other: AnyOption): AnyOption {
    return other.tag === "None" ? (this as unknown as AnyOption) : None;
  }
  zip(other: AnyOption): AnyOption {
    return other.tag === "Some" ? Some([this.value, other.value]) : None;
  }
  zipWith(other: AnyOption, f: (value: T, other: unknown) => unknown): AnyOption {
    return other.tag === "Some" ? Some(f(this.value, other.value)) : None;
  }
  iter(): IterableIterator<T> {
    return [this.value][Symbol.iterator]();
  }
  toJSON(): OptionJSON<T> {
    return { tag: "Some", value: this.value };
  }
  toString(): string {
    return `Some(${show(this.value)})`;
  }
  // `yield* some` allocates nothing: the Some is its own iterator and finished result (iterators.ts).
  [Symbol.iterator](): this {
    return this;
  }
  next(): this {
    return this;
  }
}

class NoneImpl {
  declare readonly tag: "None";

  isSome(): boolean {
    return false;
  }
  isNone(): boolean {
    return true;
  }
  isSomeAnd(): boolean {
    return false;
  }
  isNoneOr(): boolean {
    return true;
  }
  /** @throws {UnwrapError} always: the value is `None`. */
  expect(message: string): never {
    throw new UnwrapError(message);
  }
  /** @throws {UnwrapError} always: the value is `None`. */
  unwrap(): never {
    throw new UnwrapError("called `unwrap()` on a `None` value");
  }
  unwrapOr<U>(defaultValue: U): U {
    return defaultValue;
  }
  unwrapOrElse<U>(f: () => U): U {
    return f();
  }
  match<B>(arms: { readonly None: () => B }): B {
    return arms.None();
  }
  toNullable(): null {
    return null;
  }
  toUndefined(): undefined {
    return undefined;
  }
  map(): this {
    return this;
  }
  mapOr<U>(defaultValue: U): U {
    return defaultValue;
  }
  mapOrElse<U>(defaultFn: () => U): U {
    return defaultFn();
  }
  inspect(): this {
    return this;
  }
  filter(): this {
    return this;
  }
  flatten(): this {
    return this;
  }
  transpose(): unknown {
    return Ok(this);
  }
  okOr(error: unknown): unknown {
    return Err(error);
  }
  okOrElse(f: () => unknown): unknown {
    return Err(f());
  }
  and(): this {
    return this;
  }
  andThen(): this {
    return this;
  }
  or<O>(other: O): O {
    return other;
  }
  orElse<O>(f: () => O): O {
    return f();
  }
  xor<O>(other: O): O {
    return other;
  }
  zip(): this {
    return this;
  }
  zipWith(): this {
    return this;
  }
  iter(): IterableIterator<never> {
    return ([] as never[])[Symbol.iterator]();
  }
  toJSON(): OptionJSON<never> {
    return { tag: "None" };
  }
  toString(): string {
    return "None";
  }
  [Symbol.iterator](): Once<None> {
    return new Once(None);
  }
}

// As in ok-err.ts: tag and brand on the prototypes.
const SomeClass = /* @__PURE__ */ branded(SomeImpl, "Some", OPTION_BRAND, finishedIteratorResult);
const NoneClass = /* @__PURE__ */ branded(NoneImpl, "None", OPTION_BRAND);

/**
 * Contains a value.
 *
 * @example
 * ```ts
 * const o = Some(5);
 * assert.equal(o.tag, "Some");
 * assert.equal(o.value, 5);
 * ```
 */
export function Some<T>(value: T): Some<T> {
  // SAFETY: SomeImpl implements every member of the Some interface (see ok-err.ts).
  return new SomeClass(value) as unknown as Some<T>;
}

/**
 * No value: the one, frozen `None`. Every way to get a `None` (`Option.from(null)`,
 * `Some(1).filter(() => false)`, `Ok(1).err()`, ...) returns this same object, so a `None`
 * allocates nothing.
 *
 * @example
 * ```ts
 * assert.equal(Option.from(undefined), None);
 * assert.equal(Object.isFrozen(None), true);
 * ```
 */
// SAFETY: NoneImpl implements every member of the None interface.
export const None: None = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ new NoneClass()) as unknown as None;
