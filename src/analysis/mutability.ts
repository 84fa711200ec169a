import { isBuiltinSymbolLike } from "@typescript-eslint/type-utils";
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { isObjectFlagSet, isPropertyReadonlyInType, isTypeReference } from "ts-api-utils";
import ts from "typescript";
import { isFunctionValue } from "./function-nodes.js";
import { memberName } from "./member-name.js";
import { isUnitType, unionMembers } from "./type-queries.js";

/**
 * Is a value mutable data that others can change under your feet? Shallow, like
 * `Object.freeze`: a readonly array of mutable objects counts as readonly here, because that
 * is what the user asked for with `as const`, `Readonly<...>` or `Object.freeze`.
 *
 * Not data, so never mutable here: functions, classes, primitives, instances of classes whose
 * public fields are all readonly (they own their state behind methods), values of types
 * declared outside the project (zod schemas, ts-pattern matchers, `RegExp`, `Promise`, ...:
 * the user cannot make those readonly), and objects whose properties are all functions (a
 * namespace of functions, not a record).
 */
export type MutableKind = "array" | "tuple" | "Map" | "Set" | "WeakMap" | "WeakSet" | "object";

const collectionNames = ["Map", "Set", "WeakMap", "WeakSet"] as const;

/** The methods that change each kind of built-in collection in place. */
export const mutatingMethods: Readonly<Record<MutableKind, ReadonlySet<string>>> = {
  array: new Set(["push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "copyWithin"]),
  tuple: new Set(["push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "copyWithin"]),
  Map: new Set(["set", "delete", "clear"]),
  Set: new Set(["add", "delete", "clear"]),
  WeakMap: new Set(["set", "delete"]),
  WeakSet: new Set(["add", "delete"]),
  object: new Set(),
};

/** Every method name that changes some built-in collection in place. */
export const anyMutatingMethod: ReadonlySet<string> = new Set(Object.values(mutatingMethods).flatMap((names) => [...names]));

function isExternalDeclaration(declaration: ts.Declaration, program: ts.Program): boolean {
  const file = declaration.getSourceFile();
  return (
    program.isSourceFileDefaultLibrary(file) ||
    program.isSourceFileFromExternalLibrary(file) ||
    file.fileName.replaceAll("\\", "/").includes("/node_modules/")
  );
}

/** Declared by a package, not by TypeScript's own lib (where `Record` and `Partial` live). */
function isThirdPartyDeclaration(declaration: ts.Declaration, program: ts.Program): boolean {
  return isExternalDeclaration(declaration, program) && !program.isSourceFileDefaultLibrary(declaration.getSourceFile());
}

function isCallable(type: ts.Type): boolean {
  return type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0;
}

/** A function or class in every member of the union: behaviour, not data. */
export function isFunctionType(type: ts.Type): boolean {
  return unionMembers(type).every(isCallable);
}

/** How deep namespaces of namespaces of functions are followed. */
const MAX_NAMESPACE_DEPTH = 3;

/**
 * Behaviour, not data: a function, or a namespace of functions (an object whose members are
 * methods, functions, readonly or namespaces themselves, with at least one function, like a
 * module namespace `import * as iso` or `{ input: { serialize, deserialize } }`). Reassigning
 * such a member swaps behaviour, as reassigning a method would; the rule does not report methods.
 */
function isBehaviour(type: ts.Type, checker: ts.TypeChecker, program: ts.Program, depth = 0): boolean {
  return unionMembers(type).every((part) => isCallable(part) || (depth < MAX_NAMESPACE_DEPTH && isNamespaceOfFunctions(part, checker, program, depth + 1)));
}

function isNamespaceOfFunctions(type: ts.Type, checker: ts.TypeChecker, program: ts.Program, depth: number): boolean {
  if ((type.flags & ts.TypeFlags.Object) === 0 || checker.isArrayType(type) || checker.isTupleType(type)) return false;
  if (collectionNames.some((name) => isBuiltinSymbolLike(program, type, name))) return false;
  if (checker.getIndexInfosOfType(type).some((info) => !info.isReadonly && !isBehaviour(info.type, checker, program, depth))) return false;
  let hasFunction = false;
  for (const property of type.getProperties()) {
    const isMethod = (property.flags & ts.SymbolFlags.Method) !== 0;
    if (isMethod || isBehaviour(checker.getTypeOfSymbol(property), checker, program, depth)) {
      hasFunction = true;
    } else if (!isPropertyReadonlyInType(type, property.getEscapedName(), checker)) {
      return false;
    }
  }
  return hasFunction;
}

function isPrivateMember(property: ts.Symbol): boolean {
  if (property.getName().startsWith("__#")) return true;
  return (property.getDeclarations() ?? []).some(
    (declaration) =>
      (ts.getCombinedModifierFlags(declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0 ||
      (ts.isPropertyDeclaration(declaration) && ts.isPrivateIdentifier(declaration.name)),
  );
}

function isGetterOnly(property: ts.Symbol): boolean {
  return (property.flags & ts.SymbolFlags.GetAccessor) !== 0 && (property.flags & ts.SymbolFlags.SetAccessor) === 0;
}

/** The first writable member found: a named field, or `{}` for a writable index signature. */
interface WritableMember {
  readonly field?: string;
}

/**
 * The first property of the object type that is data anyone may reassign: public, not
 * readonly, not a method, function or namespace of functions, not of a one-value type,
 * declared in the project. Stops at the first one: messages name one field, not all.
 */
function firstWritableMember(type: ts.Type, checker: ts.TypeChecker, program: ts.Program): WritableMember | undefined {
  if (checker.getIndexInfosOfType(type).some((info) => !info.isReadonly && !isFunctionType(info.type))) return {};
  for (const property of type.getProperties()) {
    if ((property.flags & ts.SymbolFlags.Method) !== 0 || isGetterOnly(property) || isPrivateMember(property)) continue;
    const declarations = property.getDeclarations() ?? [];
    // Inherited from a library type (an `Error`'s `message`): not the project's state to fix.
    if (declarations.length > 0 && declarations.every((declaration) => isExternalDeclaration(declaration, program))) continue;
    if (isPropertyReadonlyInType(type, property.getEscapedName(), checker)) continue;
    const propertyType = checker.getTypeOfSymbol(property);
    // A type with one value (`"C"`, `true`, an enum member): a type-checked write can only store
    // the value already there, so such a field is not state (`{ kind: "C" }`, enum objects).
    if (isUnitType(propertyType) || isBehaviour(propertyType, checker, program)) continue;
    return { field: checker.symbolToString(property) };
  }
  return undefined;
}

/**
 * What makes a value mutable data: its kind and, for objects, the first writable field found
 * and the class the value is an instance of (the fix differs: a class instance needs a
 * `readonly` or private field, a plain object a readonly type or `Object.freeze`).
 */
export interface MutableData {
  readonly kind: MutableKind;
  /** The first writable field found; absent for collections and writable index signatures. */
  readonly field?: string;
  /** The class's name, when the value is an instance of a named class. */
  readonly className?: string;
}

/** The object's data, naming its class when it is an instance of a named (not anonymous) class. */
function objectData(type: ts.Type, member: WritableMember): MutableData {
  const name = isClassInstance(type) ? type.getSymbol()?.getName() : undefined;
  return {
    kind: "object",
    ...(member.field === undefined ? {} : { field: member.field }),
    ...(name === undefined || name.startsWith("__") ? {} : { className: name }),
  };
}

function objectMutableData(type: ts.Type, checker: ts.TypeChecker, program: ts.Program): MutableData | undefined {
  if (checker.isTupleType(type)) {
    return (type as ts.TupleTypeReference).target.readonly ? undefined : { kind: "tuple" };
  }
  if (checker.isArrayType(type)) {
    return type.getSymbol()?.getName() === "Array" ? { kind: "array" } : undefined;
  }
  for (const name of collectionNames) {
    if (isBuiltinSymbolLike(program, type, name)) return { kind: name };
  }
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return undefined;
  // A library's alias (`Linter.RulesRecord`) is the library's type, even when it is mapped.
  const aliasDeclarations = type.aliasSymbol?.getDeclarations() ?? [];
  if (aliasDeclarations.length > 0 && aliasDeclarations.every((declaration) => isThirdPartyDeclaration(declaration, program))) {
    return undefined;
  }
  const isMapped = isObjectFlagSet(type as ts.ObjectType, ts.ObjectFlags.Mapped);
  const symbol = type.getSymbol();
  const declarations = symbol?.getDeclarations() ?? [];
  if (!isMapped && declarations.length > 0 && declarations.every((declaration) => isExternalDeclaration(declaration, program))) {
    return undefined;
  }
  const member = firstWritableMember(type, checker, program);
  return member === undefined ? undefined : objectData(type, member);
}

/**
 * True when a type annotation names a type a package declares (`Linter.RulesRecord`,
 * `Metadata`): that type is the package's to make readonly, not the user's. The resolved
 * type cannot tell (an alias of `Partial<Record<...>>` resolves to lib's `Partial`), so the
 * annotation's own name decides.
 */
export function namesThirdPartyType(typeNode: ts.TypeNode, checker: ts.TypeChecker, program: ts.Program): boolean {
  if (!ts.isTypeReferenceNode(typeNode)) return false;
  const name = ts.isQualifiedName(typeNode.typeName) ? typeNode.typeName.right : typeNode.typeName;
  let symbol = checker.getSymbolAtLocation(name);
  if (symbol !== undefined && (symbol.flags & ts.SymbolFlags.Alias) !== 0) symbol = checker.getAliasedSymbol(symbol);
  const declarations = symbol?.getDeclarations() ?? [];
  return declarations.length > 0 && declarations.every((declaration) => isThirdPartyDeclaration(declaration, program));
}

/**
 * The mutable data a value of this type is, or `undefined` when it is not mutable data (see
 * the module comment). For a union, the first member that is mutable decides (`string[] |
 * undefined` is an array).
 */
export function mutableDataOfType(type: ts.Type, checker: ts.TypeChecker, program: ts.Program): MutableData | undefined {
  for (const part of unionMembers(type)) {
    if ((part.flags & ts.TypeFlags.Object) !== 0) {
      const data = objectMutableData(part, checker, program);
      if (data !== undefined) return data;
    } else if (part.isIntersection()) {
      // A branded primitive (`string & { __brand }`) is a primitive.
      if (part.types.some((member) => (member.flags & ts.TypeFlags.Object) === 0)) continue;
      const arrayLike = part.types.map((member) => objectMutableData(member, checker, program)).find((data) => data !== undefined && data.kind !== "object");
      if (arrayLike !== undefined) return arrayLike;
      const member = firstWritableMember(part, checker, program);
      if (member !== undefined) return objectData(part, member);
    }
  }
  return undefined;
}

/** The kind of mutable data a value of this type is (`mutableDataOfType`'s kind). */
export function mutableKindOfType(type: ts.Type, checker: ts.TypeChecker, program: ts.Program): MutableKind | undefined {
  return mutableDataOfType(type, checker, program)?.kind;
}

/** How deep `hasMutableContents` looks before it gives up (recursive types end there too). */
const MAX_CONTENT_DEPTH = 6;

/** The types a value directly contains: elements of arrays and tuples, entries of readonly maps and sets, fields of project objects. */
function containedTypes(type: ts.Type, checker: ts.TypeChecker, program: ts.Program): readonly ts.Type[] {
  if (checker.isArrayType(type) || checker.isTupleType(type) || isBuiltinSymbolLike(program, type, ["ReadonlyMap", "ReadonlySet"])) {
    return isTypeReference(type) ? checker.getTypeArguments(type) : [];
  }
  if (isClassInstance(type) || type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return [];
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  if (declarations.length > 0 && declarations.every((declaration) => isExternalDeclaration(declaration, program))) {
    // Lib's mapped types (`Readonly<T>`) carry the project's fields; other library types are their authors'.
    if (!isObjectFlagSet(type as ts.ObjectType, ts.ObjectFlags.Mapped)) return [];
  }
  return [
    ...type.getProperties().filter((property) => (property.flags & ts.SymbolFlags.Method) === 0).map((property) => checker.getTypeOfSymbol(property)),
    ...checker.getIndexInfosOfType(type).map((info) => info.type),
  ];
}

/**
 * True when a value that is readonly at the top (`Object.freeze({ list: [] })`, `readonly
 * Item[]` of mutable items) holds mutable data somewhere inside, by the same judgement as
 * `mutableKindOfType` applied to what it contains: class instances and library types are not
 * looked into. (typescript-eslint's `isTypeReadonly` is deep too, but it counts a `RegExp`'s
 * `lastIndex` and every library type's internals, which the user cannot change.)
 */
export function hasMutableContents(type: ts.Type, checker: ts.TypeChecker, program: ts.Program): boolean {
  const seen = new Set<ts.Type>();
  const visit = (current: ts.Type, depth: number): boolean =>
    unionMembers(current).some((part) => {
      if (seen.has(part) || depth > MAX_CONTENT_DEPTH) return false;
      seen.add(part);
      if (depth > 0 && mutableKindOfType(part, checker, program) !== undefined) return true;
      if ((part.flags & ts.TypeFlags.Object) === 0) return false;
      return containedTypes(part, checker, program).some((child) => visit(child, depth + 1));
    });
  return visit(type, 0);
}

function isClassInstance(type: ts.Type): boolean {
  const symbol = type.getSymbol();
  return symbol !== undefined && (symbol.flags & ts.SymbolFlags.Class) !== 0;
}

// ---------------------------------------------------------------------------------------
// Syntactic judgement, for files linted without type information.

/** `as const`, `<const>x`, `x satisfies T` around `as const`, and parentheses, removed. */
function isConstAssertion(node: TSESTree.Expression): boolean {
  if (node.type === AST_NODE_TYPES.TSSatisfiesExpression) return isConstAssertion(node.expression);
  if (node.type !== AST_NODE_TYPES.TSAsExpression && node.type !== AST_NODE_TYPES.TSTypeAssertion) return false;
  const annotation = node.typeAnnotation;
  return (
    annotation.type === AST_NODE_TYPES.TSTypeReference &&
    annotation.typeName.type === AST_NODE_TYPES.Identifier &&
    annotation.typeName.name === "const"
  );
}

function isObjectFreeze(node: TSESTree.Expression): boolean {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    node.callee.object.type === AST_NODE_TYPES.Identifier &&
    node.callee.object.name === "Object" &&
    memberName(node.callee) === "freeze"
  );
}

/** An object literal of functions and namespaces of functions (`{ get() {}, io: { read: () => 1 } }`), judged from syntax. */
function isNamespaceLiteral(node: TSESTree.ObjectExpression, depth = 0): boolean {
  return node.properties.every(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      (property.kind !== "init" ||
        property.method ||
        isFunctionValue(property.value) ||
        (depth < MAX_NAMESPACE_DEPTH && property.value.type === AST_NODE_TYPES.ObjectExpression && property.value.properties.length > 0 && isNamespaceLiteral(property.value, depth + 1))),
  );
}

/**
 * The kind of mutable data an initializer creates, judged from its syntax alone: array and
 * object literals, `new Map/Set/WeakMap/WeakSet/Array`, `Array.from/of`; `undefined` for
 * anything else (a call, an identifier: unknown without types) and for frozen or
 * `as const` values. `isGlobal` tells whether a name is the global one (not shadowed).
 */
export function mutableKindOfInitializer(
  node: TSESTree.Expression,
  isGlobal: (name: string) => boolean,
): MutableKind | undefined {
  if (isConstAssertion(node) || isObjectFreeze(node)) return undefined;
  switch (node.type) {
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return mutableKindOfInitializer(node.expression, isGlobal);
    case AST_NODE_TYPES.ArrayExpression:
      return "array";
    case AST_NODE_TYPES.ObjectExpression:
      // An object of functions is a namespace, not a record of data.
      return isNamespaceLiteral(node) ? undefined : "object";
    case AST_NODE_TYPES.NewExpression: {
      if (node.callee.type !== AST_NODE_TYPES.Identifier || !isGlobal(node.callee.name)) return undefined;
      const name = node.callee.name;
      if (name === "Array") return "array";
      return (collectionNames as readonly string[]).includes(name) ? (name as MutableKind) : undefined;
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = node.callee;
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === "Array" && isGlobal("Array")) return "array";
      const isArrayFactory =
        callee.type === AST_NODE_TYPES.MemberExpression &&
        callee.object.type === AST_NODE_TYPES.Identifier &&
        callee.object.name === "Array" &&
        isGlobal("Array") &&
        (memberName(callee) === "from" || memberName(callee) === "of");
      return isArrayFactory ? "array" : undefined;
    }
    default:
      return undefined;
  }
}

const mutableTypeNames: Readonly<Record<string, MutableKind>> = {
  Array: "array",
  Map: "Map",
  Set: "Set",
  WeakMap: "WeakMap",
  WeakSet: "WeakSet",
  Record: "object",
};

const readonlyTypeNames: ReadonlySet<string> = new Set(["ReadonlyArray", "Readonly", "ReadonlyMap", "ReadonlySet"]);

/** What a type annotation says, syntactically: a mutable kind, readonly, or unknown. */
export type AnnotationVerdict = { readonly kind: MutableKind } | "readonly" | "unknown";

/**
 * Judge a type annotation without types: `T[]`, `Array<T>`, `Map`, `Set`, `Record`, and
 * object type literals with a writable member are mutable; `readonly T[]`, `ReadonlyArray`,
 * `Readonly<...>`, `ReadonlyMap/Set`, and object literals with only readonly or method
 * members are readonly; any other name is unknown (it could be either).
 */
export function judgeTypeAnnotation(node: TSESTree.TypeNode): AnnotationVerdict {
  switch (node.type) {
    case AST_NODE_TYPES.TSArrayType:
      return { kind: "array" };
    case AST_NODE_TYPES.TSTupleType:
      return { kind: "tuple" };
    case AST_NODE_TYPES.TSTypeOperator:
      return node.operator === "readonly" ? "readonly" : "unknown";
    case AST_NODE_TYPES.TSTypeReference: {
      if (node.typeName.type !== AST_NODE_TYPES.Identifier) return "unknown";
      const name = node.typeName.name;
      if (readonlyTypeNames.has(name)) return "readonly";
      const kind = mutableTypeNames[name];
      return kind === undefined ? "unknown" : { kind };
    }
    case AST_NODE_TYPES.TSTypeLiteral: {
      const writable = node.members.some(
        (member) =>
          (member.type === AST_NODE_TYPES.TSPropertySignature &&
            !member.readonly &&
            member.typeAnnotation?.typeAnnotation.type !== AST_NODE_TYPES.TSFunctionType) ||
          (member.type === AST_NODE_TYPES.TSIndexSignature && !member.readonly),
      );
      return writable ? { kind: "object" } : "readonly";
    }
    default:
      return "unknown";
  }
}
