import { Err, None, Ok, Option, Some, UnwrapError } from "ferrous";
import { describe, expect, expectTypeOf, it } from "vitest";

// Widened with `as`: an annotated `const` would be narrowed to its initializer's variant.
const some = Some(4) as Option<number>;
const none = None as Option<number>;

describe("Option values", () => {
  it("carry a tag; None is one frozen object", () => {
    expect(Some(1)).toMatchObject({ tag: "Some", value: 1 });
    expect(None.tag).toBe("None");
    expect(Object.isFrozen(None)).toBe(true);
    expect(Object.keys(None)).toEqual([]);
    expect(Some(1).tag).toBe("Some");
  });

  it("every way to a None returns the same object", () => {
    const nones = [
      Option.from(null),
      Option.from(undefined),
      Some(1).filter(() => false),
      Some(1).and(None),
      None.map((x: number) => x),
      Ok(1).err(),
      Err(1).ok(),
      Ok(None).transpose(),
      Option.all([Some(1), None]),
      Some(1).xor(Some(2)),
      Some(1).zip(None),
      Option.fromJSON({ tag: "None" }),
      Option.gen(function* () {
        return yield* None;
      }),
      Some(None).flatten(),
      ...Option.unzip(None),
    ];
    for (const value of nones) expect(value).toBe(None);
  });

  it("None is typed as an Option of anything", () => {
    const maybe: Option<string> = None;
    expectTypeOf(None).toExtend<Option<never>>();
    expect(maybe.isNone()).toBe(true);
  });
});

describe("querying", () => {
  it("isSome / isNone / isSomeAnd / isNoneOr", () => {
    expect([some.isSome(), some.isNone(), none.isSome(), none.isNone()]).toEqual([true, false, false, true]);
    expect(some.isSomeAnd((x) => x > 3)).toBe(true);
    expect(some.isSomeAnd((x) => x > 4)).toBe(false);
    expect(none.isSomeAnd(() => true)).toBe(false);
    expect(some.isNoneOr((x) => x > 4)).toBe(false);
    expect(none.isNoneOr(() => false)).toBe(true);
  });
});

describe("extracting", () => {
  it("unwrap / expect", () => {
    expect(some.unwrap()).toBe(4);
    expect(some.expect("there")).toBe(4);
    expect(() => none.unwrap()).toThrow(new UnwrapError("called `unwrap()` on a `None` value"));
    expect(() => none.expect("user should exist")).toThrow(UnwrapError);
    expect(() => none.expect("user should exist")).toThrow(/^user should exist$/);
  });
  it("unwrapOr / unwrapOrElse / toNullable / toUndefined / match", () => {
    expect(none.unwrapOr(0)).toBe(0);
    expect(some.unwrapOr(0)).toBe(4);
    expect(none.unwrapOrElse(() => 1)).toBe(1);
    expect(some.unwrapOrElse(() => 1)).toBe(4);
    expect(some.toNullable()).toBe(4);
    expect(none.toNullable()).toBeNull();
    expect(none.toUndefined()).toBeUndefined();
    expect(some.match({ Some: (v) => v + 1, None: () => 0 })).toBe(5);
    expect(none.match({ Some: (v) => v + 1, None: () => 0 })).toBe(0);
  });
});

