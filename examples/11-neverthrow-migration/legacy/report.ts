// Another neverthrow module, which now calls a migrated one: it gets a ResultAsync back
// through `toResultAsync` and keeps its neverthrow code as it is.
import type { ResultAsync } from "neverthrow";
import { toResultAsync } from "ferrous/neverthrow";
import { checkout } from "../checkout.js";
import type { CheckoutError, Order } from "../checkout.js";

export function checkoutForReport(cart: readonly number[]): ResultAsync<string, CheckoutError> {
  return toResultAsync(checkout(cart)).map((order: Order) => `order ${order.receipt.id} for ${order.items} items`);
}
