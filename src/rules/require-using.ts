import { type TypeOrValueSpecifier, typeMatchesSomeSpecifier, typeOrValueSpecifiersSchema } from "@typescript-eslint/type-utils";
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import type { RuleFix, RuleFixer } from "@typescript-eslint/utils/ts-eslint";
import { isObjectFlagSet, isObjectType, isTypeReference } from "ts-api-utils";
import ts from "typescript";
import { createRule } from "../analysis/create-rule.js";
import { bindingFate, type DisposeKind, disposeKindOfType, producesOwnedResource } from "../analysis/disposables.js";
import { enclosingFunction } from "../analysis/function-nodes.js";
import { cannotMatter, mayBecome, mustUseListeners } from "../analysis/must-use.js";
import { requireTypeServices } from "../analysis/parser-services.js";

interface RequireUsingOptions {
  allowTypes?: TypeOrValueSpecifier[];
  releaseMethods?: string[];
}
type Options = [RequireUsingOptions];
type MessageIds =
  | "dropped"
  | "droppedFromCallback"
  | "droppedByReference"
  | "neverDisposed"
  | "notDisposedOnEveryPath"
  | "usingAsyncOnly"
  | "fieldOfNonDisposable"
  | "useUsing"
  | "useAwaitUsing";

/**
 * Node's long-lived or self-closing handles: a timer, a server, a stream or a child process
 * is routinely left running, and `using` would stop it at the end of the scope.
 */
const nodeHandles: TypeOrValueSpecifier = {
  from: "package",
  package: "@types/node",
  name: [
    "Timeout",
    "Immediate",
    "Server",
    "Socket",
    "ChildProcess",
    "Readable",
    "Writable",
    "Duplex",
    "Transform",
    "PassThrough",
    "ReadStream",
    "WriteStream",
    "IncomingMessage",
    "ServerResponse",
    "ClientRequest",
  ],
};

const defaultReleaseMethods: readonly string[] = ["close", "dispose", "release", "destroy", "unlock", "disconnect", "end"];

function usingKeyword(kind: DisposeKind): string {
  return kind === "async" ? "await using" : "using";
}

