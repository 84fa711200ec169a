// Callbacks are `async` without `await` on purpose: they return promises, which is the point.
/* eslint-disable @typescript-eslint/require-await */
import { AsyncResult, Err, None, Ok, Result, Some, UnwrapError } from "ferrous";
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from "vitest";

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe("AsyncResult", () => {
  it("is awaitable and PromiseLike<Result>", async () => {
    const r = Result.fromPromise(Promise.resolve(1));
    expectTypeOf(r).toEqualTypeOf<AsyncResult<number, never>>();
    expectTypeOf(r).toExtend<PromiseLike<Result<number, never>>>();
    expect(await r).toEqual(Ok(1));
  });

  it("map / mapErr take sync or async callbacks", async () => {
    expect(await Ok(1).toAsync().map((x) => x + 1)).toEqual(Ok(2));
    const mapped = Ok(1).toAsync().map(async (x) => `${x}`);
    expectTypeOf(mapped).toEqualTypeOf<AsyncResult<string, never>>();
    expect(await mapped).toEqual(Ok("1"));
    expect(await Err(2).toAsync().mapErr(async (e) => e * 10)).toEqual(Err(20));
    expect(await Err(2).toAsync().map(() => "no")).toEqual(Err(2));
  });

  it("andThen / orElse accept a Result, an AsyncResult or a promise of a Result", async () => {
    const start = Ok(2).toAsync() as AsyncResult<number, string>;
    expect(await start.andThen((x) => Ok(x * 2))).toEqual(Ok(4));
    expect(await start.andThen((x) => Ok(x * 3).toAsync())).toEqual(Ok(6));
    expect(await start.andThen(async (x) => (x > 5 ? Ok(x) : Err("small")))).toEqual(Err("small"));
    const recovered = Err("e").toAsync().orElse(async (e) => Ok(e.length));
    expectTypeOf(recovered).toEqualTypeOf<AsyncResult<number, never>>();
    expect(await recovered).toEqual(Ok(1));
    expect(await Ok(1).toAsync().and(Promise.resolve(Ok("next")))).toEqual(Ok("next"));
    expect(await Err("x").toAsync().or(Ok(0).toAsync())).toEqual(Ok(0));
  });

  it("mixes with async functions that return Promise<Result>", async () => {
    const lookup = async (id: number): Promise<Result<string, "missing">> => (id === 1 ? Ok("Ann") : Err("missing"));
    const r = AsyncResult.from(lookup(1)).andThen(async (name) => Ok(name.length));
    expectTypeOf(r).toEqualTypeOf<AsyncResult<number, "missing">>();
    expect(await r).toEqual(Ok(3));
    expect(await AsyncResult.from(lookup(2))).toEqual(Err("missing"));
  });

  it("inspect / inspectErr wait for async callbacks and pass the value on", async () => {
    const seen: unknown[] = [];
    const r = await Ok(1)
      .toAsync()
      .inspect(async (x) => {
        await tick();
        seen.push(x);
      })
      .inspectErr((e) => seen.push(e));
    expect(r).toEqual(Ok(1));
    expect(seen).toEqual([1]);
  });

  it("terminal methods resolve to plain values", async () => {
    const ok = Ok(3).toAsync() as AsyncResult<number, string>;
    const err = Err("e").toAsync() as AsyncResult<number, string>;
    expect(await ok.match({ Ok: (v) => v, Err: async (e) => e.length })).toBe(3);
    expect(await err.match({ Ok: (v) => v, Err: async (e) => e.length })).toBe(1);
    expect(await err.unwrapOr(0)).toBe(0);
    expect(await err.unwrapOrElse(async (e) => e.length)).toBe(1);
    expect(await ok.isOk()).toBe(true);
    expect(await ok.isErr()).toBe(false);
    expect(await ok.isOkAnd((x) => x === 3)).toBe(true);
    expect(await err.isErrAnd((e) => e === "e")).toBe(true);
    expect(await ok.ok()).toEqual(Some(3));
    expect(await ok.err()).toBe(None);
    expect(await ok.mapOr(0, (x) => x * 2)).toBe(6);
    expect(await err.mapOrElse((e) => e.length, (x) => x)).toBe(1);
    expect(await ok.mapOrElse(() => 0, (x) => x * 2)).toBe(6);
    expect(await ok.unwrap()).toBe(3);
    expect(await err.unwrapErr()).toBe("e");
    await expect(err.unwrap()).rejects.toBeInstanceOf(UnwrapError);
    await expect(err.expect("should be there")).rejects.toThrow('should be there: "e"');
    await expect(ok.expectErr("should fail")).rejects.toThrow("should fail: 3");
  });

  it("fromPromise: a rejection becomes an Err only through mapErr", async () => {
    const reason = new Error("offline");
    const r = Result.fromPromise(Promise.reject(reason), (e) => ({ kind: "io" as const, cause: e }));
    expectTypeOf(r).toEqualTypeOf<AsyncResult<never, { kind: "io"; cause: unknown }>>();
    expect(await r).toEqual(Err({ kind: "io", cause: reason }));
  });

  it("fromPromise without mapErr: a rejection is a panic that rejects the awaiter", async () => {
    const reason = new Error("offline");
    const r = Result.fromPromise(Promise.reject(reason)).map((x) => x);
    await expect(r).rejects.toBe(reason);
    // The panic passes through mapErr and orElse: they handle Errs, not bugs.
    await expect(Result.fromPromise(Promise.reject(reason)).mapErr(() => "handled")).rejects.toBe(reason);
  });

  it("a panic that is not an Error is wrapped in one", async () => {
    const r = Result.fromPromise(Promise.reject(new Error("x"))).map(() => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a careless callback does
      throw "a string";
    });
    await expect(r).rejects.toBe(await r.then(undefined, (e: unknown) => e));
    const thrown = await r.then(undefined, (e: unknown) => e);
    expect(thrown).toBeInstanceOf(Error);
  });

  it("tryAsync: a sync throw or a rejection becomes an Err", async () => {
    const syncThrow = Result.tryAsync(() => {
      throw new Error("sync");
    }, (e) => (e as Error).message);
    expect(await syncThrow).toEqual(Err("sync"));
    expect(await Result.tryAsync(() => Promise.reject(new Error("async")))).toEqual(Err(new Error("async")));
    expect(await Result.tryAsync(async () => 5)).toEqual(Ok(5));
  });

  it("callbacks that throw are panics: the awaited promise rejects with the Error", async () => {
    const bug = new Error("bug in map");
    const r = Ok(1)
      .toAsync()
      .map(() => {
        throw bug;
      })
      .andThen(() => Ok(2));
    await expect(r).rejects.toBe(bug);
    await expect(r.unwrapOr(0)).rejects.toBe(bug);
  });
});

