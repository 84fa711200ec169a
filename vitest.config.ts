import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^ferrous$/, replacement: src("index.ts") },
      { find: /^ferrous\/eslint-plugin$/, replacement: src("eslint-plugin.ts") },
      { find: /^ferrous\/zod$/, replacement: src("bridges/zod.ts") },
      { find: /^ferrous\/neverthrow$/, replacement: src("bridges/neverthrow.ts") },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/fixtures/**", "**/node_modules/**"],
    setupFiles: ["tests/setup.ts"],
    // typescript-eslint does the same: one TypeScript program per worker, reused across files.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
