// Throwaway corpus runner for no-unchecked-throw (not part of the project).
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { noUncheckedThrow } from "./src/rules/no-unchecked-throw.ts";

const [root, mode, ...globs] = process.argv.slice(2);
const rules: Record<string, unknown> = {};
if (mode === "warm" || mode === "rule") {
  for (const name of ["await-thenable", "no-floating-promises", "no-unsafe-call", "no-unsafe-member-access", "no-misused-promises"]) {
    rules[`@typescript-eslint/${name}`] = "error";
  }
}
if (mode === "rule") rules["ferrous/no-unchecked-throw"] = "error";
if (mode === "file") rules["ferrous/no-unchecked-throw"] = ["error", { inference: "file" }];
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ["**/*.ts"],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: mode === "file" ? {} : { project: "./tsconfig.json", tsconfigRootDir: root },
      },
      plugins: { ferrous: { rules: { "no-unchecked-throw": noUncheckedThrow } }, "@typescript-eslint": tseslint.plugin },
      rules,
    },
  ],
});
const start = performance.now();
const results = await eslint.lintFiles(globs.length > 0 ? globs : ["package/src/**/*.ts"]);
const ms = performance.now() - start;
let findings = 0;
let fatal = 0;
const byMessage = new Map<string, number>();
for (const result of results) {
  for (const message of result.messages) {
    if (message.fatal === true || message.ruleId === null) { fatal += 1; console.log("FATAL", result.filePath, message.message); continue; }
    if (message.ruleId !== "ferrous/no-unchecked-throw") continue;
    findings += 1;
    if (process.env.SHOW) console.log(`${result.filePath.replace(root, "")}:${message.line}:${message.column} ${message.message}`);
    const key = message.message.replace(/\(.*?\)/g, "").slice(0, 60);
    byMessage.set(key, (byMessage.get(key) ?? 0) + 1);
  }
}
console.log(JSON.stringify({ mode, files: results.length, findings, fatal, ms: Math.round(ms) }));
if (process.env.SUMMARY) for (const [k, v] of [...byMessage].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v, k);
