import path from "node:path";
import { RuleTester } from "@typescript-eslint/rule-tester";

/** Folder of the fixture project: cases without a `filename` are linted as its `file.ts`. */
export const fixturesDir = path.join(import.meta.dirname, "..", "fixtures");

/** A RuleTester with type information, like typescript-eslint's own `tests/RuleTester.ts`. */
export function typedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: fixturesDir },
    },
  });
}

/** A RuleTester without type information, for the syntactic modes and JavaScript files. */
export function untypedRuleTester(): RuleTester {
  return new RuleTester();
}
