import { AsyncResult, Err, None, Ok, Option, Result, Some } from "ferrous";
import type { ResultJSON } from "ferrous";
import { optionSchema, parse, parseAsync, parser, resultSchema } from "ferrous/zod";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import * as z3 from "zod/v3";
import * as zm from "zod/mini";

const Port = z.coerce.number().int().min(1).max(65_535);

describe("parse", () => {
  it("is Ok of the parsed output when the input fits", () => {
    const port = parse(Port, "8080");
    expect(port).toEqual(Ok(8080));
    expectTypeOf(port).toEqualTypeOf<Result<number, z.ZodError<number>>>();
  });

  it("is Err of zod's own ZodError when it does not", () => {
    const port = parse(Port, "99999");
    expect(port.isErr()).toBe(true);
    if (!port.isErr()) return;
    expect(port.error).toBeInstanceOf(z.ZodError);
    expect(port.error.issues[0]?.code).toBe("too_big");
  });

  it("keeps the output type of transforms and defaults (z.output, not z.input)", () => {
    const Schema = z.object({ name: z.string().transform((name) => name.length), tags: z.array(z.string()).default([]) });
    const parsed = parse(Schema, { name: "ada" });
    expect(parsed).toEqual(Ok({ name: 3, tags: [] }));
    expectTypeOf(parsed).toEqualTypeOf<Result<z.output<typeof Schema>, z.ZodError<z.output<typeof Schema>>>>();
    expectTypeOf<z.output<typeof Schema>>().toEqualTypeOf<{ name: number; tags: string[] }>();
  });

  it("never throws, whatever the input", () => {
    for (const input of [undefined, null, 0, "", [], {}, Symbol("s"), () => 1, new Date(Number.NaN)]) {
      expect(parse(Port.refine((n) => n % 2 === 0), input).isErr()).toBe(true);
    }
  });

  it("serves zod 3 schemas with the same code (zod/v3), Err being zod 3's ZodError", () => {
    const Schema = z3.z.object({ id: z3.z.string().uuid() });
    const good = parse(Schema, { id: "7f1c5f5e-7c3e-4a0a-9a8e-2f1d3c4b5a69" });
    expect(good).toEqual(Ok({ id: "7f1c5f5e-7c3e-4a0a-9a8e-2f1d3c4b5a69" }));
    expectTypeOf(good).toEqualTypeOf<Result<{ id: string }, z3.ZodError<{ id: string }>>>();
    const bad = parse(Schema, { id: "nope" });
    expect(bad.isErr() && bad.error instanceof z3.ZodError).toBe(true);
  });

  it("serves zod mini schemas", () => {
    const Schema = zm.object({ n: zm.number() });
    expect(parse(Schema, { n: 1 })).toEqual(Ok({ n: 1 }));
    expect(parse(Schema, { n: "1" }).isErr()).toBe(true);
  });
});

describe("parseAsync", () => {
  const Username = z.string().refine(async (name) => Promise.resolve(name !== "taken"), "the name is taken");

  it("is an AsyncResult of the output or of the ZodError", async () => {
    const free = parseAsync(Username, "ada");
    expect(free).toBeInstanceOf(AsyncResult);
    expectTypeOf(free).toEqualTypeOf<AsyncResult<string, z.ZodError<string>>>();
    expect(await free).toEqual(Ok("ada"));
    const taken = await parseAsync(Username, "taken");
    expect(taken.isErr() && taken.error.issues[0]?.message).toBe("the name is taken");
  });

  it("is a panic (a rejection), not an Err, when a refinement throws: that is a bug", async () => {
    const Broken = z.string().refine(() => Promise.reject(new Error("refinement crashed")));
    await expect(parseAsync(Broken, "x")).rejects.toThrow("refinement crashed");
  });

  it("is what parse would say, for synchronous schemas", async () => {
    expect(await parseAsync(Port, "80")).toEqual(parse(Port, "80"));
    expect((await parseAsync(Port, "x")).isErr()).toBe(true);
  });
});

describe("parser", () => {
  it("is a construction function that parses", () => {
    const parsePort = parser(Port);
    expectTypeOf(parsePort).toEqualTypeOf<(input: unknown) => Result<number, z.ZodError<number>>>();
    expect(["1", "0", "443"].map((text) => parsePort(text).isOk())).toEqual([true, false, true]);
  });
});

