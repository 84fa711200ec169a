/**
 * Turns `bench/results/*.json` into `bench/results/summary.md` (markdown tables to paste into
 * the README) and bar charts: `lint.svg` (what each rule costs relative to typescript-eslint's
 * parse), `runtime.svg` (the runtime's speed against other libraries) and `size.svg` (bundle
 * sizes). Run by `npm run bench` after the benchmarks; `npx tsx bench/render.ts` re-renders
 * without measuring again. The SVG drawing is bench/chart.ts; the runtime and size charts are
 * bench/runtime-charts.ts.
 *
 * `lint.json` has its own renderer. Any other results file is rendered generically (its
 * `markdown` string if it has one, else tables of its figures), under its chart if it has one.
 */
import fs from "node:fs";
import path from "node:path";
import { colours, linearTicks, renderChartSvg } from "./chart.ts";
import type { LintSummary, PackageMeasurement, RuleGroup, SummaryRule } from "./lint.ts";
import { renderRuntimeSvg, renderSizeSvg } from "./runtime-charts.ts";

/** The shape of `bench/results/lint.json` that rendering needs. */
export interface LintReport {
  readonly generatedAt: string;
  readonly machine: { readonly cpus: number; readonly node: string };
  readonly unhandledFiles: number | "all";
  readonly summary: LintSummary;
  readonly packages: readonly PackageMeasurement[];
}

const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const times = (x: number): string => `${x < 0.01 && x > 0 ? x.toFixed(3) : x.toFixed(2)}×`;

const groupLabel: Readonly<Record<RuleGroup, string>> = {
  warm: "typescript-eslint (warm set)",
  ferrous: "ferrous",
  anchor: "published anchor",
};

/** One bar of the chart / row of the table: a cost as a multiple of the parse. */
export interface Bar {
  readonly label: string;
  readonly group: RuleGroup | "baseline";
  readonly value: number;
}

/** The bars of the lint chart: baseline, the warm set and ferrous together, then each rule that is not in the warm set. */
export function lintBars(summary: LintSummary): Bar[] {
  const perParse = (ms: number): number => (summary.parseMs > 0 ? ms / summary.parseMs : 0);
  const rules = Object.entries(summary.rules).filter(([, r]) => r.group !== "warm");
  return [
    { label: "typescript-eslint parse (baseline)", group: "baseline", value: 1 },
    { label: "typescript-eslint type-checked rules", group: "warm", value: perParse(summary.warmTotalMs) },
    { label: "ferrous: all rules together", group: "ferrous", value: perParse(summary.ferrousTotalMs) },
    ...rules.map(([id, r]): Bar => ({ label: id, group: r.group, value: r.perParse })),
  ];
}

const ruleRow = (id: string, r: SummaryRule): string =>
  `| \`${id}\` | ${groupLabel[r.group]} | ${secs(r.ms)} | ${times(r.perParse)} | ${r.findings} | ${r.crashes} |`;

/** The README block for the lint benchmark. */
export function renderLintMarkdown(report: LintReport, chartPath = "bench/results/lint.svg"): string {
  const { summary } = report;
  const lines = [
    `### Lint speed (corpus: ${summary.files} files of real TypeScript)`,
    "",
    `Measured ${report.generatedAt.slice(0, 10)} on ${report.machine.cpus} cores, Node ${report.machine.node}, by \`npm run bench\`: one ESLint run per package with per-rule times;`,
    "rules run in the order typescript-eslint's type-checked rules → ferrous → published anchors, so each rule is charged the type-checking it adds with the checker already warm.",
    "Costs are multiples of typescript-eslint's parse of the same files (program creation included).",
    "",
    "| package | files | parse (baseline) | whole run (wall) | whole run (CPU) |",
    "|---|---:|---:|---:|---:|",
    ...report.packages.map((p) => `| ${p.name}@${p.version} | ${p.files} | ${secs(p.parseMs)} | ${secs(p.wallMs)} | ${secs(p.cpuMs)} |`),
    `| **total** | ${summary.files} | ${secs(summary.parseMs)} | ${secs(summary.wallMs)} | ${secs(summary.cpuMs)} |`,
    "",
    "| target | measured | limit | |",
    "|---|---:|---|---|",
    ...summary.targets.map(
      (t) => `| ${t.name} | ${t.value === null ? "n/a" : Number.isInteger(t.value) ? String(t.value) : t.value.toFixed(3)} | ${t.limit} | ${t.met === null ? "n/a" : t.met ? "✅" : "❌"} |`,
    ),
    "",
    `![cost of each rule as a multiple of the parse](${chartPath})`,
    "",
    "| rule | kind | time | × parse | findings | crashes |",
    "|---|---|---:|---:|---:|---:|",
    `| typescript-eslint type-checked rules (${Object.values(summary.rules).filter((r) => r.group === "warm").length}) | ${groupLabel.warm} | ${secs(summary.warmTotalMs)} | ${times(summary.parseMs > 0 ? summary.warmTotalMs / summary.parseMs : 0)} | | |`,
    `| **all ferrous rules** | ferrous | ${secs(summary.ferrousTotalMs)} | ${times(summary.parseMs > 0 ? summary.ferrousTotalMs / summary.parseMs : 0)} | | |`,
    ...Object.entries(summary.rules)
      .filter(([, r]) => r.group !== "warm")
      .map(([id, r]) => ruleRow(id, r)),
    ...Object.entries(summary.isolated ?? {}).map(
      ([id, r]) => `| \`${id}\` alone (no other ferrous rule in the run) | ferrous | ${secs(r.ms)} | ${times(r.perParse)} | | |`,
    ),
  ];
  if (summary.crossCheck !== undefined) {
    lines.push(
      "",
      `Cross-check in separate processes: adding the ferrous rules to the typescript-eslint rules made the runs ${secs(summary.crossCheck.addedWallMs)} longer (wall time); their per-rule times in those runs add up to ${secs(summary.crossCheck.ferrousStatsMs)}.`,
    );
  }
  if (summary.wallMs > 1.3 * summary.cpuMs) {
    lines.push("", `The machine was busy (wall time ${times(summary.wallMs / summary.cpuMs)} the CPU time): absolute times are stretched; the multiples of the parse are the figures to read.`);
  }
  if (report.unhandledFiles !== "all") {
    lines.push(
      "",
      `\`exception-handling/no-unhandled\` ran on ${report.unhandledFiles} files of each package only, spread evenly (it is slow); its × parse and the ratio to \`no-unchecked-throw\` are over those files.`,
    );
  }
  return `${lines.join("\n")}\n`;
}

