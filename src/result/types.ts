// Type machinery for the statics (`all`, `any`, `gen`, ...), kept apart from the runtime files.
import type { Err, Ok } from "./ok-err.js";
import type { Some } from "./some-none.js";

/**
 * The success type of a Result type, distributed over unions.
 * `OkValue<Ok<number, never> | Err<never, string>>` is `number`.
 */
export type OkValue<R> = R extends Ok<infer T, unknown> ? T : never;

/**
 * The error type of a Result type, distributed over unions.
 * `ErrValue<Ok<number, never> | Err<never, string>>` is `string`.
 */
export type ErrValue<R> = R extends Err<unknown, infer E> ? E : never;

/** The contained type of an Option type: `SomeValue<Some<1> | None>` is `1`. */
export type SomeValue<O> = O extends Some<infer T> ? T : never;

/**
 * The success types of a tuple (or array) of Results, position by position.
 * `OkValues<[Result<number, "a">, Result<string, "b">]>` is `[number, string]`.
 */
export type OkValues<R extends readonly unknown[]> = { -readonly [K in keyof R]: OkValue<R[K]> };

/** The error types of a tuple of Results, position by position (for `Result.any`). */
export type ErrValues<R extends readonly unknown[]> = { -readonly [K in keyof R]: ErrValue<R[K]> };

/** The contained types of a tuple of Options: `SomeValues<[Option<1>, Option<"a">]>` is `[1, "a"]`. */
export type SomeValues<O extends readonly unknown[]> = { -readonly [K in keyof O]: SomeValue<O[K]> };
