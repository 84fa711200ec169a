/**
 * The built-in functions `no-unchecked-throw` knows may throw (or reject), in tiers.
 *
 * Each entry names the function the way TypeScript's lib and `@types/node` declare it
 * (`JSON.parse`, `URL` for `new URL`, `fs.readFileSync`), the errors it raises, and the
 * evidence: what input makes it fail (checked on Node 20). Only the `bad-data` tier is on by
 * default: those throw on input a program receives from outside, which is an error to
 * handle. The `programmer-error` tier throws only on arguments a programmer got wrong
 * (`toFixed(101)`): a bug, like a panic, so counting it would flood users the way clippy's
 * `missing_panics_doc` did when it began counting `expect()`. The `does-not-throw` list names
 * functions other lists call throwing although they do not on any input; the rule never
 * reports them, whatever JSDoc says.
 */

/** How a built-in fails. */
export type BuiltinTier = "bad-data" | "programmer-error";

/** One built-in that may throw. */
export interface ThrowingBuiltin {
  /** As declared: `JSON.parse`, `URL` (constructor), `fs.readFileSync`. */
  readonly name: string;
  readonly tier: BuiltinTier;
  /** `sync`: throws when called; `reject`: the returned promise rejects. */
  readonly effect: "sync" | "reject";
  /** The errors it raises, for `@throws {...}` suggestions. */
  readonly errors: readonly string[];
  /** Short reason used in messages: `SyntaxError on malformed JSON`. */
  readonly why: string;
  /** What input makes it fail, checked on Node 20. */
  readonly evidence: string;
  /**
   * When every argument is a constant (a literal, or with types a `const` string or a template
   * of them), run the real function at lint time: a constant that does not throw now never
   * will (`new URL("https://example.com")`), and one that throws now always will.
   */
  readonly checkLiterals?: boolean;
  /** Whether a call with these syntactic arguments can throw at all (`new RegExp("a")` cannot). */
  readonly applies?: (args: readonly ArgumentShape[]) => boolean;
}

/** What the analysis can tell about an argument without types. */
export type ArgumentShape =
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  /** A constant with a few possible values: a union of literal types (`"a+" | "b+"`). */
  | { readonly kind: "oneOf"; readonly values: readonly (string | number)[] }
  | { readonly kind: "regexp" }
  | { readonly kind: "object"; readonly props: ReadonlyMap<string, ArgumentShape> }
  | { readonly kind: "true" }
  /** With types: a string, number, boolean, `null` or `undefined` whose value is not known. */
  | { readonly kind: "primitive" }
  | { readonly kind: "other" };

/**
 * `JSON.stringify` of a primitive cannot throw (no cycles, no bigint, no `toJSON`), unless a
 * replacer function runs on it: only a first argument that may be an object, or a replacer
 * that may be a function, makes the call one that can throw.
 */
const primitiveKinds: ReadonlySet<ArgumentShape["kind"]> = new Set(["string", "number", "oneOf", "true", "primitive"]);
const stringifiesAnObject = (args: readonly ArgumentShape[]): boolean =>
  args[0] !== undefined && (!primitiveKinds.has(args[0].kind) || (args[1] !== undefined && !primitiveKinds.has(args[1].kind)));

/** `new RegExp(/a/)` copies a literal the parser has checked; a string is checked by running it. */
const notARegExpLiteral = (args: readonly ArgumentShape[]): boolean => args[0] !== undefined && args[0].kind !== "regexp";

