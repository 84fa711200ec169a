import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import type { ReportSuggestionArray } from "@typescript-eslint/utils/ts-eslint";
import ts from "typescript";
import { createRule } from "../analysis/create-rule.js";
import { requireTypeServices } from "../analysis/parser-services.js";
import { type ResultSymbolInfo, resultInfoOfType } from "../analysis/result-types.js";
import { memberName } from "../analysis/member-name.js";
import { isCheckedLookup } from "../analysis/presence-checks.js";
import { isNullishType } from "../analysis/type-queries.js";
import { DEFAULT_TEST_GLOBS, fileMatchesGlobs, isInInSourceTest } from "../analysis/test-files.js";

export type Options = [
  {
    /** Globs of more files where unwrapping is fine (scripts, benches), besides tests. @default [] */
    allowedFiles?: string[];
    /** If `true`, TypeScript's non-null assertion `x!` counts as an unwrap. @default false */
    nonNullAssertion?: boolean;
  },
];

export type MessageIds = "unwrap" | "nonNullAssertion" | "useUnwrapOr" | "useYieldStar";

/** The unwrapping methods, by the library that declares them; `err` says which side they take. */
const ferrousMethods: ReadonlyMap<string, { err: boolean }> = new Map([
  ["unwrap", { err: false }],
  ["expect", { err: false }],
  ["unwrapErr", { err: true }],
  ["expectErr", { err: true }],
]);
const neverthrowMethods: ReadonlyMap<string, { err: boolean }> = new Map([
  ["_unsafeUnwrap", { err: false }],
  ["_unsafeUnwrapErr", { err: true }],
]);

/** Types that say nothing about `null` or `undefined`. */
const opaqueFlags = ts.TypeFlags.Any | ts.TypeFlags.Unknown;

/**
 * `null!`, `undefined!`, `void 0!`: the absent value itself cast to the field's type (to free a
 * reference, or to initialise a field set later); nothing present is asserted, so no unwrap.
 */
function isAbsentValue(node: TSESTree.Expression): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.raw === "null") ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === "undefined") ||
    (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "void")
  );
}

/** What the value holds when the unwrap throws. */
function failureOf(info: ResultSymbolInfo, err: boolean): string {
  if (info.kind === "Option") return "None";
  return err ? "an Ok" : "an Err";
}

