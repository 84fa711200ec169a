import { readFileSync } from "node:fs";
import path from "node:path";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import ferrousPlugin from "../../src/eslint-plugin.js";
import { exhaustiveMatch, type MessageIds } from "../../src/rules/exhaustive-match.js";
import { fixturesDir, typedRuleTester } from "./rule-tester.js";

const shapes = `import { type Shape, type Tagged, type Mode, Color, NotFound, Timeout, Forbidden, type AppError } from "./modules/matching/shapes.js";\n`;
const tsPattern = `import { match, P } from "ts-pattern";\n`;
const ferrous = `import { matchTag, matchOn, assertNever, unreachable, panic } from "ferrous";\n`;

const switchHides = (variants: string, subject: string) => ({ messageId: "switchDefaultHides" as const, data: { variants, subject } });
const elseHides = (variants: string, subject: string) => ({ messageId: "elseHides" as const, data: { variants, subject } });
const fallthroughHides = (variants: string, subject: string) => ({ messageId: "fallthroughHides" as const, data: { variants, subject } });
const chainMisses = (variants: string, subject: string) => ({ messageId: "chainMisses" as const, data: { variants, subject } });
const otherwiseHides = (variants: string) => ({ messageId: "otherwiseHides" as const, data: { variants } });
const runMisses = (variants: string) => ({ messageId: "runMisses" as const, data: { variants } });
const wildcardHides = (variants: string) => ({ messageId: "wildcardHides" as const, data: { variants } });
/** Also report fallbacks that hide more variants than the match names. */
const report = [{ partialMatches: "report" }] as const;

