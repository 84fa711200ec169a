// The iterators behind `yield*` on ferrous values (the do-notation hook).

/** `yield* Ok(x)` / `yield* Some(x)`: finishes at once with the value, without suspending. */
export class Done<T> {
  readonly #value: T;
  constructor(value: T) {
    this.#value = value;
  }
  next(): IteratorReturnResult<T> {
    return { done: true, value: this.#value };
  }
}

/**
 * `yield* Err(e)` / `yield* None`: yields the value once (the `gen` driver stops there and
 * closes the body); a second `next()` ends it, so spreading an Err or None terminates.
 */
export class Once<T> {
  #value: T | undefined;
  constructor(value: T) {
    this.#value = value;
  }
  next(): IteratorResult<T, undefined> {
    const value = this.#value;
    if (value === undefined) return { done: true, value: undefined };
    this.#value = undefined;
    return { done: false, value };
  }
}
