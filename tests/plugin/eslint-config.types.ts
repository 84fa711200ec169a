// Type test, checked by `npm run typecheck` and never run: a user's strict `eslint.config.ts`
// with ESLint 10's `defineConfig`, the plugin and its configs next to typescript-eslint's.
// Plugin types that do not assign to ESLint's are a known bug class (typescript-eslint#11543).
import { defineConfig } from "eslint/config";
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
