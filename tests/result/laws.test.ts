// Property tests: the laws a Rust programmer relies on, for any values fast-check makes.
import fc from "fast-check";
import { Err, None, Ok, Option, Result, Some } from "ferrous";
import { describe, expect, it } from "vitest";

const value = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null));
const result: fc.Arbitrary<Result<unknown, unknown>> = fc.oneof(
  value.map((v) => Ok(v) as Result<unknown, unknown>),
  value.map((e) => Err(e) as Result<unknown, unknown>),
);
const option: fc.Arbitrary<Option<unknown>> = fc.oneof(value.map((v) => Some(v) as Option<unknown>), fc.constant(None));
// Functions to Results, chosen by fast-check, deterministic in their argument.
const toResult = fc.func(result);
const toOption = fc.func(option);
const plain = fc.func(value);

describe("Result laws", () => {
  it("map identity: r.map(x => x) equals r", () => {
    fc.assert(fc.property(result, (r) => {
      expect(r.map((x) => x)).toEqual(r);
    }));
  });

  it("map composition: r.map(f).map(g) equals r.map(x => g(f(x)))", () => {
    fc.assert(
      fc.property(result, plain, plain, (r, f, g) => {
        expect(r.map(f).map(g)).toEqual(r.map((x) => g(f(x))));
      }),
    );
  });

  it("andThen left identity: Ok(a).andThen(f) equals f(a)", () => {
    fc.assert(fc.property(value, toResult, (a, f) => {
      expect(Ok(a).andThen(f)).toEqual(f(a));
    }));
  });

  it("andThen right identity: r.andThen(Ok) equals r", () => {
    fc.assert(fc.property(result, (r) => {
      expect(r.andThen((x) => Ok(x))).toEqual(r);
    }));
  });

  it("andThen associativity", () => {
    fc.assert(
      fc.property(result, toResult, toResult, (r, f, g) => {
        expect(r.andThen(f).andThen(g)).toEqual(r.andThen((x) => f(x).andThen(g)));
      }),
    );
  });

  it("Result.all equals a sequential andThen that collects", () => {
    fc.assert(
      fc.property(fc.array(result, { maxLength: 8 }), (results) => {
        const sequential = results.reduce<Result<unknown[], unknown>>(
          (acc, r) => acc.andThen((values) => r.map((v) => [...values, v])),
          Ok([]),
        );
        expect(Result.all(results)).toEqual(sequential);
      }),
    );
  });

  it("Result.gen equals the same steps with andThen", () => {
    fc.assert(
      fc.property(result, toResult, toResult, (r, f, g) => {
        const generated = Result.gen(function* () {
          const a = yield* r;
          const b = yield* f(a);
          return yield* g(b);
        });
        expect(generated).toEqual(r.andThen(f).andThen(g));
      }),
    );
  });

  it("JSON round trip: fromJSON(parse(stringify(r))) equals r", () => {
    fc.assert(fc.property(result, (r) => {
      expect(Result.fromJSON(JSON.parse(JSON.stringify(r)))).toEqual(r);
    }));
  });

  it("partition splits what isOk says", () => {
    fc.assert(
      fc.property(fc.array(result), (results) => {
        const [oks, errs] = Result.partition(results);
        expect(oks).toEqual(results.filter((r) => r.isOk()).map((r) => r.value));
        expect(errs).toEqual(results.filter((r) => r.isErr()).map((r) => r.error));
      }),
    );
  });
});

describe("Option laws", () => {
  it("map identity and composition", () => {
    fc.assert(
      fc.property(option, plain, plain, (o, f, g) => {
        expect(o.map((x) => x)).toEqual(o);
        expect(o.map(f).map(g)).toEqual(o.map((x) => g(f(x))));
      }),
    );
  });

  it("andThen identities and associativity", () => {
    fc.assert(
      fc.property(value, option, toOption, toOption, (a, o, f, g) => {
        expect(Some(a).andThen(f)).toEqual(f(a));
        expect(o.andThen((x) => Some(x))).toEqual(o);
        expect(o.andThen(f).andThen(g)).toEqual(o.andThen((x) => f(x).andThen(g)));
      }),
    );
  });

  it("Option.all equals a sequential andThen that collects", () => {
    fc.assert(
      fc.property(fc.array(option, { maxLength: 8 }), (options) => {
        const sequential = options.reduce<Option<unknown[]>>(
          (acc, o) => acc.andThen((values) => o.map((v) => [...values, v])),
          Some([]),
        );
        expect(Option.all(options)).toEqual(sequential);
      }),
    );
  });

  it("JSON round trip", () => {
    fc.assert(fc.property(option, (o) => {
      expect(Option.fromJSON(JSON.parse(JSON.stringify(o)))).toEqual(o);
    }));
  });

  it("Option.from(x) is None exactly for null and undefined", () => {
    fc.assert(
      fc.property(fc.oneof(value, fc.constant(undefined)), (x) => {
        expect(Option.from(x).isNone()).toBe(x === null || x === undefined);
      }),
    );
  });

  it("zip then unzip gives back both sides when both are Some", () => {
    fc.assert(
      fc.property(option, option, (a, b) => {
        const [left, right] = Option.unzip(a.zip(b));
        const both = a.isSome() && b.isSome();
        expect(left).toEqual(both ? a : None);
        expect(right).toEqual(both ? b : None);
      }),
    );
  });
});

describe("Option / Result conversions", () => {
  it("o.okOr(e).ok() equals o", () => {
    fc.assert(fc.property(option, value, (o, e) => {
      expect(o.okOr(e).ok()).toEqual(o);
    }));
  });

  it("r.ok() is Some exactly when r is Ok, and r.err() the other way", () => {
    fc.assert(
      fc.property(result, (r) => {
        expect(r.ok().isSome()).toBe(r.isOk());
        expect(r.err().isSome()).toBe(r.isErr());
      }),
    );
  });

  it("transpose is its own inverse", () => {
    const resultOfOption = fc.oneof(
      option.map((o) => Ok(o) as Result<Option<unknown>, unknown>),
      value.map((e) => Err(e) as Result<Option<unknown>, unknown>),
    );
    fc.assert(
      fc.property(resultOfOption, (r) => {
        const back = r.transpose().transpose();
        expect(back).toEqual(r);
      }),
    );
  });
});
