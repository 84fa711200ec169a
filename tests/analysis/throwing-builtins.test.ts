import { describe, expect, it } from "vitest";
import {
  type ArgumentShape,
  type BuiltinTier,
  builtinCallMayThrow,
  builtinCallOutcome,
  doesNotThrow,
  lookupThrowingBuiltin,
  throwingBuiltins,
} from "../../src/analysis/throwing-builtins.js";

/** What running `run` throws, or undefined: the evidence, checked on this Node. */
function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const badData: ReadonlySet<BuiltinTier> = new Set(["bad-data"]);
const all: ReadonlySet<BuiltinTier> = new Set(["bad-data", "programmer-error"]);
const openGroup = "(";
const text = (value: string): ArgumentShape => ({ kind: "string", value });

/** For each entry: a call that fails the way its evidence says, on this Node. */
const failing: Record<string, () => unknown> = {
  "JSON.parse": () => JSON.parse("{") as unknown,
  "JSON.stringify": () => JSON.stringify({ n: 1n }),
  URL: () => new URL("nope"),
  decodeURIComponent: () => decodeURIComponent("%"),
  decodeURI: () => decodeURI("%"),
  encodeURIComponent: () => encodeURIComponent("\uD800"),
  encodeURI: () => encodeURI("\uD800"),
  BigInt: () => BigInt("1.5"),
  atob: () => atob("*"),
  btoa: () => btoa("€"),
  structuredClone: () => structuredClone(() => 0),
  RegExp: () => new RegExp(openGroup),
  "TextDecoder.decode": () => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])),
  "Number.toFixed": () => (1).toFixed(101),
  "Number.toPrecision": () => (1).toPrecision(0),
  "String.repeat": () => "a".repeat(-1),
  "String.normalize": () => "a".normalize("X"),
  "String.fromCodePoint": () => String.fromCodePoint(-1),
  "Array.reduce": () => ([] as number[]).reduce((a, b) => a + b),
  Array: () => Array<unknown>(-1),
};

describe("throwing built-ins", () => {
  it("each sync entry that runs without I/O throws the errors it names", () => {
    for (const entry of throwingBuiltins) {
      const run = failing[entry.name];
      if (entry.effect !== "sync" || /^(fs|child_process)\./.test(entry.name)) continue;
      expect(run, entry.name).toBeDefined();
      const error = errorOf(run ?? (() => undefined));
      expect(error, entry.name).toBeInstanceOf(Error);
      expect(entry.errors, entry.name).toContain((error as Error).constructor.name);
    }
  });

  it("the names said not to throw do not, on input others say they throw on", () => {
    expect(errorOf(() => parseInt("x", 10))).toBeUndefined();
    expect(errorOf(() => parseFloat("x"))).toBeUndefined();
    expect(errorOf(() => Number("x"))).toBeUndefined();
    expect(errorOf(() => Buffer.from("*", "base64"))).toBeUndefined();
    expect(doesNotThrow.has("fs.existsSync")).toBe(true);
  });

  it("keeps programmer errors out of the default tier", () => {
    expect(lookupThrowingBuiltin("JSON.parse", badData)?.tier).toBe("bad-data");
    expect(lookupThrowingBuiltin("Number.toFixed", badData)).toBeUndefined();
    expect(lookupThrowingBuiltin("Number.toFixed", all)?.tier).toBe("programmer-error");
    expect(lookupThrowingBuiltin("parseInt", all)).toBeUndefined();
  });

  it("checks literal arguments by running the built-in", () => {
    const url = lookupThrowingBuiltin("URL", badData);
    const regexp = lookupThrowingBuiltin("RegExp", badData);
    const parse = lookupThrowingBuiltin("JSON.parse", badData);
    if (url === undefined || regexp === undefined || parse === undefined) throw new Error("table entries missing");
    expect(builtinCallMayThrow(url, [text("https://example.com")])).toBe(false);
    expect(builtinCallMayThrow(url, [text("/path"), text("https://example.com")])).toBe(false);
    expect(builtinCallMayThrow(url, [text("nope")])).toBe(true);
    expect(builtinCallMayThrow(url, [{ kind: "other" }])).toBe(true);
    expect(builtinCallMayThrow(parse, [text('{"a":1}')])).toBe(false);
    expect(builtinCallMayThrow(parse, [text("{")])).toBe(true);
    // A regular expression literal is checked by the parser already; a string is run.
    expect(builtinCallMayThrow(regexp, [{ kind: "regexp" }])).toBe(false);
    expect(builtinCallMayThrow(regexp, [text("(")])).toBe(true);
    expect(builtinCallMayThrow(regexp, [text("a+")])).toBe(false);
  });

  it("reports the constant arguments a built-in rejects, with the error it raises", () => {
    const regexp = lookupThrowingBuiltin("RegExp", badData);
    if (regexp === undefined) throw new Error("table entry missing");
    expect(builtinCallOutcome(regexp, [text("a+"), text("u")])).toEqual({ mayThrow: false });
    expect(builtinCallOutcome(regexp, [text("a"), text("zz")])).toEqual({
      mayThrow: true,
      constantFailure: { args: ["a", "zz"], error: "SyntaxError: Invalid flags supplied to RegExp constructor 'zz'" },
    });
    // Not constant: may throw, but nothing is known to fail.
    expect(builtinCallOutcome(regexp, [text("a"), { kind: "other" }])).toEqual({ mayThrow: true });
  });

  it("checks every value of a union of constants, and gives up on too many combinations", () => {
    const regexp = lookupThrowingBuiltin("RegExp", badData);
    if (regexp === undefined) throw new Error("table entry missing");
    const oneOf = (...values: string[]): ArgumentShape => ({ kind: "oneOf", values });
    expect(builtinCallOutcome(regexp, [oneOf("a+", "b*"), oneOf("g", "i")])).toEqual({ mayThrow: false });
    const outcome = builtinCallOutcome(regexp, [oneOf("a+", "[b"), text("g")]);
    expect(outcome.mayThrow && outcome.constantFailure?.args).toEqual(["[b", "g"]);
    // 9 x 9 combinations is over the limit: not run, so not known to be safe.
    const many = oneOf(...Array.from({ length: 9 }, (_, i) => `a{${String(i)}}`));
    expect(builtinCallOutcome(regexp, [many, oneOf(...["g", "i", "m", "s", "u", "y", "d", "gi", "gm"])])).toEqual({ mayThrow: true });
  });

  it("documents every entry with its evidence", () => {
    for (const entry of throwingBuiltins) {
      expect(entry.evidence.length, entry.name).toBeGreaterThan(10);
      expect(entry.errors.length, entry.name).toBeGreaterThan(0);
    }
  });
});
