// Type tests: `npm test` runs `tsc --noEmit -p .` over tests/, so every `expectTypeOf` here is
// checked, and every `@ts-expect-error` line must stay an error.
import { Err, None, Ok, Option, Result, Some, type AsyncResult } from "ferrous";
import { describe, expect, expectTypeOf, it } from "vitest";

const cond: boolean = Math.random() < 2;

describe("types", () => {
  it("methods are callable on an inferred Ok | Err union without an annotation", () => {
    // neverthrow#629: TS2349 "not callable" on this union.
    function f() {
      return cond ? Ok(1) : Err("x");
    }
    const r = f();
    expectTypeOf(r).toEqualTypeOf<Ok<number> | Err<never, string>>();
    const mapped = r.map((x) => x + 1);
    expectTypeOf(mapped).toEqualTypeOf<Result<number, string>>();
    const chained = r.andThen((x) => (x > 0 ? Ok(String(x)) : Err(0)));
    expectTypeOf(chained).toEqualTypeOf<Result<string, string | number>>();
    expectTypeOf(r.unwrapOr(0)).toEqualTypeOf<number>();
    expectTypeOf(r.mapErr((e) => e.length)).toEqualTypeOf<Result<number, number>>();
    expectTypeOf(r.match({ Ok: (v) => v, Err: (e) => e })).toEqualTypeOf<number | string>();
    expect(mapped.isOk() || mapped.isErr()).toBe(true);
  });

  it("methods are callable on an inferred Some | None union", () => {
    function g() {
      return cond ? Some(1) : None;
    }
    const o = g();
    expectTypeOf(o.map((x) => `${x}`)).toEqualTypeOf<Option<string>>();
    expectTypeOf(o.unwrapOr(0)).toEqualTypeOf<number>();
    expect(o.isSome() || o.isNone()).toBe(true);
  });

  it(".value and .error need narrowing", () => {
    const r = Ok(1) as Result<number, string>;
    // @ts-expect-error -- an un-narrowed Result has no `value`
    expect(r.value).toBe(1);
    // @ts-expect-error -- nor `error`
    expect(r.error).toBeUndefined();
    if (r.isOk()) expectTypeOf(r.value).toEqualTypeOf<number>();
    else expectTypeOf(r.error).toEqualTypeOf<string>();
    if (r.tag === "Err") expectTypeOf(r).toEqualTypeOf<Err<number, string>>();
    const o = Some(1) as Option<number>;
    // @ts-expect-error -- an un-narrowed Option has no `value`
    expect(o.value).toBe(1);
    if (o.isNone()) expectTypeOf(o).toEqualTypeOf<None>();
  });

  it("values are read-only", () => {
    const r = Ok(1);
    // @ts-expect-error -- readonly
    r.value = 2;
    // @ts-expect-error -- readonly
    Err("e").error = "f";
    expect(r.tag).toBe("Ok");
  });

  it("Ok and Err widen to any Result", () => {
    const a: Result<number, string> = Ok(1);
    const b: Result<number, string> = Err("e");
    // @ts-expect-error -- wrong error type
    const c: Result<number, string> = Err(1);
    // @ts-expect-error -- wrong value type
    const d: Result<number, string> = Ok("1");
    expect([a, b, c, d]).toHaveLength(4);
  });

  it("Result.all and Option.all keep tuple types; arrays stay arrays", () => {
    const r = Result.all([Ok(1), Ok("a") as Result<string, Error>, Err(2 as const)]);
    expectTypeOf(r).toEqualTypeOf<Result<[number, string, never], Error | 2>>();
    const list: Result<number, string>[] = [Ok(1)];
    expectTypeOf(Result.all(list)).toEqualTypeOf<Result<number[], string>>();
    const any = Result.any([Ok(1) as Result<number, "a">, Err("b" as const)]);
    expectTypeOf(any).toEqualTypeOf<Result<number, ["a", "b"]>>();
    expectTypeOf(Option.all([Some(1), None])).toEqualTypeOf<Option<[number, never]>>();
    expect(r.isErr()).toBe(true);
  });

  it("Result.gen infers the union of yielded errors, async too", () => {
    const one = (): Result<number, "one"> => Ok(1);
    const two = (): Result<string, "two"> => Ok("2");
    const sync = Result.gen(function* () {
      const a = yield* one();
      const b = yield* two();
      return [a, b] as const;
    });
    expectTypeOf(sync).toEqualTypeOf<Result<readonly [number, string], "one" | "two">>();
    const later = Result.gen(async function* () {
      const a = yield* await one().toAsync();
      return a;
    });
    expectTypeOf(later).toEqualTypeOf<AsyncResult<number, "one">>();
    expect(sync.isOk()).toBe(true);
  });

  it("combinators compute their types like Rust's", () => {
    const r = Ok(1) as Result<number, "a">;
    expectTypeOf(r.and(Ok("x") as Result<string, "b">)).toEqualTypeOf<Result<string, "a" | "b">>();
    expectTypeOf(r.or(Ok("x") as Result<string, "b">)).toEqualTypeOf<Result<number | string, "b">>();
    expectTypeOf(r.orElse(() => Ok(true))).toEqualTypeOf<Result<number | boolean, never>>();
    expectTypeOf(r.ok()).toEqualTypeOf<Option<number>>();
    expectTypeOf(r.err()).toEqualTypeOf<Option<"a">>();
    expectTypeOf(Ok(Ok(1) as Result<number, "in">).flatten()).toEqualTypeOf<Result<number, "in">>();
    expectTypeOf(Ok(Some(1)).transpose()).toEqualTypeOf<Option<Result<number, never>>>();
    expectTypeOf(Some(1).okOr("none" as const)).toEqualTypeOf<Result<number, "none">>();
    expectTypeOf(Some(Ok(1)).transpose()).toEqualTypeOf<Result<Option<number>, never>>();
    expectTypeOf(Some(1).zip(Some("a"))).toEqualTypeOf<Option<[number, string]>>();
    expectTypeOf(r.toAsync()).toEqualTypeOf<AsyncResult<number, "a">>();
    // @ts-expect-error -- flatten needs a nested Result
    const notNested = r.flatten();
    expect(notNested).toBe(1);
    expect(r.isOk()).toBe(true);
  });

  it("Result.try and Result.wrap type the error as unknown unless mapped", () => {
    expectTypeOf(Result.try(() => 1)).toEqualTypeOf<Result<number, unknown>>();
    expectTypeOf(Result.try(() => 1, () => "e" as const)).toEqualTypeOf<Result<number, "e">>();
    expectTypeOf(Result.tryAsync(() => Promise.resolve(1))).toEqualTypeOf<AsyncResult<number, unknown>>();
    expect(Result.try(() => 1).isOk()).toBe(true);
  });
});
