import { parser } from "ferrous/zod";
import { z } from "zod";

// Newtypes are zod's branded schemas: a `UserId` is a string that went through this
// schema, and the only way to get one is to parse. No wrapper object exists at run time.
export const UserId = z.string().regex(/^u-\d+$/u).brand("UserId");
export type UserId = z.output<typeof UserId>;

export const OrderId = z.string().regex(/^o-\d+$/u).brand("OrderId");
export type OrderId = z.output<typeof OrderId>;

/** Construction functions that parse: `(input: unknown) => Result<UserId, ZodError>`. */
export const parseUserId = parser(UserId);
export const parseOrderId = parser(OrderId);
