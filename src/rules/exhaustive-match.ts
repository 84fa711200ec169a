import { getConstrainedTypeAtLocation } from "@typescript-eslint/type-utils";
import type { ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { isTypeReference } from "ts-api-utils";
import ts from "typescript";
import { alwaysExits } from "../analysis/control-flow.js";
import { createRule } from "../analysis/create-rule.js";
import { memberName } from "../analysis/member-name.js";
import { compileOptionPattern } from "../analysis/option-pattern.js";
import { requireTypeServices } from "../analysis/parser-services.js";
import { packageFunctionName } from "../analysis/symbol-origin.js";
import {
  classUnionMembers,
  discriminantKey,
  formatNames,
  isNullishType,
  isUnitType,
  taggedVariants,
  unionMembers,
  unitKey,
  unitMembers,
  unitName,
  unitUnionMembers,
  variantName,
} from "../analysis/type-queries.js";
import { isFunctionNode } from "../analysis/function-nodes.js";

export type Options = [
  {
    /** A comment matching this pattern in or before a fallback marks it as an intended catch-all. */
    wildcardCommentPattern?: string;
    /**
     * `"allow"`: stay silent when a fallback hides more variants than the match names (the
     * code picks a few cases out of many, it does not dispatch over the union).
     * `"report"`: report those too.
     */
    partialMatches?: "allow" | "report";
  },
];

export type MessageIds =
  | "switchDefaultHides"
  | "elseHides"
  | "fallthroughHides"
  | "chainMisses"
  | "otherwiseHides"
  | "runMisses"
  | "wildcardHides";

const RULE_NAME = "exhaustive-match";

const defaultCommentPattern = "^\\s*wildcard\\b";

/** ts-pattern's chain methods between `match(x)` and its terminal call. */
const chainMethods: ReadonlySet<string> = new Set(["with", "when", "returnType", "narrow"]);

/** One test of an if/else-if chain: `subject === value`, or `subject instanceof value`. */
interface ChainTest {
  readonly kind: "unit" | "instanceof";
  readonly subject: TSESTree.Expression;
  readonly values: readonly TSESTree.Expression[];
}

/** A reference that reads the same value in every test: `x`, `x.kind`, `this.state.tag`. */
function isStableReference(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ThisExpression:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return (!node.computed || node.property.type === AST_NODE_TYPES.Literal) && isStableReference(node.object);
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return isStableReference(node.expression);
    default:
      return false;
  }
}

/** A literal written in place: `"a"`, `1`, `-1`, `true`, `null`, `undefined`, `` `a` ``. */
function isLiteralValue(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return !("regex" in node);
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0;
    case AST_NODE_TYPES.Identifier:
      return node.name === "undefined";
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === "-" && node.argument.type === AST_NODE_TYPES.Literal;
    default:
      return false;
  }
}