const entries: readonly ThrowingBuiltin[] = [
  {
    name: "JSON.parse",
    tier: "bad-data",
    effect: "sync",
    errors: ["SyntaxError"],
    why: "SyntaxError on malformed JSON",
    evidence: 'JSON.parse("{") throws SyntaxError',
    checkLiterals: true,
  },
  {
    name: "JSON.stringify",
    tier: "bad-data",
    effect: "sync",
    errors: ["TypeError"],
    why: "TypeError on cycles and bigint",
    evidence: "JSON.stringify({ n: 1n }) and JSON.stringify(cyclic) throw TypeError",
    applies: stringifiesAnObject,
  },
  {
    name: "URL",
    tier: "bad-data",
    effect: "sync",
    errors: ["TypeError"],
    why: "TypeError on an invalid URL",
    evidence: 'new URL("nope") throws TypeError (ERR_INVALID_URL)',
    checkLiterals: true,
  },
  ...(["decodeURIComponent", "decodeURI"] as const).map(
    (name): ThrowingBuiltin => ({
      name,
      tier: "bad-data",
      effect: "sync",
      errors: ["URIError"],
      why: "URIError on a malformed escape",
      evidence: `${name}("%") throws URIError`,
      checkLiterals: true,
    }),
  ),
  ...(["encodeURIComponent", "encodeURI"] as const).map(
    (name): ThrowingBuiltin => ({
      name,
      tier: "bad-data",
      effect: "sync",
      errors: ["URIError"],
      why: "URIError on a lone surrogate",
      evidence: `${name}("\\uD800") throws URIError`,
      checkLiterals: true,
    }),
  ),
  {
    name: "BigInt",
    tier: "bad-data",
    effect: "sync",
    errors: ["SyntaxError", "RangeError"],
    why: "SyntaxError on a non-integer string, RangeError on a fraction",
    evidence: 'BigInt("1.5") throws SyntaxError, BigInt(1.5) throws RangeError',
    checkLiterals: true,
  },
  {
    name: "atob",
    tier: "bad-data",
    effect: "sync",
    errors: ["DOMException"],
    why: "DOMException on invalid base64",
    evidence: 'atob("*") throws DOMException (InvalidCharacterError)',
    checkLiterals: true,
  },
  {
    name: "btoa",
    tier: "bad-data",
    effect: "sync",
    errors: ["DOMException"],
    why: "DOMException on characters outside Latin-1",
    evidence: 'btoa("€") throws DOMException (InvalidCharacterError)',
    checkLiterals: true,
  },
  {
    name: "structuredClone",
    tier: "bad-data",
    effect: "sync",
    errors: ["DOMException"],
    why: "DOMException on values that cannot be cloned",
    evidence: "structuredClone(() => 0) throws DOMException (DataCloneError)",
  },
  {
    name: "RegExp",
    tier: "bad-data",
    effect: "sync",
    errors: ["SyntaxError"],
    why: "SyntaxError on an invalid pattern",
    evidence: 'new RegExp("(") throws SyntaxError; a literal pattern is checked at lint time',
    applies: notARegExpLiteral,
    checkLiterals: true,
  },
  {
    name: "TextDecoder.decode",
    tier: "bad-data",
    effect: "sync",
    errors: ["TypeError"],
    why: "TypeError on invalid bytes when the decoder is fatal",
    evidence: 'new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])) throws TypeError; the analysis counts only decoders built with fatal: true',
  },
  // Node's synchronous file system calls fail on missing files, permissions, and so on.
  ...[
    "readFileSync",
    "writeFileSync",
    "appendFileSync",
    "readdirSync",
    "statSync",
    "lstatSync",
    "mkdirSync",
    "rmSync",
    "rmdirSync",
    "unlinkSync",
    "renameSync",
    "copyFileSync",
    "cpSync",
    "openSync",
    "closeSync",
    "readSync",
    "writeSync",
    "realpathSync",
    "readlinkSync",
    "symlinkSync",
    "linkSync",
    "chmodSync",
    "chownSync",
    "truncateSync",
    "utimesSync",
    "accessSync",
    "mkdtempSync",
    "opendirSync",
    "fstatSync",
    "fsyncSync",
  ].map(
    (name): ThrowingBuiltin => ({
      name: `fs.${name}`,
      tier: "bad-data",
      effect: "sync",
      errors: ["Error"],
      why: "a system error (ENOENT, EACCES, ...)",
      evidence: `fs.${name} throws an Error with a code (ENOENT for a missing path)`,
    }),
  ),
  ...["execSync", "execFileSync"].map(
    (name): ThrowingBuiltin => ({
      name: `child_process.${name}`,
      tier: "bad-data",
      effect: "sync",
      errors: ["Error"],
      why: "an Error when the command fails or exits non-zero",
      evidence: `child_process.${name}("false") throws (status 1)`,
    }),
  ),
  {
    name: "fetch",
    tier: "bad-data",
    effect: "reject",
    errors: ["TypeError"],
    why: "a TypeError rejection on network failure",
    evidence: 'await fetch("http://localhost:1") rejects with TypeError (fetch failed)',
  },
  {
    name: "Body.json",
    tier: "bad-data",
    effect: "reject",
    errors: ["SyntaxError"],
    why: "a SyntaxError rejection on a body that is not JSON",
    evidence: 'await new Response("{").json() rejects with SyntaxError',
  },
  // Programmer errors: constant arguments out of range. Bugs, not errors to handle.
  {
    name: "Number.toFixed",
    tier: "programmer-error",
    effect: "sync",
    errors: ["RangeError"],
    why: "RangeError on digits outside 0..100",
    evidence: "(1).toFixed(101) throws RangeError",
  },
  {
    name: "Number.toPrecision",
    tier: "programmer-error",
    effect: "sync",
    errors: ["RangeError"],
    why: "RangeError on precision outside 1..100",
    evidence: "(1).toPrecision(0) throws RangeError",
  },
  {
    name: "String.repeat",
    tier: "programmer-error",
    effect: "sync",
    errors: ["RangeError"],
    why: "RangeError on a negative or infinite count",
    evidence: '"a".repeat(-1) throws RangeError',
  },
  {
    name: "String.normalize",
    tier: "programmer-error",
    effect: "sync",
    errors: ["RangeError"],
    why: "RangeError on an unknown form",
    evidence: '"a".normalize("X") throws RangeError',
  },
  {
    name: "String.fromCodePoint",
    tier: "programmer-error",
    effect: "sync",
    errors: ["RangeError"],
    why: "RangeError on an invalid code point",
    evidence: "String.fromCodePoint(-1) throws RangeError",
  },
  {
    name: "Array.reduce",
    tier: "programmer-error",
    effect: "sync",
    errors: ["TypeError"],
    why: "TypeError on an empty array without an initial value",
    evidence: "[].reduce((a, b) => a) throws TypeError",
    applies: (args) => args.length < 2,
  },
  {
    name: "Array",
    tier: "programmer-error",
    effect: "sync",
    errors: ["RangeError"],
    why: "RangeError on an invalid length",
    evidence: "Array(-1) throws RangeError",
    applies: (args) => args.length === 1 && args[0]?.kind !== "number",
  },
];

