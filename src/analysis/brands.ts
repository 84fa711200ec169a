import ts from "typescript";

/**
 * Branded types (newtypes): a primitive intersected with an object member that only exists
 * at the type level, `string & { readonly [brand]: "UserId" }`, and zod's `.brand()` output
 * (`T & z.$brand<"UserId">`, or `T & z.BRAND<"UserId">` in zod 3).
 */

/** What the rules need to know about one branded type. */
export interface BrandInfo {
  /** The brand's name, for messages: `UserId`. */
  readonly name: string;
  /** True when the brand is zod's (`.brand()`), so `Schema.parse` constructs it. */
  readonly zod: boolean;
  /** The branded type itself (a union or array of it is reduced to this member). */
  readonly type: ts.Type;
}

const primitiveFlags =
  ts.TypeFlags.String |
  ts.TypeFlags.Number |
  ts.TypeFlags.BigInt |
  ts.TypeFlags.ESSymbol |
  ts.TypeFlags.StringLiteral |
  ts.TypeFlags.NumberLiteral |
  ts.TypeFlags.BigIntLiteral |
  ts.TypeFlags.BooleanLiteral |
  ts.TypeFlags.UniqueESSymbol |
  ts.TypeFlags.TemplateLiteral |
  ts.TypeFlags.EnumLiteral;

const zodPath = /[\\/]node_modules[\\/]zod[\\/]/;

/** The key of zod's brand member, `[$brand]` (zod 4) or `[BRAND]` (zod 3), when `symbol` is it. */
function isZodBrandProperty(symbol: ts.Symbol): boolean {
  const name = symbol.getEscapedName().toString();
  if (!name.startsWith("__@$brand@") && !name.startsWith("__@BRAND@")) return false;
  return (symbol.getDeclarations() ?? []).some((declaration) => zodPath.test(declaration.getSourceFile().fileName));
}

function isPlainObjectType(type: ts.Type): boolean {
  return (
    (type.flags & ts.TypeFlags.Object) !== 0 &&
    type.getCallSignatures().length === 0 &&
    type.getConstructSignatures().length === 0
  );
}

/**
 * A brand member: an object type with at least one required property. `{}` (the
 * `string & {}` autocomplete trick) is not one, and neither are "flavors" whose marker is
 * optional, since plain values are meant to flow into those without a cast.
 */
function isBrandMember(type: ts.Type): boolean {
  if (!isPlainObjectType(type)) return false;
  return type.getProperties().some((property) => (property.getFlags() & ts.SymbolFlags.Optional) === 0);
}

function zodBrandProperty(type: ts.Type): ts.Symbol | undefined {
  if (!isPlainObjectType(type)) return undefined;
  return type.getProperties().find(isZodBrandProperty);
}

/** The literal names a brand member carries: zod's `{ [k in Brand]: true }` keys, or `__brand: "UserId"`. */
function brandLabel(checker: ts.TypeChecker, member: ts.Type): string | undefined {
  const zodProperty = zodBrandProperty(member);
  if (zodProperty !== undefined) {
    const keys = checker.getTypeOfSymbol(zodProperty).getProperties().map((key) => key.getName());
    return keys.length > 0 ? keys.join(" & ") : undefined;
  }
  for (const property of member.getProperties()) {
    const propertyType = checker.getTypeOfSymbol(property);
    if (propertyType.isStringLiteral()) return propertyType.value;
  }
  return undefined;
}

function intersectionBrand(checker: ts.TypeChecker, type: ts.IntersectionType): BrandInfo | undefined {
  let hasPrimitive = false;
  let brandMember: ts.Type | undefined;
  let zod = false;
  for (const member of type.types) {
    if ((member.flags & primitiveFlags) !== 0) hasPrimitive = true;
    else if (zodBrandProperty(member) !== undefined) {
      zod = true;
      brandMember = member;
    } else if (brandMember === undefined && isBrandMember(member)) brandMember = member;
  }
  // zod's marker is unambiguous, so zod-branded objects count; other brands need a primitive.
  if (brandMember === undefined || (!hasPrimitive && !zod)) return undefined;
  // `UserId` names itself; an instance of a generic helper (`Brand<string, "Sku">`) is named by its label.
  const alias = type.aliasSymbol !== undefined && (type.aliasTypeArguments ?? []).length === 0 ? type.aliasSymbol.getName() : undefined;
  const name = alias ?? brandLabel(checker, brandMember) ?? type.aliasSymbol?.getName() ?? checker.typeToString(type);
  return { name, zod, type };
}

