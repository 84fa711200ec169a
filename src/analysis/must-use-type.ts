/**
 * Which types are must-use values, for `must-use-result`: ferrous's and neverthrow's Result,
 * Option and AsyncResult (recognised by declaration, see `result-types.ts`), any type whose
 * declaration carries `@mustUse`, and types the user names with typescript-eslint's
 * `TypeOrValueSpecifier` format.
 */
import type { ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { type TypeOrValueSpecifier, typeMatchesSomeSpecifier } from "@typescript-eslint/type-utils";
import ts from "typescript";
import { mayBecome } from "./must-use.js";
import { MUST_USE_TAG, type ResultSymbolInfo, resultInfoOfType } from "./result-types.js";
import { isNullishType } from "./type-queries.js";

/** The name a user knows a must-use value by: `Result`, `Option`, neverthrow's `ResultAsync`. */
export function displayName(info: ResultSymbolInfo): string {
  if (info.origin === "neverthrow" && info.kind === "AsyncResult") return "ResultAsync";
  return info.kind ?? info.name;
}

function hasMustUseTag(declaration: ts.Declaration): boolean {
  return ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === MUST_USE_TAG);
}

const opaqueFlags = ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never;

/**
 * Names must-use types. Build one per linted file (`create`): it caches by type object, and
 * type objects belong to one program.
 */
export class MustUseTypes {
  private readonly cache = new WeakMap<ts.Type, string | null>();
  private readonly signatureCache = new WeakMap<ts.Signature, boolean>();
  private readonly awaitedSignatureCache = new WeakMap<ts.Signature, boolean>();
  // type-utils takes a mutable array; keep a private copy so the caller's stays untouched.
  private readonly specifiers: TypeOrValueSpecifier[];

  constructor(
    private readonly services: ParserServicesWithTypeInformation,
    specifiers: readonly TypeOrValueSpecifier[],
  ) {
    this.specifiers = [...specifiers];
  }

  /**
   * The display name of a must-use type, or `undefined`. A union counts when every member
   * that is not `null`/`undefined`/`void` is must-use (`Result | undefined` from `a?.save()`
   * does); a type parameter counts by its constraint; `any` and `unknown` never do.
   */
  nameOf(type: ts.Type): string | undefined {
    const cached = this.cache.get(type);
    if (cached !== undefined) return cached ?? undefined;
    const name = this.compute(type);
    this.cache.set(type, name ?? null);
    return name;
  }

  /**
   * Whether a call resolved to this signature (or an instantiation of it) could give a
   * must-use value (`awaited`: once awaited): its declaration is marked `@mustUse`, or some
   * part of its return type may be a must-use type. Always `true` with user `types` (any
   * type may match those).
   */
  signatureMayMatter(signature: ts.Signature, awaited: boolean): boolean {
    const cache = awaited ? this.awaitedSignatureCache : this.signatureCache;
    const cached = cache.get(signature);
    if (cached !== undefined) return cached;
    const answer = this.computeSignatureMayMatter(signature, awaited);
    cache.set(signature, answer);
    return answer;
  }

  private computeSignatureMayMatter(signature: ts.Signature, awaited: boolean): boolean {
    if (this.specifiers.length > 0) return true;
    // Signatures synthesized for unions have no declaration (`getDeclaration()`'s type hides that).
    const declaration = signature.declaration;
    // `mustUseCallee` names a tagged function's value, but not once it is awaited.
    if (!awaited && declaration !== undefined && hasMustUseTag(declaration)) return true;
    const returned = signature.getReturnType();
    const value = awaited ? this.services.program.getTypeChecker().getAwaitedType(returned) : returned;
    return value === undefined || mayBecome(value, (part) => resultInfoOfType(part) !== undefined);
  }

  /**
   * The name of a call's return value when the called function or constructor itself is
   * marked `@mustUse` (Rust's `#[must_use]` on a function), or `undefined`.
   */
  mustUseCallee(node: TSESTree.Expression): string | undefined {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    const declaration = this.services.program.getTypeChecker().getResolvedSignature(tsNode)?.getDeclaration();
    if (declaration === undefined || !hasMustUseTag(declaration)) {
      return undefined;
    }
    const name = ts.getNameOfDeclaration(declaration);
    return name === undefined ? "value" : `return value of \`${name.getText()}\``;
  }

  private compute(input: ts.Type): string | undefined {
    const checker = this.services.program.getTypeChecker();
    const type = (input.flags & ts.TypeFlags.TypeParameter) !== 0 ? (checker.getBaseConstraintOfType(input) ?? input) : input;
    if ((type.flags & opaqueFlags) !== 0) return undefined;
    const direct = this.memberName(type);
    if (direct !== undefined) return direct;
    if (type.isUnion()) {
      const members = type.types.filter((member) => !isNullishType(member));
      const names = members.map((member) => this.partName(member));
      if (members.length === 0 || names.some((name) => name === undefined)) return undefined;
      return [...new Set(names)].join(" | ");
    }
    return this.partName(type);
  }

  /** A member's name; an intersection (`Result<T, E> & Brand`) is named by its must-use part. */
  private partName(type: ts.Type): string | undefined {
    const direct = this.memberName(type);
    if (direct !== undefined || !type.isIntersection()) return direct;
    for (const member of type.types) {
      const name = this.memberName(member);
      if (name !== undefined) return name;
    }
    return undefined;
  }

  private memberName(type: ts.Type): string | undefined {
    const info = resultInfoOfType(type);
    if (info !== undefined) return displayName(info);
    if (this.specifiers.length > 0 && typeMatchesSomeSpecifier(type, this.specifiers, this.services.program)) {
      const symbol = type.aliasSymbol ?? type.getSymbol();
      return symbol?.getName() ?? this.services.program.getTypeChecker().typeToString(type);
    }
    return undefined;
  }
}
