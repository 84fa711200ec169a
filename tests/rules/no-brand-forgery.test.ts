import { readFileSync } from "node:fs";
import path from "node:path";
import { noBrandForgery } from "../../src/rules/no-brand-forgery.js";
import { fixturesDir, typedRuleTester } from "./rule-tester.js";

const ids = `import type { UserId, OrderId, Meters, Seconds, Brand } from "./modules/brands/ids.js";`;
const withConstructor = (brand: string, constructor: string) => ({
  messageId: "forgeryWithConstructor" as const,
  data: { brand, constructor },
});
const forgery = (brand: string) => ({ messageId: "forgery" as const, data: { brand } });

typedRuleTester().run("no-brand-forgery", noBrandForgery, {
  valid: [
    // Assertions to ordinary types are none of this rule's business.
    `const a = JSON.parse("1") as number; const b = [1] as const; const c = {} as Record<string, string>;`,
    `type Loose = string & {}; const s = "x" as Loose;`,
    // A flavor (optional marker) accepts plain values anyway.
    `${ids}\nconst s = 3 as Seconds;`,
    // Already the brand: not a forgery.
    `${ids}\ndeclare const maybe: UserId | undefined;\nconst id = maybe as UserId;`,
    `${ids}\ndeclare const id: UserId;\nconst same = id as UserId;`,
    // The sanctioned constructors are used.
    `${ids}\nimport { parseUserId } from "./modules/brands/ids.js";\nconst id = parseUserId("u-1");`,
    `import { Email } from "./modules/brands/schemas.js";\nconst e = Email.parse("a@b.c");`,
    // Inside the module that declares the brand.
    {
      filename: "modules/brands/ids.ts",
      // The module's own text: the project service keeps what it lints as the file's content.
      code: readFileSync(path.join(fixturesDir, "modules/brands/ids.ts"), "utf8"),
    },
    // A brand declared in this very file is this file's to construct.
    `declare const tag: unique symbol;\ntype Cents = number & { readonly [tag]: "Cents" };\nexport const cents = (n: number): Cents => Math.round(n) as Cents;`,
    `const inline = "x" as string & { readonly __brand: "Inline" };`,
    // zod callbacks are the schema's own construction.
    `import { z } from "zod";\nimport type { Email } from "./modules/brands/schemas.js";\nconst Lower = z.string().transform((s) => s.toLowerCase() as Email);`,
    // Functions named in the option.
    {
      code: `${ids}\nexport function toUserId(raw: string): UserId { return raw as UserId; }`,
      options: [{ allowInFunctions: ["toUserId"] }],
    },
    {
      code: `${ids}\nexport class Ids { static user(raw: string) { return raw as UserId; } }`,
      options: [{ allowInFunctions: ["Ids.user"] }],
    },
    {
      code: `${ids}\nexport const ids = { order: (raw: string) => raw as OrderId };`,
      options: [{ allowInFunctions: ["ids.order"] }],
    },
    {
      code: `${ids}\nexport const make = function (raw: string) { return [raw].map((r) => r as UserId); };`,
      options: [{ allowInFunctions: ["make"] }],
    },
    // Test files build fixtures by hand (by default).
    {
      filename: "__tests__/brands.ts",
      code: `import type { UserId } from "../modules/brands/ids.js";\nconst id = "u-1" as UserId;`,
    },
    // Generic targets are not resolved brands.
    `export function cast<T>(x: unknown): T { return x as T; }`,
    // JavaScript has no assertions in its syntax: nothing to report, nothing to crash on.
    { filename: "js/file.js", code: `/** @type {number} */ const n = /** @type {number} */ (JSON.parse("1"));` },
    // Declaration files declare brands; there is nothing to assert in them.
    { filename: "brands.d.ts", code: readFileSync(path.join(fixturesDir, "brands.d.ts"), "utf8") },
    // Overloaded constructors in the declaring module's style, used from elsewhere.
    `${ids}\ndeclare function id(raw: string): UserId;\ndeclare function id(raw: number): UserId;\nconst a = id(1) as UserId;`,
    // TSX uses the `as` form only.
    { filename: "react.tsx", code: `const el = <div>{String(1 as number)}</div>;` },
  ],
  invalid: [
    {
      // An ambient brand (declared in a .d.ts) is constructed by its declared function.
      code: `const a = "x" as AmbientId;`,
      errors: [forgery("AmbientId")],
    },
    {
      code: `${ids}\nconst id = "u-1" as UserId;`,
      errors: [withConstructor("UserId", "parseUserId(...)")],
    },
    {
      code: `${ids}\nconst id = <UserId>"u-1";`,
      errors: [withConstructor("UserId", "parseUserId(...)")],
    },
    {
      // The double assertion is reported once, at the step that reaches the brand.
      code: `${ids}\nconst id = 42 as unknown as UserId;`,
      errors: [{ ...withConstructor("UserId", "parseUserId(...)"), column: 12, endColumn: 35 }],
    },
    {
      code: `${ids}\nconst id = JSON.parse("1") as OrderId;`,
      errors: [forgery("OrderId")],
    },
    {
      // A companion object with a `from` method is the constructor.
      code: `${ids}\nconst d = 3 as Meters;`,
      errors: [withConstructor("Meters", "Meters.from(...)")],
    },
    {
      code: `${ids}\ndeclare const raw: string[];\nconst all = raw as UserId[];`,
      errors: [withConstructor("UserId", "parseUserId(...)")],
    },
    {
      code: `${ids}\ndeclare const raw: string | undefined;\nconst maybe = raw as UserId | undefined;`,
      errors: [withConstructor("UserId", "parseUserId(...)")],
    },
    {
      // A generic helper's instance is named by its label.
      code: `${ids}\nconst b = "x" as Brand<string, "Sku">;`,
      errors: [forgery("Sku")],
    },
    {
      // zod brands name the schema's parse.
      code: `import type { Email } from "./modules/brands/schemas.js";\nconst e = "a@b.c" as Email;`,
      errors: [withConstructor("Email", "Email.parse(...)")],
    },
    {
      code: `import { z } from "zod";\nimport { Sku } from "./modules/brands/schemas.js";\nconst s = "sku-1" as z.infer<typeof Sku>;`,
      errors: [withConstructor("Sku", "Sku.parse(...)")],
    },
    {
      // zod-branded objects are brands too.
      code: `import type { Point } from "./modules/brands/schemas.js";\nconst p = { x: 1, y: 2 } as Point;`,
      errors: [withConstructor("Point", "Point.parse(...)")],
    },
    {
      // Aliased and re-exported imports resolve to the declaring module.
      code: `import type { AccountId, EmailAddress } from "./modules/brands/reexport.js";\nconst a = "u" as AccountId;\nconst e = "e" as EmailAddress;`,
      errors: [withConstructor("UserId", "parseUserId(...)"), withConstructor("Email", "Email.parse(...)")],
    },
    {
      code: `import * as brands from "./modules/brands/ids.js";\nconst o = "o" as brands.OrderId;`,
      errors: [forgery("OrderId")],
    },
    {
      // A zod callback elsewhere does not bless unrelated functions.
      code: `${ids}\nimport { z } from "zod";\nconst f = (s: string) => s as UserId;\nconst S = z.string().transform(f);`,
      errors: [withConstructor("UserId", "parseUserId(...)")],
    },
    {
      // The option names functions; other functions still report.
      code: `${ids}\nexport function toUserId(raw: string) { return raw as UserId; }\nexport function other(raw: string) { return raw as UserId; }`,
      options: [{ allowInFunctions: ["toUserId"] }],
      errors: [{ ...withConstructor("UserId", "parseUserId(...)"), line: 3 }],
    },
    {
      filename: "__tests__/brands.ts",
      code: `import type { UserId } from "../modules/brands/ids.js";\nconst id = "u-1" as UserId;`,
      options: [{ allowInTests: false }],
      errors: [withConstructor("UserId", "parseUserId(...)")],
    },
    {
      filename: "react.tsx",
      code: `${ids}\nexport const El = () => <div data-id={"u" as UserId} />;`,
      errors: [withConstructor("UserId", "parseUserId(...)")],
    },
    {
      // Unusual syntax: satisfies, optional chaining, parentheses, generics around the assertion.
      code: `${ids}\ndeclare const o: { raw?: string };\nconst a = ((o?.raw ?? "") as OrderId) satisfies string;\nconst m = new Map<string, OrderId>([["k", "v" as OrderId]]);`,
      errors: [forgery("OrderId"), forgery("OrderId")],
    },
  ],
});