describe("AsyncResult never causes an unhandled rejection", () => {
  const unhandled: unknown[] = [];
  const listener = (reason: unknown): void => {
    unhandled.push(reason);
  };
  beforeEach(() => {
    unhandled.length = 0;
    process.on("unhandledRejection", listener);
  });
  afterEach(() => {
    process.off("unhandledRejection", listener);
  });

  it("whatever the caller does with a rejected promise or a throwing callback", async () => {
    const boom = (): never => {
      throw new Error("callback threw");
    };
    // Dropped on the floor, never awaited: every one of these panics inside.
    void Result.fromPromise(Promise.reject(new Error("dropped")));
    void Result.fromPromise(Promise.reject(new Error("dropped and chained"))).map((x) => x);
    void Ok(1).toAsync().map(boom);
    void Ok(1).toAsync().map(() => Promise.reject(new Error("rejecting map")));
    void Ok(1).toAsync().andThen(() => Promise.reject(new Error("rejecting andThen")));
    void Ok(1).toAsync().inspect(() => Promise.reject(new Error("rejecting inspect")));
    void Err("e").toAsync().orElse(boom);
    void Err("e").toAsync().and(Promise.reject(new Error("dropped and() argument")));
    void Ok(1).toAsync().mapErr(boom).match({ Ok: boom, Err: boom });
    void Ok(1).toAsync().map(boom).unwrapOr(0);
    void Ok(1).toAsync().map(boom).unwrap();
    void Err("e").toAsync().unwrap();
    void Ok(1).toAsync().then(boom);
    void AsyncResult.from(Promise.reject(new Error("from a rejected promise")));
    void Result.gen(async function* () {
      yield* Ok(1);
      throw new Error("gen body");
    });
    await tick();
    await tick();
    expect(unhandled).toEqual([]);
  });
});
