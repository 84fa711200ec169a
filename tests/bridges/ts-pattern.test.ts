// ts-pattern needs no bridge: ferrous values carry a `tag` and their fields as own
// properties, so they are matched as they are. Nothing is wrapped.
import { Err, None, Ok, Some, TaggedError } from "ferrous";
import type { Option, Result } from "ferrous";
import { P, match } from "ts-pattern";
import { describe, expect, expectTypeOf, it } from "vitest";

class NotFound extends TaggedError("NotFound")<{ id: string }> {}
class Timeout extends TaggedError("Timeout")<{ afterMs: number }> {}
class Invalid extends TaggedError("Invalid")<{ field: string; reason: "missing" | "malformed" }> {}
type FetchError = NotFound | Timeout | Invalid;

const fetched = (tag: "ok" | "notFound" | "timeout" | "missing" | "malformed"): Result<{ name: string }, FetchError> => {
  switch (tag) {
    case "ok":
      return Ok({ name: "ada" });
    case "notFound":
      return Err(new NotFound({ id: "7" }));
    case "timeout":
      return Err(new Timeout({ afterMs: 500 }));
    case "missing":
    case "malformed":
      return Err(new Invalid({ field: "name", reason: tag }));
  }
};

describe("ts-pattern on ferrous values", () => {
  it("matches Ok and Err by tag, exhaustively, narrowing value and error", () => {
    const describeResult = (result: Result<number, string>): string =>
      match(result)
        .with({ tag: "Ok" }, (ok) => {
          expectTypeOf(ok.value).toEqualTypeOf<number>();
          return `ok ${ok.value}`;
        })
        .with({ tag: "Err" }, (err) => {
          expectTypeOf(err.error).toEqualTypeOf<string>();
          return `err ${err.error}`;
        })
        .exhaustive();
    expect(describeResult(Ok(1))).toBe("ok 1");
    expect(describeResult(Err("no"))).toBe("err no");
  });

  it("does not compile when a variant is missing", () => {
    const partial = (result: Result<number, string>): string =>
      // @ts-expect-error: the Err case is not handled.
      match(result).with({ tag: "Ok" }, () => "ok").exhaustive(); // eslint-disable-line @typescript-eslint/no-unsafe-return -- does not compile, on purpose
    expect(partial(Ok(1))).toBe("ok");
    expect(() => partial(Err("x"))).toThrow(/Pattern matching error/u);
  });

  it("matches nested patterns over a Result of a TaggedError union", () => {
    const status = (result: Result<{ name: string }, FetchError>): string =>
      match(result)
        .with({ tag: "Ok", value: { name: P.string } }, ({ value }) => `200 ${value.name}`)
        .with({ tag: "Err", error: { tag: "NotFound" } }, ({ error }) => `404 ${error.id}`)
        .with({ tag: "Err", error: { tag: "Timeout", afterMs: P.number.gte(1000) } }, () => "504 slow")
        .with({ tag: "Err", error: { tag: "Timeout" } }, ({ error }) => `503 after ${error.afterMs}ms`)
        .with({ tag: "Err", error: { tag: "Invalid", reason: "missing" } }, ({ error }) => `400 ${error.field} missing`)
        .with({ tag: "Err", error: { tag: "Invalid", reason: "malformed" } }, () => "422 malformed")
        .exhaustive();
    expect(status(fetched("ok"))).toBe("200 ada");
    expect(status(fetched("notFound"))).toBe("404 7");
    expect(status(fetched("timeout"))).toBe("503 after 500ms");
    expect(status(fetched("missing"))).toBe("400 name missing");
    expect(status(fetched("malformed"))).toBe("422 malformed");
  });

  it("sees TaggedErrors as real Errors with instanceOf patterns too", () => {
    const kind = (result: Result<{ name: string }, FetchError>): string =>
      match(result)
        .with({ tag: "Err", error: P.instanceOf(Timeout) }, ({ error }) => `retry after ${error.afterMs}`)
        .with({ tag: "Err", error: P.instanceOf(Error) }, ({ error }) => `give up: ${error.name}`)
        .with({ tag: "Ok" }, () => "fine")
        .exhaustive();
    expect(kind(fetched("timeout"))).toBe("retry after 500");
    expect(kind(fetched("notFound"))).toBe("give up: NotFound");
    expect(kind(fetched("ok"))).toBe("fine");
  });

  it("matches Options, None included, and selects inner values", () => {
    const label = (option: Option<{ user: { name: string } }>): string =>
      match(option)
        .with({ tag: "Some", value: { user: { name: P.select() } } }, (name) => `hello ${name}`)
        .with({ tag: "None" }, () => "nobody")
        .exhaustive();
    expect(label(Some({ user: { name: "ada" } }))).toBe("hello ada");
    expect(label(None)).toBe("nobody");
  });

  it("matches tuples of Results", () => {
    const both = (pair: readonly [Result<number, string>, Option<number>]): number =>
      match(pair)
        .with([{ tag: "Ok" }, { tag: "Some" }], ([a, b]) => a.value + b.value)
        .with([{ tag: "Ok" }, { tag: "None" }], ([a]) => a.value)
        .with([{ tag: "Err" }, P._], () => -1)
        .exhaustive();
    expect(both([Ok(1), Some(2)])).toBe(3);
    expect(both([Ok(1), None])).toBe(1);
    expect(both([Err("x"), Some(2)])).toBe(-1);
  });
});
