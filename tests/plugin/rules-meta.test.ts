// Every rule carries the meta that configs, docs and editors read (typescript-eslint's
// `tests/docs.test.mts` and eslint-plugin-eslint-plugin's `require-meta-*` check the same).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { DOCS_BASE_URL } from "../../src/analysis/create-rule.js";
import { type RuleName, rules } from "../../src/rules/index.js";

const docsDir = path.join(import.meta.dirname, "..", "..", "docs", "rules");

interface SchemaObject {
  type?: string;
  additionalProperties?: boolean;
  properties?: Record<string, { description?: string }>;
}

const ruleEntries: ReadonlyArray<[string, (typeof rules)[RuleName]]> = Object.entries(rules);

describe.each(ruleEntries)("%s", (name, rule) => {
  const { meta } = rule;
  const docs = meta.docs ?? expect.unreachable(`${name} has no meta.docs`);

  it("has docs with a description, url and config level", () => {
    expect(docs.description).toMatch(/^(Enforce|Require|Disallow) .+[^. ]$/);
    expect(docs.url).toBe(`${DOCS_BASE_URL}${name}.md`);
    expect(["recommended", "strict"]).toContain(docs.recommended);
    expect(typeof docs.requiresTypeChecking).toBe("boolean");
    expect(["problem", "suggestion", "layout"]).toContain(meta.type);
  });

  it("declares its messages by id", () => {
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const text of Object.values(meta.messages)) expect(text.trim()).not.toBe("");
  });

  it("has a closed JSON schema with a description per option, and meta.defaultOptions", () => {
    const schema = (Array.isArray(meta.schema) ? meta.schema : [meta.schema]) as SchemaObject[];
    for (const item of schema) {
      if (item.type !== "object") continue;
      expect(item.additionalProperties).toBe(false);
      for (const [option, property] of Object.entries(item.properties ?? {})) {
        expect(property.description, `${name} option ${option}`).toMatch(/\S/);
      }
    }
    expect(meta.defaultOptions).toHaveLength(schema.length);
  });

  it("has a docs page titled with its description", () => {
    const page = path.join(docsDir, `${name}.md`);
    expect(existsSync(page), `docs/rules/${name}.md`).toBe(true);
    const [title] = readFileSync(page, "utf8").split("\n");
    expect(title).toBe(`# ${docs.description} (\`ferrous/${name}\`)`);
  });
});

// A rule that needs types, run without them, must say which parser option to set: through
// ESLint itself, the way a user meets it, not through a hand-made rule context.
describe.each(ruleEntries.filter(([, rule]) => rule.meta.docs?.requiresTypeChecking === true))(
  "%s without type information",
  (name, rule) => {
    it("fails with a message naming the parser option to set", () => {
      const linter = new Linter({ configType: "flat" });
      const lint = (): unknown =>
        linter.verify("export const x = 1;\n", [
          {
            files: ["**/*.ts"],
            languageOptions: { parser: tseslint.parser },
            plugins: { ferrous: { rules: { [name]: rule } } as never },
            rules: { [`ferrous/${name}`]: "error" },
          },
        ], "src/file.ts");
      expect(lint).toThrow(new RegExp(`ferrous/${name} needs type information.*projectService`));
    });
  },
);

