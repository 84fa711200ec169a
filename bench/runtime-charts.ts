/**
 * The charts of the runtime library's benchmarks: `bench/results/runtime.json` (speed) and
 * `bench/results/size.json` (bundle size), for the README.
 *
 * The JSON files are read loosely on purpose: the benchmarks change (cases are added and
 * renamed), so every figure that is present and numeric is drawn, a missing one just leaves
 * its bar or line out, and a chart with nothing to draw is `undefined` rather than an error.
 */
import { type ChartBar, colours, linearTicks, logTicks, type Panel, type ReferenceLine, renderChartSvg } from "./chart.ts";

type Json = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value at `keys` under `value`, or undefined when any step is missing. */
const at = (value: unknown, ...keys: readonly string[]): unknown => keys.reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), value);

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** The finite numeric fields of an object, in their JSON order. */
const numbers = (v: unknown): [string, number][] => (isObject(v) ? Object.entries(v).filter((e): e is [string, number] => finite(e[1])) : []);

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

const grouped = (n: number, digits = 0): string => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Nanoseconds with the precision that means something at that size. */
export const formatNs = (ns: number): string => `${grouped(ns, ns >= 100 ? 0 : ns >= 10 ? 1 : 2)} ns`;

/** A multiple: 1.25×, 48.3×, 120× */
export const formatTimes = (x: number): string => `${Number.isInteger(x) || x >= 100 ? grouped(x) : x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`;

const formatBytes = (b: number): string => `${grouped(b)} B`;

/** ferrous stands out; a plain-code baseline is grey; other libraries share one colour. */
const colourOf = (name: string): string => (name.startsWith("ferrous") ? colours.ferrous : name.startsWith("plain") ? colours.baseline : colours.other);

/** "Node v20.20.2 · measured 2026-11-26 · ferrous 0.1.0, neverthrow 8.2.0" from what the file has. */
function caption(report: unknown): string {
  const versions = numbersOrText(at(report, "versions"));
  return [
    text(at(report, "node")) === undefined ? undefined : `Node ${String(at(report, "node"))}`,
    text(at(report, "date")) === undefined ? undefined : `measured ${String(at(report, "date")).slice(0, 10)}`,
    versions.length === 0 ? undefined : versions.map(([k, v]) => `${k} ${v}`).join(", "),
  ]
    .filter((s) => s !== undefined)
    .join(" · ");
}

const numbersOrText = (v: unknown): [string, string][] =>
  isObject(v) ? Object.entries(v).flatMap(([k, x]): [string, string][] => (typeof x === "string" || finite(x) ? [[k, String(x)]] : [])) : [];

/** A linear scale from 0 with round ticks, wide enough for every value. */
function linearPanel(values: readonly number[], format: (v: number) => string): Pick<Panel, "scale" | "ticks"> {
  const ticks = linearTicks(Math.max(...values, 0));
  const max = ticks.at(-1) ?? 1;
  return { scale: { kind: "linear", max }, ticks: ticks.map((t) => [t, format(t)]) };
}

/** The chain: ns per operation, ferrous first, then the others fastest first; the 1.1 × fastest-other line. */
export function chainPanel(report: unknown): Panel | undefined {
  const entries = numbers(at(report, "nsPerOperation", "chain"));
  if (entries.length === 0) return undefined;
  const ferrous = entries.find(([name]) => name === "ferrous");
  const others = entries.filter(([name]) => name !== "ferrous").sort((a, b) => a[1] - b[1]);
  const fastest = others[0];
  const factor = finite(at(report, "verdicts", "chainTarget")) ? (at(report, "verdicts", "chainTarget") as number) : 1.1;
  const target = fastest === undefined ? undefined : factor * fastest[1];
  const bars = [...(ferrous === undefined ? [] : [ferrous]), ...others].map(
    ([name, ns]): ChartBar => ({
      label: name,
      value: ns,
      colour: colourOf(name),
      text: name === "ferrous" && fastest !== undefined ? `${formatNs(ns)} = ${formatTimes(ns / fastest[1])} fastest other` : formatNs(ns),
    }),
  );
  const lines: ReferenceLine[] =
    fastest === undefined || target === undefined ? [] : [{ value: target, label: `target for ferrous: ${factor} × fastest other (${fastest[0]}) = ${formatNs(target)}` }];
  return {
    title: "Ok(x) → map → andThen → unwrapOr(0)",
    subtitle: "ns per operation, lower is better",
    bars,
    lines,
    ...linearPanel([...bars.map((b) => b.value), ...lines.map((l) => l.value)], (t) => `${grouped(t, Number.isInteger(t) ? 0 : 1)} ns`),
  };
}

/** The chain form a generator form is compared with: `andThen`, `Either.flatMap`. */
const isChainForm = (form: string): boolean => /\b(andThen|flatMap)\b/.test(form);