export const requireUsing = createRule<Options, MessageIds>({
  name: "require-using",
  meta: {
    type: "problem",
    docs: {
      description: "Require `using` / `await using` for Disposable resources, so they are released when their scope ends",
      recommended: "strict",
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    messages: {
      dropped:
        "This {{resource}} is dropped without being disposed, so what it holds is never released. Bind it with `{{keyword}}`, or pass it to an owner (a `DisposableStack`).",
      droppedFromCallback:
        "This callback returns a {{resource}} where a `void` return is expected, so nobody disposes it. Dispose it inside the callback (`{{keyword}}`).",
      droppedByReference:
        "`{{callee}}` returns a {{resource}}, but it is passed where the return value is ignored, so every one it makes is dropped. Pass a callback that disposes it.",
      neverDisposed:
        "`{{name}}` holds a {{resource}} that is never disposed nor handed on. Declare it with `{{keyword}}` so it is released when the scope ends.",
      notDisposedOnEveryPath:
        "`{{name}}` is released on line {{line}}, but not when the code before that throws or returns. Declare it with `{{keyword}}` (and drop the manual release), or release it in `finally`.",
      usingAsyncOnly:
        "`{{name}}` can only be disposed asynchronously (it has `Symbol.asyncDispose`, not `Symbol.dispose`), so `using` does not release it. Use `await using`.",
      fieldOfNonDisposable:
        "This {{resource}} is stored in a field of `{{owner}}`, which is not Disposable itself, so nothing releases it. Implement `[Symbol.dispose]` on `{{owner}}` (a `DisposableStack` field helps).",
      useUsing: "Declare it with `using`.",
      useAwaitUsing: "Declare it with `await using`.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowTypes: {
            ...typeOrValueSpecifiersSchema,
            description:
              "Disposable types that may be left undisposed, as TypeOrValueSpecifiers; a class or interface that extends one is allowed too. The default lists Node's timers, servers, sockets, streams and child processes, which are meant to outlive the scope that starts them; setting this option replaces that list.",
          },
          releaseMethods: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description:
              "Method names that release a resource when called on a binding (besides `[Symbol.dispose]()` and `[Symbol.asyncDispose]()`), such as `close` on a file handle.",
          },
        },
      },
    ],
    defaultOptions: [{ allowTypes: [nodeHandles], releaseMethods: [...defaultReleaseMethods] }],
  },

  /** @throws {Error} when the file was linted without type information (the message says how to turn it on). */
  create(context, [options]) {
    const services = requireTypeServices(context, "require-using");
    const checker = services.program.getTypeChecker();
    const allowTypes = options.allowTypes ?? [nodeHandles];
    const releaseMethods: ReadonlySet<string> = new Set(options.releaseMethods ?? defaultReleaseMethods);
    const kinds = new WeakMap<ts.Type, DisposeKind | null>();

    /**
     * Whether `type` is named in `allowTypes`, or is a class or interface that extends one:
     * `spawn` with pipes gives a `ChildProcessByStdio`, which extends `ChildProcess`.
     */
    function isAllowed(type: ts.Type, depth: number): boolean {
      if (typeMatchesSomeSpecifier(type, allowTypes, services.program)) return true;
      const declared = isTypeReference(type) ? type.target : type;
      if (depth > 8 || !isObjectType(declared) || !isObjectFlagSet(declared, ts.ObjectFlags.ClassOrInterface)) return false;
      return checker.getBaseTypes(declared as ts.InterfaceType).some((base) => isAllowed(base, depth + 1));
    }

    /** The dispose kind of a resource type the rule checks (allowed types are none). */
    function resourceKind(type: ts.Type): DisposeKind | undefined {
      const cached = kinds.get(type);
      if (cached !== undefined) return cached ?? undefined;
      let kind = disposeKindOfType(checker, type);
      if (kind !== undefined && allowTypes.length > 0) {
        const members = type.isUnion() ? type.types : [type];
        if (members.some((member) => isAllowed(member, 0))) kind = undefined;
      }
      kinds.set(type, kind ?? null);
      return kind;
    }

    const signatureAnswers = new WeakMap<ts.Signature, boolean>();
    const awaitedSignatureAnswers = new WeakMap<ts.Signature, boolean>();

    /** Whether a call resolved to (an instantiation of) this signature could give a resource. */
    function signatureMayMatter(signature: ts.Signature, awaited: boolean): boolean {
      const answers = awaited ? awaitedSignatureAnswers : signatureAnswers;
      const cached = answers.get(signature);
      if (cached !== undefined) return cached;
      const returned = signature.getReturnType();
      const value = awaited ? checker.getAwaitedType(returned) : returned;
      // Allowed types only ever turn a resource off: ignoring them here stays on the safe side.
      const answer = value === undefined || mayBecome(value, (part) => disposeKindOfType(checker, part) !== undefined);
      answers.set(signature, answer);
      return answer;
    }

    function resourceName(type: ts.Type): string {
      const nonNullable = checker.getNonNullableType(type);
      const symbol = nonNullable.aliasSymbol ?? nonNullable.getSymbol();
      const name = symbol?.getName();
      return name === undefined || name.startsWith("__") ? "Disposable" : `\`${name}\``;
    }

    /** Where `using` can replace `const`/`let`: a lone declarator in a block or function body. */
    function usingSuggestion(declaration: TSESTree.VariableDeclaration, kind: DisposeKind): MessageIds | undefined {
      const parent = declaration.parent;
      if (parent.type !== AST_NODE_TYPES.BlockStatement && parent.type !== AST_NODE_TYPES.StaticBlock) return undefined;
      if (declaration.declarations.length !== 1) return undefined;
      if (kind !== "async") return "useUsing";
      return enclosingFunction(declaration)?.async === true ? "useAwaitUsing" : undefined;
    }

    function checkBinding(declaration: TSESTree.VariableDeclaration, declarator: TSESTree.VariableDeclarator): void {
      const init = declarator.init;
      if (init === null) return;
      const isUsing = declaration.kind === "using" || declaration.kind === "await using";
      // Cheap syntactic filters before any type query: only fresh values (`new`, calls, `await`).
      const inner = init.type === AST_NODE_TYPES.AwaitExpression ? init.argument : init;
      if (inner.type !== AST_NODE_TYPES.CallExpression && inner.type !== AST_NODE_TYPES.NewExpression && !isUsing) return;
      if (!isUsing && cannotMatter(init, services, signatureMayMatter)) return;
      const type = services.getTypeAtLocation(init);
      const kind = resourceKind(type);
      if (kind === undefined) return;
      const name = declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id.name : context.sourceCode.getText(declarator.id);
      if (isUsing) {
        if (declaration.kind === "using" && kind === "async") {
          context.report({
            node: declarator,
            messageId: "usingAsyncOnly",
            data: { name },
            suggest: usingSuggestion(declaration, kind) === "useAwaitUsing"
              ? [{ messageId: "useAwaitUsing", fix: (fixer: RuleFixer): RuleFix => fixer.insertTextBefore(declaration, "await ") }]
              : [],
          });
        }
        return;
      }
      // Module-level bindings live as long as the program, like Rust's statics.
      if (enclosingFunction(declaration) === undefined) return;
      if (!producesOwnedResource(init, services)) return;
      const data = { name, resource: resourceName(type), keyword: usingKeyword(kind) };
      if (declarator.id.type !== AST_NODE_TYPES.Identifier) {
        // `const { a } = acquire()`: the resource itself is not kept anywhere.
        context.report({ node: declarator.init ?? declarator, messageId: "dropped", data });
        return;
      }
      const fate = bindingFate(declarator, context.sourceCode, releaseMethods);
      if (fate.kind === "never") {
        const suggestion = usingSuggestion(declaration, kind);
        const keywordToken = context.sourceCode.getFirstToken(declaration);
        context.report({
          node: declarator.id,
          messageId: "neverDisposed",
          data,
          suggest:
            suggestion === undefined || keywordToken === null
              ? []
              : [
                  {
                    messageId: suggestion,
                    fix: (fixer: RuleFixer): RuleFix =>
                      fixer.replaceText(keywordToken, suggestion === "useAwaitUsing" ? "await using" : "using"),
                  },
                ],
        });
      } else if (fate.kind === "sometimes") {
        context.report({ node: declarator.id, messageId: "notDisposedOnEveryPath", data: { ...data, line: fate.release.loc.start.line } });
      }
    }

    function classOwner(node: TSESTree.Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
      for (let current: TSESTree.Node | null | undefined = node.parent; current != null; current = current.parent) {
        if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) return current;
        // A `this` inside a plain function is not the class's.
        if (current.type === AST_NODE_TYPES.FunctionDeclaration) return undefined;
        if (current.type === AST_NODE_TYPES.FunctionExpression && current.parent.type !== AST_NODE_TYPES.MethodDefinition) {
          return undefined;
        }
      }
      return undefined;
    }

    /** `this.conn = connect()` or `conn = connect()` as a class field: the class must own it. */
    function checkField(value: TSESTree.Expression, anchor: TSESTree.Node): void {
      const inner = value.type === AST_NODE_TYPES.AwaitExpression ? value.argument : value;
      if (inner.type !== AST_NODE_TYPES.CallExpression && inner.type !== AST_NODE_TYPES.NewExpression) return;
      const owner = classOwner(anchor);
      if (owner === undefined || cannotMatter(value, services, signatureMayMatter)) return;
      const type = services.getTypeAtLocation(value);
      if (resourceKind(type) === undefined || !producesOwnedResource(value, services)) return;
      const instanceType = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(owner));
      if (disposeKindOfType(checker, instanceType) !== undefined) return;
      context.report({
        node: value,
        messageId: "fieldOfNonDisposable",
        data: { resource: resourceName(type), owner: owner.id?.name ?? "this class" },
      });
    }

    const dropListeners = mustUseListeners<{ kind: DisposeKind; type: ts.Type }>({
      services,
      ignoreVoid: true,
      signatureMayMatter,
      classify: (type, node) => {
        const kind = resourceKind(type);
        if (kind === undefined) return undefined;
        // A function passed by reference (`items.forEach(acquire)`): each call makes a new one.
        if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) return { kind, type };
        // `server.listen()` gives back the server it was called on: nothing new is dropped.
        return producesOwnedResource(node, services) ? { kind, type } : undefined;
      },
      onDrop(drop, { kind, type }) {
        const data = { resource: resourceName(type), keyword: usingKeyword(kind) };
        switch (drop.site) {
          case "statement":
            context.report({ node: drop.node, messageId: "dropped", data });
            break;
          case "void-return":
            context.report({ node: drop.node, messageId: "droppedFromCallback", data });
            break;
          case "void-reference":
            context.report({ node: drop.node, messageId: "droppedByReference", data: { ...data, callee: context.sourceCode.getText(drop.node) } });
            break;
        }
      },
    });

    return {
      ...dropListeners,
      // typescript-eslint's `no-unsafe-assignment` asks for each initializer's type on this very
      // selector; listening on the same one lets a typed config compute it once, for both rules.
      "VariableDeclarator[init != null]"(node: TSESTree.VariableDeclarator): void {
        checkBinding(node.parent, node);
      },
      AssignmentExpression(node): void {
        if (
          node.operator === "=" &&
          node.left.type === AST_NODE_TYPES.MemberExpression &&
          node.left.object.type === AST_NODE_TYPES.ThisExpression
        ) {
          checkField(node.right, node);
        }
      },
      PropertyDefinition(node): void {
        if (node.value !== null && !node.static) checkField(node.value, node);
      },
    };
  },
});
