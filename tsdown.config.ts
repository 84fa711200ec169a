import { defineConfig } from "tsdown";

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
});
