import type { TypeOrValueSpecifier } from "@typescript-eslint/type-utils";
import { typeMatchesSomeSpecifier, typeOrValueSpecifiersSchema } from "@typescript-eslint/type-utils";
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { createRule } from "../analysis/create-rule.js";
import type { ExportedFunctionNode } from "../analysis/exported-functions.js";
import { exportedFunctions } from "../analysis/exported-functions.js";
import { requireTypeServices } from "../analysis/parser-services.js";
import { resultKindOfType } from "../analysis/result-types.js";

interface TupleReturnOptions {
  minTupleLength?: number;
  checkSamePrimitivePairs?: boolean;
  checkLooseRecords?: boolean;
  checkAny?: boolean;
  allowFunctions?: string[];
  allowTypes?: TypeOrValueSpecifier[];
}
type Options = [TupleReturnOptions];
type MessageIds = "tuple" | "samePrimitivePair" | "looseRecord";

/** Why a return type is positional or loose, with the data its message needs. */
type Finding =
  | { readonly messageId: "tuple"; readonly count: number }
  | { readonly messageId: "samePrimitivePair"; readonly primitive: string }
  | { readonly messageId: "looseRecord" };

const keyLabels: ReadonlySet<string> = new Set(["key", "k", "name", "id", "field", "property"]);
const valueLabels: ReadonlySet<string> = new Set(["value", "v", "val"]);

const primitiveNames: readonly [ts.TypeFlags, string][] = [
  [ts.TypeFlags.StringLike, "string"],
  [ts.TypeFlags.NumberLike, "number"],
  [ts.TypeFlags.BigIntLike, "bigint"],
  [ts.TypeFlags.BooleanLike, "boolean"],
];

function primitiveName(type: ts.Type): string | undefined {
  // `true | false` (boolean) is a union; every member must share the primitive.
  const members = type.isUnion() ? type.types : [type];
  let name: string | undefined;
  for (const member of members) {
    const found = primitiveNames.find(([flags]) => (member.flags & flags) !== 0)?.[1];
    if (found === undefined || (name !== undefined && found !== name)) return undefined;
    name = found;
  }
  return name;
}

function isErrorType(type: ts.Type): boolean {
  return "intrinsicName" in type && type.intrinsicName === "error";
}

function isCallable(type: ts.Type): boolean {
  const members = type.isUnion() ? type.types : [type];
  return members.some((member) => member.getCallSignatures().length > 0);
}

