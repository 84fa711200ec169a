import { matchTag } from "ferrous";
import { checkout } from "./checkout.js";
import { checkoutForReport } from "./legacy/report.js";

async function main(): Promise<void> {
  const carts = [[1250, 899], [], [9000, 4000]];

  for (const cart of carts) {
    // The migrated module, used from ferrous code.
    const line = await checkout(cart).match({
      Ok: (order) => `paid ${(order.receipt.cents / 100).toFixed(2)} (${order.receipt.id})`,
      Err: (error) =>
        matchTag(error, {
          EmptyCart: () => "nothing to pay",
          PaymentDeclined: ({ cents }) => `declined: ${(cents / 100).toFixed(2)}`,
        }),
    });
    // The same module, used from a neverthrow module that has not moved yet.
    const report = await checkoutForReport(cart).match(
      (text) => text,
      (error) => `failed with ${error.tag}`,
    );
    console.log(`[${cart.join(", ")}] ferrous: ${line} | neverthrow: ${report}`);
  }
}

await main();
