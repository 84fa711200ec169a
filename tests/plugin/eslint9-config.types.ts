// Type test, checked by `npm run typecheck` and never run: the same strict `eslint.config.ts` as
// eslint-config.types.ts, against ESLint 9's types (`eslint-v9` is ESLint 9 installed under an alias).
import { defineConfig } from "eslint-v9/config";
import ferrous from "ferrous/eslint-plugin";
import tseslint from "typescript-eslint";

export default defineConfig(
  tseslint.configs.strictTypeChecked,
  ferrous.configs["strict-type-checked"],
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  // Scoped: the plugin registered by hand and a config extended by name.
  { files: ["src/**/*.ts"], plugins: { ferrous }, extends: ["ferrous/recommended-type-checked"] },
  { files: ["**/*.js"], extends: [ferrous.configs.recommended, tseslint.configs.disableTypeChecked] },
  { rules: { "ferrous/no-unwrap": ["error", { allowedFiles: ["scripts/**"], nonNullAssertion: true }] } },
);
