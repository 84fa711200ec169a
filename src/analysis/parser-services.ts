import type { ParserServicesWithTypeInformation } from "@typescript-eslint/utils";
import type { RuleContext } from "@typescript-eslint/utils/ts-eslint";

/**
 * The parser services of a typed lint, or an error that says how to turn types on.
 * typescript-eslint's own message names `parserOptions.project`; ours names the fix for
 * flat config and `ferrous check` too.
 *
 * @throws {Error} when the file was parsed without type information.
 */
export function requireTypeServices(
  context: Readonly<RuleContext<string, readonly unknown[]>>,
  ruleName: string,
  untypedHint?: string,
): ParserServicesWithTypeInformation {
  const services = context.sourceCode.parserServices;
  if (services?.program == null || services.esTreeNodeToTSNodeMap == null) {
    const hint = untypedHint === undefined ? "" : ` Or ${untypedHint}.`;
    throw new Error(
      `ferrous/${ruleName} needs type information, and ${context.filename} was linted without it. ` +
        `Set languageOptions.parserOptions.projectService: true (with tsconfigRootDir) in your ESLint config, ` +
        `or use a config without "type-checked" in its name.${hint}`,
    );
  }
  return services as ParserServicesWithTypeInformation;
}
