import { describe, expect, it } from "vitest";
import { linearTicks, logTicks } from "../../bench/chart.ts";
import { renderRuntimeSvg, renderSizeSvg } from "../../bench/runtime-charts.ts";

/** The shape bench/runtime.bench.ts writes, with made-up figures. */
const runtime = {
  date: "2026-11-26T02:28:03.200Z",
  node: "v20.20.2",
  versions: { ferrous: "0.1.0", neverthrow: "8.2.0", effect: "3.22.4", "option-t": "55.1.2" },
  nsPerOperation: {
    chain: { plain: 4, ferrous: 5, neverthrow: 5.5, "effect Either": 6.5, "option-t": 7 },
    tenSteps: {
      "ferrous andThen": 20,
      "ferrous Result.gen": 1000,
      "ferrous Result.gen (hoisted)": 200,
      "neverthrow andThen": 30,
      "neverthrow safeTry": 1800,
      "effect Either.flatMap": 70,
      "effect Either.gen": 2100,
    },
  },
  verdicts: { chainTarget: 1.1, genTarget: 5 },
} as const;

const size = {
  runtime: {
    date: "2026-11-26T02:26:01.001Z",
    versions: { ferrous: "0.1.0", esbuild: "0.28.2" },
    bytes: {
      "ferrous Ok, Err": { minified: 7000, gzip: 1913 },
      "ferrous chain": { minified: 7047, gzip: 1938 },
      "neverthrow ok, err": { minified: 6579, gzip: 1975 },
    },
    okErrTarget: 1000,
    okErrMet: false,
  },
} as const;

interface Bar {
  readonly x: number;
  readonly end: number;
  readonly colour: string;
}

/** The bars of a chart, top to bottom (the background rect has no x and is skipped). */
const barsOf = (svg: string): Bar[] =>
  [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="(#\w+)"\/>/g)].map((m) => ({
    x: Number(m[1]),
    end: Number(m[1]) + Number(m[2]),
    colour: m[3]!,
  }));

/** The x of every dashed (target) line. */
const targetLines = (svg: string): number[] => [...svg.matchAll(/<line x1="([\d.]+)"[^>]*stroke-dasharray/g)].map((m) => Number(m[1]));

const texts = (svg: string): string[] => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

/** Reads like a chart on GitHub: accessible, its own background, no broken figure in it. */
function expectSound(svg: string): void {
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img"/);
  expect(svg).toMatch(/<title id="chart-title">[^<]+<\/title>/);
  expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  expect(svg).not.toMatch(/NaN|undefined|Infinity|null/);
  expect(svg.match(/<text /g)?.length).toBe(svg.match(/<\/text>/g)?.length);
}