typedRuleTester().run("exhaustive-match", exhaustiveMatch, {
  valid: [
    // switch: every variant named, with or without a default.
    `${shapes}export function area(s: Shape) { switch (s.kind) { case "circle": return 1; case "square": return 2; case "triangle": return 3; } }`,
    `${shapes}export function area(s: Shape) { switch (s.kind) { case "circle": return 1; case "square": return 2; case "triangle": return 3; default: return 0; } }`,
    // The sanctioned guards.
    `${shapes}${ferrous}export function area(s: Shape) { switch (s.kind) { case "circle": return 1; case "square": return 2; default: return assertNever(s as never); } }`,
    `${shapes}${ferrous}export function f(m: Mode) { switch (m) { case "fast": return 1; default: unreachable(); } }`,
    `${shapes}${ferrous}export function f(m: Mode) { switch (m) { case "fast": return 1; default: { panic("bad mode"); } } }`,
    `${shapes}export function f(m: Mode) { switch (m) { case "fast": return 1; default: throw new Error(\`unknown mode \${m}\`); } }`,
    `${shapes}function fail(message: string): never { throw new Error(message); }\nexport function f(m: Mode) { switch (m) { case "fast": return 1; default: return fail("mode"); } }`,
    // The comment escape hatch.
    `${shapes}export function f(m: Mode) { switch (m) { case "fast": return 1; // wildcard: every other mode is slow on purpose\n default: return 0; } }`,
    // Partial matches (more variants hidden than named) are allowed by default: the code picks cases.
    `${shapes}export function area(s: Shape) { switch (s.kind) { case "circle": return 1; default: return 0; } }`,
    `type Letter = "a" | "b" | "c" | "d" | "e";\nexport function f(x: Letter) { if (x === "a") return 1; else if (x === "b") return 2; else return 0; }`,
    `${shapes}${tsPattern}export const f = (s: Shape) => match(s).with({ kind: "circle" }, () => 1).otherwise(() => 0);`,
    `${shapes}${ferrous}export const f = (t: Tagged) => matchTag(t, { A: () => 1, _: () => 0 });`,
    `import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";\nexport function isCall(node: TSESTree.Node) { switch (node.type) { case AST_NODE_TYPES.CallExpression: case AST_NODE_TYPES.NewExpression: return true; default: return false; } }`,
    // Open types: a default is the only way to end.
    `export function f(s: string) { switch (s) { case "a": return 1; default: return 0; } }`,
    `export function f(n: number) { switch (n) { case 1: return 1; default: return 0; } }`,
    `export function f(x: unknown) { switch (typeof x) { case "string": return 1; default: return 0; } }`,
    `export function f() { switch (true) { case Math.random() > 0.5: return 1; default: return 0; } }`,
    // A case of a non-literal value: the rule cannot tell what it covers.
    `${shapes}export function f(m: Mode, other: string) { switch (m) { case other: return 1; default: return 0; } }`,
    // The default shares its branch with named cases and hides no variant: it still takes values
    // from outside the types (an error map must not throw on them), and a new variant is reported.
    `${shapes}export function f(s: Shape): string { switch (s.kind) { case "circle": return "round"; case "square": case "triangle": default: return "other"; } }`,
    // Only undefined is left to the default: the default is its branch.
    `${shapes}export function f(m: Mode | undefined) { switch (m) { case "fast": case "slow": case "off": return 1; default: return 0; } }`,
    // if/else-if: complete chains, chains with a guard, chains that are not over one discriminant.
    `${shapes}export function f(s: Shape) { if (s.kind === "circle") return 1; else if (s.kind === "square") return 2; else if (s.kind === "triangle") return 3; else return 0; }`,
    `${shapes}${ferrous}export function f(s: Shape) { if (s.kind === "circle") { return 1; } else if (s.kind === "square") { return 2; } else { return unreachable(); } }`,
    `${shapes}${ferrous}export function f(m: Mode) { if (m === "fast") return 1; else if (m === "slow") return 2; else { console.error(m); throw new Error("bad mode"); } }`,
    `${shapes}export function f(m: Mode) { if (m === "fast") return 1; else if (m === "slow") return 2; /* wildcard: off and future modes */ else return 0; }`,
    // One test and an else: "this one or the rest" is a plain decision, not a match.
    `${shapes}export function f(s: Shape) { if (s.kind === "circle") return 1; else return 0; }`,
    // No else, and a branch that does not exit: the code after the chain also runs after that branch, it is no `else`.
    `${shapes}export function f(s: Shape) { if (s.kind === "circle") console.log(1); else if (s.kind === "square") console.log(2); console.log(3); }`,
    `${shapes}export function f(s: Shape) { if (s.kind === "circle") return 1; else if (s.kind === "square") console.log(2); return 0; }`,
    `${shapes}export function f(s: Shape) { if (s.kind === "circle") { console.log(1); } else if (s.kind === "square") { return 2; } return 0; }`,
    // A return only in a nested function or under a condition does not make the branch exit.
    `${shapes}export function f(s: Shape, xs: number[]) { if (s.kind === "circle") { xs.forEach(() => { return; }); } else if (s.kind === "square") { return 2; } return 0; }`,
    `${shapes}export function f(s: Shape, b: boolean) { if (s.kind === "circle") { if (b) return 1; } else if (s.kind === "square") { return 2; } return 0; }`,
    `${shapes}export function f(s: Shape) { if (s.kind === "circle") { try { return 1; } finally { console.log(0); } } else if (s.kind === "square") { return 2; } return 0; }`,
    // Every branch exits and code follows, but the chain names every variant.
    `${shapes}export function f(s: Shape) { if (s.kind === "circle") return 1; else if (s.kind === "square") return 2; else if (s.kind === "triangle") return 3; return 0; }`,
    // The code after the chain is a guard, or is marked as an intended catch-all.
    `${shapes}${ferrous}export function f(s: Shape) { if (s.kind === "circle") return 1; else if (s.kind === "square") return 2; return assertNever(s as never); }`,
    `${shapes}${ferrous}export function f(m: Mode) { if (m === "fast") { return 1; } else if (m === "slow") { return 2; }\n console.error(m); unreachable(); }`,
    `${shapes}export function f(m: Mode) { if (m === "fast") return 1; else if (m === "slow") return 2; throw new Error(\`bad mode \${m}\`); }`,
    `${shapes}export function f(m: Mode) { if (m === "fast") return 1; else if (m === "slow") return 2;\n // wildcard: off and future modes\n return 0; }`,
    // Partial: the chain picks two letters out of five (default partialMatches).
    `type Letter = "a" | "b" | "c" | "d" | "e";\nexport function f(x: Letter) { if (x === "a") return 1; else if (x === "b") return 2; return 0; }`,
    // One test then code: a guard clause, not a match. Separate `if`s are not read as one chain.
    `${shapes}export function f(e: AppError) { if (e instanceof NotFound) return 1; if (e instanceof Timeout) return 2; return 0; }`,
    `${shapes}export function f(s: Shape) { if (s.kind === "circle") return 1; return 0; }`,
    // A chain that exits but has no code after it, inside a loop: nothing hides.
    `${shapes}export function f(xs: Mode[]) { for (const m of xs) { if (m === "fast") { console.log(1); continue; } else if (m === "slow") { console.log(2); continue; } } }`,
    // Only a hoisted function declaration follows: no code runs after the chain.
    `${shapes}export function f(s: Shape) { if (s.kind === "circle") { console.log(1); return; } else if (s.kind === "square") { return; }\n function helper() { return 0; } }`,
    // Whole-body chains that cover everything.
    `${shapes}export function f(s: Shape) { if (s.kind === "circle") { console.log(1); } else if (s.kind === "square") { console.log(2); } else if (s.kind === "triangle") { console.log(3); } }`,
    // Mixed tests, && conditions, calls and different subjects: not one discriminant.
    `${shapes}export function f(s: Shape) { if (s.kind === "circle" && s.r > 1) return 1; else if (s.kind === "square") return 2; else return 0; }`,
    `${shapes}export function f(s: Shape, t: Shape) { if (s.kind === "circle") return 1; else if (t.kind === "square") return 2; else return 0; }`,
    `${shapes}declare function kindOf(): Mode;\nexport function f() { if (kindOf() === "fast") return 1; else if (kindOf() === "slow") return 2; else return 0; }`,
    `${shapes}export function f(s: Shape) { if ("r" in s) return 1; else if (s.kind === "square") return 2; else return 0; }`,
    `${shapes}export function f(s: Shape, e: AppError) { if (s.kind === "circle") return 1; else if (e instanceof NotFound) return 2; else return 0; }`,
    `${shapes}export function f(s: Shape) { if (s.kind !== "circle") return 1; else if (s.kind === "circle") return 2; else return 0; }`,
    // Open subjects.
    `export function f(s: string) { if (s === "a") return 1; else if (s === "b") return 2; else return 0; }`,
    `export function f(e: unknown) { if (e instanceof TypeError) return 1; else if (e instanceof RangeError) return 2; else return 0; }`,
    `export function f(e: Error | string) { if (e instanceof TypeError) return 1; else if (e instanceof RangeError) return 2; else return 0; }`,
    // instanceof chains that cover every class, or guard the rest.
    `${shapes}export function f(e: AppError) { if (e instanceof NotFound) return 1; else if (e instanceof Timeout) return 2; else if (e instanceof Forbidden) return 3; else return 0; }`,
    `${shapes}${ferrous}export function f(e: AppError) { if (e instanceof NotFound) return 1; else if (e instanceof Timeout) return 2; else return assertNever(e as never); }`,
    `${shapes}export function f(e: AppError) { if (e instanceof NotFound) return 1; else if (e instanceof Error) return 2; else return 0; }`,
    // ts-pattern: exhaustive chains, complete otherwise/run, open inputs, guards in otherwise.
    `${shapes}${tsPattern}export const f = (s: Shape) => match(s).with({ kind: "circle" }, () => 1).with({ kind: "square" }, () => 2).with({ kind: "triangle" }, () => 3).exhaustive();`,
    `${shapes}${tsPattern}export const f = (s: Shape) => match(s).with({ kind: "circle" }, () => 1).with({ kind: P.union("square", "triangle") }, () => 2).otherwise(() => 0);`,
    `${shapes}${tsPattern}export const f = (m: Mode) => match(m).with("fast", () => 1).with("slow", "off", () => 2).run();`,
    `${tsPattern}export const f = (n: number) => match(n).with(1, () => "one").otherwise(() => "many");`,
    `${tsPattern}export const f = (s: string) => match(s).with("a", () => 1).run();`,
    `${shapes}${tsPattern}${ferrous}export const f = (s: Shape) => match(s).with({ kind: "circle" }, () => 1).otherwise(() => unreachable());`,
    `${shapes}${tsPattern}${ferrous}export const f = (s: Shape) => match(s).with({ kind: "circle" }, () => 1).otherwise(unreachable);`,
    `${shapes}${tsPattern}export const f = (s: Shape) => match(s).with({ kind: "circle" }, () => 1).otherwise(() => { throw new Error("unexpected shape"); });`,
    `${shapes}${tsPattern}export const f = (s: Shape) => match(s).with({ kind: "circle" }, () => 1).otherwise(/* wildcard: other shapes have no area yet */ () => 0);`,
    `${shapes}${tsPattern}export const f = (t: Tagged) =>\n  match(t)\n    .with({ tag: "A" }, () => 1)\n    .with({ tag: "B" }, () => 2)\n    // Wildcard: C and later tags count as zero.\n    .otherwise(() => 0);`,
    `${shapes}${ferrous}export const f = (t: Tagged) => matchTag(t, { A: () => 1, B: () => 2, _: () => { // wildcard: C renders as nothing\n return 0; } });`,
    `${shapes}${tsPattern}export const f = (m: Mode | undefined) => match(m).with("fast", "slow", "off", () => 1).otherwise(() => 0);`,
    // A local function named match, or a method named otherwise, is not ts-pattern.
    `${shapes}import { match } from "./modules/matching/lookalikes.js";\nexport const f = (s: Shape) => match(s).with({ kind: "circle" }, () => 1).otherwise(() => 0);`,
    `${shapes}declare const q: { otherwise(f: () => number): number; run(): number };\nexport const a = q.otherwise(() => 1) + q.run();`,
    // matchTag/matchOn: no wildcard, a wildcard over nothing hidden, a guard, open tags, lookalikes.
    `${shapes}${ferrous}export const f = (t: Tagged) => matchTag(t, { A: () => 1, B: () => 2, C: () => 3 });`,
    `${shapes}${ferrous}export const f = (t: Tagged) => matchTag(t, { A: () => 1, B: () => 2, C: () => 3, _: () => 0 });`,
    `${shapes}${ferrous}export const f = (t: Tagged) => matchTag(t, { A: () => 1, _: () => unreachable("tag") });`,
    `${shapes}${ferrous}export const f = (t: Tagged) => matchTag(t, { A: () => 1, // wildcard: B and C render the same\n _: () => 0 });`,
    `${shapes}${ferrous}export const f = (s: Shape) => matchOn(s, "kind", { circle: () => 1, square: () => 2, triangle: () => 3 });`,
    `${ferrous}export const f = (t: { readonly tag: string }) => matchTag(t, { A: () => 1, _: () => 0 });`,
    `${ferrous}export const f = (t: { readonly tag: "Only" }) => matchTag(t, { _: () => 0 });`,
    `${shapes}import { matchTag } from "./modules/matching/lookalikes.js";\nexport const f = (t: Tagged) => matchTag(t, { A: () => 1, _: () => 0 });`,
    // Generics whose constraint is open.
    `export function f<T extends string>(m: T) { switch (m) { case "a": return 1; default: return 0; } }`,
    // TSX, declaration files, JavaScript.
    { code: `${shapes}export const View = ({ m }: { m: Mode }) => { switch (m) { case "fast": case "slow": case "off": return <b />; } };`, filename: "react.tsx" },
    { code: `${shapes}export declare function describe(s: Shape): string;`, filename: "matching.d.ts" },
    { code: `/** @param {"a" | "b"} m */\nexport function f(m) { switch (m) { case "a": return 1; case "b": return 2; default: return 0; } }`, filename: "js/file.js" },
  ],
  invalid: [
    // switch defaults that hide variants.
    {
      code: `${shapes}export function area(s: Shape) {\n  switch (s.kind) {\n    case "circle": return 1;\n    case "square": return 2;\n    default: return 0;\n  }\n}`,
      errors: [{ ...switchHides(`"triangle"`, "s.kind"), line: 6, column: 5, endColumn: 12 }],
    },
    { code: `${shapes}export function f(m: Mode) { switch (m) { default: return 0; case "fast": return 1; } }`, options: report, errors: [switchHides(`"slow" and "off"`, "m")] },
    { code: `${shapes}export function f(c: Color) { switch (c) { case Color.Red: return 1; default: return 0; } }`, options: report, errors: [switchHides("Color.Green and Color.Blue", "c")] },
    { code: `export function f(b: boolean) { switch (b) { case true: return 1; default: return 0; } }`, errors: [switchHides("false", "b")] },
    { code: `export function f(n: 1 | 2 | 3) { switch (n) { case 1: case 2: return 1; default: return 0; } }`, errors: [switchHides("3", "n")] },
    { code: `${shapes}export function f(m: Mode | undefined) { switch (m) { case "fast": return 1; default: return 0; } }`, options: report, errors: [switchHides(`"slow" and "off"`, "m")] },
    // A default that shares its branch with a named case still hides the variants no case names (rxjs's getXHRResponse).
    { code: `${shapes}export function f(m: Mode) { switch (m) { case "fast": return 1; case "slow": default: return 0; } }`, errors: [switchHides(`"off"`, "m")] },
    // A chain over a second discriminant inside a case, whose else takes a variant (zod v3's too_small and "set").
    {
      code: `${shapes}export function f(s: Shape, m: Mode) { let message: string; switch (s.kind) { case "circle": if (m === "fast") message = "f"; else if (m === "slow") message = "s"; else message = "?"; break; case "square": case "triangle": message = "-"; } return message; }`,
      errors: [elseHides(`"off"`, "m")],
    },
    // Long lists name the first seven variants and count the rest.
    {
      code: `type Ten = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j";\nexport function f(x: Ten) { switch (x) { case "a": return 1; default: return 0; } }`,
      options: report,
      errors: [switchHides(`"b", "c", "d", "e", "f", "g", "h" and 2 more`, "x")],
    },
    // A default that only logs is not a guard.
    { code: `${shapes}export function f(m: Mode) { switch (m) { case "fast": return 1; default: console.warn("unexpected", m); return 0; } }`, options: report, errors: [switchHides(`"slow" and "off"`, "m")] },
    // A comment that does not match the pattern changes nothing.
    { code: `${shapes}export function f(m: Mode) { switch (m) { case "fast": return 1; // the rest\n default: return 0; } }`, options: report, errors: [switchHides(`"slow" and "off"`, "m")] },
    // Generics: the constraint's variants.
    { code: `${shapes}export function f<S extends Shape>(s: S) { switch (s.kind) { case "circle": return 1; default: return 0; } }`, options: report, errors: [switchHides(`"square" and "triangle"`, "s.kind")] },
    // Overloads: the implementation's parameter is the union.
    {
      code: `${shapes}export function f(m: "fast"): 1;\nexport function f(m: Mode): number;\nexport function f(m: Mode): number { switch (m) { case "fast": return 1; default: return 0; } }`,
      options: report, errors: [switchHides(`"slow" and "off"`, "m")],
    },
    // if/else-if chains ending in an else that hides variants.
    {
      code: `${shapes}export function f(s: Shape) {\n  if (s.kind === "circle") return 1;\n  else if (s.kind === "square") return 2;\n  else return 0;\n}`,
      errors: [{ ...elseHides(`"triangle"`, "s.kind"), line: 5, column: 3, endColumn: 7 }],
    },
    { code: `${shapes}export function f(m: Mode) { if ("fast" === m) return 1; else if (m == "slow") return 2; else return 0; }`, errors: [elseHides(`"off"`, "m")] },
    { code: `${shapes}export function f(t: Tagged) { if (t.tag === "A" || t.tag === "B") return 1; else if (t.tag === "B") return 2; else { console.log(t); } }`, errors: [elseHides(`"C"`, "t.tag")] },
    { code: `${shapes}export function f(c: Color) { if (c === Color.Red) return 1; else if (c === Color.Green) return 2; else return 0; }`, errors: [elseHides("Color.Blue", "c")] },
    { code: `${shapes}export function f(s?: Shape) { if (s?.kind === "circle") return 1; else if (s?.kind === "square") return 2; else return 0; }`, errors: [elseHides(`"triangle"`, "s?.kind")] },
    { code: `${shapes}export class View { constructor(private readonly mode: Mode) {}\n render() { if (this.mode === "fast") return 1; else if (this.mode === "slow") return 2; else return 0; } }`, errors: [elseHides(`"off"`, "this.mode")] },
    // else-less chains whose every branch exits, followed by code: that code is a hidden `else`.
    {
      code: `${shapes}export function f(s: Shape) {\n  if (s.kind === "circle") return 1;\n  else if (s.kind === "square") return 2;\n  return 0;\n}`,
      errors: [{ ...fallthroughHides(`"triangle"`, "s.kind"), line: 3, column: 3, endColumn: 5 }],
    },
    {
      code: `${shapes}export function statusOf(e: AppError): number {\n  if (e instanceof NotFound) {\n    return 404;\n  } else if (e instanceof Forbidden) {\n    return 403;\n  }\n  return 500;\n}`,
      errors: [{ ...fallthroughHides("Timeout", "e"), line: 3 }],
    },
    // Branches that throw, or call a never-returning function, exit too.
    { code: `${shapes}${ferrous}export function f(m: Mode) { if (m === "fast") { throw new Error("no"); } else if (m === "slow") { panic("no"); } return 0; }`, errors: [fallthroughHides(`"off"`, "m")] },
    { code: `${shapes}export function f(m: Mode, b: boolean) { if (m === "fast") { if (b) return 1; else return 2; } else if (m === "slow") { return 3; } return 0; }`, errors: [fallthroughHides(`"off"`, "m")] },
    // The fallback is more than one statement, not a guard: a throw nested in a condition does not count.
    {
      code: `${shapes}export function f(m: Mode, b: boolean) { if (m === "fast") return 1; else if (m === "slow") return 2;\n console.log(m);\n if (b) throw new Error("b");\n return 0; }`,
      errors: [fallthroughHides(`"off"`, "m")],
    },
    // The chain in the middle of a block, with code before it.
    { code: `${shapes}export function f(s: Shape) { const k = s.kind; console.log(k); if (k === "circle") return 1; else if (k === "square") return 2; const n = 0; return n; }`, errors: [fallthroughHides(`"triangle"`, "k")] },
    // `||` tests, and a comment before the fallback that does not match the pattern.
    { code: `${shapes}export function f(t: Tagged) { if (t.tag === "A" || t.tag === "B") { return 1; } else if (t.tag === "B") { return 2; }\n // the rest\n return 0; }`, errors: [fallthroughHides(`"C"`, "t.tag")] },
    // Nested functions: the chain and its fallback inside an arrow inside a method.
    {
      code: `${shapes}export class R { run(xs: Mode[]) { return xs.map((m) => { if (m === "fast") return 1; else if (m === "slow") return 2; return 0; }); } }`,
      errors: [fallthroughHides(`"off"`, "m")],
    },
    // Loops: branches that `continue` or `break`, and the rest of the loop body as the fallback.
    {
      code: `${shapes}export function f(xs: Mode[]) {\n  for (const m of xs) {\n    if (m === "fast") { console.log(1); continue; }\n    else if (m === "slow") { break; }\n    console.log("off, and what comes next");\n  }\n}`,
      errors: [{ ...fallthroughHides(`"off"`, "m"), line: 4 }],
    },
    { code: `${shapes}export function f(xs: Mode[]) { outer: while (xs.length > 0) { const m = xs.pop(); if (m === "fast") continue outer; else if (m === "slow") break outer; console.log(m); } }`, errors: [fallthroughHides(`"off"`, "m")] },
    // In a switch case: the branches break out of the switch; the rest of the case is the fallback.
    {
      code: `${shapes}export function f(s: Shape, m: Mode) { switch (s.kind) { case "circle": if (m === "fast") { console.log(1); break; } else if (m === "slow") { break; } console.log(m); break; default: break; } }`,
      errors: [fallthroughHides(`"off"`, "m")],
    },
    // partialMatches: "report" reports a chain that picks a few variants out of many.
    {
      code: `type Letter = "a" | "b" | "c" | "d" | "e";\nexport function f(x: Letter) { if (x === "a") return 1; else if (x === "b") return 2; return 0; }`,
      options: report,
      errors: [fallthroughHides(`"c", "d" and "e"`, "x")],
    },
    { code: `/** @param {"a" | "b" | "c"} m */\nexport function f(m) { if (m === "a") return 1; else if (m === "b") return 2; return 0; }`, filename: "js/file.js", errors: [fallthroughHides(`"c"`, "m")] },
    // if/else-if chains that are a function's whole body and miss a variant.
    {
      code: `${shapes}export function f(s: Shape) {\n  if (s.kind === "circle") { console.log(1); }\n  else if (s.kind === "square") { console.log(2); }\n}`,
      errors: [{ ...chainMisses(`"triangle"`, "s.kind"), line: 3, column: 3, endColumn: 5 }],
    },
    { code: `${shapes}export const f = (m: Mode) => { if (m === "fast") { console.log(1); } else if (m === "slow") { console.log(2); } };`, errors: [chainMisses(`"off"`, "m")] },
    // instanceof chains over a union of classes (TaggedError unions).
    {
      code: `${shapes}export function f(e: AppError) { if (e instanceof NotFound) return e.id; else if (e instanceof Timeout) return "slow"; else return "?"; }`,
      errors: [elseHides("Forbidden", "e")],
    },
    { code: `${shapes}export function f(e: AppError) { if (e instanceof NotFound) { console.log(e.id); } else if (e instanceof Timeout) { console.log("slow"); } }`, errors: [chainMisses("Forbidden", "e")] },
    { code: `class A { a = 1; }\nclass B { b = 1; }\nclass C { c = 1; }\nexport function f(x: A | B | C | undefined) { if (x instanceof A) return 1; else if (x instanceof B) return 2; else return 0; }`, errors: [elseHides("C", "x")] },
    // ts-pattern chains.
    {
      code: `${shapes}${tsPattern}export const f = (s: Shape) =>\n  match(s)\n    .with({ kind: "circle" }, () => 1)\n    .otherwise(() => 0);`,
      options: report, errors: [{ ...otherwiseHides(`"square" and "triangle"`), line: 6, column: 6, endColumn: 15 }],
    },
    { code: `${shapes}${tsPattern}export const f = (m: Mode) => match(m).with("fast", () => 1).run();`, errors: [runMisses(`"slow" and "off"`)] },
    { code: `${shapes}${tsPattern}export const f = (t: Tagged) => match(t).with({ tag: "A" }, () => 1).with({ tag: "B" }, () => 2).otherwise(() => 0);`, errors: [otherwiseHides(`"C"`)] },
    // The same chain written with bracket access.
    { code: `${shapes}${tsPattern}export const f = (t: Tagged) => match(t)["with"]({ tag: "A" }, () => 1)["with"]({ tag: "B" }, () => 2)["otherwise"](() => 0);`, errors: [otherwiseHides(`"C"`)] },
    { code: `${shapes}${tsPattern}export const f = (e: AppError) => match(e).with(P.instanceOf(NotFound), () => 1).otherwise(() => 0);`, options: report, errors: [otherwiseHides(`"Timeout" and "Forbidden"`)] },
    { code: `${shapes}${tsPattern}export const f = (s: Shape) => match<Shape, number>(s).with({ kind: "circle" }, () => 1).otherwise(() => 0);`, options: report, errors: [otherwiseHides(`"square" and "triangle"`)] },
    { code: `${shapes}${tsPattern}export const f = (s: Shape) => match(s).returnType<number>().with({ kind: "circle" }, () => 1).otherwise(() => 0);`, options: report, errors: [otherwiseHides(`"square" and "triangle"`)] },
    // Guards narrow only when TypeScript infers a type predicate; others leave their variants unmatched.
    { code: `${shapes}${tsPattern}export const f = (m: Mode) => match(m).with("fast", () => 1).when((x) => x === "slow", () => 2).otherwise(() => 0);`, errors: [otherwiseHides(`"off"`)] },
    { code: `${shapes}${tsPattern}export const f = (m: Mode) => match(m).with("fast", () => 1).when((x) => x.length > 3, () => 2).otherwise(() => 0);`, options: report, errors: [otherwiseHides(`"slow" and "off"`)] },
    // Aliased, namespace and re-exported imports.
    { code: `${shapes}import { match as m } from "ts-pattern";\nexport const f = (x: Mode) => m(x).with("fast", () => 1).otherwise(() => 0);`, options: report, errors: [otherwiseHides(`"slow" and "off"`)] },
    { code: `${shapes}import * as TP from "ts-pattern";\nexport const f = (x: Mode) => TP.match(x).with("fast", () => 1).otherwise(() => 0);`, options: report, errors: [otherwiseHides(`"slow" and "off"`)] },
    { code: `${shapes}import { pmatch } from "./modules/matching/reexport.js";\nexport const f = (x: Mode) => pmatch(x).with("fast", () => 1).run();`, errors: [runMisses(`"slow" and "off"`)] },
    { code: `${shapes}import { match } from "./modules/matching/star.js";\nexport const f = (x: Mode) => match(x).with("fast", () => 1).run();`, errors: [runMisses(`"slow" and "off"`)] },
    // matchTag / matchOn with a wildcard.
    {
      code: `${shapes}${ferrous}export const f = (t: Tagged) => matchTag(t, {\n  A: () => 1,\n  _: () => 0,\n});`,
      options: report, errors: [{ ...wildcardHides(`"B" and "C"`), line: 5, column: 3, endColumn: 4 }],
    },
    { code: `${shapes}${ferrous}export const f = (s: Shape) => matchOn(s, "kind", { circle: () => 1, "square": () => 2, _: () => 0 });`, errors: [wildcardHides(`"triangle"`)] },
    { code: `${shapes}${ferrous}export const f = (e: AppError) => matchTag(e, { NotFound: (x) => x.id, "_": () => "other" });`, options: report, errors: [wildcardHides(`"Timeout" and "Forbidden"`)] },
    { code: `${shapes}import { tagMatch } from "./modules/matching/reexport.js";\nexport const f = (t: Tagged) => tagMatch(t, { A: () => 1, _: () => 0 });`, options: report, errors: [wildcardHides(`"B" and "C"`)] },
    { code: `${shapes}import * as F from "ferrous";\nexport const f = (t: Tagged) => F.matchTag(t, { A: () => 1, _: () => 0 });`, options: report, errors: [wildcardHides(`"B" and "C"`)] },
    { code: `${shapes}import { matchTag as mt } from "ferrous";\nexport const f = <T extends Tagged>(t: T) => mt(t, { C: () => 1, _: () => 0 });`, options: report, errors: [wildcardHides(`"A" and "B"`)] },
    // A wildcard handler that only logs is not a guard.
    { code: `${shapes}${ferrous}export const f = (t: Tagged) => matchTag(t, { A: () => 1, _: (x) => { console.log(x); return 0; } });`, options: report, errors: [wildcardHides(`"B" and "C"`)] },
    {
      code: `type Letter = "a" | "b" | "c" | "d" | "e";\nexport function f(x: Letter) { if (x === "a") return 1; else if (x === "b") return 2; else return 0; }`,
      options: report,
      errors: [elseHides(`"c", "d" and "e"`, "x")],
    },
    // The option: a different comment pattern.
    {
      code: `${shapes}export function f(m: Mode) { switch (m) { case "fast": return 1; // wildcard\n default: return 0; } }`,
      options: [{ wildcardCommentPattern: "^\\s*catch-all\\b", partialMatches: "report" }],
      errors: [switchHides(`"slow" and "off"`, "m")],
    },
    {
      code: `const { matchTag } = require("ferrous");\n/** @param {{ tag: "A" } | { tag: "B" } | { tag: "C" }} t */\nexports.f = (t) => matchTag(t, { A: () => 1, B: () => 2, _: () => 0 });`,
      filename: "js/file.js",
      errors: [wildcardHides(`"C"`)],
    },
    // Unusual syntax: labels, parenthesised and nested chains, switch inside a loop.
    {
      code: `${shapes}export function f(xs: Mode[]) { outer: for (const m of xs) { switch ((m)) { case "fast": case "slow": continue outer; default: break outer; } } }`,
      errors: [switchHides(`"off"`, "m")],
    },
    {
      code: `${shapes}export const f = (s: Shape) => { if ((s.kind) === "circle") return 1; else if (s.kind === ("square")) return 2; else { if (s.r) return 3; return 0; } };`,
      errors: [elseHides(`"triangle"`, "s.kind")],
    },
    // TSX and JavaScript files.
    { code: `${shapes}export const View = ({ m }: { m: Mode }) => { switch (m) { case "fast": return <b />; default: return null; } };`, filename: "react.tsx", options: report, errors: [switchHides(`"slow" and "off"`, "m")] },
    {
      code: `/** @param {"a" | "b" | "c"} m */\nexport function f(m) { if (m === "a") return 1; else if (m === "b") return 2; else return 0; }`,
      filename: "js/file.js",
      errors: [elseHides(`"c"`, "m")],
    },
  ],
});

