// A module still written with neverthrow. It is not touched by the migration: the modules
// that moved to ferrous convert its values at their edge with `ferrous/neverthrow`.
import { errAsync, okAsync } from "neverthrow";
import type { ResultAsync } from "neverthrow";

export interface Receipt {
  readonly id: string;
  readonly cents: number;
}

export interface PaymentDeclined {
  readonly tag: "PaymentDeclined";
  readonly cents: number;
}

/** Charges a card (simulated): amounts over 100.00 are declined. */
export function chargeCard(cents: number): ResultAsync<Receipt, PaymentDeclined> {
  return cents > 10_000 ? errAsync({ tag: "PaymentDeclined", cents }) : okAsync({ id: `rcpt-${cents}`, cents });
}
