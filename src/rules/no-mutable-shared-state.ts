import type { ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils, TSESLint } from "@typescript-eslint/utils";
import type ts from "typescript";
import { createRule } from "../analysis/create-rule.js";
import {
  anyMutatingMethod,
  judgeTypeAnnotation,
  type MutableData,
  type MutableKind,
  mutableDataOfType,
  mutableKindOfInitializer,
  mutableKindOfType,
  hasMutableContents,
  isFunctionType,
  mutatingMethods,
  namesThirdPartyType,
} from "../analysis/mutability.js";
import { compileOptionPattern } from "../analysis/option-pattern.js";
import { requireTypeServices } from "../analysis/parser-services.js";
import { isFunctionNode, isFunctionValue } from "../analysis/function-nodes.js";
import { memberName } from "../analysis/member-name.js";
import { DEFAULT_TEST_GLOBS, fileMatchesGlobs } from "../analysis/test-files.js";

export type Options = [
  {
    /** Judge bindings and receivers by their types (needs type information). */
    typeAware?: boolean;
    /** Names (of bindings, static fields, globals) that may hold shared state. */
    ignorePattern?: string;
    /** Also report readonly values with mutable data inside (`Object.freeze({ list: [] })`); needs types. */
    deep?: boolean;
    /** Globs of files not checked, relative to the working directory. @default test files */
    testFiles?: string[];
  },
];

export type MessageIds = "moduleLet" | "mutableBinding" | "mutableInstanceField" | "writeFromFunction" | "mutableStatic" | "globalWrite";

const RULE_NAME = "no-mutable-shared-state";

/** How messages name each kind, with its article. */
const kindText: Readonly<Record<MutableKind | "contents", string>> = {
  array: "a mutable array",
  tuple: "a mutable tuple",
  Map: "a Map",
  Set: "a Set",
  WeakMap: "a WeakMap",
  WeakSet: "a WeakSet",
  object: "an object with writable fields",
  contents: "a readonly value holding mutable data",
};

/** What a binding or field holds that makes it shared mutable state. */
type Finding = MutableData | { readonly kind: "contents" };

/** How a message names a finding: an object's first writable field is named, when known. */
function findingText(finding: Finding): string {
  if (finding.kind === "object" && finding.field !== undefined) return `an object with writable field \`${finding.field}\``;
  return kindText[finding.kind];
}

/** `a` or `an` before a class name, by its first letter (good enough for identifiers). */
function article(word: string): string {
  return /^[aeiou]/iu.test(word) ? "an" : "a";
}

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** The scopes whose bindings every function of the file (or program) shares. */
function isSharedScope(scope: Scope): boolean {
  const { ScopeType } = TSESLint.Scope;
  return scope.type === ScopeType.module || scope.type === ScopeType.global || scope.type === ScopeType.tsModule;
}

function isInsideFunction(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node = node; current.type !== AST_NODE_TYPES.Program; current = current.parent) {
    if (isFunctionNode(current)) return true;
  }
  return false;
}

/** True for a declaration that only describes state made elsewhere (`declare`, `.d.ts`). */
function isAmbient(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node = node; current.type !== AST_NODE_TYPES.Program; current = current.parent) {
    if ((current.type === AST_NODE_TYPES.VariableDeclaration || current.type === AST_NODE_TYPES.TSModuleDeclaration) && current.declare) {
      return true;
    }
    if (current.type === AST_NODE_TYPES.ClassDeclaration && current.declare) return true;
  }
  return false;
}

/** The identifier at the root of `a.b[c]!.d`, or `undefined` (`this.x`, `f().x`). */
function rootIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.Identifier:
        return current;
      case AST_NODE_TYPES.MemberExpression:
        current = current.object;
        break;
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return undefined;
    }
  }
}

/** The identifiers a destructuring target writes. */
function patternIdentifiers(node: TSESTree.Node): TSESTree.Node[] {
  switch (node.type) {
    case AST_NODE_TYPES.ArrayPattern:
      return node.elements.flatMap((element) => (element === null ? [] : patternIdentifiers(element)));
    case AST_NODE_TYPES.ObjectPattern:
      return node.properties.flatMap((property) =>
        patternIdentifiers(property.type === AST_NODE_TYPES.RestElement ? property.argument : property.value),
      );
    case AST_NODE_TYPES.AssignmentPattern:
      return patternIdentifiers(node.left);
    case AST_NODE_TYPES.RestElement:
      return patternIdentifiers(node.argument);
    default:
      return [node];
  }
}

const globalObjectNames: ReadonlySet<string> = new Set(["globalThis", "global"]);

