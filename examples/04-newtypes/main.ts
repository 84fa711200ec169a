import { Result, matchTag } from "ferrous";
import { parseOrderId, parseUserId } from "./ids.js";
import { OrderBook } from "./orders.js";

function main(): void {
  // Ids arrive as strings (a request, a database row); they become ids by parsing, once.
  const book = Result.all([parseUserId("u-1"), parseUserId("u-2"), parseOrderId("o-10"), parseOrderId("o-11")]).map(
    ([alice, bob, book10, book11]) =>
      new OrderBook([
        { id: book10, owner: alice, item: "keyboard" },
        { id: book11, owner: bob, item: "monitor" },
      ]),
  ).mapErr(() => "the order book did not load");

  const requests = [
    { user: "u-1", order: "o-10" },
    { user: "u-1", order: "o-11" },
    { user: "u-1", order: "o-99" },
    { user: "o-10", order: "u-1" },
  ];

  for (const request of requests) {
    // A string that is not an id is rejected here, at the edge, with the caller's words.
    const userId = parseUserId(request.user).mapErr(() => `"${request.user}" is not a user id`);
    const orderId = parseOrderId(request.order).mapErr(() => `"${request.order}" is not an order id`);
    const outcome = Result.all([book, userId, orderId]).match({
      Ok: ([orders, userId, orderId]) =>
        orders.cancel(userId, orderId).match({
          Ok: (order) => `cancelled ${order.id} (${order.item})`,
          Err: (error) =>
            matchTag(error, {
              NoSuchOrder: ({ orderId: id }) => `no order ${id}`,
              NotYourOrder: ({ orderId: id, userId }) => `${id} does not belong to ${userId}`,
            }),
        }),
      Err: (error) => `bad request: ${error}`,
    });
    console.log(`${request.user} cancels ${request.order}: ${outcome}`);
  }
}

main();
