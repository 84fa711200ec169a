// Ids forged by a type assertion: the compiler believes `as UserId`, so a string that was
// never checked (here, swapped by the caller) travels on as if it had been parsed.
import type { OrderId, UserId } from "./ids.js";

export interface CancelRequest {
  user: string;
  order: string;
}

export function idsOf(request: CancelRequest): { userId: UserId; orderId: OrderId } {
  const userId = request.user as UserId;
  const orderId = request.order as OrderId;
  return { userId, orderId };
}
