import { show } from "./show.js";

/**
 * Stops the program because of a bug: throws an `Error` with `message` (and `cause`).
 *
 * A panic is not an error to handle. Use it, like Rust's `panic!`, for states the program
 * should never reach; return an `Err` for failures the caller should handle.
 *
 * @throws {Error} always.
 * @example
 * ```ts
 * function divide(a: number, b: number): number {
 *   if (b === 0) panic("divide by zero");
 *   return a / b;
 * }
 * assert.throws(() => divide(1, 0), /divide by zero/);
 * ```
 */
export function panic(message: string, cause?: unknown): never {
  throw cause === undefined ? new Error(message) : new Error(message, { cause });
}

/**
 * Marks code that cannot be reached; throws if it is reached after all.
 *
 * @throws {Error} always, with Rust's message `internal error: entered unreachable code`.
 * @example
 * ```ts
 * function sign(n: number): string {
 *   if (n > 0) return "+";
 *   if (n <= 0) return "-";
 *   return unreachable("a number is either > 0 or <= 0, unless it is NaN");
 * }
 * assert.throws(() => sign(Number.NaN), /unreachable code: a number/);
 * ```
 */
export function unreachable(message?: string): never {
  const reason = message === undefined ? "" : `: ${message}`;
  throw new Error(`internal error: entered unreachable code${reason}`);
}

/**
 * Asserts at compile time that every case was handled, and throws at run time if not.
 *
 * @throws {TypeError} always, naming the value that got through.
 * @example
 * ```ts
 * type Shape = { kind: "circle"; r: number } | { kind: "square"; side: number };
 * function area(shape: Shape): number {
 *   switch (shape.kind) {
 *     case "circle": return Math.PI * shape.r ** 2;
 *     case "square": return shape.side ** 2;
 *     default: return assertNever(shape);
 *   }
 * }
 * assert.equal(area({ kind: "square", side: 2 }), 4);
 * ```
 */
export function assertNever(value: never, message?: string): never {
  throw new TypeError(message ?? `assertNever: unexpected value ${show(value)}`);
}

/** The value of a `throw` or a rejection as an `Error`: itself when it is one, else wrapped. */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return new Error(`panic: a non-Error value was thrown: ${show(thrown)}`, { cause: thrown });
}
