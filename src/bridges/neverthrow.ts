/**
 * `ferrous/neverthrow`: conversions between neverthrow's values and ferrous's, so a codebase
 * can move file by file: a migrated module converts at its edges and the rest stays as it is.
 *
 * neverthrow is an optional peer dependency: importing `ferrous` never loads it; importing
 * this module without neverthrow installed fails at load time with Node's
 * "Cannot find package 'neverthrow'".
 */
import { ResultAsync, err, ok } from "neverthrow";
import type { Result as NeverthrowResult } from "neverthrow";
import { AsyncResult, Err, Ok } from "../index.js";
import type { Result } from "../index.js";

/** A neverthrow `Result` as a ferrous `Result`, with the same value or error. */
export function fromNeverthrow<T, E>(result: NeverthrowResult<T, E>): Result<T, E> {
  return result.isOk() ? Ok(result.value) : Err(result.error);
}

/** A ferrous `Result` as a neverthrow `Result`, with the same value or error. */
export function toNeverthrow<T, E>(result: Result<T, E>): NeverthrowResult<T, E> {
  return result.isOk() ? ok<T, E>(result.value) : err<T, E>(result.error);
}

/**
 * A neverthrow `ResultAsync` as a ferrous `AsyncResult`. A `ResultAsync` built on a promise
 * that rejects (neverthrow lets that happen) stays a rejection: a panic, not an Err.
 */
export function fromResultAsync<T, E>(resultAsync: ResultAsync<T, E>): AsyncResult<T, E> {
  return AsyncResult.from(resultAsync.then((result) => fromNeverthrow(result)));
}

/** A ferrous `AsyncResult` as a neverthrow `ResultAsync`. */
export function toResultAsync<T, E>(asyncResult: AsyncResult<T, E>): ResultAsync<T, E> {
  return new ResultAsync(Promise.resolve(asyncResult).then((result: Result<T, E>) => toNeverthrow(result)));
}
