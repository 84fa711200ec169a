import { Err, Ok, Option, TaggedError, panic } from "ferrous";
import type { Result } from "ferrous";

export class ConnectFailed extends TaggedError("ConnectFailed")<{ url: string }> {}
export class AuthFailed extends TaggedError("AuthFailed")<{ user: string }> {}
export class NoSuchTable extends TaggedError("NoSuchTable")<{ table: string }> {}

export type Row = Readonly<Record<string, string | number>>;

/** A database server, simulated in memory so that the example runs anywhere. */
export interface Server {
  readonly url: string;
  readonly tokens: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, readonly Row[]>;
  readonly log: (line: string) => void;
}

// One type per state. A `Connected` client has no `query` method at all, so "query before
// authenticate" is not a run-time check that can be forgotten: it does not compile.

/** A client that is connected and not yet authenticated. Closed by `using`, never by hand. */
export interface Connected extends Disposable {
  authenticate: (user: string, token: string) => Result<Authenticated, AuthFailed>;
}

/** A client that may query. */
export interface Authenticated {
  readonly user: string;
  query: (table: string) => Result<readonly Row[], NoSuchTable>;
}

/** Connects to the server at `url`: the connected client, or why there is none. */
export function connect(server: Server, url: string): Result<Connected, ConnectFailed> {
  if (url !== server.url) return Err(new ConnectFailed({ url }));
  server.log(`connected to ${url}`);
  return Ok(openConnection(server, url));
}

function openConnection(server: Server, url: string): Connected {
  // The one piece of mutable state lives in this closure and nowhere else.
  const state = { open: true };
  const ensureOpen = (): void => {
    // Only reachable by keeping a client past its `using` scope: a bug, not an error.
    if (!state.open) panic(`the connection to ${url} was used after it was closed`);
  };
  return {
    authenticate: (user, token) => {
      ensureOpen();
      if (server.tokens.get(user) !== token) return Err(new AuthFailed({ user }));
      server.log(`authenticated as ${user}`);
      return Ok({
        user,
        query: (table) => {
          ensureOpen();
          return Option.from(server.tables.get(table)).okOrElse(() => new NoSuchTable({ table }));
        },
      });
    },
    [Symbol.dispose]: () => {
      state.open = false;
      server.log(`closed the connection to ${url}`);
    },
  };
}
