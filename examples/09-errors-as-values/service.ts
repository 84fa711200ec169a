import { Err, Ok, Result } from "ferrous";
import type { AsyncResult } from "ferrous";
import { InvalidName } from "./errors.js";
import type { RenameError } from "./errors.js";
import type { User, UserRepository } from "./repository.js";

export function parseName(name: string): Result<string, InvalidName> {
  const trimmed = name.trim();
  if (trimmed === "") return Err(new InvalidName({ name, reason: "it is empty" }));
  if (trimmed.length > 40) return Err(new InvalidName({ name, reason: "it is longer than 40 characters" }));
  return Ok(trimmed);
}

/**
 * The business layer, written as straight-line code: each `yield*` is Rust's `?`. An Err
 * ends the body and becomes the result; the return type lists every error of every step.
 */
export function renameUser(repository: UserRepository, id: string, newName: string): AsyncResult<User, RenameError> {
  return Result.gen(async function* () {
    const name = yield* parseName(newName);
    const user = yield* await repository.find(id);
    return yield* await repository.save({ ...user, name });
  });
}
