import { type TypeOrValueSpecifier, typeOrValueSpecifiersSchema } from "@typescript-eslint/type-utils";
import type { TSESTree } from "@typescript-eslint/utils";
import type { RuleFix, RuleFixer } from "@typescript-eslint/utils/ts-eslint";
import { createRule } from "../analysis/create-rule.js";
import { type DroppedValue, mustUseListeners } from "../analysis/must-use.js";
import { MustUseTypes } from "../analysis/must-use-type.js";
import { requireTypeServices } from "../analysis/parser-services.js";

export type Options = [
  {
    /** If `true`, `void expr` discards a value on purpose and is not reported. @default true */
    ignoreVoid?: boolean;
    /** More types whose values must be used, as typescript-eslint type specifiers. @default [] */
    types?: TypeOrValueSpecifier[];
  },
];

export type MessageIds = "dropped" | "droppedAwait" | "droppedFromCallback" | "droppedByReference" | "discardWithVoid";

export const mustUseResult = createRule<Options, MessageIds>({
  name: "must-use-result",
  meta: {
    type: "problem",
    docs: {
      description: "Require Result, AsyncResult and Option values to be used",
      recommended: "recommended",
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    messages: {
      dropped:
        "This {{name}} is dropped unchecked. Handle it (`match`, `unwrapOr`, `yield*`), return it, or pass it on.",
      droppedAwait:
        "The {{name}} this `await` produces is dropped unchecked. Handle it (`match`, `unwrapOr`, `yield*`), return it, or pass it on.",
      droppedFromCallback:
        "This callback returns a {{name}} where a `void` return is expected, so nobody checks it. Handle it inside the callback.",
      droppedByReference:
        "`{{callee}}` returns a {{name}}, but it is passed where the return value is ignored, so every {{name}} it returns is dropped. Pass a callback that handles it.",
      discardWithVoid: "Discard the {{name}} on purpose with `void`.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          ignoreVoid: {
            type: "boolean",
            description: "Whether `void expr` discards a value on purpose (not reported), like `no-floating-promises`.",
          },
          types: {
            ...typeOrValueSpecifiersSchema,
            description: "More types whose values must be used, in typescript-eslint's TypeOrValueSpecifier format.",
          },
        },
      },
    ],
    defaultOptions: [{ ignoreVoid: true, types: [] }],
  },

  /** @throws {Error} when the file was linted without type information (says how to fix it). */
  create(context, [options]) {
    const services = requireTypeServices(context, "must-use-result");
    const mustUse = new MustUseTypes(services, options.types ?? []);

    function messageFor(drop: DroppedValue): Exclude<MessageIds, "discardWithVoid"> {
      switch (drop.site) {
        case "void-return":
          return "droppedFromCallback";
        case "void-reference":
          return "droppedByReference";
        case "statement":
          return drop.awaited ? "droppedAwait" : "dropped";
      }
    }

    return mustUseListeners<string>({
      services,
      ignoreVoid: options.ignoreVoid ?? true,
      classify: (type, node) => mustUse.nameOf(type) ?? mustUse.mustUseCallee(node),
      signatureMayMatter: (signature, awaited) => mustUse.signatureMayMatter(signature, awaited),
      onDrop(drop, name) {
        const node: TSESTree.Node = drop.node;
        context.report({
          node,
          messageId: messageFor(drop),
          data: { name, callee: context.sourceCode.getText(node) },
          suggest: drop.voidable
            ? [
                {
                  messageId: "discardWithVoid",
                  data: { name },
                  fix: (fixer: RuleFixer): RuleFix => fixer.insertTextBefore(node, "void "),
                },
              ]
            : [],
        });
      },
    });
  },
});
