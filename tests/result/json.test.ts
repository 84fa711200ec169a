import { Err, None, Ok, Option, Result, Some } from "ferrous";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("Result.fromJSON", () => {
  it("reads back the JSON shape", () => {
    expect(Result.fromJSON(JSON.parse(JSON.stringify(Ok({ a: 1 }))))).toEqual(Ok({ a: 1 }));
    expect(Result.fromJSON(JSON.parse(JSON.stringify(Err("e"))))).toEqual(Err("e"));
    // JSON drops an undefined field: Ok() round-trips.
    expect(Result.fromJSON(JSON.parse(JSON.stringify(Ok())))).toEqual(Ok(undefined));
  });

  it("keeps the types of a typed shape", () => {
    const r = Result.fromJSON(Ok(1).toJSON());
    expectTypeOf(r).toEqualTypeOf<Result<number, never>>();
  });

  it.each([
    [null, "got null"],
    [[1], "got an array"],
    ["Ok", 'got string "Ok"'],
    [{ value: 1 }, "got no tag field"],
    [{ tag: "ok", value: 1 }, 'got tag "ok"'],
    [{ tag: "Ok", value: 1, error: 2 }, 'unexpected field "error" in a "Ok"'],
    [{ tag: "Err", value: 1 }, 'unexpected field "value" in a "Err"'],
  ])("throws a TypeError naming what is wrong: %j", (input, message) => {
    expect(() => Result.fromJSON(input)).toThrow(TypeError);
    expect(() => Result.fromJSON(input)).toThrow(message);
  });
});

describe("Option.fromJSON", () => {
  it("reads back the JSON shape", () => {
    expect(Option.fromJSON(JSON.parse(JSON.stringify(Some([1]))))).toEqual(Some([1]));
    expect(Option.fromJSON(JSON.parse(JSON.stringify(None)))).toBe(None);
  });

  it.each([
    [undefined, "got undefined"],
    [{ tag: "Some", value: 1, extra: true }, 'unexpected field "extra"'],
    [{ tag: "None", value: 1 }, 'unexpected field "value" in a "None" (expected no other field)'],
    [{ tag: "Ok", value: 1 }, 'expected tag "Some" or "None", got tag "Ok"'],
  ])("throws a TypeError naming what is wrong: %j", (input, message) => {
    expect(() => Option.fromJSON(input)).toThrow(TypeError);
    expect(() => Option.fromJSON(input)).toThrow(message);
  });
});