/**
 * Functions that lists elsewhere call throwing and that do not throw on any input: never
 * reported, whatever a declaration's JSDoc says.
 */
export const doesNotThrow: ReadonlyMap<string, string> = new Map([
  ["parseInt", 'parseInt("x") returns NaN'],
  ["parseFloat", 'parseFloat("x") returns NaN'],
  ["Number", 'Number("x") returns NaN'],
  ["Buffer.from", 'Buffer.from("*", "base64") decodes what it can and ignores the rest'],
  ["fs.existsSync", "fs.existsSync returns false on any failure"],
  ["child_process.spawnSync", "child_process.spawnSync returns the error in its result"],
  ["isNaN", "isNaN coerces and returns a boolean"],
]);

const byName: ReadonlyMap<string, ThrowingBuiltin> = new Map(entries.map((entry) => [entry.name, entry]));

/** Every entry, for documentation and tests. */
export const throwingBuiltins: readonly ThrowingBuiltin[] = entries;

/** The entry for a built-in name, if it is in one of the enabled tiers. */
export function lookupThrowingBuiltin(
  name: string,
  tiers: ReadonlySet<BuiltinTier>,
): ThrowingBuiltin | undefined {
  const entry = byName.get(name);
  return entry !== undefined && tiers.has(entry.tier) ? entry : undefined;
}

