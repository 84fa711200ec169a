// The same three layers with exceptions: the signatures promise a `User`, the failures
// travel invisibly, and the handler's `catch` has to guess what might arrive.

export interface User {
  id: string;
  name: string;
}

export class NotFoundError extends Error {}
export class ValidationError extends Error {}

// Data layer.
export function findUser(users: ReadonlyMap<string, User>, id: string): User {
  const user = users.get(id);
  if (user === undefined) {
    throw new NotFoundError(`no user ${id}`);
  }
  return user;
}

// Business layer.
export function renameUser(users: ReadonlyMap<string, User>, id: string, name: string): User {
  if (name.trim() === "") {
    throw new ValidationError("the name is empty");
  }
  const user = findUser(users, id);
  return { ...user, name: name.trim() };
}

// HTTP layer: the catch is the only place that knows (or guesses) what can go wrong.
export function handleRename(users: ReadonlyMap<string, User>, id: string, name: string): { status: number; body: string } {
  try {
    const user = renameUser(users, id, name);
    return { status: 200, body: `renamed to ${user.name}` };
  } catch (error) {
    if (error instanceof NotFoundError) return { status: 404, body: error.message };
    if (error instanceof ValidationError) return { status: 400, body: error.message };
    return { status: 500, body: "internal error" };
  }
}
