import { Err, None, Ok, Option, Result, Some, UnwrapError, type AsyncResult } from "ferrous";
import { describe, expect, expectTypeOf, it } from "vitest";

// Widened with `as`: an annotated `const` would be narrowed to its initializer's variant.
const ok = Ok(2) as Result<number, string>;
const err = Err("bad") as Result<number, string>;
const double = (x: number): number => x * 2;

describe("Result values", () => {
  it("carry a read-only string tag (on the prototype) and their payload as an own field", () => {
    expect(Ok(1)).toMatchObject({ tag: "Ok", value: 1 });
    expect(Err("e")).toMatchObject({ tag: "Err", error: "e" });
    expect("tag" in Ok(1)).toBe(true);
    expect(Object.keys(Ok(1))).toEqual(["value"]);
    expect(Object.keys(Err(1))).toEqual(["error"]);
    expect(() => {
      (Ok(1) as { tag: string }).tag = "Err";
    }).toThrow(TypeError);
    expect("error" in Ok(1)).toBe(false);
    expect("value" in Err(1)).toBe(false);
  });

  it("Ok() with no argument is a Result<void, never>", () => {
    const done = Ok();
    expectTypeOf(done).toEqualTypeOf<Ok<void>>();
    expect(done.value).toBeUndefined();
  });

  it("narrow with switch on tag", () => {
    const describeIt = (r: Result<number, string>): string => {
      switch (r.tag) {
        case "Ok":
          return `ok ${r.value}`;
        case "Err":
          return `err ${r.error}`;
      }
    };
    expect(describeIt(ok)).toBe("ok 2");
    expect(describeIt(err)).toBe("err bad");
  });
});

describe("querying the variant", () => {
  it("isOk / isErr", () => {
    expect([ok.isOk(), ok.isErr(), err.isOk(), err.isErr()]).toEqual([true, false, false, true]);
  });
  it("isOkAnd / isErrAnd", () => {
    expect(ok.isOkAnd((x) => x === 2)).toBe(true);
    expect(ok.isOkAnd((x) => x === 3)).toBe(false);
    expect(err.isOkAnd(() => true)).toBe(false);
    expect(err.isErrAnd((e) => e === "bad")).toBe(true);
    expect(ok.isErrAnd(() => true)).toBe(false);
  });
});

describe("transforming", () => {
  it("ok / err give Options, the one None for the missing side", () => {
    expect(ok.ok()).toEqual(Some(2));
    expect(ok.err()).toBe(None);
    expect(err.ok()).toBe(None);
    expect(err.err()).toEqual(Some("bad"));
  });
  it("map / mapErr touch one side only", () => {
    expect(ok.map(double)).toEqual(Ok(4));
    expect(err.map(double)).toBe(err);
    expect(err.mapErr((e) => e.length)).toEqual(Err(3));
    expect(ok.mapErr((e) => e.length)).toBe(ok);
  });
  it("mapOr / mapOrElse", () => {
    expect(ok.mapOr(0, double)).toBe(4);
    expect(err.mapOr(0, double)).toBe(0);
    expect(ok.mapOrElse((e) => e.length, double)).toBe(4);
    expect(err.mapOrElse((e) => e.length, double)).toBe(3);
  });
  it("inspect / inspectErr call back on their side and return the same value", () => {
    const seen: unknown[] = [];
    expect(ok.inspect((v) => seen.push(v))).toBe(ok);
    expect(err.inspect((v) => seen.push(v))).toBe(err);
    expect(err.inspectErr((e) => seen.push(e))).toBe(err);
    expect(ok.inspectErr((e) => seen.push(e))).toBe(ok);
    expect(seen).toEqual([2, "bad"]);
  });
  it("flatten removes one level", () => {
    expect(Ok(Ok(1)).flatten()).toEqual(Ok(1));
    expect(Ok(Err("in")).flatten()).toEqual(Err("in"));
    expect(Err("out").flatten()).toEqual(Err("out"));
  });
  it("transpose swaps Result and Option", () => {
    expect(Ok(Some(1)).transpose()).toEqual(Some(Ok(1)));
    expect(Ok(None).transpose()).toBe(None);
    expect(Err("e").transpose()).toEqual(Some(Err("e")));
  });
});