/**
 * The brand a type carries, looking through unions (`UserId | undefined`), arrays and
 * tuples (`UserId[]`), and `boolean & Brand` (which TypeScript splits into a union).
 * `undefined` for everything else, including unresolved type parameters.
 */
export function brandOfType(checker: ts.TypeChecker, type: ts.Type, depth = 0): BrandInfo | undefined {
  if (depth > 3) return undefined;
  if (type.isIntersection()) return intersectionBrand(checker, type);
  if (type.isUnion()) {
    for (const member of type.types) {
      const brand = brandOfType(checker, member, depth + 1);
      if (brand !== undefined) return brand;
    }
    return undefined;
  }
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    for (const element of checker.getTypeArguments(type as ts.TypeReference)) {
      const brand = brandOfType(checker, element, depth + 1);
      if (brand !== undefined) return brand;
    }
  }
  return undefined;
}

/** True when the type is a Zod schema (its declaration lives in the zod package). */
export function isZodDeclared(symbol: ts.Symbol | undefined): boolean {
  return (symbol?.getDeclarations() ?? []).some((declaration) => zodPath.test(declaration.getSourceFile().fileName));
}

const constructorMethodNames = ["parse", "from", "of", "create", "make"] as const;

function mentionsType(checker: ts.TypeChecker, candidate: ts.Type, target: ts.Type, depth: number): boolean {
  if (candidate === target) return true;
  if (candidate.aliasSymbol !== undefined && candidate.aliasSymbol === target.aliasSymbol) return true;
  if (depth > 2) return false;
  const inner: ts.Type[] = [];
  if (candidate.isUnion()) inner.push(...candidate.types);
  if (candidate.aliasTypeArguments !== undefined) inner.push(...candidate.aliasTypeArguments);
  if ((candidate.flags & ts.TypeFlags.Object) !== 0 && ((candidate as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) !== 0) {
    inner.push(...checker.getTypeArguments(candidate as ts.TypeReference));
  }
  return inner.some((type) => mentionsType(checker, type, target, depth + 1));
}

/**
 * The sanctioned way to build a brand, for the message: `UserId.parse(...)` when a value
 * of the brand's name (a zod schema, a companion object) has a construction method, else
 * `parseUserId(...)` when the declaring module exports a function that returns the brand
 * (directly, in a union, or inside a `Result`/`Promise`). `undefined` when there is none.
 */
export function sanctionedConstructor(
  checker: ts.TypeChecker,
  brand: BrandInfo,
  typeSymbol: ts.Symbol | undefined,
  location: ts.Node,
): string | undefined {
  if (typeSymbol !== undefined && (typeSymbol.getFlags() & ts.SymbolFlags.Value) !== 0) {
    const valueType = checker.getTypeOfSymbolAtLocation(typeSymbol, location);
    for (const method of constructorMethodNames) {
      const property = valueType.getProperty(method);
      if (property !== undefined && checker.getTypeOfSymbol(property).getCallSignatures().length > 0) {
        return `${typeSymbol.getName()}.${method}(...)`;
      }
    }
  }
  const declaration = typeSymbol?.getDeclarations()?.[0];
  const moduleSymbol = declaration === undefined ? undefined : checker.getSymbolAtLocation(declaration.getSourceFile());
  if (moduleSymbol === undefined) return undefined;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    if ((exported.getFlags() & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) === 0) continue;
    const signatures = checker.getTypeOfSymbol(exported).getCallSignatures();
    if (signatures.some((signature) => mentionsType(checker, checker.getReturnTypeOfSignature(signature), brand.type, 0))) {
      return `${exported.getName()}(...)`;
    }
  }
  return undefined;
}
