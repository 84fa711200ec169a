import ts from "typescript";
import { describe, expect, it } from "vitest";
import { constantValuesOf } from "../../src/analysis/constant-folding.js";

/** The constant values of the initialiser of `const x = ...` in `code`, folded without types. */
function valuesOf(code: string): readonly (string | number)[] | undefined {
  const file = ts.createSourceFile("case.ts", code, ts.ScriptTarget.Latest, true);
  const statement = file.statements.at(-1);
  if (statement === undefined || !ts.isVariableStatement(statement)) throw new Error("the last statement must declare x");
  const initializer = statement.declarationList.declarations[0]?.initializer;
  if (initializer === undefined) throw new Error("x needs an initialiser");
  return constantValuesOf(initializer, undefined);
}

describe("constant folding without types", () => {
  it("folds literals, templates and + of constants with JavaScript's semantics", () => {
    expect(valuesOf('const x = "a";')).toEqual(["a"]);
    expect(valuesOf("const x = `^${'[a-z]'}{${2}}$`;")).toEqual(["^[a-z]{2}$"]);
    expect(valuesOf("const x = `${`${'a'}b`}c`;")).toEqual(["abc"]);
    expect(valuesOf('const x = ("a" as string) + 1;')).toEqual(["a1"]);
    expect(valuesOf("const x = 1 + 2;")).toEqual([3]);
    expect(valuesOf("const x = `${-1}`;")).toEqual(["-1"]);
    expect(valuesOf("const x = `${0x10}`;")).toEqual(["16"]);
  });

  it("folds a regex-escaped part to the hole it is given, and only then", () => {
    const valuesWith = (code: string, hole?: string): readonly (string | number)[] | undefined => {
      const file = ts.createSourceFile("case.ts", code, ts.ScriptTarget.Latest, true);
      const statement = file.statements.at(-1);
      const initializer = statement !== undefined && ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]?.initializer : undefined;
      if (initializer === undefined) throw new Error("x needs an initialiser");
      return constantValuesOf(initializer, undefined, hole);
    };
    expect(valuesWith("const x = `^${escapeRegExp(s)}$`;", "x")).toEqual(["^x$"]);
    expect(valuesWith('const x = "[" + RegExp.escape(s) + "]";', "z-a")).toEqual(["[z-a]"]);
    expect(valuesWith("const x = `^${_.escapeRegExp(s)}${util.escapeRegex(t)}$`;", "")).toEqual(["^$"]);
    expect(valuesWith("const x = `^${escapeRegExp(s)}$`;")).toBeUndefined();
    expect(valuesWith("const x = `^${escapeHtml(s)}$`;", "x")).toBeUndefined();
    expect(valuesWith("const x = `^${escapeRegExp(s, t)}$`;", "x")).toBeUndefined();
  });

  it("does not follow names without types, nor fold what may differ at run time", () => {
    expect(valuesOf('const WORD = "a"; const x = `${WORD}`;')).toBeUndefined();
    expect(valuesOf("const x = `${f()}`;")).toBeUndefined();
    expect(valuesOf('const x = "a" + b;')).toBeUndefined();
    expect(valuesOf('const x = "a" - 1;')).toBeUndefined();
    expect(valuesOf("const x = `${true}`;")).toBeUndefined();
  });
});
