import { Err, Ok, Result } from "ferrous";
import type { AsyncResult } from "ferrous";
import { DatabaseDown, UserNotFound } from "./errors.js";
import type { RepositoryError } from "./errors.js";

export interface User {
  readonly id: string;
  readonly name: string;
}

/** What the repository needs from a database driver (promises that may reject). */
export interface Database {
  readonly get: (id: string) => Promise<User | undefined>;
  readonly put: (user: User) => Promise<void>;
}

/** The data layer: a driver's rejection becomes a `DatabaseDown` value here, once. */
export class UserRepository {
  constructor(private readonly database: Database) {}

  find(id: string): AsyncResult<User, RepositoryError> {
    return Result.fromPromise(this.database.get(id), (cause) => new DatabaseDown({ cause })).andThen((user) =>
      user === undefined ? Err(new UserNotFound({ id })) : Ok(user),
    );
  }

  save(user: User): AsyncResult<User, DatabaseDown> {
    return Result.fromPromise(this.database.put(user), (cause) => new DatabaseDown({ cause })).map(() => user);
  }
}
