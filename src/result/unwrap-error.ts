/**
 * The error `unwrap`, `expect` and their `Err`/`None` variants throw when called on the wrong
 * variant: a panic, that is a bug in the caller. Its `cause` is the contained error (or value).
 *
 * @example
 * ```ts
 * const error = new RangeError("too big");
 * try {
 *   Err(error).unwrap();
 * } catch (thrown) {
 *   assert.ok(thrown instanceof UnwrapError);
 *   assert.equal(thrown.cause, error);
 *   assert.equal(thrown.message, "called `unwrap()` on an `Err` value: RangeError: too big");
 * }
 * ```
 */
export class UnwrapError extends Error {
  /** Makes an `UnwrapError` with a message and the contained value as `cause`. */
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
  }

  /** `"UnwrapError"`, on the prototype so the stack trace's first line shows it too. */
  override get name(): string {
    return "UnwrapError";
  }
}
