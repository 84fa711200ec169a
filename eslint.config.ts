import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import ferrous from "./src/eslint-plugin.ts";

// The repository lints itself with typescript-eslint's strictest preset and its own plugin.
export default defineConfig(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      ".corpus/**",
      "bench/.scratch/**",
      "tests/fixtures/**",
      // `before.ts` files show the code the rules flag; tests check their findings.
      "examples/**/before.ts",
      "**/*.js",
      "**/*.mjs",
      "**/*.cjs",
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ferrous.configs["strict-type-checked"],
  {
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  {
    // Tests may unwrap and mutate fixtures; they check behaviour, not style.
    files: ["tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
