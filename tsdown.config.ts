import { writeFile } from "node:fs/promises";
import path from "node:path";
import { defineConfig } from "tsdown";

// ESLint rejects two different objects under one plugin name ("Cannot redefine plugin"), and a
// dual build makes two copies. So the ESM entry of the plugin re-exports the CommonJS build:
// `import` and `require` hand out the very same object.
const eslintPluginEsmEntry = `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const plugin = require("./eslint-plugin.cjs");
export { plugin as default };
`;

// One entry per public export. The runtime entry (`index`) must stay dependency-free.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "eslint-plugin": "src/eslint-plugin.ts",
    zod: "src/bridges/zod.ts",
    neverthrow: "src/bridges/neverthrow.ts",
    cli: "src/cli/index.ts",
    // ESLint's worker threads load the CLI's options from this module (`--concurrency`).
    "cli-options": "src/cli/options-module.ts",
  },
  format: ["esm", "cjs"],
  platform: "node",
  target: "node20",
  dts: { tsconfig: "tsconfig.json" },
  clean: true,
  publint: false,
  // ts-api-utils is small and has a required peer (typescript): bundled, it cannot make
  // `npm install ferrous` pull TypeScript in for users of the runtime alone.
  // The CLI imports the plugin by the package's own name, so it shares the plugin entry's
  // single object instead of bundling a second copy (~220 KB) of it.
  deps: { alwaysBundle: ["ts-api-utils"], neverBundle: ["ferrous/eslint-plugin"] },
  hooks: {
    "build:done": async ({ options }) => {
      await writeFile(path.join(options.outDir, "eslint-plugin.mjs"), eslintPluginEsmEntry);
    },
  },
});