describe("transforming", () => {
  it("map / mapOr / mapOrElse / inspect", () => {
    expect(some.map((x) => `${x}`)).toEqual(Some("4"));
    expect(some.mapOr(0, (x) => x * 2)).toBe(8);
    expect(none.mapOr(0, (x) => x * 2)).toBe(0);
    expect(none.mapOrElse(() => -1, (x) => x * 2)).toBe(-1);
    const seen: number[] = [];
    expect(some.inspect((x) => seen.push(x))).toBe(some);
    expect(none.inspect((x) => seen.push(x))).toBe(none);
    expect(seen).toEqual([4]);
  });
  it("filter keeps a Some only when the predicate holds, and narrows with a type guard", () => {
    const value: Option<string | number> = Some("a");
    const onlyStrings = value.filter((v): v is string => typeof v === "string");
    expectTypeOf(onlyStrings).toEqualTypeOf<Option<string>>();
    expect(onlyStrings).toEqual(Some("a"));
    expect(some.filter((x) => x > 10)).toBe(None);
  });
  it("okOr / okOrElse turn an Option into a Result", () => {
    expect(some.okOr("missing")).toEqual(Ok(4));
    expect(none.okOr("missing")).toEqual(Err("missing"));
    expect(none.okOrElse(() => "lazy")).toEqual(Err("lazy"));
    expect(some.okOrElse(() => "lazy")).toEqual(Ok(4));
  });
  it("flatten / transpose", () => {
    expect(Some(Some(1)).flatten()).toEqual(Some(1));
    expect(Some(Ok(1)).transpose()).toEqual(Ok(Some(1)));
    expect(Some(Err("e")).transpose()).toEqual(Err("e"));
    expect(None.transpose()).toEqual(Ok(None));
  });
});

describe("boolean operators", () => {
  it("and / andThen / or / orElse / xor", () => {
    expect(some.and(Some("x"))).toEqual(Some("x"));
    expect(none.and(Some("x"))).toBe(None);
    expect(some.andThen((x) => (x > 3 ? Some(x) : None))).toEqual(Some(4));
    expect(none.andThen((x) => Some(x))).toBe(None);
    expect(some.or(Some(1))).toBe(some);
    expect(none.or(Some(1))).toEqual(Some(1));
    expect(none.orElse(() => Some(2))).toEqual(Some(2));
    expect(some.orElse(() => Some(2))).toBe(some);
    expect(some.xor(None)).toBe(some);
    expect(none.xor(Some(3))).toEqual(Some(3));
    expect(none.xor(None)).toBe(None);
  });
  it("zip / zipWith / unzip", () => {
    expect(some.zip(Some("a"))).toEqual(Some([4, "a"]));
    expect(none.zip(Some("a"))).toBe(None);
    expect(some.zipWith(Some(2), (a, b) => a * b)).toEqual(Some(8));
    expect(some.zipWith(None, (a: number, b: number) => a * b)).toBe(None);
    const [a, b] = Option.unzip(Some([1, "x"] as const));
    expectTypeOf(a).toEqualTypeOf<Option<1>>();
    expectTypeOf(b).toEqualTypeOf<Option<"x">>();
    expect([a, b]).toEqual([Some(1), Some("x")]);
  });
});

describe("iterating and serialising", () => {
  it("iter / toJSON / toString", () => {
    expect([...some.iter()]).toEqual([4]);
    expect([...none.iter()]).toEqual([]);
    expect(JSON.stringify(some)).toBe('{"tag":"Some","value":4}');
    expect(JSON.stringify(none)).toBe('{"tag":"None"}');
    expect(String(some)).toBe("Some(4)");
    expect(String(none)).toBe("None");
  });
  it("spreading an Option terminates", () => {
    expect([...None]).toEqual([None]);
    expect([...Some(1)]).toEqual([]);
  });
});

describe("Option statics", () => {
  it("from keeps falsy values that are not null or undefined", () => {
    expect(Option.from(0)).toEqual(Some(0));
    expect(Option.from("")).toEqual(Some(""));
    expect(Option.from(false)).toEqual(Some(false));
    const fromNullable = Option.from(null as string | null);
    expectTypeOf(fromNullable).toEqualTypeOf<Option<string>>();
  });
  it("all keeps tuple types", () => {
    const both = Option.all([Some(1), Some("a")]);
    expectTypeOf(both).toEqualTypeOf<Option<[number, string]>>();
    expect(both).toEqual(Some([1, "a"]));
  });
  it("isOption", () => {
    expect(Option.isOption(Some(1))).toBe(true);
    expect(Option.isOption(None)).toBe(true);
    expect(Option.isOption(Ok(1))).toBe(false);
    expect(Option.isOption(undefined)).toBe(false);
  });
});
