// neverthrow code as it often ends up: a ResultAsync started and forgotten (its failure is
// lost), and `_unsafeUnwrap()` where the types got in the way.
import { chargeCard } from "./legacy/payments.js";

export async function checkoutAll(carts: readonly number[]): Promise<string[]> {
  chargeCard(0);
  const receipts: string[] = [];
  for (const cents of carts) {
    const result = await chargeCard(cents);
    receipts.push(result._unsafeUnwrap().id);
  }
  return receipts;
}
