import { assertNever, Err, matchOn, matchTag, panic, Result, TaggedError, unreachable, UnwrapError } from "ferrous";
import { describe, expect, expectTypeOf, it } from "vitest";

class NotFound extends TaggedError("NotFound")<{ id: string }> {}
class Timeout extends TaggedError("Timeout") {}
class Invalid extends TaggedError("Invalid")<{ message: string; cause: unknown; field: string }> {}
type AppError = NotFound | Timeout | Invalid;

describe("TaggedError", () => {
  it("makes real Errors whose name and tag are the tag", () => {
    const error = new NotFound({ id: "42" });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(NotFound);
    expect(error.name).toBe("NotFound");
    expect(error.tag).toBe("NotFound");
    expect(error.id).toBe("42");
    expect(error.stack?.split("\n")[0]).toMatch(/^NotFound\b/);
    expectTypeOf(error.tag).toEqualTypeOf<"NotFound">();
    expectTypeOf(error.id).toEqualTypeOf<string>();
  });

  it("builds a class without fields with no argument", () => {
    const timeout = new Timeout();
    expect(timeout.tag).toBe("Timeout");
    expect(timeout.message).toBe("");
    expect(Object.keys(timeout)).toEqual(["tag"]);
  });

  it("gives `message` and `cause` fields to Error", () => {
    const cause = new SyntaxError("bad json");
    const error = new Invalid({ message: "email is invalid", cause, field: "email" });
    expect(error.message).toBe("email is invalid");
    expect(error.cause).toBe(cause);
    expect(error.stack?.split("\n")[0]).toBe("Invalid: email is invalid");
    expect(Object.keys(error)).toEqual(["tag", "field"]);
  });

  it("makes the tag and fields own read-only properties", () => {
    const error = new NotFound({ id: "1" });
    expect(Object.getOwnPropertyDescriptor(error, "id")).toMatchObject({ value: "1", writable: false });
    expect(Object.getOwnPropertyDescriptor(error, "tag")).toMatchObject({ value: "NotFound", writable: false });
    expect(() => {
      (error as { id: string }).id = "2";
    }).toThrow(TypeError);
  });

  it("requires the fields the class declares", () => {
    // @ts-expect-error -- NotFound needs { id }
    const missing = new NotFound();
    // @ts-expect-error -- wrong field type
    const wrong = new NotFound({ id: 1 });
    expect([missing.tag, wrong.tag]).toEqual(["NotFound", "NotFound"]);
  });

  it("separates union members by tag, also as Err values", () => {
    const find = (id: string): Result<string, NotFound | Timeout> => Err(new NotFound({ id }));
    const r = find("7");
    expect(r.isErr() && r.error.tag).toBe("NotFound");
  });
});

describe("matchTag", () => {
  const handle = (error: AppError): string =>
    matchTag(error, {
      NotFound: (e) => `missing ${e.id}`,
      Timeout: () => "slow",
      Invalid: (e) => `invalid ${e.field}`,
    });

  it("calls the handler of the value's tag with the narrowed value", () => {
    expect(handle(new NotFound({ id: "1" }))).toBe("missing 1");
    expect(handle(new Timeout())).toBe("slow");
    expect(handle(new Invalid({ message: "m", cause: null, field: "f" }))).toBe("invalid f");
  });

  it("returns the union of the handlers' results", () => {
    const value = matchTag(new Timeout() as AppError, { NotFound: () => 1, Timeout: () => "s", Invalid: () => true });
    expectTypeOf(value).toEqualTypeOf<number | string | boolean>();
  });

  it("takes a wildcard for the variants not named", () => {
    const isTimeout = (error: AppError): boolean => matchTag(error, { Timeout: () => true, _: () => false });
    expect(isTimeout(new Timeout())).toBe(true);
    expect(isTimeout(new NotFound({ id: "1" }))).toBe(false);
  });

  it("does not compile without every handler (and no wildcard)", () => {
    const error = new Timeout() as AppError;
    // @ts-expect-error -- Invalid has no handler
    const partial = () => matchTag(error, { NotFound: () => 1, Timeout: () => 2 });
    expect(typeof partial).toBe("function");
  });

  it("throws a TypeError naming an unknown tag met at run time", () => {
    const stranger = { tag: "Gone" } as unknown as AppError;
    expect(() => handle(stranger)).toThrow(TypeError);
    expect(() => handle(stranger)).toThrow(/no handler for tag "Gone"/);
  });

  it("does not mistake Object.prototype members for handlers", () => {
    const stranger = { tag: "toString" } as unknown as AppError;
    expect(() => handle(stranger)).toThrow(/tag "toString"/);
  });
});

describe("matchOn", () => {
  type Shape = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number };
  const area = (shape: Shape): number =>
    matchOn(shape, "kind", { circle: ({ r }) => 3 * r * r, rect: ({ w, h }) => w * h });

  it("matches over another discriminant key", () => {
    expect(area({ kind: "circle", r: 1 })).toBe(3);
    expect(area({ kind: "rect", w: 2, h: 3 })).toBe(6);
  });

  it("is exhaustive too, and throws on an unknown value", () => {
    const shape = { kind: "rect", w: 1, h: 1 } as Shape;
    // @ts-expect-error -- rect has no handler
    const partial = () => matchOn(shape, "kind", { circle: () => 1 });
    expect(typeof partial).toBe("function");
    expect(() => area({ kind: "hexagon" } as unknown as Shape)).toThrow(/matchOn: no handler for kind "hexagon"/);
  });
});

describe("panics", () => {
  it("panic throws an Error with the message and cause", () => {
    const cause = new Error("root");
    expect(() => panic("broken invariant", cause)).toThrow(new Error("broken invariant"));
    try {
      panic("x", cause);
    } catch (thrown) {
      expect((thrown as Error).cause).toBe(cause);
    }
  });

  it("unreachable throws Rust's message", () => {
    expect(() => unreachable()).toThrow("internal error: entered unreachable code");
    expect(() => unreachable("because")).toThrow("internal error: entered unreachable code: because");
  });

  it("assertNever only compiles on never, and throws a TypeError naming the value", () => {
    const check = (value: "a" | "b"): string => {
      if (value === "a") return "A";
      // @ts-expect-error -- "b" is still possible here
      return assertNever(value);
    };
    expect(check("a")).toBe("A");
    expect(() => check("b")).toThrow(new TypeError('assertNever: unexpected value "b"'));
  });

  it("everything thrown is an Error", () => {
    const throwers = [() => panic("p"), () => unreachable(), () => assertNever(1 as never), () => Err(1).unwrap()];
    for (const thrower of throwers) {
      expect(thrower).toThrow(Error);
    }
    expect(new UnwrapError("m")).toBeInstanceOf(Error);
  });
});