export const noPositionalTupleReturn = createRule<Options, MessageIds>({
  name: "no-positional-tuple-return",
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow exported functions that return positional tuples or loose records instead of named fields",
      recommended: "strict",
      requiresTypeChecking: true,
    },
    messages: {
      tuple:
        "`{{name}}` returns a {{count}}-element tuple ({{type}}) that callers must read by position. Return an object with named fields instead.",
      samePrimitivePair:
        "`{{name}}` returns two {{primitive}}s ({{type}}) that callers can swap without a type error. Return an object with named fields instead.",
      looseRecord:
        "`{{name}}` returns {{type}}, which tells callers nothing about its fields. Return a named type with declared fields instead.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          minTupleLength: {
            type: "integer",
            minimum: 2,
            description:
              "Tuples with at least this many elements are reported (default 3). At 2, every pair is reported except the allowed ones: `[value, setter]`, `[key, value]`, `Result.partition` and `Option.unzip` pairs.",
          },
          checkSamePrimitivePairs: {
            type: "boolean",
            description: "Report pairs whose two elements have the same primitive type (`[number, number]`), which callers can swap silently.",
          },
          checkLooseRecords: {
            type: "boolean",
            description: "Report `object`, `Record<string, any | unknown>` and `{ [key: string]: any | unknown }` return types.",
          },
          checkAny: {
            type: "boolean",
            description:
              "Also report `any` return types, written or inferred (`Promise<any>` too). Off by default: `any` is an escape hatch that typescript-eslint's `no-explicit-any` and `no-unsafe-return` report, not a record.",
          },
          allowFunctions: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Exported names whose return type is not checked (`useActionState`-style hooks that follow a convention).",
          },
          allowTypes: {
            ...typeOrValueSpecifiersSchema,
            description:
              "Return types that are allowed, as TypeOrValueSpecifiers (`\"Range\"`, `{ from: \"package\", package: \"x\", name: \"Pair\" }`); matched against the alias or the declared type.",
          },
        },
      },
    ],
    defaultOptions: [{ minTupleLength: 3, checkSamePrimitivePairs: true, checkLooseRecords: true, checkAny: false, allowFunctions: [], allowTypes: [] }],
  },

  /** @throws {Error} when the file was linted without type information (the message says how to turn it on). */
  create(context, [options]) {
    const services = requireTypeServices(context, "no-positional-tuple-return");
    const checker = services.program.getTypeChecker();
    const minTupleLength = options.minTupleLength ?? 3;
    const allowFunctions = new Set(options.allowFunctions ?? []);
    const allowTypes = options.allowTypes ?? [];

    function isAllowedType(type: ts.Type): boolean {
      return allowTypes.length > 0 && typeMatchesSomeSpecifier(type, allowTypes, services.program);
    }

    /** The allowed pairs: hook `[value, setter]`, `[key, value]` entries, partition and unzip results. */
    function isAllowedPair(tuple: ts.TupleType, first: ts.Type, second: ts.Type): boolean {
      if (isCallable(second)) return true;
      const labels = (tuple.labeledElementDeclarations ?? []).map((declaration) =>
        declaration !== undefined && ts.isNamedTupleMember(declaration) ? declaration.name.text : undefined,
      );
      if (labels[0] !== undefined && labels[1] !== undefined && keyLabels.has(labels[0]) && valueLabels.has(labels[1])) return true;
      if (checker.isArrayType(first) && checker.isArrayType(second)) return true;
      return resultKindOfType(first) === "Option" && resultKindOfType(second) === "Option";
    }

    function classifyTuple(type: ts.TypeReference): Finding | undefined {
      const tuple = type.target as ts.TupleType;
      const fixed = tuple.elementFlags.filter((flag) => (flag & (ts.ElementFlags.Required | ts.ElementFlags.Optional)) !== 0).length;
      const variadic = fixed !== tuple.elementFlags.length;
      if (fixed >= Math.max(minTupleLength, 3) || (fixed >= minTupleLength && variadic)) return { messageId: "tuple", count: fixed };
      if (fixed !== 2 || variadic) return undefined;
      const [first, second] = checker.getTypeArguments(type);
      if (first === undefined || second === undefined || isAllowedPair(tuple, first, second)) return undefined;
      if (minTupleLength <= 2) return { messageId: "tuple", count: 2 };
      if (options.checkSamePrimitivePairs === false) return undefined;
      const a = primitiveName(first);
      return a !== undefined && a === primitiveName(second) ? { messageId: "samePrimitivePair", primitive: a } : undefined;
    }

    /** `object`, or a string-keyed dict of `any`/`unknown` values with no declared fields: Python's `Dict[str, Any]`. */
    function isLooseRecord(type: ts.Type): boolean {
      if ((type.flags & ts.TypeFlags.NonPrimitive) !== 0) return true;
      if ((type.flags & ts.TypeFlags.Object) === 0 || type.getProperties().length > 0 || type.getCallSignatures().length > 0) return false;
      const index = checker.getIndexInfosOfType(type).find((info) => (info.keyType.flags & ts.TypeFlags.String) !== 0);
      // `Record<string, Missing>` of an unresolved import is the missing package's problem, like a bare `Missing`.
      return index !== undefined && (index.type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0 && !isErrorType(index.type);
    }

    /** A written or inferred `any`; an unresolved import (a missing `@types/express`) is an error type flagged `any`, not the author's choice. */
    function isAny(type: ts.Type): boolean {
      return (type.flags & ts.TypeFlags.Any) !== 0 && !isErrorType(type);
    }

    function classify(type: ts.Type, depth: number): Finding | undefined {
      if (depth > 3 || isAllowedType(type)) return undefined;
      if (options.checkAny === true && isAny(type)) return { messageId: "looseRecord" };
      if (options.checkLooseRecords !== false && isLooseRecord(type)) return { messageId: "looseRecord" };
      if (type.isUnion()) {
        for (const member of type.types) {
          if ((member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)) !== 0) continue;
          const finding = classify(member, depth + 1);
          if (finding !== undefined) return finding;
        }
        return undefined;
      }
      if (checker.isTupleType(type)) return classifyTuple(type as ts.TypeReference);
      // `Promise<[a, b, c]>` is read by position after `await` just the same.
      const symbolName = type.getSymbol()?.getName();
      if (symbolName === "Promise" || symbolName === "PromiseLike") {
        const awaited = checker.getAwaitedType(type);
        return awaited === undefined || awaited === type ? undefined : classify(awaited, depth + 1);
      }
      return undefined;
    }

    function reportLocation(node: ExportedFunctionNode): TSESTree.SourceLocation {
      const parent = node.parent;
      if ((node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.TSDeclareFunction) && node.id !== null) return node.id.loc;
      if (parent.type === AST_NODE_TYPES.VariableDeclarator) return parent.id.loc;
      // Anonymous default export: the head of the function, not its whole body.
      const end = node.returnType?.loc.end ?? node.body?.loc.start ?? node.loc.end;
      return { start: node.loc.start, end };
    }

    return {
      "Program:exit"(program: TSESTree.Program): void {
        for (const { node, name } of exportedFunctions(program, context.sourceCode)) {
          if (allowFunctions.has(name)) continue;
          const tsNode = services.esTreeNodeToTSNodeMap.get(node) as ts.SignatureDeclaration;
          const signature = checker.getSignatureFromDeclaration(tsNode);
          if (signature === undefined) continue;
          const returnType = checker.getReturnTypeOfSignature(signature);
          const finding = classify(returnType, 0);
          if (finding === undefined) continue;
          const data = { name, type: checker.typeToString(returnType, tsNode) };
          const loc = reportLocation(node);
          switch (finding.messageId) {
            case "tuple":
              context.report({ loc, messageId: "tuple", data: { ...data, count: finding.count } });
              break;
            case "samePrimitivePair":
              context.report({ loc, messageId: "samePrimitivePair", data: { ...data, primitive: finding.primitive } });
              break;
            case "looseRecord":
              context.report({ loc, messageId: "looseRecord", data });
              break;
          }
        }
      },
    };
  },
});
