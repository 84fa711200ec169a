// Type tests: `tsc` checks that each line under `@ts-expect-error` really is an error.
// Calls out of order do not compile. These functions are never called.
import type { Authenticated, Connected } from "./client.js";

export function queryBeforeAuthenticate(client: Connected): unknown {
  // @ts-expect-error: a Connected client has no `query`; authenticate first.
  return client.query;
}

export function connectedIsNotAuthenticated(client: Connected): Authenticated {
  // @ts-expect-error: the states are different types.
  return client;
}
