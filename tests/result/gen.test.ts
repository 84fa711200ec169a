import { Err, None, Ok, Option, Result, Some, type AsyncResult } from "ferrous";
import { describe, expect, expectTypeOf, it } from "vitest";

class ParseError extends Error {
  readonly kind = "parse";
}
class RangeProblem extends Error {
  readonly kind = "range";
}

const parse = (s: string): Result<number, ParseError> =>
  /^-?\d+$/.test(s) ? Ok(Number(s)) : Err(new ParseError(s));
const positive = (n: number): Result<number, RangeProblem> => (n > 0 ? Ok(n) : Err(new RangeProblem(String(n))));

describe("Result.gen (sync)", () => {
  it("runs the body at once and wraps its return in Ok", () => {
    const order: string[] = [];
    const r = Result.gen(function* () {
      order.push("body");
      const a = yield* parse("2");
      const b = yield* positive(a);
      return a + b;
    });
    order.push("after");
    expect(r).toEqual(Ok(4));
    expect(order).toEqual(["body", "after"]);
  });

  it("infers the union of every error type yielded", () => {
    const r = Result.gen(function* () {
      const a = yield* parse("2");
      const b = yield* positive(a);
      return `${a + b}`;
    });
    expectTypeOf(r).toEqualTypeOf<Result<string, ParseError | RangeProblem>>();
  });

  it("ends at the first Err, skipping the rest and running finally blocks", () => {
    const events: string[] = [];
    const r = Result.gen(function* () {
      try {
        const a = yield* parse("x");
        events.push("not reached");
        return a;
      } finally {
        events.push("finally");
      }
    });
    expect(r.isErr() && r.error).toBeInstanceOf(ParseError);
    expect(events).toEqual(["finally"]);
  });

  it("`yield* Err(e)` ends with an error of the body's choosing", () => {
    const r = Result.gen(function* () {
      const n = yield* parse("5");
      if (n > 3) yield* Err("too big" as const);
      return n;
    });
    expectTypeOf(r).toEqualTypeOf<Result<number, ParseError | "too big">>();
    expect(r).toEqual(Err("too big"));
  });

  it("a body without yields gives Result<T, never>", () => {
    // eslint-disable-next-line require-yield -- a body that never fails is allowed
    const r = Result.gen(function* () {
      return 1;
    });
    expectTypeOf(r).toEqualTypeOf<Result<number, never>>();
    expect(r).toEqual(Ok(1));
  });

  it("a throw in the body is a panic: it propagates", () => {
    expect(() =>
      Result.gen(function* () {
        yield* Ok(1);
        throw new Error("bug");
      }),
    ).toThrow("bug");
  });

  it("a bare `yield` (without the star) is reported clearly", () => {
    expect(() =>
      // @ts-expect-error -- the body yields a number: `yield` without the star, not a Result
      Result.gen(function* () {
        yield 5;
        return 1;
      }),
    ).toThrow(/use `yield\*`/);
  });

  it("an Ok never suspends the generator: ten steps run in one next() call", () => {
    let steps = 0;
    const r = Result.gen(function* () {
      let total = 0;
      for (let i = 0; i < 10; i++) {
        total += yield* Ok(i);
        steps += 1;
      }
      return total;
    });
    expect(r).toEqual(Ok(45));
    expect(steps).toBe(10);
  });
});

describe("Result.gen (async)", () => {
  it("gives an AsyncResult; `yield* await asyncResult` works", async () => {
    const load = (n: number): AsyncResult<number, ParseError> => Ok(n).toAsync();
    const r = Result.gen(async function* () {
      const a = yield* await load(2);
      const b = yield* parse("3");
      await Promise.resolve();
      return a * b;
    });
    expectTypeOf(r).toEqualTypeOf<AsyncResult<number, ParseError>>();
    expect(await r).toEqual(Ok(6));
  });

  it("stops at an Err and runs finally blocks", async () => {
    const events: string[] = [];
    const r = await Result.gen(async function* () {
      try {
        yield* await Err("nope").toAsync();
        events.push("not reached");
        return 1;
      } finally {
        events.push("finally");
      }
    });
    expect(r).toEqual(Err("nope"));
    expect(events).toEqual(["finally"]);
  });

  it("a throw in the body rejects the awaited result", async () => {
    const r = Result.gen(async function* () {
      yield* await Ok(1).toAsync();
      throw new Error("async bug");
    });
    await expect(r).rejects.toThrow("async bug");
  });
});