const lintColour: Readonly<Record<Bar["group"], string>> = {
  baseline: colours.baseline,
  warm: colours.other,
  ferrous: colours.ferrous,
  anchor: colours.anchor,
};

/**
 * The lint chart. The axis ends at the largest value up to 3× (at least 1×); longer bars are
 * cut at the edge with a break mark and their value written out, so one slow anchor does not
 * flatten every other bar. Dashed lines mark the targets 0.25× and 0.5×.
 */
export function renderBarsSvg(bars: readonly Bar[], title: string): string {
  const fitting = bars.map((b) => b.value).filter((v) => v <= 3);
  const axisMax = Math.ceil(Math.max(1, ...fitting) * 4) / 4;
  return renderChartSvg({
    title,
    panels: [
      {
        subtitle: "lower is better; a bar longer than the axis is cut (//) and its value written out",
        bars: bars.map((b) => ({ label: b.label, value: b.value, colour: lintColour[b.group], text: times(b.value) })),
        scale: { kind: "linear", max: axisMax },
        ticks: linearTicks(axisMax).map((t) => [t, `${t}×`]),
        lines: [
          { value: 0.25, label: "target ≤ 0.25×: no-unchecked-throw" },
          { value: 0.5, label: "target ≤ 0.5×: all ferrous rules" },
        ],
      },
    ],
  });
}

/** A text bar chart for the terminal. */
export function renderBarsText(bars: readonly Bar[], width = 40): string {
  const axisMax = Math.max(1, ...bars.map((b) => b.value).filter((v) => v <= 3));
  return bars
    .map((b) => {
      const n = Math.round((Math.min(b.value, axisMax) / axisMax) * width);
      const bar = "█".repeat(n) + (b.value > axisMax ? "»" : "");
      return `${b.label.padEnd(48)} ${bar} ${times(b.value)}`;
    })
    .join("\n");
}

type Row = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);
const isPrimitive = (v: unknown): boolean => v === null || (typeof v !== "object" && typeof v !== "function");
const isFlatRow = (v: unknown): v is Row => isObject(v) && Object.values(v).every(isPrimitive);

