import ts from "typescript";

/**
 * Questions about closed unions that exhaustiveness rules ask: which unit (literal) types
 * make up a type, how to name them in a message, which members are class instances, and
 * which property discriminates a union of objects.
 */

const unitFlags =
  ts.TypeFlags.StringLiteral |
  ts.TypeFlags.NumberLiteral |
  ts.TypeFlags.BigIntLiteral |
  ts.TypeFlags.BooleanLiteral |
  ts.TypeFlags.EnumLiteral |
  ts.TypeFlags.Null |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.UniqueESSymbol;

/** True for a type with exactly one value: a literal, an enum member, `null`, `undefined`. */
export function isUnitType(type: ts.Type): boolean {
  // An enum type is itself a union flagged EnumLiteral: only its members are units.
  return (type.flags & unitFlags) !== 0 && !type.isUnion();
}

/** The members of a union, or the type alone. */
export function unionMembers(type: ts.Type): readonly ts.Type[] {
  return type.isUnion() ? type.types : [type];
}

/**
 * A key that is equal for two unit types exactly when they hold the same value. Fresh and
 * regular literal types are different objects, so identity would not do.
 */
export function unitKey(type: ts.Type, checker: ts.TypeChecker): string {
  if (type.isStringLiteral()) return `s:${type.value}`;
  if (type.isNumberLiteral()) return `n:${String(type.value)}`;
  if ((type.flags & ts.TypeFlags.BigIntLiteral) !== 0) {
    const { negative, base10Value } = (type as ts.BigIntLiteralType).value;
    return `b:${negative ? "-" : ""}${base10Value}`;
  }
  return `t:${checker.typeToString(type)}`;
}

/** How a message names a unit type: `"circle"`, `42`, `true`, `null`, `Color.Red`. */
export function unitName(type: ts.Type, checker: ts.TypeChecker): string {
  return checker.typeToString(type);
}

/**
 * The members of a closed union of unit types (`"a" | "b"`, an enum, `boolean`,
 * `"a" | undefined`), or `undefined` when the type is not such a union (a single literal,
 * `string`, an object, ...).
 */
export function unitUnionMembers(type: ts.Type): readonly ts.Type[] | undefined {
  if (!type.isUnion()) return undefined;
  return type.types.every(isUnitType) ? type.types : undefined;
}

/** The unit members of a type whose every member is a unit type (one or more). */
export function unitMembers(type: ts.Type): readonly ts.Type[] | undefined {
  const members = unionMembers(type);
  return members.every(isUnitType) ? members : undefined;
}

const nullish = ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void;

/** True for `null`, `undefined` and `void`. */
export function isNullishType(type: ts.Type): boolean {
  return (type.flags & nullish) !== 0;
}

/** One variant of a union discriminated by a property (`tag`, `kind`, ...). */
export interface TaggedVariant {
  readonly member: ts.Type;
  /** The unit types the discriminant takes in this member (usually one). */
  readonly tags: readonly ts.Type[];
}

/**
 * The members of a union of objects with the unit types of their `key` property, or
 * `undefined` when some non-nullish member lacks the property or gives it a type that is not
 * made of literals. Nullish members are left out: they carry no tag.
 */
export function taggedVariants(type: ts.Type, key: string, checker: ts.TypeChecker): readonly TaggedVariant[] | undefined {
  const variants: TaggedVariant[] = [];
  for (const member of unionMembers(type)) {
    if (isNullishType(member)) continue;
    if ((member.flags & ts.TypeFlags.Object) === 0 && !member.isIntersection()) return undefined;
    const property = member.getProperty(key);
    if (property === undefined) return undefined;
    const tags = unitMembers(checker.getTypeOfSymbol(property));
    if (tags === undefined) return undefined;
    variants.push({ member, tags });
  }
  return variants;
}

/** The discriminant names tried first, in order, when a union has several candidates. */
const preferredDiscriminants: readonly string[] = ["tag", "kind", "type", "_tag", "__typename"];

/**
 * The property that discriminates a union of objects: one every member has with literal
 * values, preferring the usual names. `undefined` when there is none.
 */
export function discriminantKey(type: ts.Type, checker: ts.TypeChecker): string | undefined {
  const members = unionMembers(type).filter((member) => !isNullishType(member));
  const first = members[0];
  if (first === undefined) return undefined;
  const candidates = [
    ...preferredDiscriminants,
    ...first.getProperties().map((property) => property.getName()),
  ];
  return candidates.find((key) => first.getProperty(key) !== undefined && taggedVariants(type, key, checker) !== undefined);
}

/** True when the type is an instance of a class (its symbol is a class declaration). */
export function isClassInstanceType(type: ts.Type): boolean {
  const symbol = type.getSymbol();
  return symbol !== undefined && (symbol.flags & ts.SymbolFlags.Class) !== 0 && (type.flags & ts.TypeFlags.Object) !== 0;
}

/**
 * The class-instance members of a union (`NotFound | Timeout`), or `undefined` when it is not
 * a union of at least two classes. Nullish members are left out (`instanceof` never matches
 * them); any other non-class member makes the union not a class union.
 */
export function classUnionMembers(type: ts.Type): readonly ts.Type[] | undefined {
  if (!type.isUnion()) return undefined;
  const members = type.types.filter((member) => !isNullishType(member));
  if (members.length < 2 || !members.every(isClassInstanceType)) return undefined;
  return members;
}

/** How a message names a member of a union: its tag, its class name, or its type text. */
export function variantName(member: ts.Type, checker: ts.TypeChecker, key: string | undefined): string {
  if (isUnitType(member)) return unitName(member, checker);
  if (key !== undefined) {
    const property = member.getProperty(key);
    const tags = property === undefined ? undefined : unitMembers(checker.getTypeOfSymbol(property));
    if (tags !== undefined) return tags.map((tag) => unitName(tag, checker)).join(" | ");
  }
  if (isClassInstanceType(member)) return member.getSymbol()?.getName() ?? checker.typeToString(member);
  return checker.typeToString(member, undefined, ts.TypeFormatFlags.NoTruncation);
}

/** Past this many, a message names the first few and counts the rest. */
const maxListedNames = 8;

/** A list of names for a message: `"a", "b" and "c"`, without duplicates. */
export function formatNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique.join("");
  // A union of 170 AST node types would make a message nobody reads: name the first few.
  if (unique.length > maxListedNames) {
    return `${unique.slice(0, maxListedNames - 1).join(", ")} and ${String(unique.length - maxListedNames + 1)} more`;
  }
  return `${unique.slice(0, -1).join(", ")} and ${unique.at(-1) ?? ""}`;
}