describe("boolean operators", () => {
  it("and / or are eager", () => {
    expect(ok.and(Ok("x"))).toEqual(Ok("x"));
    expect(err.and(Ok("x"))).toBe(err);
    expect(ok.or(Ok(9))).toBe(ok);
    expect(err.or(Ok(9))).toEqual(Ok(9));
  });
  it("andThen / orElse call back lazily", () => {
    let calls = 0;
    const step = (x: number): Result<number, string> => {
      calls += 1;
      return x > 0 ? Ok(x - 1) : Err("zero");
    };
    expect(ok.andThen(step).andThen(step).andThen(step)).toEqual(Err("zero"));
    expect(calls).toBe(3);
    expect(err.andThen(step)).toBe(err);
    expect(calls).toBe(3);
    expect(err.orElse((e) => Ok(e.length))).toEqual(Ok(3));
    expect(ok.orElse(() => Ok(0))).toBe(ok);
  });
});

describe("extracting", () => {
  it("unwrap / expect give the value of an Ok", () => {
    expect(ok.unwrap()).toBe(2);
    expect(ok.expect("must")).toBe(2);
    expect(err.unwrapErr()).toBe("bad");
    expect(err.expectErr("must")).toBe("bad");
  });
  it("unwrap on an Err throws UnwrapError with the error as cause, shown in the message", () => {
    const cause = new TypeError("broken");
    const thrown = captureThrow(() => Err(cause).unwrap());
    expect(thrown).toBeInstanceOf(UnwrapError);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown.cause).toBe(cause);
    expect(thrown.name).toBe("UnwrapError");
    expect(thrown.message).toBe("called `unwrap()` on an `Err` value: TypeError: broken");
    expect(thrown.stack?.split("\n")[0]).toBe(`UnwrapError: ${thrown.message}`);
  });
  it("expect puts its message first", () => {
    const thrown = captureThrow(() => Err({ code: 7 }).expect("config should load"));
    expect(thrown.message).toBe('config should load: {"code":7}');
    expect(thrown.cause).toEqual({ code: 7 });
  });
  it("unwrapErr / expectErr on an Ok throw UnwrapError with the value as cause", () => {
    const thrown = captureThrow(() => Ok(5).unwrapErr());
    expect(thrown.message).toBe("called `unwrapErr()` on an `Ok` value: 5");
    expect(thrown.cause).toBe(5);
    expect(captureThrow(() => Ok("v").expectErr("should fail")).message).toBe('should fail: "v"');
  });
  it("unwrapOr / unwrapOrElse", () => {
    expect(ok.unwrapOr(0)).toBe(2);
    expect(err.unwrapOr(0)).toBe(0);
    expect(err.unwrapOrElse((e) => e.length)).toBe(3);
    expect(ok.unwrapOrElse(() => 0)).toBe(2);
  });
  it("match calls the arm of the variant", () => {
    expect(ok.match({ Ok: (v) => `v${v}`, Err: (e) => `e${e}` })).toBe("v2");
    expect(err.match({ Ok: (v) => `v${v}`, Err: (e) => `e${e}` })).toBe("ebad");
  });
});