const cell = (v: unknown): string => {
  if (typeof v === "number") return String(Math.round(v * 1000) / 1000);
  if (typeof v === "string" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return v === null ? "null" : "";
};

function table(rows: readonly (readonly [string, Row])[], keyHeader: string): string[] {
  const columns = [...new Set(rows.flatMap(([, r]) => Object.keys(r)))];
  const withKey = keyHeader !== "";
  return [
    `| ${[...(withKey ? [keyHeader] : []), ...columns].join(" | ")} |`,
    `|${[...(withKey ? ["---"] : []), ...columns.map(() => "---:")].join("|")}|`,
    ...rows.map(([key, r]) => `| ${[...(withKey ? [key] : []), ...columns.map((c) => cell(r[c]))].join(" | ")} |`),
  ];
}

/** One record as a two-column table, one field a line: wide records stay readable. */
const keyValueTable = (r: Row): string[] => ["| name | value |", "|---|---:|", ...Object.entries(r).map(([k, v]) => `| ${k} | ${cell(v)} |`)];

/** Flat records that share their fields make one table; otherwise each is a table of its own. */
function sharesFields(records: readonly Row[]): boolean {
  const union = new Set(records.flatMap((r) => Object.keys(r))).size;
  return union <= 1.5 * Math.max(...records.map((r) => Object.keys(r).length));
}

/** Renders any JSON value as headed markdown tables, walking objects and arrays. */
function renderTree(heading: string, value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isFlatRow)) {
      out.push(`#### ${heading}`, "", ...table(value.map((r): [string, Row] => ["", r]), ""), "");
      return;
    }
    value.forEach((item, i) => {
      const label = isObject(item) ? Object.values(item).find((v) => typeof v === "string") : undefined;
      renderTree(`${heading} › ${typeof label === "string" ? label : String(i + 1)}`, item, out);
    });
    return;
  }
  if (!isObject(value)) return;
  const entries = Object.entries(value);
  const flat = entries.filter(([, v]) => isPrimitive(v));
  const records = entries.filter((e): e is [string, Row] => isFlatRow(e[1]));
  const nested = entries.filter(([, v]) => !isPrimitive(v) && !isFlatRow(v));
  if (flat.length > 0) out.push(`#### ${heading}`, "", ...keyValueTable(Object.fromEntries(flat)), "");
  if (records.length > 1 && sharesFields(records.map(([, r]) => r))) {
    out.push(`#### ${heading}`, "", ...table(records, "name"), "");
  } else {
    for (const [key, r] of records) out.push(`#### ${heading} › ${key}`, "", ...keyValueTable(r), "");
  }
  for (const [key, v] of nested) renderTree(`${heading} › ${key}`, v, out);
}

/** Any other results file: its own `markdown` string if it has one, else tables of all its figures. */
export function renderGeneric(name: string, value: unknown): string {
  if (isObject(value) && typeof value.markdown === "string") return `${value.markdown.trimEnd()}\n`;
  const out: string[] = [];
  renderTree(name, value, out);
  if (out.length === 0) return `### ${name}\n\n(nothing to show in bench/results/${name}.json)\n`;
  return `### ${name}\n\n${out.join("\n")}`;
}

/** Results files that get a chart of their own (besides lint): how to draw it, and its alt text. */
export const charts: Readonly<Record<string, { readonly render: (value: unknown) => string | undefined; readonly alt: string } | undefined>> = {
  runtime: { render: renderRuntimeSvg, alt: "ferrous runtime speed: the chain in ns per operation, and Result.gen as a multiple of andThen" },
  size: { render: renderSizeSvg, alt: "bundle size in gzip bytes of each import, with the 1,000 B target" },
};

/** A markdown section with its chart under the heading line. */
const withImage = (section: string, alt: string, file: string): string => {
  const [heading = "", ...rest] = section.split("\n");
  return [heading, "", `![${alt}](${file})`, ...rest].join("\n");
};

/**
 * @throws {Error} when a results file cannot be read or parsed, or an output cannot be written.
 */
function main(): void {
  const dir = path.join(import.meta.dirname, "results");
  if (!fs.existsSync(dir)) {
    process.stderr.write("render: bench/results/ does not exist yet: run `npm run bench` first\n");
    process.exitCode = 1;
    return;
  }
  const sections: string[] = [];
  const written: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const name = path.basename(file, ".json");
    const value: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    const chart = charts[name];
    if (name === "lint") {
      const report = value as LintReport;
      const bars = lintBars(report.summary);
      fs.writeFileSync(path.join(dir, "lint.svg"), renderBarsSvg(bars, "Lint cost per rule, as a multiple of typescript-eslint's parse"));
      written.push("bench/results/lint.svg");
      sections.push(renderLintMarkdown(report, "lint.svg"));
      process.stdout.write(`${renderBarsText(bars)}\n\n`);
    } else if (chart !== undefined) {
      const svg = chart.render(value);
      if (svg === undefined) {
        process.stderr.write(`render: nothing to chart in bench/results/${file}; bench/results/${name}.svg left as it was\n`);
        sections.push(renderGeneric(name, value));
      } else {
        fs.writeFileSync(path.join(dir, `${name}.svg`), svg);
        written.push(`bench/results/${name}.svg`);
        sections.push(withImage(renderGeneric(name, value), chart.alt, `${name}.svg`));
      }
    } else {
      sections.push(renderGeneric(name, value));
    }
  }
  const markdown = sections.join("\n");
  fs.writeFileSync(path.join(dir, "summary.md"), markdown);
  process.stdout.write(`${markdown}\nwritten: ${["bench/results/summary.md", ...written].join(", ")}\n`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`render: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
