import { type ESLint, Linter, type Rule } from "eslint";
import { describe, expect, it } from "vitest";
import { type PackageMeasurement, type RuleCost, spread, summarise } from "../../bench/lint.ts";
import { type LintReport, lintBars, renderBarsSvg, renderGeneric, renderLintMarkdown } from "../../bench/render.ts";
import { newDiagnostics } from "../../scripts/corpus/fix-check.ts";
import { type RuleCrash, guardConfigs } from "../../scripts/corpus/guard.ts";
import { selectPackages, slugOf } from "../../scripts/corpus/packages.ts";

const reportsEveryIdentifier: Rule.RuleModule = {
  meta: { type: "problem", schema: [], messages: { id: "identifier {{name}}" } },
  create: (context) => ({
    Identifier: (node) => {
      context.report({ node, messageId: "id", data: { name: node.name } });
    },
  }),
};

const crashesOnSecondCall: Rule.RuleModule = {
  meta: { type: "problem", schema: [] },
  create: () => {
    let calls = 0;
    return {
      CallExpression: () => {
        calls += 1;
        if (calls >= 2) throw new TypeError("boom on the second call");
      },
    };
  },
};

const crashesInCreate: Rule.RuleModule = {
  meta: { type: "problem", schema: [] },
  create: () => {
    throw new Error("bad options");
  },
};

const testPlugin: ESLint.Plugin = {
  rules: { ids: reportsEveryIdentifier, second: crashesOnSecondCall, create: crashesInCreate },
};

function lintGuarded(code: string): { messages: Linter.LintMessage[]; crashes: RuleCrash[] } {
  const crashes: RuleCrash[] = [];
  const configs = guardConfigs<Linter.Config>(
    [{ plugins: { t: testPlugin }, rules: { "t/ids": "error", "t/second": "error", "t/create": "error" } }],
    (crash) => crashes.push(crash),
  );
  const messages = new Linter().verify(code, configs, "corpus-file.js");
  return { messages, crashes };
}

describe("guarded rules", () => {
  it("record a rule's exception as a crash, with rule, file and stack, and keep linting", () => {
    const { messages, crashes } = lintGuarded("f(); g(); h();");
    // The crashing rules did not abort the run: the other rule reported every identifier.
    expect(messages.map((m) => m.message)).toEqual(["identifier f", "identifier g", "identifier h"]);
    expect(crashes).toHaveLength(2);
    const listenerCrash = crashes.find((c) => c.ruleId === "t/second");
    expect(listenerCrash).toMatchObject({ file: "corpus-file.js", message: "boom on the second call" });
    expect(listenerCrash?.stack).toContain("harness.test.ts:25");
    expect(crashes.find((c) => c.ruleId === "t/create")?.message).toBe("bad options");
  });

  it("keep only the first crash of a rule per file", () => {
    // `second` would throw on calls 2, 3 and 4; it is one crash.
    const { crashes } = lintGuarded("a(); b(); c(); d();");
    expect(crashes.filter((c) => c.ruleId === "t/second")).toHaveLength(1);
  });

  it("without the guard, ESLint aborts the file (why the guard exists)", () => {
    expect(() =>
      new Linter().verify("a(); b();", [{ plugins: { t: testPlugin }, rules: { "t/second": "error" } }], "x.js"),
    ).toThrow(/boom on the second call/);
  });

  it("share one guarded copy per plugin across configs (no 'Cannot redefine plugin')", () => {
    const configs = guardConfigs<Linter.Config>(
      [
        { plugins: { t: testPlugin }, rules: { "t/ids": "error" } },
        { plugins: { t: testPlugin }, rules: {} },
      ],
      () => undefined,
    );
    expect(configs[0]?.plugins?.t).toBe(configs[1]?.plugins?.t);
    expect(configs[0]?.plugins?.t).not.toBe(testPlugin);
    expect(new Linter().verify("x;", configs, "a.js")).toHaveLength(1);
  });
});

