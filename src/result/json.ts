import { Err, Ok } from "./ok-err.js";
import type { Option } from "./option.js";
import type { Result } from "./result.js";
import { show } from "./show.js";
import { None, Some } from "./some-none.js";

// `fromJSON` is for data the program wrote itself (`JSON.stringify` of a ferrous value):
// anything else is the caller's bug, so it throws. Untrusted input goes through the zod
// bridge's `resultSchema`/`optionSchema`, which return a Result instead.

function describeShape(json: unknown): string {
  if (json === null) return "null";
  if (Array.isArray(json)) return "an array";
  if (typeof json !== "object") return `${typeof json} ${show(json)}`;
  return show(json);
}

/**
 * Reads back a field-checked JSON object. `allowed` lists the keys the tag permits besides
 * `tag`; a missing one reads as `undefined` (JSON drops `undefined` fields).
 *
 * @throws {TypeError} naming the unexpected key.
 */
function checkKeys(what: string, json: object, tag: string, allowed: readonly string[]): void {
  for (const key of Object.keys(json)) {
    if (key !== "tag" && !allowed.includes(key)) {
      const expected = allowed.length === 0 ? "no other field" : `only "${allowed.join('", "')}"`;
      throw new TypeError(`${what}: unexpected field "${key}" in a "${tag}" (expected ${expected})`);
    }
  }
}

/** One variant of a JSON shape: its tag, its one field besides `tag` (if any), its constructor. */
interface Variant<V> {
  readonly tag: string;
  readonly field?: "value" | "error";
  readonly make: (field: unknown) => V;
}

/**
 * The value a two-variant JSON shape stands for.
 *
 * @throws {TypeError} when `json` is not an object with one of the variants' tags and fields.
 */
function readTagged<V>(what: string, json: unknown, variants: readonly [Variant<V>, Variant<V>]): V {
  const tags = variants.map((variant) => `"${variant.tag}"`);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new TypeError(`${what}: expected an object { tag: ${tags.join(" | ")}, ... }, got ${describeShape(json)}`);
  }
  const record = json as Record<string, unknown>;
  const tag = record["tag"];
  const variant = variants.find((candidate) => candidate.tag === tag);
  if (variant === undefined) {
    const got = "tag" in record ? `tag ${show(tag)}` : "no tag field";
    throw new TypeError(`${what}: expected tag ${tags.join(" or ")}, got ${got} in ${describeShape(json)}`);
  }
  const { field } = variant;
  checkKeys(what, record, variant.tag, field === undefined ? [] : [field]);
  return variant.make(field === undefined ? undefined : record[field]);
}

/**
 * The Result a JSON shape stands for.
 *
 * @throws {TypeError} when `json` is not `{ tag: "Ok", value }` or `{ tag: "Err", error }`.
 */
export function resultFromJSON(json: unknown): Result<unknown, unknown> {
  return readTagged<Result<unknown, unknown>>("Result.fromJSON", json, [
    { tag: "Ok", field: "value", make: Ok },
    { tag: "Err", field: "error", make: Err },
  ]);
}

/**
 * The Option a JSON shape stands for.
 *
 * @throws {TypeError} when `json` is not `{ tag: "Some", value }` or `{ tag: "None" }`.
 */
export function optionFromJSON(json: unknown): Option<unknown> {
  return readTagged<Option<unknown>>("Option.fromJSON", json, [
    { tag: "Some", field: "value", make: Some },
    { tag: "None", make: () => None },
  ]);
}