export const noUnwrap = createRule<Options, MessageIds>({
  name: "no-unwrap",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow `unwrap`, `expect` and non-null assertions outside tests",
      recommended: "recommended",
      requiresTypeChecking: true,
      strictOptions: [{ nonNullAssertion: true }],
    },
    hasSuggestions: true,
    messages: {
      unwrap:
        "`{{method}}` throws when the {{kind}} is {{failure}}. Handle both cases (`match`, `unwrapOr`, or `yield*` to propagate); unwrap in tests only.",
      nonNullAssertion:
        "`!` asserts the value is neither null nor undefined without checking: an unwrap of an implicit Option. Handle the missing case (`??`, a check, `Option.from`).",
      useUnwrapOr: "Fall back to `{{fallback}}` with `unwrapOr({{fallback}})`.",
      useYieldStar: "Propagate the failure with `yield*` (Rust's `?`).",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowedFiles: {
            type: "array",
            items: { type: "string" },
            description:
              "Globs (relative to the working directory) of more files where unwrapping is allowed, besides test files.",
          },
          nonNullAssertion: {
            type: "boolean",
            description: "Whether TypeScript's non-null assertion `x!` counts as an unwrap of an implicit Option.",
          },
        },
      },
    ],
    defaultOptions: [{ allowedFiles: [], nonNullAssertion: false }],
  },

  /** @throws {Error} when the file was linted without type information (says how to fix it). */
  create(context, [options]) {
    const globs = [...DEFAULT_TEST_GLOBS, ...(options.allowedFiles ?? [])];
    if (fileMatchesGlobs(context.filename, context.cwd, globs)) return {};
    const services = requireTypeServices(context, "no-unwrap");
    const checker = services.program.getTypeChecker();
    const compilerOptions = services.program.getCompilerOptions();
    const strictNullChecks = compilerOptions.strictNullChecks ?? compilerOptions.strict ?? false;

    /** The Result/Option information of an unwrap's receiver, looking through `?.` and constraints. */
    function receiverInfo(receiver: TSESTree.Expression): ResultSymbolInfo | undefined {
      let type = services.getTypeAtLocation(receiver);
      if ((type.flags & ts.TypeFlags.TypeParameter) !== 0) type = checker.getBaseConstraintOfType(type) ?? type;
      const info = resultInfoOfType(checker.getNonNullableType(type));
      return info?.origin === "user" ? undefined : info;
    }

    /** A value of the unwrapped type that `unwrapOr` may take without changing the types. */
    function fallbackFor(call: TSESTree.CallExpression): string | undefined {
      const type = services.getTypeAtLocation(call);
      const members = type.isUnion() ? type.types : [type];
      if (members.some((member) => (member.flags & ts.TypeFlags.Undefined) !== 0)) return "undefined";
      if (members.some((member) => (member.flags & ts.TypeFlags.Null) !== 0)) return "null";
      if (type.flags === ts.TypeFlags.String) return '""';
      if (type.flags === ts.TypeFlags.Number) return "0";
      if (type.flags === ts.TypeFlags.BigInt) return "0n";
      if ((type.flags & ts.TypeFlags.Boolean) !== 0) return "false";
      if (checker.isArrayType(type)) return "[]";
      return undefined;
    }

    /** The `gen` call a generator body is given to, when the unwrap sits directly in that body. */
    function enclosingGenKind(node: TSESTree.Node): string | undefined {
      // `Program.parent` is null at run time, whatever the AST types say.
      for (let current: TSESTree.Node | null | undefined = node.parent; current != null; current = current.parent) {
        if (current.type === AST_NODE_TYPES.ArrowFunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
          return undefined;
        }
        if (current.type !== AST_NODE_TYPES.FunctionExpression) continue;
        const call = current.parent;
        if (
          !current.generator ||
          call.type !== AST_NODE_TYPES.CallExpression ||
          call.callee.type !== AST_NODE_TYPES.MemberExpression ||
          call.callee.object.type !== AST_NODE_TYPES.Identifier ||
          memberName(call.callee) !== "gen"
        ) {
          return undefined;
        }
        return call.callee.object.name;
      }
      return undefined;
    }

    function suggestionsFor(
      call: TSESTree.CallExpression,
      callee: TSESTree.MemberExpression,
      info: ResultSymbolInfo,
      err: boolean,
    ): ReportSuggestionArray<MessageIds> {
      if (err || callee.computed || call.parent.type === AST_NODE_TYPES.ChainExpression || callee.optional) {
        return [];
      }
      const suggestions: ReportSuggestionArray<MessageIds> = [];
      const fallback = fallbackFor(call);
      if (fallback !== undefined) {
        suggestions.push({
          messageId: "useUnwrapOr",
          data: { fallback },
          fix: (fixer) => fixer.replaceTextRange([callee.property.range[0], call.range[1]], `unwrapOr(${fallback})`),
        });
      }
      if (info.origin === "ferrous" && info.kind !== "AsyncResult" && enclosingGenKind(call) === info.kind) {
        suggestions.push({
          messageId: "useYieldStar",
          fix: (fixer) => fixer.replaceText(call, `(yield* ${context.sourceCode.getText(callee.object)})`),
        });
      }
      return suggestions;
    }

    /** Whether `null` or `undefined` fits the type (or the type says nothing, as `any` does). */
    function mayBeNullish(type: ts.Type): boolean {
      if (isNullishType(type) || (type.flags & opaqueFlags) !== 0) return true;
      if (type.isUnion()) return type.types.some(mayBeNullish);
      // A type parameter whose constraint admits null stays `T & {}` after removing nullish.
      return checker.getNonNullableType(type) !== type;
    }

    /**
     * Whether `object[key]` reads an index signature whose declared value cannot be nullish: the
     * `undefined` then comes from `noUncheckedIndexedAccess`, and `!` is Rust's `v[i]`.
     */
    function readsNonNullableIndex(access: TSESTree.MemberExpression): boolean {
      if (!access.computed || access.optional) return false;
      const keyType = services.getTypeAtLocation(access.property);
      const objectType = checker.getNonNullableType(services.getTypeAtLocation(access.object));
      const members = objectType.isUnion() ? objectType.types : [objectType];
      return members.every((member) => {
        const apparent = checker.getApparentType(member);
        // A literal key naming a declared property (a tuple element, an optional field) reads
        // that property, whose `undefined` is declared, not added by the compiler option.
        if ((keyType.isStringLiteral() || keyType.isNumberLiteral()) && checker.getPropertyOfType(apparent, String(keyType.value))) {
          return false;
        }
        const index = checker.getIndexInfosOfType(apparent).find((info) => checker.isTypeAssignableTo(keyType, info.keyType));
        return index !== undefined && !mayBeNullish(index.type);
      });
    }

    /** Whether `operand!` asserts presence: not when it is the absent value itself or cannot be absent. */
    function assertsPresence(operand: TSESTree.Expression): boolean {
      if (isAbsentValue(operand) || isCheckedLookup(operand, context.sourceCode)) return false;
      if (operand.type === AST_NODE_TYPES.MemberExpression && readsNonNullableIndex(operand)) return false;
      // Without strictNullChecks every type looks non-nullable, so the type says nothing there.
      return !strictNullChecks || mayBeNullish(services.getTypeAtLocation(operand));
    }

    return {
      CallExpression(node): void {
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = memberName(callee);
        if (method === undefined) return;
        const candidate = ferrousMethods.get(method) ?? neverthrowMethods.get(method);
        if (candidate === undefined || isInInSourceTest(node)) return;
        const info = receiverInfo(callee.object);
        if (info === undefined) return;
        const expectedOrigin = ferrousMethods.has(method) ? "ferrous" : "neverthrow";
        if (info.origin !== expectedOrigin) return;
        const kind = info.origin === "neverthrow" ? "Result" : (info.kind ?? info.name);
        context.report({
          node: callee.property,
          messageId: "unwrap",
          data: { method, kind, failure: failureOf(info, candidate.err) },
          suggest: suggestionsFor(node, callee, info, candidate.err),
        });
      },
      TSNonNullExpression(node): void {
        if (options.nonNullAssertion !== true || isInInSourceTest(node) || !assertsPresence(node.expression)) return;
        context.report({ node, messageId: "nonNullAssertion" });
      },
    };
  },
});
