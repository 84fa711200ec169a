// Checks of the built package (`npm run build` first; `npm test` does): what users install.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TSESLint } from "@typescript-eslint/utils";
import { ESLint } from "eslint";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/eslint-plugin.js";

const root = path.join(import.meta.dirname, "..", "..");
const dist = path.join(root, "dist");

function requireBuild(): void {
  if (!existsSync(path.join(dist, "eslint-plugin.cjs"))) {
    throw new Error("dist/ is missing: run `npm run build` before these tests.");
  }
}

describe("dual ESM/CommonJS entry", () => {
  // ESLint rejects two different objects under one plugin name, so a project whose configs
  // mix `import` and `require` must get one object.
  it("import and require of ferrous/eslint-plugin give the very same object", () => {
    requireBuild();
    const script = [
      'import { createRequire } from "node:module";',
      'import plugin from "ferrous/eslint-plugin";',
      "const require = createRequire(import.meta.url);",
      'const required = require("ferrous/eslint-plugin");',
      "console.log(JSON.stringify({ same: plugin === required, configs: Object.keys(plugin.configs), rules: Object.keys(plugin.rules).length }));",
    ].join("\n");
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(output)).toEqual({
      same: true,
      configs: ["recommended", "recommended-type-checked", "strict", "strict-type-checked"],
      rules: Object.keys(plugin.rules).length,
    });
  });
});

describe("an installed ferrous with no-floating-promises checking thenables", () => {
  let project = "";

  beforeAll(() => {
    requireBuild();
    project = mkdtempSync(path.join(tmpdir(), "ferrous-installed-"));
    const installed = path.join(project, "node_modules", "ferrous");
    cpSync(dist, path.join(installed, "dist"), { recursive: true });
    cpSync(path.join(root, "package.json"), path.join(installed, "package.json"));
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, module: "preserve", moduleResolution: "bundler", lib: ["ES2023"], types: [], skipLibCheck: true, noEmit: true },
        include: ["*.ts"],
      }),
    );
    writeFileSync(path.join(project, "main.ts"), "");
  });

  afterAll(() => {
    if (project !== "") rmSync(project, { recursive: true, force: true });
  });

  const floatingOptions = (): Record<string, unknown> => {
    const rules = (plugin.configs["strict-type-checked"] as TSESLint.FlatConfig.Config[])[0]?.rules ?? {};
    const entry = rules["@typescript-eslint/no-floating-promises"];
    const options: unknown = Array.isArray(entry) ? entry[1] : undefined;
    if (typeof options !== "object" || options === null) throw new Error("no-floating-promises has no options");
    return options as Record<string, unknown>;
  };

  async function rulesReporting(floating: Record<string, unknown>): Promise<string[]> {
    const eslint = new ESLint({
      cwd: project,
      overrideConfigFile: true,
      overrideConfig: defineConfig(
        tseslint.configs.strictTypeChecked,
        plugin.configs["strict-type-checked"],
        {
          languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: project } },
          rules: { "@typescript-eslint/no-floating-promises": ["error", floating] },
        },
      ),
    });
    const code = 'import { Ok } from "ferrous";\nOk(1).toAsync();\n';
    const [result] = await eslint.lintText(code, { filePath: path.join(project, "main.ts") });
    return (result?.messages ?? []).map((message) => message.ruleId ?? message.message).sort();
  }

  it("reports a dropped AsyncResult once, as must-use-result", async () => {
    expect(await rulesReporting({ ...floatingOptions(), checkThenables: true })).toEqual(["ferrous/must-use-result"]);
  });

  it("would report it twice without the configs' allowForKnownSafePromises", async () => {
    expect(await rulesReporting({ checkThenables: true })).toEqual([
      "@typescript-eslint/no-floating-promises",
      "ferrous/must-use-result",
    ]);
  });
});