export const exhaustiveMatch = createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: "problem",
    docs: {
      description: "Require matches over a union to name every variant instead of hiding some behind a fallback",
      recommended: "recommended",
      requiresTypeChecking: true,
      // The strict configs report every fallback that hides a variant, as clippy's `wildcard_enum_match_arm` does.
      strictOptions: [{ partialMatches: "report" }],
    },
    messages: {
      switchDefaultHides:
        "This `default` hides {{variants}} of `{{subject}}`: a new variant would land here unnoticed. Give each its own `case`, or make the default `assertNever(...)`/`unreachable()`.",
      elseHides:
        "This `else` hides {{variants}} of `{{subject}}`. Give each its own branch, or end the chain with `else { assertNever(...) }`.",
      fallthroughHides:
        "The code after this if/else-if chain over `{{subject}}` is a hidden `else`: it takes {{variants}}. Give each its own branch, or follow the chain with `assertNever(...)`.",
      chainMisses:
        "This if/else-if chain over `{{subject}}` misses {{variants}}. Add a branch for each, or end the chain with `else { assertNever(...) }`.",
      otherwiseHides: "`.otherwise()` hides {{variants}}. Match each with `.with(...)` and end with `.exhaustive()`.",
      runMisses:
        "`.run()` throws at run time on {{variants}}, which no `.with(...)` matches. Match each and end with `.exhaustive()`.",
      wildcardHides: "The `_` handler hides {{variants}}. Give each its own handler, so that a new variant is a type error.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          partialMatches: {
            type: "string",
            enum: ["allow", "report"],
            description:
              "`allow` (default): no report when a fallback hides more variants than the match names, as when code picks two cases out of fifty. `report`: report those too (like clippy's `wildcard_enum_match_arm`).",
          },
          wildcardCommentPattern: {
            type: "string",
            description:
              "A regular expression (case-insensitive). A comment matching it inside or just before a fallback (`default`, `else`, `.otherwise()`, `_`) marks the fallback as an intended catch-all.",
          },
        },
      },
    ],
    defaultOptions: [{ wildcardCommentPattern: defaultCommentPattern, partialMatches: "allow" }],
  },

  /**
   * @throws {Error} when the file was linted without type information (says how to fix it).
   * @throws {Error} when `wildcardCommentPattern` is not a valid regular expression (names the option).
   */
  create(context, [options]) {
    const services: ParserServicesWithTypeInformation = requireTypeServices(context, RULE_NAME);
    const checker = services.program.getTypeChecker();
    const sourceCode = context.sourceCode;
    const commentPattern = compileOptionPattern(RULE_NAME, "wildcardCommentPattern", options.wildcardCommentPattern ?? defaultCommentPattern, "iu");
    const reportPartial = options.partialMatches === "report";

    /** A fallback that hides more variants than the match names picks a few cases; it is not a match. */
    const isPartial = (named: number, hidden: number): boolean => !reportPartial && hidden > named;

    const typeOf = (node: TSESTree.Node): ts.Type => getConstrainedTypeAtLocation(services, node);

    // --- What counts as a sanctioned fallback ------------------------------------------

    function isNeverCall(node: TSESTree.Node | null | undefined): boolean {
      if (node == null) return false;
      if (node.type === AST_NODE_TYPES.AwaitExpression || (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "void")) {
        return isNeverCall(node.argument);
      }
      if (node.type !== AST_NODE_TYPES.CallExpression) return false;
      return (services.getTypeAtLocation(node).flags & ts.TypeFlags.Never) !== 0;
    }

    /** A block that throws or calls a never-returning function (`assertNever`, `unreachable`, `panic`). */
    function statementsGuard(statements: readonly TSESTree.Statement[]): boolean {
      const flat = statements.length === 1 && statements[0]?.type === AST_NODE_TYPES.BlockStatement ? statements[0].body : statements;
      return flat.some(
        (statement) =>
          statement.type === AST_NODE_TYPES.ThrowStatement ||
          (statement.type === AST_NODE_TYPES.ExpressionStatement && isNeverCall(statement.expression)) ||
          (statement.type === AST_NODE_TYPES.ReturnStatement && isNeverCall(statement.argument)),
      );
    }

    /** A handler (`() => unreachable()`, `unreachable`) that never returns normally. */
    function handlerGuards(node: TSESTree.Node): boolean {
      if (node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression) {
        return node.body.type === AST_NODE_TYPES.BlockStatement ? statementsGuard(node.body.body) : isNeverCall(node.body);
      }
      const signatures = services.getTypeAtLocation(node).getCallSignatures();
      return signatures.length > 0 && signatures.every((signature) => (signature.getReturnType().flags & ts.TypeFlags.Never) !== 0);
    }

    /** A comment marking the fallback as intended: inside `nodes` or just before them or `tokens`. */
    function hasWildcardComment(nodes: readonly TSESTree.Node[], tokens: readonly (TSESTree.Token | null)[] = []): boolean {
      const comments = [
        ...nodes.flatMap((node) => [...sourceCode.getCommentsBefore(node), ...sourceCode.getCommentsInside(node)]),
        ...tokens.flatMap((token) => (token === null ? [] : sourceCode.getCommentsBefore(token))),
      ];
      return comments.some((comment) => commentPattern.test(comment.value));
    }

    /**
     * Names of the variants left over, or `undefined` when none is. `null` and `undefined` are
     * left out: handling "no value" in the fallback is what a fallback is for.
     */
    function leftoverNames(left: readonly ts.Type[], key: string | undefined, all: readonly ts.Type[] | undefined): string | undefined {
      const hidden = left.filter((member) => !isNullishType(member));
      if (hidden.length === 0) return undefined;
      if (all !== undefined && isPartial(all.filter((member) => !isNullishType(member)).length - hidden.length, hidden.length)) {
        return undefined;
      }
      return formatNames(hidden.map((member) => variantName(member, checker, key)));
    }

    // --- switch ----------------------------------------------------------------------------

    function checkSwitch(node: TSESTree.SwitchStatement): void {
      const fallback = node.cases.find((switchCase) => switchCase.test === null);
      if (fallback === undefined) return;
      // `typeof x` is typed as all eight names whatever x is: not a closed union.
      if (node.discriminant.type === AST_NODE_TYPES.UnaryExpression && node.discriminant.operator === "typeof") return;
      const members = unitUnionMembers(typeOf(node.discriminant));
      if (members === undefined) return;
      const covered = new Set<string>();
      for (const switchCase of node.cases) {
        if (switchCase.test === null) continue;
        const units = unitMembers(typeOf(switchCase.test));
        if (units === undefined) return;
        for (const unit of units) covered.add(unitKey(unit, checker));
      }
      const variants = leftoverNames(members.filter((member) => !covered.has(unitKey(member, checker))), undefined, members);
      if (variants === undefined || statementsGuard(fallback.consequent) || hasWildcardComment([fallback])) return;
      const keyword = sourceCode.getFirstToken(fallback);
      context.report({
        ...(keyword === null ? { node: fallback } : { loc: keyword.loc }),
        messageId: "switchDefaultHides",
        data: { variants, subject: sourceCode.getText(node.discriminant) },
      });
    }

    // --- if / else if ------------------------------------------------------------------------

    function parseTest(test: TSESTree.Expression, subjectText: string | undefined): ChainTest | undefined {
      if (test.type === AST_NODE_TYPES.LogicalExpression && test.operator === "||") {
        const left = parseTest(test.left, subjectText);
        const right = left === undefined ? undefined : parseTest(test.right, sourceCode.getText(left.subject));
        if (left === undefined || right === undefined || left.kind !== right.kind) return undefined;
        return { kind: left.kind, subject: left.subject, values: [...left.values, ...right.values] };
      }
      if (test.type !== AST_NODE_TYPES.BinaryExpression || test.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
      const { left, right } = test;
      if (test.operator === "instanceof") {
        return isStableReference(left) && (subjectText === undefined || sourceCode.getText(left) === subjectText)
          ? { kind: "instanceof", subject: left, values: [right] }
          : undefined;
      }
      if (test.operator !== "===" && test.operator !== "==") return undefined;
      let subject: TSESTree.Expression;
      let value: TSESTree.Expression;
      if (subjectText !== undefined) {
        if (sourceCode.getText(left) === subjectText) [subject, value] = [left, right];
        else if (sourceCode.getText(right) === subjectText) [subject, value] = [right, left];
        else return undefined;
      } else if (isLiteralValue(right) !== isLiteralValue(left)) {
        [subject, value] = isLiteralValue(right) ? [left, right] : [right, left];
      } else {
        const rightIsUnit = isUnitType(typeOf(right));
        if (rightIsUnit === isUnitType(typeOf(left))) return undefined;
        [subject, value] = rightIsUnit ? [left, right] : [right, left];
      }
      return isStableReference(subject) ? { kind: "unit", subject, values: [value] } : undefined;
    }

    /** The variants of the chain's subject (all, and those no test covers), or `undefined` to stay silent. */
    function uncovered(tests: readonly ChainTest[]): { readonly all: readonly ts.Type[]; readonly left: readonly ts.Type[] } | undefined {
      const first = tests[0];
      if (first === undefined) return undefined;
      const subjectType = typeOf(first.subject);
      const values = tests.flatMap((test) => test.values);
      if (first.kind === "unit") {
        const members = unitUnionMembers(subjectType);
        if (members === undefined) return undefined;
        const covered = new Set<string>();
        for (const value of values) {
          const units = unitMembers(typeOf(value));
          if (units === undefined) return undefined;
          for (const unit of units) covered.add(unitKey(unit, checker));
        }
        return { all: members, left: members.filter((member) => !covered.has(unitKey(member, checker))) };
      }
      const members = classUnionMembers(subjectType);
      if (members === undefined) return undefined;
      const instanceTypes: ts.Type[] = [];
      for (const value of values) {
        const signatures = services.getTypeAtLocation(value).getConstructSignatures();
        if (signatures.length === 0) return undefined;
        instanceTypes.push(...signatures.map((signature) => signature.getReturnType()));
      }
      return { all: members, left: members.filter((member) => !instanceTypes.some((instance) => checker.isTypeAssignableTo(member, instance))) };
    }

    function isWholeFunctionBody(node: TSESTree.IfStatement): boolean {
      const parent = node.parent;
      return parent.type === AST_NODE_TYPES.BlockStatement && parent.body.length === 1 && isFunctionNode(parent.parent);
    }

    /**
     * The statements after an else-less chain whose every branch exits: they run exactly when
     * no test matched, so they are the chain's `else`. `undefined` when there is no such code.
     */
    function fallthroughOf(node: TSESTree.IfStatement): readonly TSESTree.Statement[] | undefined {
      const parent = node.parent;
      let siblings: readonly TSESTree.Node[];
      if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) siblings = parent.body;
      else if (parent.type === AST_NODE_TYPES.SwitchCase) siblings = parent.consequent;
      else return undefined;
      const after = siblings.slice(siblings.indexOf(node) + 1) as TSESTree.Statement[];
      if (after.length === 0) return undefined;
      for (let branch: TSESTree.Statement | null = node; branch !== null; ) {
        if (branch.type !== AST_NODE_TYPES.IfStatement) return undefined;
        if (!alwaysExits(branch.consequent, isNeverCall)) return undefined;
        branch = branch.alternate;
      }
      // Function declarations are hoisted: they are not code that runs after the chain.
      const code = after.filter((statement) => statement.type !== AST_NODE_TYPES.FunctionDeclaration);
      return code.length === 0 ? undefined : code;
    }

    function checkIfChain(node: TSESTree.IfStatement): void {
      if (node.parent.type === AST_NODE_TYPES.IfStatement && node.parent.alternate === node) return;
      const rawTests: TSESTree.Expression[] = [node.test];
      let fallback = node.alternate;
      while (fallback?.type === AST_NODE_TYPES.IfStatement) {
        rawTests.push(fallback.test);
        fallback = fallback.alternate;
      }
      if (rawTests.length < 2) return;
      const fallthrough = fallback === null ? fallthroughOf(node) : undefined;
      if (fallback === null && fallthrough === undefined && !isWholeFunctionBody(node)) return;
      const tests: ChainTest[] = [];
      let subjectText: string | undefined;
      for (const raw of rawTests) {
        const test = parseTest(raw, subjectText);
        if (test === undefined || (tests[0] !== undefined && tests[0].kind !== test.kind)) return;
        subjectText ??= sourceCode.getText(test.subject);
        tests.push(test);
      }
      const result = uncovered(tests);
      const first = tests[0];
      if (result === undefined || first === undefined) return;
      // Units name themselves; classes are named by class, as the chain names them.
      const variants = leftoverNames(result.left, undefined, result.all);
      if (variants === undefined) return;
      const subject = sourceCode.getText(first.subject);
      const keyword = sourceCode.getFirstToken(node);
      const at = keyword === null ? { node } : { loc: keyword.loc };
      if (fallthrough !== undefined) {
        if (statementsGuard(fallthrough) || hasWildcardComment(fallthrough.slice(0, 1))) return;
        context.report({ ...at, messageId: "fallthroughHides", data: { variants, subject } });
        return;
      }
      if (fallback === null) {
        context.report({ ...at, messageId: "chainMisses", data: { variants, subject } });
        return;
      }
      const elseToken = sourceCode.getTokenBefore(fallback);
      const statements = fallback.type === AST_NODE_TYPES.BlockStatement ? fallback.body : [fallback];
      if (statementsGuard(statements) || hasWildcardComment([fallback], [elseToken])) return;
      context.report({
        ...(elseToken === null ? { node: fallback } : { loc: elseToken.loc }),
        messageId: "elseHides",
        data: { variants, subject },
      });
    }

    // --- ts-pattern ------------------------------------------------------------------------

    /** The `match(x)` call a ts-pattern chain starts from, if the chain is one. */
    function matchCallOf(receiver: TSESTree.Expression): TSESTree.CallExpression | undefined {
      let current: TSESTree.Expression = receiver;
      while (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = memberName(current.callee);
        if (method === undefined || !chainMethods.has(method)) break;
        current = current.callee.object;
      }
      if (current.type !== AST_NODE_TYPES.CallExpression || current.arguments.length !== 1) return undefined;
      const callee = services.esTreeNodeToTSNodeMap.get(current.callee) as ts.Expression;
      return packageFunctionName(callee, "ts-pattern", ["match"], checker) === undefined ? undefined : current;
    }

    /** What `.exhaustive` would complain about on this receiver: the cases left unmatched. */
    function unmatchedCases(receiver: TSESTree.Expression): ts.Type | undefined {
      const receiverType = services.getTypeAtLocation(receiver);
      const exhaustive = receiverType.getProperty("exhaustive");
      if (exhaustive === undefined) return undefined;
      const exhaustiveType = checker.getTypeOfSymbolAtLocation(exhaustive, services.esTreeNodeToTSNodeMap.get(receiver));
      // Another ts-pattern version may shape it differently: only a `NonExhaustiveError<cases>` reference is read.
      if (exhaustiveType.getSymbol()?.getName() !== "NonExhaustiveError" || !isTypeReference(exhaustiveType)) return undefined;
      return checker.getTypeArguments(exhaustiveType)[0];
    }

    /** A union whose members can all be named: literals, null/undefined, objects. */
    function isClosedUnion(type: ts.Type): boolean {
      return type.isUnion() && type.types.every((member) => isUnitType(member) || (member.flags & ts.TypeFlags.Object) !== 0 || member.isIntersection());
    }

    function checkPatternTerminal(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, terminal: "otherwise" | "run"): void {
      const matchCall = matchCallOf(callee.object);
      const [input] = matchCall?.arguments ?? [];
      if (matchCall === undefined || input === undefined || input.type === AST_NODE_TYPES.SpreadElement) return;
      const typeArgument = matchCall.typeArguments?.params[0];
      const inputType = typeArgument === undefined ? typeOf(input) : services.getTypeAtLocation(typeArgument);
      if (!isClosedUnion(inputType)) return;
      const left = unmatchedCases(callee.object);
      if (left === undefined || (left.flags & ts.TypeFlags.Never) !== 0) return;
      const variants = leftoverNames(unionMembers(left), discriminantKey(inputType, checker), terminal === "run" ? undefined : unionMembers(inputType));
      if (variants === undefined) return;
      if (terminal === "otherwise") {
        const [handler] = node.arguments;
        if (handler !== undefined && handler.type !== AST_NODE_TYPES.SpreadElement && handlerGuards(handler)) return;
        if (hasWildcardComment([callee.property, ...node.arguments], [sourceCode.getTokenBefore(callee.property)])) return;
      }
      context.report({ node: callee.property, messageId: terminal === "run" ? "runMisses" : "otherwiseHides", data: { variants } });
    }

    // --- matchTag / matchOn ------------------------------------------------------------------

    function wildcardOf(handlers: TSESTree.ObjectExpression): TSESTree.Property | undefined {
      return handlers.properties.find(
        (property): property is TSESTree.Property =>
          property.type === AST_NODE_TYPES.Property &&
          !property.computed &&
          ((property.key.type === AST_NODE_TYPES.Identifier && property.key.name === "_") ||
            (property.key.type === AST_NODE_TYPES.Literal && property.key.value === "_")),
      );
    }

    /** The handler names an object literal gives, or `undefined` when some are not literal. */
    function handlerNames(handlers: TSESTree.ObjectExpression): ReadonlySet<string> | undefined {
      const names = new Set<string>();
      for (const property of handlers.properties) {
        if (property.type !== AST_NODE_TYPES.Property) return undefined;
        if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) names.add(property.key.name);
        else if (property.key.type === AST_NODE_TYPES.Literal) names.add(String(property.key.value));
        else return undefined;
      }
      return names;
    }

    function checkTagMatch(node: TSESTree.CallExpression): void {
      const handlers = node.arguments.at(-1);
      if (handlers?.type !== AST_NODE_TYPES.ObjectExpression || node.arguments.length < 2 || node.arguments.length > 3) return;
      const wildcard = wildcardOf(handlers);
      if (wildcard === undefined) return;
      const name = packageFunctionName(services.esTreeNodeToTSNodeMap.get(node.callee) as ts.Expression, "ferrous", ["matchTag", "matchOn"], checker);
      const [value, keyArgument] = node.arguments;
      if (name === undefined || value === undefined || value.type === AST_NODE_TYPES.SpreadElement) return;
      let key = "tag";
      if (name === "matchOn") {
        if (node.arguments.length !== 3 || keyArgument === undefined) return;
        const keyType = services.getTypeAtLocation(keyArgument);
        if (!keyType.isStringLiteral()) return;
        key = keyType.value;
      } else if (node.arguments.length !== 2) {
        return;
      }
      const variants = taggedVariants(typeOf(value), key, checker);
      const named = handlerNames(handlers);
      if (variants === undefined || named === undefined) return;
      const tags = variants.flatMap((variant) => variant.tags);
      if (new Set(tags.map((tag) => unitKey(tag, checker))).size < 2) return;
      const hidden = tags.filter((tag) => {
        const text = tag.isStringLiteral() || tag.isNumberLiteral() ? String(tag.value) : undefined;
        return text !== undefined && !named.has(text);
      });
      if (hidden.length === 0 || isPartial(tags.length - hidden.length, hidden.length)) return;
      if (handlerGuards(wildcard.value) || hasWildcardComment([wildcard])) return;
      context.report({
        node: wildcard.key,
        messageId: "wildcardHides",
        data: { variants: formatNames(hidden.map((tag) => unitName(tag, checker))) },
      });
    }

    return {
      SwitchStatement: checkSwitch,
      IfStatement: checkIfChain,
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          const method = memberName(callee);
          if (method === "otherwise" || method === "run") {
            checkPatternTerminal(node, callee, method);
            return;
          }
        }
        checkTagMatch(node);
      },
    };
  },
});