/**
 * Ten steps: each library's generator form as a multiple of its own chain form, paired by the
 * library name before the first space ("ferrous Result.gen" ÷ "ferrous andThen"); log scale.
 */
export function tenStepsPanel(report: unknown): Panel | undefined {
  const entries = numbers(at(report, "nsPerOperation", "tenSteps"));
  const library = (name: string): string => name.split(" ")[0] ?? name;
  const form = (name: string): string => name.slice(library(name).length + 1);
  const chainOf = (lib: string): [string, number] | undefined => entries.find(([name]) => library(name) === lib && isChainForm(form(name)));
  const pairs = entries.flatMap(([name, ns]) => {
    const chain = chainOf(library(name));
    return chain === undefined || chain[0] === name || isChainForm(form(name)) || !(chain[1] > 0) ? [] : [{ name, ns, chain }];
  });
  if (pairs.length === 0) return undefined;
  const ordered = [...pairs.filter((p) => library(p.name) === "ferrous"), ...pairs.filter((p) => library(p.name) !== "ferrous")];
  const bars = ordered.map(
    ({ name, ns, chain }): ChartBar => ({
      label: name,
      value: ns / chain[1],
      colour: colourOf(name),
      text: `${formatTimes(ns / chain[1])} (${formatNs(ns)} ÷ ${formatNs(chain[1])})`,
    }),
  );
  const targetValue = at(report, "verdicts", "genTarget");
  const lines: ReferenceLine[] = finite(targetValue) ? [{ value: targetValue, label: `target for ferrous Result.gen: ${formatTimes(targetValue)} its andThen chain` }] : [];
  const values = [...bars.map((b) => b.value), ...lines.map((l) => l.value)];
  const min = 10 ** Math.floor(Math.log10(Math.min(1, ...values)));
  const max = Math.max(10 ** Math.ceil(Math.log10(Math.max(...values))), min * 10);
  return {
    title: "Ten steps: generator form ÷ the same library's andThen/flatMap chain",
    subtitle: "multiple of the chain's time, log scale, lower is better",
    bars,
    lines,
    scale: { kind: "log", min, max },
    ticks: logTicks(min, max).map((t) => [t, `${grouped(t, t < 1 ? 1 : 0)}×`]),
  };
}

/** The runtime speed chart, or undefined when the file has neither figure. */
export function renderRuntimeSvg(report: unknown): string | undefined {
  const panels = [chainPanel(report), tenStepsPanel(report)].filter((p) => p !== undefined);
  if (panels.length === 0) return undefined;
  return renderChartSvg({ title: "ferrous runtime speed against other Result libraries", panels, caption: [caption(report)] });
}

/** One panel per section of size.json with `bytes`: gzip bytes of each case, and its target line. */
export function sizePanels(sizes: unknown): Panel[] {
  if (!isObject(sizes)) return [];
  return Object.entries(sizes).flatMap(([section, value]): Panel[] => {
    const cases = isObject(at(value, "bytes")) ? Object.entries(at(value, "bytes") as Json) : [];
    const bars = cases.flatMap(([name, size]): ChartBar[] => {
      const gzip = at(size, "gzip");
      const minified = at(size, "minified");
      if (!finite(gzip)) return [];
      return [{ label: name, value: gzip, colour: colourOf(name), text: finite(minified) ? `${formatBytes(gzip)} (${formatBytes(minified)} minified)` : formatBytes(gzip) }];
    });
    if (bars.length === 0) return [];
    const target = at(value, "okErrTarget");
    const met = at(value, "okErrMet");
    const verdict = typeof met === "boolean" ? (met ? " (met)" : " (not met)") : "";
    const lines: ReferenceLine[] = finite(target) ? [{ value: target, label: `target for ferrous Ok, Err: under ${formatBytes(target)}${verdict}` }] : [];
    const method = text(at(value, "method"));
    return [
      {
        title: section === "runtime" ? "Runtime entry (ferrous): what each import costs a bundle" : `Bundle size: ${section}`,
        subtitle: `gzip bytes, lower is better${method === undefined ? "" : `; ${method}`}`,
        bars,
        lines,
        ...linearPanel([...bars.map((b) => b.value), ...lines.map((l) => l.value)], (t) => formatBytes(t)),
      },
    ];
  });
}

/** The bundle size chart, or undefined when size.json has no section with byte counts. */
export function renderSizeSvg(sizes: unknown): string | undefined {
  const panels = sizePanels(sizes);
  if (panels.length === 0 || !isObject(sizes)) return undefined;
  const captions = Object.entries(sizes)
    .filter(([, v]) => isObject(at(v, "bytes")))
    .flatMap(([section, v]) => (caption(v) === "" ? [] : [`${section}: ${caption(v)}`]));
  return renderChartSvg({ title: "Bundle size: esbuild, minified, gzipped", panels, caption: captions });
}
