// Type tests: `tsc` checks that each line under `@ts-expect-error` really is an error, so
// these functions prove that ids cannot be swapped or forged. They are never called.
import type { UserId } from "./ids.js";
import type { Order, OrderBook } from "./orders.js";

export function swappedArguments(book: OrderBook, order: Order): unknown {
  // @ts-expect-error: an OrderId is not a UserId, and a UserId is not an OrderId.
  return book.cancel(order.id, order.owner);
}

export function plainString(): UserId {
  // @ts-expect-error: a plain string is not a UserId; parse it with parseUserId.
  return "u-1";
}