describe("runtime chart", () => {
  const svg = renderRuntimeSvg(runtime)!;

  it("draws one labelled bar per implementation of the chain, ferrous first, with its time", () => {
    expectSound(svg);
    const all = texts(svg);
    const chain = ["ferrous", "plain", "neverthrow", "effect Either", "option-t"];
    expect(all.filter((t) => chain.includes(t))).toEqual(chain);
    expect(all).toEqual(expect.arrayContaining(["5.00 ns = 1.25× fastest other", "4.00 ns", "5.50 ns", "6.50 ns", "7.00 ns"]));
    // 5 chain bars + 4 generator forms; longer times make longer bars.
    const bars = barsOf(svg);
    expect(bars).toHaveLength(9);
    const [ferrous, plain, , , optionT] = bars;
    expect(plain!.end).toBeLessThan(ferrous!.end);
    expect(ferrous!.end).toBeLessThan(optionT!.end);
  });

  it("draws the chain target at 1.1 × the fastest other, between plain's bar and ferrous's", () => {
    expect(texts(svg)).toContain("target for ferrous: 1.1 × fastest other (plain) = 4.40 ns");
    const [ferrous, plain] = barsOf(svg);
    const line = targetLines(svg)[0]!;
    expect(line).toBeGreaterThan(plain!.end);
    expect(line).toBeLessThan(ferrous!.end);
    expect((line - plain!.x) / (plain!.end - plain!.x)).toBeCloseTo(1.1, 1);
  });

  it("shows each generator form as a multiple of its own library's chain, on a log scale with the 5× target", () => {
    const all = texts(svg);
    expect(all).toEqual(
      expect.arrayContaining([
        "ferrous Result.gen",
        "50× (1,000 ns ÷ 20.0 ns)",
        "ferrous Result.gen (hoisted)",
        "10× (200 ns ÷ 20.0 ns)",
        "neverthrow safeTry",
        "60× (1,800 ns ÷ 30.0 ns)",
        "effect Either.gen",
        "30× (2,100 ns ÷ 70.0 ns)",
        "target for ferrous Result.gen: 5× its andThen chain",
        "1×",
        "10×",
        "100×",
      ]),
    );
    // The chain forms are the reference, not bars of their own.
    expect(all).not.toContain("ferrous andThen");
    const lines = targetLines(svg);
    expect(lines).toHaveLength(2);
    // On a log scale from 1× to 100×, 5× is at log(5)/log(100) of the width, 10× halfway.
    const hoisted = barsOf(svg)[6]!;
    const tenTimes = hoisted.end - hoisted.x;
    expect((lines[1]! - hoisted.x) / (2 * tenTimes)).toBeCloseTo(Math.log10(5) / 2, 2);
  });

  it("captions the figures with Node, the date and every library version", () => {
    expect(texts(svg)).toContain("Node v20.20.2 · measured 2026-11-26 · ferrous 0.1.0, neverthrow 8.2.0, effect 3.22.4, option-t 55.1.2");
  });

  it("draws whatever cases the file has: new ones appear, missing figures and targets are left out", () => {
    const changed = renderRuntimeSvg({
      nsPerOperation: {
        chain: { ferrous: 5, boxed: 3, broken: "n/a" },
        tenSteps: { "ferrous andThen": 10, "ferrous Result.gen (async)": 35, "boxed flatMap": 0, "boxed gen": 5, "orphan gen": 9 },
      },
    })!;
    expectSound(changed);
    const all = texts(changed);
    expect(all).toEqual(expect.arrayContaining(["ferrous", "boxed", "5.00 ns = 1.67× fastest other", "ferrous Result.gen (async)", "3.50× (35.0 ns ÷ 10.0 ns)"]));
    // No verdicts: the chain target falls back to 1.1, the generator target is not drawn.
    expect(all).toContain("target for ferrous: 1.1 × fastest other (boxed) = 3.30 ns");
    expect(targetLines(changed)).toHaveLength(1);
    // A chain of 0 ns or a generator form without a chain cannot make a ratio: no bar.
    expect(all).not.toContain("boxed gen");
    expect(all).not.toContain("orphan gen");
    expect(barsOf(changed)).toHaveLength(3);
  });

  it("leaves a panel out when its figures are missing, and the chart when all are", () => {
    const chainOnly = renderRuntimeSvg({ nsPerOperation: { chain: { ferrous: 5, plain: 4 } } })!;
    expectSound(chainOnly);
    expect(chainOnly).not.toContain("Ten steps");
    expect(renderRuntimeSvg({})).toBeUndefined();
    expect(renderRuntimeSvg([1, 2])).toBeUndefined();
  });
});

describe("size chart", () => {
  it("draws one bar per case with its gzip size, and the 1,000 B target with its verdict", () => {
    const svg = renderSizeSvg(size)!;
    expectSound(svg);
    const all = texts(svg);
    expect(all).toEqual(
      expect.arrayContaining([
        "ferrous Ok, Err",
        "1,913 B (7,000 B minified)",
        "ferrous chain",
        "1,938 B (7,047 B minified)",
        "neverthrow ok, err",
        "1,975 B (6,579 B minified)",
        "target for ferrous Ok, Err: under 1,000 B (not met)",
      ]),
    );
    const bars = barsOf(svg);
    expect(bars).toHaveLength(3);
    const [okErr] = bars;
    const [line] = targetLines(svg);
    // The Ok, Err bar ends past the 1,000 B line: the reader sees the target missed.
    expect((line! - okErr!.x) / (okErr!.end - okErr!.x)).toBeCloseTo(1000 / 1913, 2);
    expect(all).toContain("runtime: measured 2026-11-26 · ferrous 0.1.0, esbuild 0.28.2");
  });

  it("skips cases without a gzip figure and sections without bytes; nothing to draw is undefined", () => {
    const svg = renderSizeSvg({
      notes: "hand-written",
      runtime: { bytes: { "ferrous Ok, Err": { gzip: 900 }, "ferrous new": { minified: 10 } } },
      plugin: { bytes: { "eslint-plugin": { gzip: 20_000 } } },
    })!;
    expectSound(svg);
    expect(texts(svg)).toEqual(expect.arrayContaining(["ferrous Ok, Err", "900 B", "Bundle size: plugin", "20,000 B"]));
    expect(texts(svg)).not.toContain("ferrous new");
    expect(targetLines(svg)).toHaveLength(0);
    expect(renderSizeSvg({ runtime: { bytes: {} } })).toBeUndefined();
  });
});

describe("axis ticks", () => {
  it("are round steps reaching the largest value", () => {
    expect(linearTicks(6.93)).toEqual([0, 2, 4, 6, 8]);
    expect(linearTicks(3467)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(linearTicks(1.5)).toEqual([0, 0.5, 1, 1.5]);
    expect(logTicks(1, 100)).toEqual([1, 2, 5, 10, 20, 50, 100]);
  });
});