/**
 * Runs a built-in on literal arguments, the way the program would.
 *
 * @throws {Error} whatever the built-in throws on them: that is the point.
 */
function runOnLiterals(name: string, values: readonly (string | number)[]): void {
  const [first = "", second] = values.map(String);
  switch (name) {
    case "JSON.parse":
      JSON.parse(first);
      return;
    case "URL":
      new URL(first, second);
      return;
    case "decodeURIComponent":
      decodeURIComponent(first);
      return;
    case "decodeURI":
      decodeURI(first);
      return;
    case "encodeURIComponent":
      encodeURIComponent(first);
      return;
    case "encodeURI":
      encodeURI(first);
      return;
    case "BigInt":
      BigInt(values[0] ?? Number.NaN);
      return;
    case "atob":
      atob(first);
      return;
    case "btoa":
      btoa(first);
      return;
    case "RegExp":
      new RegExp(first, second);
      return;
    default:
      throw new TypeError(`no literal check for ${name}`);
  }
}

/** Constant arguments a built-in throws on, and what it throws, in words. */
export interface ConstantFailure {
  readonly args: readonly (string | number)[];
  /** `SyntaxError: Invalid regular expression: /(/: Unterminated group`. */
  readonly error: string;
}

/** What one call of a built-in can do, given its arguments. */
export type BuiltinCallOutcome =
  | { readonly mayThrow: false }
  /** `constantFailure`: every argument is a constant, and some possible value makes it throw. */
  | { readonly mayThrow: true; readonly constantFailure?: ConstantFailure };

/** How many combinations of possible constant values are run before giving up. */
const MAX_COMBINATIONS = 64;

function valuesOfShape(shape: ArgumentShape): readonly (string | number)[] | undefined {
  if (shape.kind === "string" || shape.kind === "number") return [shape.value];
  return shape.kind === "oneOf" ? shape.values : undefined;
}

/** Every combination of the arguments' possible values, or undefined when there are too many. */
function combinations(choices: readonly (readonly (string | number)[])[]): (string | number)[][] | undefined {
  let all: (string | number)[][] = [[]];
  for (const values of choices) {
    if (all.length * values.length > MAX_COMBINATIONS) return undefined;
    all = all.flatMap((prefix) => values.map((value) => [...prefix, value]));
  }
  return all;
}

/**
 * What this call of a built-in can do, given what is known of its arguments: it cannot throw
 * when the entry does not apply to them, or when they are all constants and the real function
 * accepts every value they can have, now and so forever. Constants it rejects are a bug in
 * the code, reported as such (`constantFailure`).
 */
export function builtinCallOutcome(entry: ThrowingBuiltin, args: readonly ArgumentShape[]): BuiltinCallOutcome {
  if (entry.applies !== undefined && !entry.applies(args)) return { mayThrow: false };
  if (entry.checkLiterals !== true || args.length === 0) return { mayThrow: true };
  const choices: (readonly (string | number)[])[] = [];
  for (const arg of args) {
    const values = valuesOfShape(arg);
    if (values === undefined) return { mayThrow: true };
    choices.push(values);
  }
  const all = combinations(choices);
  if (all === undefined) return { mayThrow: true };
  for (const values of all) {
    try {
      runOnLiterals(entry.name, values);
    } catch (error) {
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { mayThrow: true, constantFailure: { args: values, error: text } };
    }
  }
  return { mayThrow: false };
}

/** Whether this call of a built-in can throw, given what is known of its arguments. */
export function builtinCallMayThrow(entry: ThrowingBuiltin, args: readonly ArgumentShape[]): boolean {
  return builtinCallOutcome(entry, args).mayThrow;
}
