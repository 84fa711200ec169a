// eslint-doc-generator's options (run from the repository root: `npm run docs`, `npm run docs:check`).
// The plugin is loaded through tools/doc-plugin, so paths are relative to that folder.

/** @type {import("eslint-doc-generator").GenerateOptions} */
const config = {
  pathRuleDoc: "../../docs/rules/{name}.md",
  pathRuleList: "../../README.md",
  ruleDocTitleFormat: "desc-parens-prefix-name",
  // The title already carries the description, so no 📝 line repeats it.
  ruleDocNotices: ["deprecated", "configs", "fixableAndHasSuggestions", "requiresTypeChecking"],
  ruleDocSectionInclude: ["Examples", "When Not To Use It"],
  ruleDocSectionOptions: true,
  ruleListColumns: ["name", "description", "configsError", "hasSuggestions", "fixable", "requiresTypeChecking"],
  configEmoji: [
    ["recommended", "✅"],
    ["recommended-type-checked", "☑️"],
    ["strict", "🔒"],
    ["strict-type-checked", "🔐"],
  ],
};

export default config;
