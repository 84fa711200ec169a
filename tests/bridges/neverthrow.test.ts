import { AsyncResult, Err, Ok, Result } from "ferrous";
import { fromNeverthrow, fromResultAsync, toNeverthrow, toResultAsync } from "ferrous/neverthrow";
import fc from "fast-check";
import { ResultAsync, err, errAsync, ok, okAsync } from "neverthrow";
import type { Result as NeverthrowResult } from "neverthrow";
import { describe, expect, expectTypeOf, it } from "vitest";

class NotFound extends Error {
  readonly id: string;
  constructor(id: string) {
    super(`no ${id}`);
    this.id = id;
  }
}

describe("fromNeverthrow / toNeverthrow", () => {
  it("convert Ok and Err, keeping the value or error itself", () => {
    const value = { id: 1 };
    const error = new NotFound("x");
    const fromOk = fromNeverthrow(ok<{ id: number }, NotFound>(value));
    const fromErr = fromNeverthrow(err<{ id: number }, NotFound>(error));
    expect(fromOk).toEqual(Ok(value));
    expect(fromOk.isOk() && fromOk.value).toBe(value);
    expect(fromErr.isErr() && fromErr.error).toBe(error);
    expect(Result.isResult(fromOk)).toBe(true);
    expectTypeOf(fromOk).toEqualTypeOf<Result<{ id: number }, NotFound>>();

    const back = toNeverthrow(fromErr);
    expect(back.isErr() && back.error).toBe(error);
    expectTypeOf(back).toEqualTypeOf<NeverthrowResult<{ id: number }, NotFound>>();
    expect(toNeverthrow(Ok(2))._unsafeUnwrap()).toBe(2);
  });

  it("round-trip any value or error in both directions", () => {
    fc.assert(
      fc.property(fc.anything(), fc.boolean(), (payload, isOk) => {
        const ferrous: Result<unknown, unknown> = isOk ? Ok(payload) : Err(payload);
        const there = fromNeverthrow(toNeverthrow(ferrous));
        expect(there.tag).toBe(ferrous.tag);
        expect(there.isOk() ? there.value : there.error).toBe(payload);

        const neverthrow: NeverthrowResult<unknown, unknown> = isOk ? ok(payload) : err(payload);
        const back = toNeverthrow(fromNeverthrow(neverthrow));
        expect(back.isOk()).toBe(isOk);
        expect(back.isOk() ? back.value : back.error).toBe(payload);
      }),
    );
  });

  it("keep the types of a round trip", () => {
    const start = ok<number, NotFound>(1);
    expectTypeOf(toNeverthrow(fromNeverthrow(start))).toEqualTypeOf<NeverthrowResult<number, NotFound>>();
    const ferrous: Result<string, "gone"> = Err("gone");
    expectTypeOf(fromNeverthrow(toNeverthrow(ferrous))).toEqualTypeOf<Result<string, "gone">>();
  });

  it("let a migrated module chain on a neverthrow value with ferrous's methods", () => {
    const legacy = (n: number): NeverthrowResult<number, string> => (n > 0 ? ok(n) : err("not positive"));
    const doubled = fromNeverthrow(legacy(2)).map((n) => n * 2);
    expect(doubled).toEqual(Ok(4));
    expect(fromNeverthrow(legacy(0)).mapErr((e) => e.toUpperCase())).toEqual(Err("NOT POSITIVE"));
  });
});

describe("fromResultAsync / toResultAsync", () => {
  it("convert a ResultAsync into an AsyncResult with the same outcome", async () => {
    const okAsyncResult = fromResultAsync(okAsync<number, NotFound>(1));
    expect(okAsyncResult).toBeInstanceOf(AsyncResult);
    expectTypeOf(okAsyncResult).toEqualTypeOf<AsyncResult<number, NotFound>>();
    expect(await okAsyncResult).toEqual(Ok(1));
    const error = new NotFound("y");
    const errResult = await fromResultAsync(errAsync<number, NotFound>(error));
    expect(errResult.isErr() && errResult.error).toBe(error);
  });

  it("convert an AsyncResult into a ResultAsync with the same outcome", async () => {
    const asyncResult = Result.fromPromise(Promise.resolve(3));
    const resultAsync = toResultAsync(asyncResult);
    expect(resultAsync).toBeInstanceOf(ResultAsync);
    expectTypeOf(resultAsync).toEqualTypeOf<ResultAsync<number, never>>();
    expect((await resultAsync)._unsafeUnwrap()).toBe(3);
    const failed = await toResultAsync(Result.fromPromise(Promise.reject(new Error("offline")), () => "offline" as const));
    expect(failed.isErr() && failed.error).toBe("offline");
  });

  it("round-trip in both directions, keeping values, errors and types", async () => {
    const start = errAsync<string, { code: number }>({ code: 7 });
    const roundTrip = toResultAsync(fromResultAsync(start));
    expectTypeOf(roundTrip).toEqualTypeOf<ResultAsync<string, { code: number }>>();
    expect((await roundTrip)._unsafeUnwrapErr()).toEqual({ code: 7 });

    const ferrous = Result.fromPromise(Promise.resolve("v"), () => 0);
    const back = fromResultAsync(toResultAsync(ferrous));
    expectTypeOf(back).toEqualTypeOf<AsyncResult<string, number>>();
    expect(await back).toEqual(Ok("v"));
  });

  it("keep a rejection a rejection (a panic), never an Err", async () => {
    const rejecting = new ResultAsync<number, string>(Promise.reject(new Error("driver crashed")));
    await expect(fromResultAsync(rejecting)).rejects.toThrow("driver crashed");
    const panicking = Result.fromPromise(Promise.reject(new Error("bug")));
    await expect(toResultAsync(panicking)).rejects.toThrow("bug");
  });

  it("let neverthrow code chain on a migrated module's AsyncResult", async () => {
    const migrated = (id: number): AsyncResult<string, "missing"> =>
      Result.fromPromise(Promise.resolve(id)).andThen((n) => (n === 1 ? Ok("one") : Err("missing" as const)));
    const found = await toResultAsync(migrated(1)).map((name) => name.toUpperCase());
    expect(found._unsafeUnwrap()).toBe("ONE");
    const missing = await toResultAsync(migrated(2)).mapErr((e) => `${e}!`);
    expect(missing._unsafeUnwrapErr()).toBe("missing!");
  });
});
