// Doc-tests, as in Rust: every `@example` in the runtime's TSDoc is type-checked against the
// package (`import { ... } from "ferrous"`) and run, so an example cannot rot.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as ferrous from "ferrous";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const sourceDir = join(root, "src", "result");

interface Example {
  readonly name: string;
  readonly code: string;
  readonly virtualPath: string;
}

/** The name a reader would use for the documented declaration: `Result.all`, `Ok.map`. */
function nameOf(node: ts.Node, file: string): string {
  const parts: string[] = [];
  // `parent` is typed as always present; the SourceFile's is undefined at run time.
  for (let current = node as ts.Node | undefined; current !== undefined; current = current.parent as ts.Node | undefined) {
    const named = current as ts.Node & { name?: ts.Node };
    if (named.name !== undefined && (ts.isIdentifier(named.name) || ts.isComputedPropertyName(named.name))) {
      parts.unshift(named.name.getText());
    }
  }
  return `${file}: ${parts.join(".") || "(module)"}`;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(join(sourceDir, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Example[] = [];
  const visit = (node: ts.Node): void => {
    for (const doc of ts.getJSDocCommentsAndTags(node)) {
      if (!ts.isJSDoc(doc) || doc.parent !== node) continue;
      for (const tag of doc.tags ?? []) {
        if (tag.tagName.text !== "example") continue;
        const comment = ts.getTextOfJSDocComment(tag.comment) ?? "";
        const code = /```ts\n([\s\S]*?)```/.exec(comment)?.[1];
        const name = nameOf(node, file);
        if (code === undefined) throw new Error(`${name}: @example without a \`\`\`ts block`);
        const virtualPath = join(root, "tests", "__doc_examples__", `${found.length}-${file}`);
        found.push({ name, code, virtualPath });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files: readonly string[] = readdirSync(sourceDir).filter((file) => file.endsWith(".ts"));
const examples: readonly Example[] = files.flatMap((file) => examplesOf(file));
const names: readonly string[] = Object.keys(ferrous);
const prelude = `import assert from "node:assert/strict";\nimport { ${names.join(", ")} } from "ferrous";\n`;

function hasExample(node: ts.Node): boolean {
  return ts.getJSDocTags(node).some((tag) => tag.tagName.text === "example");
}

/** Public members with no `@example`: methods of the value interfaces and classes, statics, functions. */
function undocumentedMembers(): string[] {
  const owners = new Set(["ResultMethods", "OptionMethods", "Ok", "Err", "Some", "None", "AsyncResult"]);
  const missing: string[] = [];
  const check = (node: ts.Node, file: string): void => {
    if (!hasExample(node)) missing.push(nameOf(node, file));
  };
  for (const file of files) {
    const text = readFileSync(join(sourceDir, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) && owners.has(node.name?.text ?? "")) {
        // The *Methods interfaces carry an overview; their members carry the examples.
        if (!node.name?.text.endsWith("Methods")) check(node, file);
        const members: readonly (ts.ClassElement | ts.TypeElement)[] = node.members;
        for (const [index, member] of members.entries()) {
          // Fields (`tag`, `value`, `error`) are data, documented by a summary line.
          const isField =
            (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) &&
            (member.type === undefined || !ts.isFunctionTypeNode(member.type));
          if (isField) continue;
          const isPrivate =
            member.name !== undefined && ts.isPrivateIdentifier(member.name)
              ? true
              : (ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Private) !== 0;
          if (isPrivate || ts.isClassStaticBlockDeclaration(member) || ts.isConstructorDeclaration(member)) continue;
          // Overloads share the first signature's docs.
          const previous = members[index - 1];
          if (previous?.name !== undefined && previous.name.getText() === member.name?.getText()) continue;
          check(member, file);
        }
      }
      if (ts.isVariableStatement(node)) {
        for (const declaration of node.declarationList.declarations) {
          const name = declaration.name.getText();
          if (!names.includes(name)) continue;
          check(node, file);
          const init = declaration.initializer;
          const literal = init !== undefined && ts.isAsExpression(init) ? init.expression : init;
          if (literal !== undefined && ts.isObjectLiteralExpression(literal)) {
            for (const property of literal.properties) check(property, file);
          }
        }
      }
      if (ts.isFunctionDeclaration(node) && node.name !== undefined && names.includes(node.name.text)) {
        const previous = (node.parent as ts.SourceFile).statements[(node.parent as ts.SourceFile).statements.indexOf(node) - 1];
        const isLaterOverload = previous !== undefined && ts.isFunctionDeclaration(previous) && previous.name?.text === node.name.text;
        if (!isLaterOverload) check(node, file);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return missing;
}

/** The example as a module: inside an async function, so `await` and local names work. */
function moduleText(example: Example): string {
  return `${prelude}export async function example(): Promise<void> {\n${example.code}\n}\n`;
}

function typeCheck(): Map<string, string[]> {
  const configPath = join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const byPath = new Map(examples.map((example) => [example.virtualPath, moduleText(example)]));
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (path) => byPath.has(path) || ts.sys.fileExists(path);
  host.readFile = (path) => byPath.get(path) ?? readFile(path);
  host.getSourceFile = (path, language) => {
    const text = byPath.get(path);
    return text === undefined ? getSourceFile(path, language) : ts.createSourceFile(path, text, language, true);
  };
  // Unused locals are fine in an example; everything else of the project's settings applies.
  const program = ts.createProgram([...byPath.keys()], { ...parsed.options, noEmit: true }, host);
  const errors = new Map<string, string[]>();
  for (const example of examples) {
    const sourceFile = program.getSourceFile(example.virtualPath);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile),
    ];
    errors.set(
      example.virtualPath,
      diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
    );
  }
  return errors;
}

// The constructor of async functions, to run an example body that uses `await`.
const AsyncFunction = (Object.getPrototypeOf(async function () {
  await Promise.resolve();
}) as { constructor: new (...args: string[]) => (...values: unknown[]) => Promise<void> }).constructor;

describe("TSDoc examples of the runtime", () => {
  const errors = typeCheck();

  it("exist for every public function, method and static", () => {
    expect(undocumentedMembers()).toEqual([]);
    expect(examples.length).toBeGreaterThan(100);
  });

  for (const example of examples) {
    it(`compiles and runs: ${example.name}`, async () => {
      expect(errors.get(example.virtualPath)).toEqual([]);
      const js = ts.transpileModule(example.code, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      const run = new AsyncFunction("assert", ...names, js);
      await run(assert, ...names.map((name) => (ferrous as Record<string, unknown>)[name]));
    });
  }
});