describe("corpus packages", () => {
  it("are chosen by npm name or folder name, in corpus order", () => {
    expect(selectPackages(["tanstack-query-core,rxjs"]).map((p) => p.name)).toEqual(["rxjs", "@tanstack/query-core"]);
    expect(selectPackages([]).map((p) => `${p.name}@${p.version}`)).toEqual([
      "rxjs@7.8.2",
      "zod@4.6.7",
      "@trpc/server@11.25.2",
      "@tanstack/query-core@5.108.0",
    ]);
    expect(slugOf("@trpc/server")).toBe("trpc-server");
  });

  it("reject an unknown name and list the known ones", () => {
    expect(() => selectPackages(["react"])).toThrow('unknown corpus package "react": choose from rxjs, zod, @trpc/server, @tanstack/query-core');
  });
});

describe("fix-check", () => {
  it("finds the diagnostics that fixes added, as a multiset, ignoring positions", () => {
    const d = (file: string, code: number, text = "x") => ({ file, code, text });
    const before = [d("a.ts", 2307), d("a.ts", 2307), d("b.ts", 7006)];
    expect(newDiagnostics(before, [d("b.ts", 7006), d("a.ts", 2307), d("a.ts", 2307)])).toEqual([]);
    expect(newDiagnostics(before, [...before, d("a.ts", 2307), d("c.ts", 2322, "y")])).toEqual([d("a.ts", 2307), d("c.ts", 2322, "y")]);
  });
});

const cost = (group: RuleCost["group"], ms: number, parseMs: number, files = 10, crashes = 0): RuleCost => ({
  group,
  ms,
  files,
  parseMs,
  findings: 1,
  crashes,
  crashSamples: [],
  slowestFiles: [],
});

function measurement(name: string, parseMs: number, rules: Record<string, RuleCost>, subset: Record<string, number>): PackageMeasurement {
  return { name, version: "1.0.0", files: 10, wallMs: parseMs * 3, cpuMs: parseMs * 2, parseMs, rules, unhandledSubset: { files: 5, parseMs: parseMs / 2, ms: subset } };
}

describe("lint benchmark", () => {
  it("samples files for the slow anchor from every part of a package", () => {
    const files = Array.from({ length: 10 }, (_, i) => `f${i}`);
    expect(spread(files, 4)).toEqual(["f0", "f2", "f5", "f7"]);
    expect(spread(files, 20)).toEqual(files);
  });
});

