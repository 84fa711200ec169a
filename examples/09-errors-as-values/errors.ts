import { TaggedError } from "ferrous";

// Each layer's failures are classes with a `tag`: real Errors (stack, cause), matched
// exhaustively by tag. A union type per layer says exactly what can go wrong there.
export class UserNotFound extends TaggedError("UserNotFound")<{ id: string }> {}
export class DatabaseDown extends TaggedError("DatabaseDown")<{ cause: unknown }> {}
export class InvalidName extends TaggedError("InvalidName")<{ name: string; reason: string }> {}

export type RepositoryError = UserNotFound | DatabaseDown;
export type RenameError = InvalidName | RepositoryError;
