import { type TypeOrValueSpecifier, typeOrValueSpecifiersSchema } from "@typescript-eslint/type-utils";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import { createRule } from "../analysis/create-rule.js";
import { DEFAULT_TEST_GLOBS, fileMatchesGlobs } from "../analysis/test-files.js";
import { requireTypeServices } from "../analysis/parser-services.js";
import { resultInfoOfType } from "../analysis/result-types.js";
import { throwEngineForFile, throwEngineForProgram } from "../analysis/throw-analysis.js";
import type { ThrowAnalysisOptions } from "../analysis/throw-resolvers.js";
import type { CalleeEffect, ThrowEffect, ThrowEngine, ThrowSite, UnitAnalysis } from "../analysis/throw-summaries.js";
import { type Unit, isAsyncFunction, isExported, isFunctionUnit, jsDocHost, skipOuter, unitName } from "../analysis/throw-syntax.js";
import type { BuiltinTier } from "../analysis/throwing-builtins.js";

/** The rule's message ids (tests name them). */
export type MessageIds =
  | "unhandledThrow"
  | "throwInResultFunction"
  | "constructorThrows"
  | "mayThrow"
  | "mayReject"
  | "invalidConstantArgument"
  | "eagerArgument"
  | "swallowed"
  | "asyncInSyncTry"
  | "missingThrowsTag"
  | "addThrowsTag"
  | "returnErr"
  | "useTryAsync";

export interface NoUncheckedThrowOptions {
  /** `program`: inference across functions and modules, with types. `file`: one file, no types. */
  inference?: "program" | "file";
  /** Report what a catch that is empty or only logs swallows. */
  reportSwallowedErrors?: boolean;
  /** Exported functions that may throw must say so with `@throws`. */
  requireThrowsOnExports?: boolean;
  /** Count the built-ins that throw only on a programmer's error (`toFixed(101)`). */
  programmerErrors?: boolean;
  /** Functions that may throw although nothing says so. */
  mayThrow?: TypeOrValueSpecifier[];
  /** Functions never counted as throwing. */
  trusted?: TypeOrValueSpecifier[];
  /** Files not checked: tests throw on purpose (assertions, test runners). */
  testFiles?: string[];
}

type Options = [NoUncheckedThrowOptions];

const MAX_CHAIN = 5;
const MAX_SHOWN_ARGUMENT = 40;

/** Constant arguments as code, shortened: `"(", "zz"`. */
function showArguments(args: readonly (string | number)[]): string {
  return args
    .map((arg) => {
      if (typeof arg === "number") return String(arg);
      const text = arg.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n");
      return text.length > MAX_SHOWN_ARGUMENT ? `"${text.slice(0, MAX_SHOWN_ARGUMENT - 1)}…"` : `"${text}"`;
    })
    .join(", ");
}

/** Why a callee may throw, in words: `it calls loadFile, which calls JSON.parse`. */
export function describeEffect(callee: CalleeEffect, effect: ThrowEffect): string {
  const { path, terminal } = effect.origin;
  if (callee.leaf) {
    if (terminal.kind === "builtin") return terminal.why;
    if (terminal.kind === "option") return "the rule's options list it";
    return "its JSDoc declares @throws";
  }
  const names = terminal.kind === "throw" ? [...path] : [...path, terminal.name];
  const shown = names.length > MAX_CHAIN ? [...names.slice(0, MAX_CHAIN - 1), "…", ...names.slice(-1)] : names;
  const chain = shown.map((name, index) => (index === 0 ? `it calls ${name}` : `which calls ${name}`)).join(", ");
  switch (terminal.kind) {
    case "throw": {
      const where = `throws (${terminal.file}:${terminal.line})`;
      return chain === "" ? `it ${where}` : `${chain}, which ${where}`;
    }
    case "declared":
      return `${chain}, which declares @throws`;
    case "builtin":
    case "option":
      return chain;
  }
}

function analysisOptions(options: NoUncheckedThrowOptions): ThrowAnalysisOptions {
  const tiers = new Set<BuiltinTier>(["bad-data"]);
  if (options.programmerErrors === true) tiers.add("programmer-error");
  return { tiers, mayThrow: options.mayThrow ?? [], trusted: options.trusted ?? [] };
}

/** The `Err` constructor the file imports, if any, to rewrite a `throw` into a return. */
function importedErr(file: ts.SourceFile): string | undefined {
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings === undefined || !ts.isNamedImports(bindings) || statement.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (!element.isTypeOnly && (imported === "Err" || imported === "err")) return element.name.text;
    }
  }
  return undefined;
}

