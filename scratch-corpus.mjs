// temporary crash check (deleted after use)
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { createJiti } from "jiti";
const jiti = createJiti(import.meta.url);
const { mustUseResult } = await jiti.import("./src/rules/must-use-result.ts");
const { noUnwrap } = await jiti.import("./src/rules/no-unwrap.ts");
const dir = process.argv[2];
const eslint = new ESLint({
  cwd: dir, overrideConfigFile: true,
  overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: dir } },
    plugins: { "@typescript-eslint": tseslint.plugin, ferrous: { rules: { "must-use-result": mustUseResult, "no-unwrap": noUnwrap } } },
    rules: { "@typescript-eslint/no-floating-promises": "error", "ferrous/must-use-result": "error", "ferrous/no-unwrap": ["error", { nonNullAssertion: true }] } }],
});
const t = Date.now();
const results = await eslint.lintFiles([process.argv[3] ?? "**/*.ts"]);
const counts = {};
for (const r of results) for (const m of r.messages) { counts[m.ruleId ?? "fatal"] = (counts[m.ruleId ?? "fatal"] ?? 0) + 1; if (m.ruleId?.startsWith("ferrous") && !m.message.startsWith("`!`")) console.log(r.filePath.slice(dir.length), m.line, m.ruleId, m.message.slice(0, 120)); }
console.log(results.length, "files", counts, (Date.now() - t) / 1000, "s");
