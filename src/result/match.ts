import { show } from "./show.js";

// Exhaustive matching over a discriminant. The handlers' type has one required key per
// variant; the alternative form takes a wildcard `_` and makes the named keys optional.

/** The variants of `V` whose `K` is `Tag`. `Variant<A | B, "tag", "A">` is `A`. */
type Variant<V, K extends PropertyKey, Tag> = V extends Readonly<Record<K, Tag>> ? V : never;

/** One handler per value of `V[K]`, each given its own variant. */
export type ExhaustiveHandlers<V, K extends keyof V> = {
  readonly [Tag in V[K] & PropertyKey]: (value: Variant<V, K, Tag>) => unknown;
};

/** Some handlers, and `_` for the variants not named. */
export type WildcardHandlers<V, K extends keyof V> = Partial<ExhaustiveHandlers<V, K>> & {
  readonly _: (value: V) => unknown;
};

/** Every handler, or some with `_`. */
export type Handlers<V, K extends keyof V> = ExhaustiveHandlers<V, K> | WildcardHandlers<V, K>;

/** What a match returns: the union of the handlers' return types. */
export type HandlersResult<H> = {
  [Key in keyof H]-?: H[Key] extends (...args: never[]) => infer R ? R : never;
}[keyof H];

/**
 * @throws {TypeError} when no handler takes the value and there is no `_`, naming the tag.
 */
function run(value: Readonly<Record<PropertyKey, unknown>>, key: PropertyKey, handlers: object, what: string): unknown {
  const tag = value[key];
  const table = handlers as Readonly<Record<PropertyKey, ((value: unknown) => unknown) | undefined>>;
  if ((typeof tag === "string" || typeof tag === "number" || typeof tag === "symbol") && Object.hasOwn(table, tag)) {
    const handler = table[tag];
    if (handler !== undefined) return handler(value);
  }
  const wildcard = table["_"];
  if (wildcard !== undefined && Object.hasOwn(table, "_")) return wildcard(value);
  const named = Object.keys(table).map((name) => JSON.stringify(name)).join(", ");
  throw new TypeError(`${what}: no handler for ${String(key)} ${show(tag)} (handlers: ${named}) and no "_" handler`);
}

/**
 * Calls the handler named by `value.tag` with the value, and returns what it returns.
 * Every variant needs a handler, unless a wildcard `_` takes the rest.
 *
 * @throws {TypeError} when the value's tag has no handler and there is no `_` (only possible
 * if the value is not of its declared type).
 * @example
 * ```ts
 * type Shape = { tag: "Circle"; r: number } | { tag: "Square"; side: number };
 * const area = (s: Shape) => matchTag(s, {
 *   Circle: ({ r }) => Math.PI * r * r,
 *   Square: ({ side }) => side * side,
 * });
 * assert.equal(area({ tag: "Square", side: 3 }), 9);
 * const isRound = (s: Shape) => matchTag(s, { Circle: () => true, _: () => false });
 * assert.equal(isRound({ tag: "Square", side: 3 }), false);
 * ```
 */
export function matchTag<V extends { readonly tag: PropertyKey }, const H extends Handlers<V, "tag">>(
  value: V,
  handlers: H,
): HandlersResult<H> {
  return run(value, "tag", handlers, "matchTag") as HandlersResult<H>;
}

/**
 * Like `matchTag`, over the discriminant `key` instead of `tag`.
 *
 * @throws {TypeError} when the value's discriminant has no handler and there is no `_`.
 * @example
 * ```ts
 * type Event = { kind: "click"; x: number } | { kind: "key"; code: string };
 * const describe = (e: Event) => matchOn(e, "kind", {
 *   click: (c) => `click at ${c.x}`,
 *   key: (k) => `key ${k.code}`,
 * });
 * assert.equal(describe({ kind: "key", code: "Enter" }), "key Enter");
 * ```
 */
export function matchOn<V extends object, K extends keyof V, const H extends Handlers<V, K>>(
  value: V,
  key: K,
  handlers: H,
): HandlersResult<H> {
  return run(value as Readonly<Record<PropertyKey, unknown>>, key, handlers, "matchOn") as HandlersResult<H>;
}