const resultTypeNames: ReadonlySet<string> = new Set(["Result", "AsyncResult", "ResultAsync", "Ok", "Err"]);

/** Whether a type annotation names a Result (`Result<T, E>`, `Promise<Result<T, E>>`): the untyped check. */
function annotatesResult(type: ts.TypeNode | undefined): boolean {
  if (type === undefined || !ts.isTypeReferenceNode(type)) return false;
  const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  if (resultTypeNames.has(name)) return true;
  return name === "Promise" && annotatesResult(type.typeArguments?.[0]);
}

export const noUncheckedThrow = createRule<Options, MessageIds>({
  name: "no-unchecked-throw",
  meta: {
    type: "problem",
    docs: {
      description: "Require throws and calls that may throw to be handled or declared with @throws",
      recommended: "recommended",
      requiresTypeChecking: true,
      untypedOptions: [{ inference: "file" }],
    },
    hasSuggestions: true,
    messages: {
      unhandledThrow:
        "This throw is not handled: catch it, return a Result instead, or declare it with @throws in the function's JSDoc.",
      throwInResultFunction: "This function returns a Result: return Err(...) instead of throwing.",
      constructorThrows:
        "{{what}} in a constructor, which cannot return an Err: make the constructor private and add a static parse(...) that returns a Result.",
      mayThrow: "{{name}} may throw: {{reason}}. Handle it (try/catch, Result.try) or declare it with @throws.",
      mayReject: "{{name}} may reject: {{reason}}. Handle the rejection (try/catch, Result.tryAsync) or declare it with @throws.",
      invalidConstantArgument:
        "{{name}} throws on its constant arguments ({{args}}): {{error}}. Fix the constant: handling the error would only hide the bug.",
      eagerArgument:
        "{{name}} may throw: {{reason}}. It runs before Result.fromPromise can catch anything: use Result.tryAsync(() => ...) instead.",
      swallowed:
        "{{what}}, and the catch that handles it swallows it (empty or only logs): handle the error, or let it through with @throws.",
      asyncInSyncTry:
        "Result.try does not catch the rejection of an async callback (it returns Ok of a Promise): use Result.tryAsync.",
      missingThrowsTag: "{{name}} is exported and may throw ({{reason}}): declare it with @throws.",
      addThrowsTag: "Declare it: add `{{tag}}` to the JSDoc of {{name}}.",
      returnErr: "Return Err(...) instead of throwing.",
      useTryAsync: "Use Result.tryAsync.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          inference: {
            type: "string",
            enum: ["program", "file"],
            description:
              "`program` (default) infers throws across functions and modules with type information; `file` needs no types and follows only the file's own functions and the built-ins.",
          },
          reportSwallowedErrors: {
            type: "boolean",
            description: "Report calls whose errors a catch swallows (an empty catch, or one that only logs).",
          },
          requireThrowsOnExports: {
            type: "boolean",
            description: "Report exported functions that may throw and have no @throws tag.",
          },
          programmerErrors: {
            type: "boolean",
            description: "Also count built-ins that throw only on a programmer's error, such as toFixed(101).",
          },
          mayThrow: { ...typeOrValueSpecifiersSchema, description: "Functions that may throw although nothing says so." },
          trusted: { ...typeOrValueSpecifiersSchema, description: "Functions never counted as throwing." },
          testFiles: {
            type: "array",
            items: { type: "string" },
            description: "Globs of files not checked, relative to the working directory (tests throw on purpose).",
          },
        },
      },
    ],
    defaultOptions: [
      {
        inference: "program",
        reportSwallowedErrors: false,
        requireThrowsOnExports: false,
        programmerErrors: false,
        mayThrow: [],
        trusted: [],
        testFiles: [...DEFAULT_TEST_GLOBS],
      },
    ],
  },

  /** @throws {Error} when the default `program` inference runs without type information. */
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    if (fileMatchesGlobs(context.filename, context.cwd, options.testFiles ?? DEFAULT_TEST_GLOBS)) return {};
    const typed = options.inference !== "file";
    const services = typed
      ? requireTypeServices(context, "no-unchecked-throw", 'set the rule option { inference: "file" } to check one file at a time')
      : undefined;
    const checker = services?.program.getTypeChecker();

    function sourceFileOf(): ts.SourceFile {
      const fromParser = sourceCode.parserServices?.esTreeNodeToTSNodeMap?.get(sourceCode.ast) as ts.Node | undefined;
      if (fromParser !== undefined && ts.isSourceFile(fromParser)) return fromParser;
      // Another parser (espree for .js): parse the text once ourselves.
      return ts.createSourceFile(context.filename, sourceCode.text, ts.ScriptTarget.Latest, true);
    }

    function locOf(start: number, end: number): TSESTree.SourceLocation {
      return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) };
    }

    function siteLoc(site: ThrowSite, file: ts.SourceFile): TSESTree.SourceLocation {
      const start = site.node.getStart(file);
      const node = site.node;
      if (site.kind === "call" && (ts.isCallExpression(node) || ts.isNewExpression(node))) return locOf(start, node.expression.getEnd());
      if (site.kind === "await" && ts.isAwaitExpression(node)) {
        const operand = skipOuter(node.expression);
        const end = ts.isCallExpression(operand) || ts.isNewExpression(operand) ? operand.expression.getEnd() : node.getEnd();
        return locOf(start, end);
      }
      return locOf(start, node.getEnd());
    }

    /** `Result`-returning: the error type of its Err, when types can tell. */
    function resultReturn(unit: Unit): { isResult: boolean; errorType?: ts.Type } {
      if (!isFunctionUnit(unit)) return { isResult: false };
      if (checker === undefined) return { isResult: annotatesResult(unit.type) };
      const signature = checker.getSignatureFromDeclaration(unit);
      if (signature === undefined) return { isResult: false };
      let type = checker.getReturnTypeOfSignature(signature);
      if (isAsyncFunction(unit)) {
        type = checker.getAwaitedType(type) ?? type;
      }
      const info = resultInfoOfType(type);
      if (info === undefined || (info.kind !== "Result" && info.kind !== "AsyncResult")) return { isResult: false };
      const members = type.isUnion() ? type.types : [type];
      for (const member of members) {
        if (resultInfoOfType(member)?.name !== "Err") continue;
        const property = checker.getPropertyOfType(member, "error");
        if (property !== undefined) return { isResult: true, errorType: checker.getTypeOfSymbol(property) };
      }
      return { isResult: true };
    }

    function throwsTagFix(analysis: UnitAnalysis, file: ts.SourceFile, types: readonly string[] | undefined): TSESLint.ReportSuggestionArray<MessageIds> {
      const unit = analysis.unit;
      const host = jsDocHost(unit);
      if (host === undefined || !isFunctionUnit(unit)) return [];
      const tag = types === undefined || types.length === 0 ? "@throws" : `@throws {${types.join(" | ")}}`;
      const hostStart = host.getStart(file);
      const lineStart = sourceCode.text.lastIndexOf("\n", hostStart - 1) + 1;
      const indent = /^[ \t]*/.exec(sourceCode.text.slice(lineStart, hostStart))?.[0] ?? "";
      const docs = ts.getJSDocCommentsAndTags(unit).filter(ts.isJSDoc);
      const doc = docs.at(-1);
      return [
        {
          messageId: "addThrowsTag",
          data: { tag, name: unitName(unit) },
          fix(fixer) {
            if (doc === undefined) return fixer.insertTextBeforeRange([hostStart, hostStart], `/** ${tag} */\n${indent}`);
            const docStart = doc.getStart(file);
            const text = sourceCode.text.slice(docStart, doc.getEnd());
            const lastBreak = text.lastIndexOf("\n");
            if (lastBreak >= 0) return fixer.insertTextAfterRange([docStart + lastBreak, docStart + lastBreak + 1], `${indent} * ${tag}\n`);
            const inner = text.replace(/^\/\*\*\s*/, "").replace(/\s*\*\/$/, "");
            return fixer.replaceTextRange([docStart, doc.getEnd()], `/**\n${indent} * ${inner}\n${indent} * ${tag}\n${indent} */`);
          },
        },
      ];
    }

    function returnErrFix(site: ThrowSite, file: ts.SourceFile, errorType: ts.Type | undefined): TSESLint.ReportSuggestionArray<MessageIds> {
      const node = site.node;
      if (site.inCallback || !ts.isThrowStatement(node) || checker === undefined || errorType === undefined) return [];
      const err = importedErr(file);
      if (err === undefined) return [];
      const thrown = checker.getTypeAtLocation(node.expression);
      if (!checker.isTypeAssignableTo(thrown, errorType)) return [];
      const expression = node.expression.getText(file);
      return [
        {
          messageId: "returnErr",
          fix: (fixer) => fixer.replaceTextRange([node.getStart(file), node.getEnd()], `return ${err}(${expression});`),
        },
      ];
    }

    function calleeData(site: ThrowSite): { name: string; reason: string } {
      const callee = site.callee;
      const own = site.kind === "await" ? callee?.summary.reject : callee?.summary.sync;
      if (callee === undefined || own === undefined) return { name: "This call", reason: "" };
      return { name: callee.name, reason: describeEffect(callee, own) };
    }

    function whatOf(site: ThrowSite): string {
      if (site.kind === "throw") return "This throw";
      const { name, reason } = calleeData(site);
      return `${name} may throw (${reason})`;
    }

    function reportSite(analysis: UnitAnalysis, site: ThrowSite, file: ts.SourceFile, suggest: TSESLint.ReportSuggestionArray<MessageIds>): void {
      const loc = siteLoc(site, file);
      const unit = analysis.unit;
      if (site.handling === "swallowed") {
        context.report({ loc, messageId: "swallowed", data: { what: whatOf(site) } });
        return;
      }
      const failure = site.kind === "call" && !site.eager ? site.callee?.constantFailure : undefined;
      if (failure !== undefined && site.callee !== undefined) {
        // Always the same throw: @throws or a catch would only hide it, so no suggestion.
        context.report({ loc, messageId: "invalidConstantArgument", data: { name: site.callee.name, args: showArguments(failure.args), error: failure.error } });
        return;
      }
      if (ts.isConstructorDeclaration(unit) && unit.parameters.length > 0 && !site.inCallback) {
        context.report({ loc, messageId: "constructorThrows", data: { what: whatOf(site) }, suggest });
        return;
      }
      if (site.kind === "throw") {
        const result = resultReturn(unit);
        if (result.isResult) {
          context.report({ loc, messageId: "throwInResultFunction", suggest: [...returnErrFix(site, file, result.errorType), ...suggest] });
        } else {
          context.report({ loc, messageId: "unhandledThrow", suggest });
        }
        return;
      }
      const messageId = site.eager ? "eagerArgument" : site.kind === "await" ? "mayReject" : "mayThrow";
      context.report({ loc, messageId, data: calleeData(site), suggest });
    }

    function reportUnit(engine: ThrowEngine, unit: Unit, file: ts.SourceFile): void {
      const analysis = engine.analyze(unit);
      const declared = analysis.declared;
      const covered = declared !== undefined && (analysis.isAsync ? true : declared.sync);
      for (const call of analysis.asyncInSyncTry) {
        const callee = skipOuter(call.expression);
        const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : undefined;
        context.report({
          loc: locOf(call.getStart(file), call.expression.getEnd()),
          messageId: "asyncInSyncTry",
          suggest:
            nameNode === undefined
              ? []
              : [{ messageId: "useTryAsync", fix: (fixer) => fixer.replaceTextRange([nameNode.getStart(file), nameNode.getEnd()], "tryAsync") }],
        });
      }
      const reported = analysis.sites.filter(
        (site) => !covered && (site.handling === "none" || (site.handling === "swallowed" && options.reportSwallowedErrors === true)),
      );
      const escaping = reported.filter((site) => site.handling === "none");
      const types = escaping.some((site) => site.effect.errorTypes === undefined)
        ? undefined
        : [...new Set(escaping.flatMap((site) => site.effect.errorTypes ?? []))];
      const suggest = escaping.length > 0 ? throwsTagFix(analysis, file, types) : [];
      for (const site of reported) reportSite(analysis, site, file, site.handling === "none" ? suggest : []);
      if (options.requireThrowsOnExports === true && declared === undefined && isFunctionUnit(unit) && isExported(unit)) {
        const effect = analysis.summary.sync ?? analysis.summary.reject;
        const first = escaping[0];
        if (effect !== undefined && first !== undefined) {
          const start = (jsDocHost(unit) ?? unit).getStart(file);
          const lineEnd = sourceCode.text.indexOf("\n", start);
          const reason = first.kind === "throw" ? "it throws" : `${calleeData(first).name} may throw`;
          context.report({
            loc: locOf(start, lineEnd < 0 ? unit.getEnd() : Math.min(lineEnd, unit.getEnd())),
            messageId: "missingThrowsTag",
            data: { name: unitName(unit), reason },
            suggest,
          });
        }
      }
      for (const nested of analysis.nested) reportUnit(engine, nested, file);
    }

    return {
      // At the end, so rules that type every node have warmed the checker for this file.
      "Program:exit"() {
        const file = sourceFileOf();
        const analysis = analysisOptions(options);
        const engine = services === undefined ? throwEngineForFile(file, analysis) : throwEngineForProgram(services.program, analysis);
        reportUnit(engine, file, file);
      },
    };
  },
});
