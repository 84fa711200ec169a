import { describe, expect, it } from "vitest";
import { countChangedLines } from "../../src/cli/fix.js";

describe("countChangedLines", () => {
  it("counts nothing when nothing changed", () => {
    expect(countChangedLines("a\nb\n", "a\nb\n")).toBe(0);
  });

  it("counts two edited lines with untouched lines between them as 2", () => {
    expect(countChangedLines("let a = 1;\nx;\ny;\nlet b = 2;\n", "const a = 1;\nx;\ny;\nconst b = 2;\n")).toBe(2);
  });

  it("counts inserted and removed lines", () => {
    expect(countChangedLines("a\nb\nc\n", "a\nnew\nb\nc\n")).toBe(1);
    expect(countChangedLines("a\nb\nc\n", "a\nc\n")).toBe(1);
  });
});