describe("branded schemas are the newtypes", () => {
  const UserId = z.uuid().brand("UserId");
  type UserId = z.output<typeof UserId>;
  const OrderId = z.uuid().brand("OrderId");
  type OrderId = z.output<typeof OrderId>;
  const parseUserId = parser(UserId);
  const raw = "7f1c5f5e-7c3e-4a0a-9a8e-2f1d3c4b5a69";

  it("builds a UserId only by parsing", () => {
    // @ts-expect-error: a plain string is not a UserId.
    const forged: UserId = raw;
    expect(forged).toBe(raw);
    const parsed = parseUserId(raw);
    expectTypeOf(parsed).toEqualTypeOf<Result<UserId, z.ZodError<UserId>>>();
    expect(parsed).toEqual(Ok(raw));
    expect(parseUserId("not-a-uuid").isErr()).toBe(true);
  });

  it("keeps ids of different kinds apart", () => {
    const cancel = (userId: UserId, orderId: OrderId): string => `${userId}/${orderId}`;
    const ids = Result.all([parseUserId(raw), parse(OrderId, raw)]);
    expect(ids.isOk()).toBe(true);
    if (!ids.isOk()) return;
    const [userId, orderId] = ids.value;
    expect(cancel(userId, orderId)).toBe(`${raw}/${raw}`);
    // @ts-expect-error: the arguments are swapped.
    expect(cancel(orderId, userId)).toBe(`${raw}/${raw}`);
  });
});

describe("resultSchema", () => {
  const Wire = resultSchema(z.number(), z.object({ code: z.string() }));

  it("turns the JSON shape of a Result into a real ferrous Result", () => {
    const ok = parse(Wire, { tag: "Ok", value: 1 });
    expect(ok).toEqual(Ok(Ok(1)));
    expect(ok.isOk() && Result.isResult(ok.value)).toBe(true);
    expect(parse(Wire, { tag: "Err", error: { code: "E1" } })).toEqual(Ok(Err({ code: "E1" })));
    expectTypeOf(ok).toEqualTypeOf<Result<Result<number, { code: string }>, z.ZodError<Result<number, { code: string }>>>>();
    expectTypeOf<z.input<typeof Wire>>().toEqualTypeOf<ResultJSON<number, { code: string }>>();
  });

  it("round-trips what JSON.stringify writes", () => {
    for (const value of [Ok(41), Err({ code: "E2" })] as const) {
      const wire: unknown = JSON.parse(JSON.stringify(value));
      expect(parse(Wire, wire)).toEqual(Ok(value));
    }
  });

  it("reads Ok(undefined), which JSON writes as {tag:'Ok'}, when the value schema allows undefined", () => {
    const Void = resultSchema(z.undefined(), z.string());
    expect(parse(Void, JSON.parse(JSON.stringify(Ok())))).toEqual(Ok(Ok(undefined)));
    expect(parse(Wire, { tag: "Ok" }).isErr()).toBe(true);
  });

  it("is an Err of zod's for every input that is not the shape", () => {
    const bad: unknown[] = [
      undefined,
      null,
      "Ok",
      [],
      {},
      { tag: "ok", value: 1 },
      { tag: "Ok", value: "1" },
      { tag: "Err", error: "E1" },
      { tag: "Err" },
      { tag: "Some", value: 1 },
      { value: 1 },
    ];
    for (const input of bad) {
      const parsed = parse(Wire, input);
      expect(parsed.isErr() && parsed.error instanceof z.ZodError, JSON.stringify(input)).toBe(true);
    }
  });

  it("applies the inner schemas' transforms", () => {
    const Dated = resultSchema(z.iso.date().transform((text) => new Date(text)), z.string());
    const parsed = parse(Dated, { tag: "Ok", value: "2024-02-29" });
    expect(parsed.isOk() && parsed.value.isOk() && parsed.value.value.getUTCDate()).toBe(29);
    expectTypeOf(parsed).toEqualTypeOf<Result<Result<Date, string>, z.ZodError<Result<Date, string>>>>();
  });

  it("nests inside other schemas", () => {
    const Response = z.object({ id: z.number(), result: Wire });
    expect(parse(Response, { id: 1, result: { tag: "Err", error: { code: "E3" } } })).toEqual(
      Ok({ id: 1, result: Err({ code: "E3" }) }),
    );
  });
});

describe("optionSchema", () => {
  const Wire = optionSchema(z.string());

  it("turns the JSON shape of an Option into a real Option, None being the one None", () => {
    expect(parse(Wire, { tag: "Some", value: "a" })).toEqual(Ok(Some("a")));
    const none = parse(Wire, { tag: "None" });
    expect(none.isOk() && none.value).toBe(None);
    expect(none.isOk() && Option.isOption(none.value)).toBe(true);
    expectTypeOf(none).toEqualTypeOf<Result<Option<string>, z.ZodError<Option<string>>>>();
  });

  it("round-trips what JSON.stringify writes", () => {
    for (const value of [Some("x"), None]) {
      expect(parse(Wire, JSON.parse(JSON.stringify(value)))).toEqual(Ok(value));
    }
  });

  it("is an Err of zod's for every input that is not the shape", () => {
    for (const input of [null, {}, { tag: "Some" }, { tag: "Some", value: 1 }, { tag: "none" }, { tag: "Ok", value: "a" }]) {
      const parsed = parse(Wire, input);
      expect(parsed.isErr() && parsed.error instanceof z.ZodError, JSON.stringify(input)).toBe(true);
    }
  });
});