describe("Option.gen", () => {
  const first = (xs: readonly number[]): Option<number> => Option.from(xs[0]);

  it("gives Some of the return value, or None at the first None", () => {
    expect(
      Option.gen(function* () {
        return (yield* first([1])) + (yield* first([2]));
      }),
    ).toEqual(Some(3));
    let reached = false;
    const none = Option.gen(function* () {
      const a = yield* first([]);
      reached = true;
      return a;
    });
    expect(none).toBe(None);
    expect(reached).toBe(false);
  });

  it("has an async form that gives a Promise of an Option", async () => {
    const r = Option.gen(async function* () {
      const a = yield* await Promise.resolve(Some(2));
      return a + 1;
    });
    expectTypeOf(r).toEqualTypeOf<Promise<Option<number>>>();
    expect(await r).toEqual(Some(3));
  });
});

describe("Result.gen and the body's prototype", () => {
  // The driver hands each generator body a shared, ready-made `prototype` (for speed); the
  // generators it makes must behave exactly as with their own.
  it("keeps generators of the body working and instanceof the body", () => {
    function* body(): Generator<Err<never, string>, number> {
      const a = yield* Ok(1);
      return a + 1;
    }
    const generatorPrototype = Object.getPrototypeOf(function* () {
      /* empty */
    }) as { prototype: object };
    expect(Result.gen(body)).toEqual(Ok(2));
    expect(Object.getPrototypeOf(body.prototype)).toBe(generatorPrototype.prototype);
    const direct = body();
    expect(direct).toBeInstanceOf(body);
    expect(direct.next()).toEqual({ done: true, value: 2 });
  });

  it("gives every anonymous body the same prototype, so a fresh inline closure needs no new one", () => {
    // Function expressions in an array literal get no name, like a body written inline.
    const bodies = [
      function* (): Generator<Err<never, string>, number> {
        return yield* Ok(1);
      },
      function* (): Generator<Err<never, string>, number> {
        return yield* Ok(2);
      },
    ] as const;
    expect(bodies[0].name).toBe("");
    expect(Result.gen(bodies[0])).toEqual(Ok(1));
    expect(Result.gen(bodies[1])).toEqual(Ok(2));
    expect(bodies[0].prototype).toBe(bodies[1].prototype);
    expect(bodies[0]()).toBeInstanceOf(bodies[1]);
  });

  it("leaves a named generator function's own prototype alone (it is made once and reused)", () => {
    function* named(): Generator<Err<never, string>, number> {
      return yield* Ok(4);
    }
    const own: unknown = named.prototype;
    expect(Result.gen(named)).toEqual(Ok(4));
    expect(Result.gen(named)).toEqual(Ok(4));
    expect(named.prototype).toBe(own);
  });

  it("leaves a body whose prototype cannot be replaced alone", () => {
    const [body] = [
      function* (): Generator<Err<never, string>, number> {
        return yield* Ok(3);
      },
    ];
    const own: unknown = body.prototype;
    Object.defineProperty(body, "prototype", { writable: false });
    expect(Result.gen(body)).toEqual(Ok(3));
    expect(body.prototype).toBe(own);
  });

  it("runs an async anonymous body with the shared prototype too", async () => {
    const [body] = [
      async function* (): AsyncGenerator<Err<never, string>, number> {
        const a = yield* Ok(5);
        return a + (await Promise.resolve(1));
      },
    ];
    expect(await Result.gen(body)).toEqual(Ok(6));
    expect(body()).toBeInstanceOf(body);
  });
});

describe("yield* on Ok and Some allocates no iterator", () => {
  // An Ok (a Some) is its own iterator and its own finished IteratorResult.
  it("gives the value at once, as a finished iterator", () => {
    const ok = Ok(7);
    const iterator = ok[Symbol.iterator]();
    expect(iterator.next()).toMatchObject({ done: true, value: 7 });
    expect([...Ok(7)]).toEqual([]);
    expect([...Some(7)]).toEqual([]);
    expect(Some(7)[Symbol.iterator]().next()).toMatchObject({ done: true, value: 7 });
  });

  it("keeps `done` and `next` off the value's own keys and JSON", () => {
    expect(Object.keys(Ok(1))).toEqual(["value"]);
    expect(Object.keys(Some(1))).toEqual(["value"]);
    expect(JSON.stringify(Ok(1))).toBe('{"tag":"Ok","value":1}');
    expect(Object.entries(Ok(1))).toEqual([["value", 1]]);
  });
});
