// ts-pattern matches ferrous values by their fields as they are: nothing is wrapped. The `tag`
// lives on the prototype, which ts-pattern reads like any other property.
import { Err, None, Ok, Some, type Option, type Result } from "ferrous";
import { match, P } from "ts-pattern";
import { describe, expect, it } from "vitest";

describe("ferrous values with ts-pattern", () => {
  it("matches Results by tag and payload, exhaustively", () => {
    const describeIt = (r: Result<number, string>): string =>
      match(r)
        .with({ tag: "Ok", value: P.number.gt(10) }, ({ value }) => `big ${value}`)
        .with({ tag: "Ok" }, ({ value }) => `small ${value}`)
        .with({ tag: "Err" }, ({ error }) => `failed: ${error}`)
        .exhaustive();
    expect(describeIt(Ok(11))).toBe("big 11");
    expect(describeIt(Ok(1))).toBe("small 1");
    expect(describeIt(Err("no"))).toBe("failed: no");
  });

  it("matches Options", () => {
    const show = (o: Option<string>): string =>
      match(o)
        .with({ tag: "Some" }, ({ value }) => value)
        .with({ tag: "None" }, () => "-")
        .exhaustive();
    expect(show(Some("a"))).toBe("a");
    expect(show(None)).toBe("-");
  });
});
