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

/**
 * The Result a JSON shape stands for.
 *
 * @throws {TypeError} when `json` is not `{ tag: "Ok", value }` or `{ tag: "Err", error }`.
 */
export function resultFromJSON(json: unknown): Result<unknown, unknown> {
  const what = "Result.fromJSON";
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new TypeError(`${what}: expected an object { tag: "Ok" | "Err", ... }, got ${describeShape(json)}`);
  }
  const record = json as Record<string, unknown>;
  const tag = record["tag"];
  if (tag === "Ok") {
    checkKeys(what, record, tag, ["value"]);
    return Ok(record["value"]);
  }
  if (tag === "Err") {
    checkKeys(what, record, tag, ["error"]);
    return Err(record["error"]);
  }
  const got = "tag" in record ? `tag ${show(tag)}` : "no tag field";
  throw new TypeError(`${what}: expected tag "Ok" or "Err", got ${got} in ${describeShape(json)}`);
}

/**
 * The Option a JSON shape stands for.
 *
 * @throws {TypeError} when `json` is not `{ tag: "Some", value }` or `{ tag: "None" }`.
 */
export function optionFromJSON(json: unknown): Option<unknown> {
  const what = "Option.fromJSON";
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new TypeError(`${what}: expected an object { tag: "Some" | "None", ... }, got ${describeShape(json)}`);
  }
  const record = json as Record<string, unknown>;
  const tag = record["tag"];
  if (tag === "Some") {
    checkKeys(what, record, tag, ["value"]);
    return Some(record["value"]);
  }
  if (tag === "None") {
    checkKeys(what, record, tag, []);
    return None;
  }
  const got = "tag" in record ? `tag ${show(tag)}` : "no tag field";
  throw new TypeError(`${what}: expected tag "Some" or "None", got ${got} in ${describeShape(json)}`);
}