function propertyName(node: TSESTree.PropertyDefinition | TSESTree.AccessorProperty, sourceCode: Readonly<TSESLint.SourceCode>): string {
  if (node.key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.key.name}`;
  if (!node.computed && node.key.type === AST_NODE_TYPES.Identifier) return node.key.name;
  if (node.key.type === AST_NODE_TYPES.Literal) return String(node.key.value);
  return sourceCode.getText(node.key);
}

export const noMutableSharedState = createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: "problem",
    docs: {
      description: "Disallow mutable state shared through modules, static fields and the global object",
      recommended: "recommended",
      requiresTypeChecking: true,
      untypedOptions: [{ typeAware: false }],
    },
    fixable: "code",
    messages: {
      moduleLet:
        "Module-level `{{kind}} {{name}}` is shared mutable state: every caller sees every change. Use `const`, or keep the state in the function or class that owns it.",
      mutableBinding:
        "Module-level `{{name}}` is {{what}} that any code can change in place. Make it readonly (`as const`, `Readonly<…>`, `ReadonlyArray`, `ReadonlyMap`/`ReadonlySet`, `Object.freeze`), or keep it in the function or class that owns it.",
      mutableInstanceField:
        "{{where}} `{{name}}` is {{article}} `{{className}}` whose field `{{field}}` any code can reassign: state shared by every caller. Make the field `readonly` (or private), or keep the instance in the function or class that owns it.",
      writeFromFunction:
        "This function changes module-level `{{name}}`: hidden shared state. Take it as a parameter and return the new value, or let one class or closure own it.",
      mutableStatic:
        "Static field `{{name}}` is {{what}}, shared by every instance and every caller. Make it `readonly` with a readonly value, or move it to an instance.",
      globalWrite:
        "Writing `{{name}}` changes the global object, state shared by the whole program. Pass the value explicitly instead.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          typeAware: {
            type: "boolean",
            description:
              "Judge bindings, static fields and mutating calls by their types (needs type information). `false` keeps the syntactic checks only, for configs and files without types.",
          },
          deep: {
            type: "boolean",
            description:
              "Also report module-level bindings and static fields that are readonly at the top but hold mutable data inside (`Object.freeze({ list: [] })`), looking through arrays, tuples, readonly maps and sets and the project's own object types. Needs `typeAware`.",
          },
          ignorePattern: {
            type: "string",
            description: "A regular expression: bindings, static fields and global properties whose name matches it are allowed.",
          },
          testFiles: {
            type: "array",
            items: { type: "string" },
            description:
              "Globs of files not checked, relative to the working directory: a test file's module-level `let` set in `beforeEach` is the test framework's idiom, and a test's state is shared with no caller.",
          },
        },
      },
    ],
    defaultOptions: [{ typeAware: true, deep: false, testFiles: [...DEFAULT_TEST_GLOBS] }],
  },

  /**
   * @throws {Error} when types are asked for and the file was linted without them (says how to fix it).
   * @throws {Error} when `ignorePattern` is not a valid regular expression (names the option).
   */
  create(context, [options]) {
    if (fileMatchesGlobs(context.filename, context.cwd, options.testFiles ?? DEFAULT_TEST_GLOBS)) return {};
    const sourceCode = context.sourceCode;
    const typeAware = options.typeAware !== false;
    const services: ParserServicesWithTypeInformation | undefined = typeAware
      ? requireTypeServices(context, RULE_NAME, `set { typeAware: false } on ferrous/${RULE_NAME} to run its syntactic checks only`)
      : undefined;
    const checker = services?.program.getTypeChecker();
    const ignore = options.ignorePattern === undefined ? undefined : compileOptionPattern(RULE_NAME, "ignorePattern", options.ignorePattern);
    const isIgnored = (name: string): boolean => ignore?.test(name) === true;
    const isDeclarationFile = /\.d\.[cm]?ts$/u.test(context.filename);

    function isGlobalName(node: TSESTree.Node, name: string): boolean {
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), name);
      return variable === null || variable.defs.length === 0;
    }

    /** The mutable data a binding or field holds, by its type; `annotation` is its declared type, if any. */
    function typeFindingOf(node: TSESTree.Node, annotation?: TSESTree.TSTypeAnnotation): Finding | undefined {
      if (services === undefined || checker === undefined) return undefined;
      if (annotation !== undefined && namesThirdPartyType(services.esTreeNodeToTSNodeMap.get(annotation.typeAnnotation) as ts.TypeNode, checker, services.program)) {
        return undefined;
      }
      const type = services.getTypeAtLocation(node);
      const data = mutableDataOfType(type, checker, services.program);
      if (data !== undefined || options.deep !== true) return data;
      return hasMutableContents(type, checker, services.program) ? { kind: "contents" } : undefined;
    }

    /** The mutable kind of a binding or field judged without types. */
    function syntacticKind(annotation: TSESTree.TSTypeAnnotation | undefined, value: TSESTree.Expression | null | undefined, at: TSESTree.Node): MutableKind | undefined {
      if (annotation !== undefined) {
        // A named type (`Config`) could be readonly or not: without types, say nothing.
        const verdict = judgeTypeAnnotation(annotation.typeAnnotation);
        return typeof verdict === "object" ? verdict.kind : undefined;
      }
      return value == null ? undefined : mutableKindOfInitializer(value, (name) => isGlobalName(at, name));
    }

    function syntacticFindingOf(annotation: TSESTree.TSTypeAnnotation | undefined, value: TSESTree.Expression | null | undefined, at: TSESTree.Node): Finding | undefined {
      const kind = syntacticKind(annotation, value, at);
      return kind === undefined ? undefined : { kind };
    }

    /** Report a module-level binding or static field holding mutable data; a class instance's report names its writable field. */
    function reportMutable(node: TSESTree.Node, where: "binding" | "static", name: string, finding: Finding): void {
      if (finding.kind === "object" && finding.className !== undefined && finding.field !== undefined) {
        const data = { where: where === "binding" ? "Module-level" : "Static field", name, article: article(finding.className), className: finding.className, field: finding.field };
        context.report({ node, messageId: "mutableInstanceField", data });
        return;
      }
      context.report({ node, messageId: where === "binding" ? "mutableBinding" : "mutableStatic", data: { name, what: findingText(finding) } });
    }

    function canBecomeConst(declaration: TSESTree.VariableDeclaration): boolean {
      if (declaration.kind !== "let") return false;
      if (declaration.declarations.some((declarator) => declarator.init === null)) return false;
      return sourceCode
        .getDeclaredVariables(declaration)
        .every((variable) => variable.references.every((reference) => !reference.isWrite() || reference.init === true));
    }

    function checkModuleDeclaration(declaration: TSESTree.VariableDeclaration): void {
      if (isDeclarationFile || isAmbient(declaration)) return;
      if (declaration.kind === "let" || declaration.kind === "var") {
        const fixable = canBecomeConst(declaration);
        declaration.declarations.forEach((declarator, index) => {
          const names = patternIdentifiers(declarator.id).flatMap((node) => (node.type === AST_NODE_TYPES.Identifier ? [node.name] : []));
          if (names.length > 0 && names.every(isIgnored)) return;
          const letToken = sourceCode.getFirstToken(declaration);
          context.report({
            node: declarator.id,
            messageId: "moduleLet",
            data: { kind: declaration.kind, name: names.join(", ") || sourceCode.getText(declarator.id) },
            ...(fixable && index === 0 && letToken !== null ? { fix: (fixer) => fixer.replaceText(letToken, "const") } : {}),
          });
        });
        return;
      }
      if (declaration.kind !== "const") return;
      for (const declarator of declaration.declarations) {
        for (const target of patternIdentifiers(declarator.id)) {
          if (target.type !== AST_NODE_TYPES.Identifier || isIgnored(target.name)) continue;
          const finding = typeAware
            ? typeFindingOf(target, target.typeAnnotation)
            : declarator.id === target
              ? syntacticFindingOf(target.typeAnnotation, declarator.init, declarator)
              : undefined;
          if (finding !== undefined) reportMutable(target, "binding", target.name, finding);
        }
      }
    }

    /** The module-level variable a write lands in, if it is one. */
    function sharedVariableOf(identifier: TSESTree.Identifier): Variable | undefined {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      if (variable === null || variable.defs.length === 0) return undefined;
      return isSharedScope(variable.scope) ? variable : undefined;
    }

    function reportGlobalWrite(node: TSESTree.Node, target: TSESTree.Node): boolean {
      const root = rootIdentifier(target);
      if (root === undefined || root === target || !globalObjectNames.has(root.name) || !isGlobalName(root, root.name)) return false;
      const name = sourceCode.getText(target);
      const property = (target.type === AST_NODE_TYPES.MemberExpression ? memberName(target) : undefined) ?? name;
      if (!isIgnored(property)) context.report({ node, messageId: "globalWrite", data: { name } });
      return true;
    }

    function checkWrite(node: TSESTree.Node, target: TSESTree.Node): void {
      for (const written of patternIdentifiers(target)) {
        if (reportGlobalWrite(node, written)) continue;
        if (!isInsideFunction(node)) continue;
        const root = rootIdentifier(written);
        if (root === undefined || isIgnored(root.name)) continue;
        const variable = sharedVariableOf(root);
        if (variable === undefined) continue;
        context.report({ node, messageId: "writeFromFunction", data: { name: root.name } });
      }
    }

    /** The kind of collection a receiver is, to know whether a method call mutates it. */
    function receiverKind(receiver: TSESTree.Expression, variable: Variable): MutableKind | undefined {
      if (services !== undefined && checker !== undefined) {
        return mutableKindOfType(services.getTypeAtLocation(receiver), checker, services.program);
      }
      if (receiver.type !== AST_NODE_TYPES.Identifier) return undefined;
      const definition = variable.defs[0];
      if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.id.type !== AST_NODE_TYPES.Identifier) {
        return undefined;
      }
      return syntacticKind(definition.node.id.typeAnnotation, definition.node.init, definition.node);
    }

    function checkMutatingCall(node: TSESTree.CallExpression): void {
      const callee = node.callee;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const method = memberName(callee);
      if (method === undefined || !anyMutatingMethod.has(method)) return;
      if (!isInsideFunction(node)) return;
      const root = rootIdentifier(callee.object);
      if (root === undefined || isIgnored(root.name)) return;
      const variable = sharedVariableOf(root);
      if (variable === undefined) return;
      const kind = receiverKind(callee.object, variable);
      if (kind === undefined || !mutatingMethods[kind].has(method)) return;
      context.report({ node, messageId: "writeFromFunction", data: { name: root.name } });
    }

    /** `Object.assign(globalThis, ...)`, `Object.defineProperty(globalThis, ...)`. */
    function isGlobalObjectCall(node: TSESTree.CallExpression): boolean {
      const callee = node.callee;
      const [first] = node.arguments;
      if (
        callee.type !== AST_NODE_TYPES.MemberExpression ||
        callee.object.type !== AST_NODE_TYPES.Identifier ||
        callee.object.name !== "Object" ||
        !["assign", "defineProperty", "defineProperties"].includes(memberName(callee) ?? "") ||
        first?.type !== AST_NODE_TYPES.Identifier ||
        !globalObjectNames.has(first.name) ||
        !isGlobalName(first, first.name)
      ) {
        return false;
      }
      context.report({ node, messageId: "globalWrite", data: { name: first.name } });
      return true;
    }

    /**
     * `static create = (...) => new Foo(...)`: a static method written as a field. Reassigning it
     * is as possible, and as rare, as reassigning a method, which the rule does not report. A
     * field declared without a value (`static onError: (e: unknown) => void;`) is a slot for
     * others to fill: state, still reported.
     */
    function holdsFunction(node: TSESTree.PropertyDefinition | TSESTree.AccessorProperty): boolean {
      if (node.value === null) return false;
      if (isFunctionValue(node.value)) return true;
      if (services === undefined) return node.typeAnnotation?.typeAnnotation.type === AST_NODE_TYPES.TSFunctionType;
      return isFunctionType(services.getTypeAtLocation(node.key));
    }

    function checkStatic(node: TSESTree.PropertyDefinition | TSESTree.AccessorProperty): void {
      if (!node.static || node.declare || isDeclarationFile || isAmbient(node)) return;
      const name = propertyName(node, sourceCode);
      if (isIgnored(name)) return;
      if (!node.readonly) {
        if (holdsFunction(node)) return;
        context.report({ node: node.key, messageId: "mutableStatic", data: { name, what: "reassignable" } });
        return;
      }
      const finding = typeAware ? typeFindingOf(node.key, node.typeAnnotation) : syntacticFindingOf(node.typeAnnotation, node.value, node);
      if (finding !== undefined) reportMutable(node.key, "static", name, finding);
    }

    return {
      VariableDeclaration(node) {
        const parent = node.parent;
        const container = parent.type === AST_NODE_TYPES.ExportNamedDeclaration ? parent.parent : parent;
        if (container.type === AST_NODE_TYPES.Program || container.type === AST_NODE_TYPES.TSModuleBlock) {
          checkModuleDeclaration(node);
        }
      },
      AssignmentExpression(node) {
        checkWrite(node, node.left);
      },
      UpdateExpression(node) {
        checkWrite(node, node.argument);
      },
      "UnaryExpression[operator='delete']"(node: TSESTree.UnaryExpression) {
        checkWrite(node, node.argument);
      },
      CallExpression(node) {
        if (!isGlobalObjectCall(node)) checkMutatingCall(node);
      },
      PropertyDefinition: checkStatic,
      AccessorProperty: checkStatic,
    };
  },
});
