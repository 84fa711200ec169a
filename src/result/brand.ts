// Brands mark ferrous values by a registered symbol, not by `instanceof`, so a value made by
// one copy of the package is still recognised by another copy (two versions in node_modules,
// or a bundled copy next to an installed one).

/** Marks the prototypes of `Ok` and `Err`. */
export const RESULT_BRAND: unique symbol = Symbol.for("ferrous.result");

/** Marks the prototypes of `Some` and `None`. */
export const OPTION_BRAND: unique symbol = Symbol.for("ferrous.option");

/**
 * Puts the read-only `tag`, the `brand` and any `more` properties on a class's prototype and
 * returns the class. Called in one `@__PURE__` expression, so bundlers drop a class nobody
 * uses (a second call nested in its arguments would need a mark of its own).
 */
export function branded<C extends abstract new (...args: never[]) => unknown>(cls: C, tag: string, brand: symbol, more: PropertyDescriptorMap = {}): C {
  Object.defineProperties(cls.prototype, { tag: { value: tag, enumerable: true }, [brand]: { value: true }, ...more });
  return cls;
}

/** True when `value` is an object carrying `brand` (on itself or its prototype). */
export function hasBrand(value: unknown, brand: symbol): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}