describe("lint benchmark summary", () => {
  const first = measurement(
    "a",
    1000,
    {
      "@typescript-eslint/no-unsafe-call": cost("warm", 600, 1000),
      "ferrous/no-unchecked-throw": cost("ferrous", 100, 1000),
      "ferrous/no-unwrap": cost("ferrous", 50, 1000),
      // Ran on half the files only: its multiple is over the parse of those files.
      "exception-handling/no-unhandled": cost("anchor", 5000, 500, 5, 1),
    },
    { "exception-handling/no-unhandled": 5000, "ferrous/no-unchecked-throw": 40 },
  );
  const second = measurement(
    "b",
    3000,
    {
      "@typescript-eslint/no-unsafe-call": cost("warm", 900, 3000),
      "ferrous/no-unchecked-throw": cost("ferrous", 500, 3000),
      "ferrous/no-unwrap": cost("ferrous", 250, 3000),
      "exception-handling/no-unhandled": cost("anchor", 7000, 1500, 5),
    },
    { "exception-handling/no-unhandled": 7000, "ferrous/no-unchecked-throw": 60 },
  );
  const packages = [first, second];
  const summary = summarise(packages);

  it("adds packages up and charges each rule against the parse of the files it ran on", () => {
    expect(summary.parseMs).toBe(4000);
    expect(summary.ferrousTotalMs).toBe(900);
    expect(summary.warmTotalMs).toBe(1500);
    expect(summary.rules["ferrous/no-unchecked-throw"]?.perParse).toBeCloseTo(600 / 4000);
    expect(summary.rules["exception-handling/no-unhandled"]?.perParse).toBeCloseTo(12000 / 2000);
    expect(summary.rules["exception-handling/no-unhandled"]?.crashes).toBe(1);
  });

  it("checks the design's targets", () => {
    const target = (name: string) => summary.targets.find((t) => t.name.startsWith(name));
    expect(target("ferrous rules together")).toMatchObject({ value: 900 / 4000, met: true });
    expect(target("no-unchecked-throw / parse")).toMatchObject({ value: 600 / 4000, met: true });
    // Compared on the subset where both ran: 12000 ms against 100 ms.
    expect(target("exception-handling")).toMatchObject({ value: 120, met: true });
    expect(target("crashes in ferrous")).toMatchObject({ value: 0, met: true });
  });

  it("reports a target as not met, and as n/a when a rule did no work", () => {
    const slow = summarise([
      measurement("c", 100, { "ferrous/no-unchecked-throw": cost("ferrous", 80, 100, 10, 2) }, { "ferrous/no-unchecked-throw": 0 }),
    ]);
    expect(slow.targets.map((t) => t.met)).toEqual([false, false, null, false]);
  });

  it("uses the isolated run of no-unchecked-throw for its 'alone' target when there is one", () => {
    const isolated = summarise([
      { ...first, isolated: { "ferrous/no-unchecked-throw": { ms: 300, parseMs: 1000 } } },
      { ...second, isolated: { "ferrous/no-unchecked-throw": { ms: 500, parseMs: 1000 } } },
    ]);
    // 800 ms over 2000 ms of parse in the isolated runs, not 600 over 4000 in the full ones.
    expect(isolated.isolated?.["ferrous/no-unchecked-throw"]).toEqual({ ms: 800, perParse: 0.4 });
    expect(isolated.targets.find((t) => t.name === "no-unchecked-throw / parse")).toMatchObject({ value: 0.4, met: false });
  });

  it("renders a README block and a chart with every non-warm rule", () => {
    const report: LintReport = {
      generatedAt: "2026-11-26T02:40:00.000Z",
      machine: { cpus: 2, node: "v20.20.2" },
      unhandledFiles: 60,
      summary,
      packages,
    };
    const markdown = renderLintMarkdown(report);
    expect(markdown).toContain("| `ferrous/no-unchecked-throw` | ferrous | 0.6 s | 0.15× | 2 | 0 |");
    expect(markdown).toContain("| **all ferrous rules** | ferrous | 0.9 s | 0.23× | | |");
    expect(markdown).toContain("ran on 60 files of each package only, spread evenly");
    expect(lintBars(summary).map((b) => b.label)).toEqual([
      "typescript-eslint parse (baseline)",
      "typescript-eslint type-checked rules",
      "ferrous: all rules together",
      "ferrous/no-unchecked-throw",
      "ferrous/no-unwrap",
      "exception-handling/no-unhandled",
    ]);
    const svg = renderBarsSvg(lintBars(summary), "Cost <per> rule");
    expect(svg).toContain("Cost &lt;per&gt; rule");
    // The 6× bar is cut at the axis end (1×) and labelled with its real value.
    expect(svg).toContain(">6.00×</text>");
    expect(svg.match(/<rect /g)).toHaveLength(7);
  });

  it("renders other results files from their markdown, or every figure in them as tables", () => {
    expect(renderGeneric("size", { markdown: "| a |\n" })).toBe("| a |\n");
    const runtime = renderGeneric("runtime", {
      node: "v20",
      ns: { chain: { ferrous: 12.3456, neverthrow: 30 }, gen: { ferrous: 100, neverthrow: 300 } },
      list: [{ name: "a", ms: 1 }],
    });
    expect(runtime).toContain("#### runtime\n\n| name | value |\n|---|---:|\n| node | v20 |\n");
    // Records with the same fields share one table, a row each.
    expect(runtime).toContain("#### runtime › ns\n\n| name | ferrous | neverthrow |\n|---|---:|---:|\n| chain | 12.346 | 30 |\n| gen | 100 | 300 |\n");
    expect(runtime).toContain("#### runtime › list\n\n| name | ms |\n|---:|---:|\n| a | 1 |\n");
    expect(renderGeneric("empty", {})).toContain("nothing to show");
  });
});