// The docs page's examples: every line of the Incorrect block with a `hides` comment is
// reported (and no other line), the Correct block is not, both after the shared declarations.
const docsPage = readFileSync(path.join(import.meta.dirname, "..", "..", "docs", "rules", "exhaustive-match.md"), "utf8");
const [docsDeclarations = "", docsIncorrect = "", docsCorrect = ""] = [...docsPage.matchAll(/```ts\n(?<code>[\s\S]*?)```/gu)].map((block) => block.groups?.["code"] ?? "");
const docsLineOffset = docsDeclarations.split("\n").length - 1;

/** The message a marked line of the docs must get, read from the fallback it shows. */
function docsMessageId(line: string): MessageIds {
  if (line.includes(".otherwise(")) return "otherwiseHides";
  if (line.includes("_:")) return "wildcardHides";
  if (/\bdefault:/u.test(line)) return "switchDefaultHides";
  if (/\belse\b/u.test(line)) return "elseHides";
  return "fallthroughHides";
}

typedRuleTester().run("exhaustive-match docs examples", exhaustiveMatch, {
  valid: [docsDeclarations + docsCorrect],
  invalid: [
    {
      code: docsDeclarations + docsIncorrect,
      errors: docsIncorrect
        .split("\n")
        .flatMap((line, index) => (/\/\/.*\bhides\b/u.test(line) ? [{ messageId: docsMessageId(line), line: docsLineOffset + index + 1 }] : [])),
    },
  ],
});

