import { Err, Ok, Option, TaggedError } from "ferrous";
import type { Result } from "ferrous";
import type { OrderId, UserId } from "./ids.js";

export interface Order {
  readonly id: OrderId;
  readonly owner: UserId;
  readonly item: string;
}

export class NoSuchOrder extends TaggedError("NoSuchOrder")<{ orderId: OrderId }> {}
export class NotYourOrder extends TaggedError("NotYourOrder")<{ orderId: OrderId; userId: UserId }> {}
export type CancelError = NoSuchOrder | NotYourOrder;

/** Orders by id. The parameters cannot be swapped: an `OrderId` is not a `UserId`. */
export class OrderBook {
  private readonly byId: ReadonlyMap<OrderId, Order>;

  constructor(orders: readonly Order[]) {
    this.byId = new Map(orders.map((order) => [order.id, order]));
  }

  /** The order the user may cancel. */
  cancel(userId: UserId, orderId: OrderId): Result<Order, CancelError> {
    return Option.from(this.byId.get(orderId))
      .okOrElse(() => new NoSuchOrder({ orderId }))
      .andThen((order) => (order.owner === userId ? Ok(order) : Err(new NotYourOrder({ orderId, userId }))));
  }
}