describe("iterating, async and serialising", () => {
  it("iter yields the value of an Ok and nothing for an Err", () => {
    expect([...ok.iter()]).toEqual([2]);
    expect([...err.iter()]).toEqual([]);
  });
  it("spreading a Result terminates (the do-notation iterator is not a collection)", () => {
    expect([...Err("e")]).toEqual([Err("e")]);
    expect([...Ok(1)]).toEqual([]);
  });
  it("toAsync wraps it in an AsyncResult", async () => {
    const asyncOk: AsyncResult<number, string> = ok.toAsync();
    expect(await asyncOk).toBe(ok);
    expect(await err.toAsync()).toBe(err);
  });
  it("toJSON / toString", () => {
    expect(JSON.stringify(ok)).toBe('{"tag":"Ok","value":2}');
    expect(JSON.stringify(err)).toBe('{"tag":"Err","error":"bad"}');
    expect(String(ok)).toBe("Ok(2)");
    expect(String(err)).toBe('Err("bad")');
    expect(String(Ok(Some([1, 2])))).toBe("Ok(Some([1,2]))");
    expect(String(Err(new RangeError("r")))).toBe("Err(RangeError: r)");
  });
});

describe("Result statics", () => {
  it("try turns a throw into an Err", () => {
    expect(Result.try(() => 1)).toEqual(Ok(1));
    const boom = new Error("boom");
    expect(
      Result.try(() => {
        throw boom;
      }),
    ).toEqual(Err(boom));
    expect(Result.try((): unknown => JSON.parse("{"), (e) => (e instanceof SyntaxError ? "syntax" : "other"))).toEqual(
      Err("syntax"),
    );
  });
  it("wrap makes a safe version of a function that keeps its parameters", () => {
    const safeParse = Result.wrap((text: string, radix: number) => {
      const n = Number.parseInt(text, radix);
      if (Number.isNaN(n)) throw new Error(`not a number: ${text}`);
      return n;
    }, (e) => (e as Error).message);
    expectTypeOf(safeParse).toEqualTypeOf<(text: string, radix: number) => Result<number, string>>();
    expect(safeParse("ff", 16)).toEqual(Ok(255));
    expect(safeParse("zz", 10)).toEqual(Err("not a number: zz"));
  });
  it("all keeps order and stops at the first Err", () => {
    expect(Result.all([])).toEqual(Ok([]));
    expect(Result.all([Ok(1), Ok("a"), Ok(true)])).toEqual(Ok([1, "a", true]));
    expect(Result.all([Ok(1), Err("first"), Err("second")])).toEqual(Err("first"));
  });
  it("any returns the first Ok or every error", () => {
    expect(Result.any([Err(1), Ok("a"), Ok("b")])).toEqual(Ok("a"));
    expect(Result.any([Err(1), Err(2)])).toEqual(Err([1, 2]));
    expect(Result.any([])).toEqual(Err([]));
  });
  it("partition splits values and errors in order", () => {
    const list: Result<number, string>[] = [Ok(1), Err("a"), Ok(2), Err("b")];
    expect(Result.partition(list)).toEqual([
      [1, 2],
      ["a", "b"],
    ]);
  });
  it("isResult recognises ferrous Results only", () => {
    expect(Result.isResult(Ok(1))).toBe(true);
    expect(Result.isResult(Err(1))).toBe(true);
    expect(Result.isResult(Some(1))).toBe(false);
    expect(Result.isResult({ tag: "Ok", value: 1 })).toBe(false);
    expect(Result.isResult(null)).toBe(false);
    expect(Result.isResult("Ok")).toBe(false);
  });
  it("isResult works across copies of the package (brand by Symbol.for)", () => {
    // What a second copy of ferrous makes: another class, the same registered symbol.
    const foreign = Object.create({ [Symbol.for("ferrous.result")]: true }) as object;
    Object.assign(foreign, { tag: "Ok", value: 1 });
    expect(Result.isResult(foreign)).toBe(true);
    expect(Option.isOption(Object.create({ [Symbol.for("ferrous.option")]: true }))).toBe(true);
  });
});

function captureThrow(fn: () => unknown): Error {
  try {
    fn();
  } catch (thrown) {
    if (thrown instanceof Error) return thrown;
    throw new Error("a non-Error was thrown", { cause: thrown });
  }
  throw new Error("expected a throw");
}
