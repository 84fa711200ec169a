// A module moved to ferrous. It calls the neverthrow module through `fromResultAsync` and
// returns ferrous values; neverthrow callers convert back with `toResultAsync`.
import { Err, Ok, Result, TaggedError } from "ferrous";
import type { AsyncResult } from "ferrous";
import { fromResultAsync } from "ferrous/neverthrow";
import { chargeCard } from "./legacy/payments.js";
import type { PaymentDeclined, Receipt } from "./legacy/payments.js";

export class EmptyCart extends TaggedError("EmptyCart") {}

export type CheckoutError = EmptyCart | PaymentDeclined;

export interface Order {
  readonly items: number;
  readonly receipt: Receipt;
}

function totalOf(cart: readonly number[]): Result<number, EmptyCart> {
  return cart.length === 0 ? Err(new EmptyCart()) : Ok(cart.reduce((sum, cents) => sum + cents, 0));
}

export function checkout(cart: readonly number[]): AsyncResult<Order, CheckoutError> {
  return Result.gen(async function* () {
    const total = yield* totalOf(cart);
    const receipt = yield* await fromResultAsync(chargeCard(total));
    return { items: cart.length, receipt };
  });
}
