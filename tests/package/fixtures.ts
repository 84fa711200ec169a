/**
 * Source files of a new user's project, with one mistake per ferrous rule. A line that must
 * be reported ends with `// expect: <rule id>` (see `expectedFindings`); every other line
 * must stay quiet, under ferrous's config and typescript-eslint's alike.
 */
export const flawedSources: Readonly<Record<string, string>> = {
  "src/results.ts": `import { Err, Ok, type Result } from "ferrous";

export function save(name: string): Result<number, string> {
  return name.length > 0 ? Ok(name.length) : Err("empty");
}

save("dropped"); // expect: ferrous/must-use-result

export const size: number = save("abc").unwrap(); // expect: ferrous/no-unwrap

export const handled: number = save("abc").unwrapOr(0);
`,
  // Tests may unwrap: no report here.
  "src/results.test.ts": `import { save } from "./results.js";

export const inTest: number = save("abc").unwrap();
`,
  "src/state.ts": `let counter = 0; // expect: ferrous/no-mutable-shared-state

export function bump(): number {
  counter += 1; // expect: ferrous/no-mutable-shared-state
  return counter;
}
`,
  "src/parse.ts": `export function read(text: string): unknown {
  return JSON.parse(text); // expect: ferrous/no-unchecked-throw
}

/** @throws {SyntaxError} on malformed JSON. */
export function readDeclared(text: string): unknown {
  return JSON.parse(text);
}
`,
  "src/shapes.ts": `type Shape = { kind: "circle"; r: number } | { kind: "square"; side: number } | { kind: "line" };

export function area(shape: Shape): number {
  switch (shape.kind) {
    case "circle":
      return shape.r * shape.r * 3;
    case "square":
      return shape.side * shape.side;
    default: // expect: ferrous/exhaustive-match
      return 0;
  }
}
`,
};

/** A project that follows the style: no findings. */
export const cleanSources: Readonly<Record<string, string>> = {
  "src/main.ts": `import { Err, Ok, type Result } from "ferrous";

export function half(n: number): Result<number, string> {
  return n % 2 === 0 ? Ok(n / 2) : Err(\`\${String(n)} is odd\`);
}

export function describe(n: number): string {
  return half(n).match({ Ok: (value) => \`half is \${String(value)}\`, Err: (error) => error });
}
`,
};

/**
 * What `--fix` can mend without changing behaviour (a `let` never reassigned, a private field
 * never reassigned), next to a finding it must leave for the user.
 */
export const fixableSources: Readonly<Record<string, string>> = {
  "src/greeter.ts": `let greeting = "hello";

export class Greeter {
  private name: string;
  constructor(name: string) {
    this.name = name;
  }
  greet(): string {
    return \`\${greeting}, \${this.name}\`;
  }
}
`,
  "src/parse.ts": `export function read(text: string): unknown {
  return JSON.parse(text);
}
`,
};

/** `src/greeter.ts` as `--fix` must leave it. */
export const fixedGreeter = `const greeting = "hello";

export class Greeter {
  private readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  greet(): string {
    return \`\${greeting}, \${this.name}\`;
  }
}
`;