describe("exhaustive-match options and type information", () => {
  it("finds the docs page's examples", () => {
    expect(docsDeclarations).toContain("type Shape");
    expect(docsIncorrect.match(/\/\/.*\bhides\b/gu)).toHaveLength(5);
    expect(docsCorrect).toContain("assertNever");
  });

  it("fails with a message naming the parser option when types are missing", () => {
    const linter = new Linter({ configType: "flat" });
    expect(() =>
      linter.verify(
        "switch (1 as 1 | 2) { default: }",
        [
          {
            files: ["**/*.ts"],
            languageOptions: { parser: tseslint.parser },
            plugins: { ferrous: { rules: { "exhaustive-match": exhaustiveMatch } } },
            rules: { "ferrous/exhaustive-match": "error" },
          },
        ] as unknown as Linter.Config[],
        "match.ts",
      ),
    ).toThrow(/exhaustive-match needs type information[\s\S]*projectService/u);
  });

  it("names the option when its pattern is not a regular expression", () => {
    const linter = new Linter({ configType: "flat" });
    expect(() =>
      linter.verify(
        "export {};",
        [
          {
            files: ["**/*.ts"],
            languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: fixturesDir } },
            plugins: { ferrous: { rules: { "exhaustive-match": exhaustiveMatch } } },
            rules: { "ferrous/exhaustive-match": ["error", { wildcardCommentPattern: "(" }] },
          },
        ] as unknown as Linter.Config[],
        path.join(fixturesDir, "file.ts"),
      ),
    ).toThrow(/exhaustive-match: the option wildcardCommentPattern "\(" is not a valid regular expression/u);
  });

  it("is in the recommended configs and needs types", () => {
    expect(exhaustiveMatch.meta.docs?.recommended).toBe("recommended");
    expect(exhaustiveMatch.meta.docs?.requiresTypeChecking).toBe(true);
  });

  it("reports partial matches in the strict type-checked config only", () => {
    const entryIn = (name: "recommended-type-checked" | "strict-type-checked") =>
      ferrousPlugin.configs[name].flatMap((config): [string, unknown][] => Object.entries(config.rules ?? {})).find(([rule]) => rule === "ferrous/exhaustive-match")?.[1];
    expect(entryIn("recommended-type-checked")).toBe("error");
    expect(entryIn("strict-type-checked")).toEqual(["error", { partialMatches: "report" }]);
  });
});
