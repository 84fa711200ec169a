/**
 * Horizontal bar charts as standalone SVG, for the benchmark figures in the README.
 *
 * One SVG holds one or more panels stacked vertically; each panel has its own scale (linear
 * from 0, or logarithmic), dashed reference lines (targets) labelled above the bars, and every
 * bar labelled with its value. The SVG paints its own white background and sets every colour,
 * so it reads the same in GitHub's light and dark themes; `role="img"`, `<title>` and `<desc>`
 * (a text version of every figure) make it accessible.
 *
 * Text widths are estimated from character counts (no font metrics in Node), generously, so
 * labels get a column wide enough for them and nothing overlaps.
 */

/** One bar: `value` in the panel's unit; `text` is what is written after the bar. */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
  readonly colour: string;
  readonly text: string;
}

/** A dashed vertical line across a panel's bars, labelled above them (a target). */
export interface ReferenceLine {
  readonly value: number;
  readonly label: string;
}

/** Linear from 0 to `max`, or logarithmic from `min` to `max` (both > 0). */
export type Scale = { readonly kind: "linear"; readonly max: number } | { readonly kind: "log"; readonly min: number; readonly max: number };

export interface Panel {
  /** Omitted for a chart of one panel, whose title is the chart's. */
  readonly title?: string;
  /** A smaller line under the title: the unit, "lower is better", the scale. */
  readonly subtitle?: string;
  readonly bars: readonly ChartBar[];
  readonly scale: Scale;
  /** Axis ticks, with their text; ticks outside the scale are dropped. */
  readonly ticks: readonly (readonly [value: number, text: string])[];
  readonly lines?: readonly ReferenceLine[];
}

export interface Chart {
  /** The heading, also the SVG's `<title>`. */
  readonly title: string;
  readonly panels: readonly Panel[];
  /** Small grey lines under the panels (versions, date); wrapped to the chart's width. */
  readonly caption?: readonly string[];
  /** Width of the plotting area, without the label column and the value texts. */
  readonly plotWidth?: number;
}

export const colours = {
  background: "#ffffff",
  text: "#1f2328",
  muted: "#59636e",
  grid: "#d1d9e0",
  axis: "#59636e",
  target: "#b7410e",
  ferrous: "#b7410e",
  other: "#3178c6",
  baseline: "#555555",
  anchor: "#9a9a9a",
} as const;

const font = { title: 14, panel: 13, body: 12, small: 11 } as const;
const rowHeight = 22;
const lineGap = 4;
const padding = 10;

/** Escapes text for XML content and attribute values. */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A generous width estimate for `text` at `size` px in a sans-serif font (0.58 em a character). */
export const textWidth = (text: string, size: number): number => Array.from(new Intl.Segmenter().segment(text)).length * size * 0.58;

const fixed = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Splits `text` into lines no wider than `width` at `size` px, at spaces. */
function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Where value `v` falls on a scale, from 0 (start) to 1 (end), clamped. */
export function position(scale: Scale, v: number): number {
  const fraction =
    scale.kind === "linear"
      ? v / scale.max
      : (Math.log(Math.max(v, scale.min)) - Math.log(scale.min)) / (Math.log(scale.max) - Math.log(scale.min));
  return Math.min(Math.max(fraction, 0), 1);
}

/** Round steps (1, 2, 2.5 or 5 × 10ⁿ) from 0 to at least `max`: about five ticks. */
export function linearTicks(max: number): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** 1, 2, 5 × 10ⁿ from the decade at or below `min` to the decade at or above `max`. */
export function logTicks(min: number, max: number): number[] {
  const low = Math.floor(Math.log10(min));
  const high = Math.ceil(Math.log10(max));
  const decades = Array.from({ length: high - low + 1 }, (_, i) => low + i);
  return decades.flatMap((e) => [1, 2, 5].map((m) => Number((m * 10 ** e).toPrecision(12)))).filter((t) => t >= 10 ** low && t <= 10 ** high);
}

/** Reference labels go on rows above the bars; one that would overlap the previous on a row takes the next row. */
function placeLabels(lines: readonly PlacedLine[], left: number, right: number): { x: number; row: number; line: PlacedLine }[] {
  const rowsEnd: number[] = [];
  return [...lines]
    .sort((a, b) => a.x - b.x)
    .map((line) => {
      const w = textWidth(line.label, font.small);
      // Centred on the line when it fits, else pushed inside the chart.
      const start = Math.min(Math.max(line.x - w / 2, left), right - w);
      const rowIndex = rowsEnd.findIndex((end) => end + 8 <= start);
      const row = rowIndex === -1 ? rowsEnd.length : rowIndex;
      rowsEnd[row] = start + w;
      return { x: start, row, line };
    });
}

type PlacedLine = ReferenceLine & { readonly x: number };

interface Layout {
  readonly labelWidth: number;
  readonly plotWidth: number;
  readonly valueWidth: number;
}

function renderPanel(panel: Panel, top: number, layout: Layout, parts: string[]): number {
  const plotLeft = padding + layout.labelWidth;
  const plotRight = plotLeft + layout.plotWidth;
  const x = (v: number): number => plotLeft + position(panel.scale, v) * layout.plotWidth;
  let y = top;
  if (panel.title !== undefined) {
    y += font.panel;
    parts.push(`<text x="${padding}" y="${y}" font-size="${font.panel}" font-weight="bold" fill="${colours.text}">${escapeXml(panel.title)}</text>`);
  }
  if (panel.subtitle !== undefined) {
    y += font.small + lineGap;
    parts.push(`<text x="${padding}" y="${y}" font-size="${font.small}" fill="${colours.muted}">${escapeXml(panel.subtitle)}</text>`);
  }
  const lines = (panel.lines ?? []).filter((l) => Number.isFinite(l.value)).map((l) => ({ ...l, x: x(l.value) }));
  const labels = placeLabels(lines, padding, plotRight + layout.valueWidth);
  const labelRows = labels.length === 0 ? 0 : Math.max(...labels.map((l) => l.row)) + 1;
  y += lineGap;
  for (const label of labels) {
    parts.push(
      `<text x="${label.x.toFixed(1)}" y="${(y + (label.row + 1) * (font.small + lineGap)).toFixed(1)}" font-size="${font.small}" fill="${colours.target}">${escapeXml(label.line.label)}</text>`,
    );
  }
  const barsTop = y + labelRows * (font.small + lineGap) + 6;
  const barsBottom = barsTop + panel.bars.length * rowHeight;
  const low = panel.scale.kind === "linear" ? 0 : panel.scale.min;
  const ticks = panel.ticks.filter(([v]) => v >= low && v <= panel.scale.max * (1 + 1e-9));
  // Grid first, then reference lines, then bars and texts on top; value texts get a halo in the
  // background colour so a line crossing them does not hide a digit.
  for (const [v] of ticks) {
    parts.push(`<line x1="${x(v).toFixed(1)}" y1="${barsTop}" x2="${x(v).toFixed(1)}" y2="${barsBottom}" stroke="${colours.grid}" stroke-width="1"/>`);
  }
  panel.bars.forEach((bar, i) => {
    const rowTop = barsTop + i * rowHeight;
    const start = panel.scale.kind === "linear" ? plotLeft : x(panel.scale.min);
    const end = x(bar.value);
    const cut = bar.value > panel.scale.max;
    parts.push(
      `<text x="${plotLeft - 8}" y="${rowTop + 15}" text-anchor="end" fill="${colours.text}">${escapeXml(bar.label)}</text>`,
      `<rect x="${start.toFixed(1)}" y="${rowTop + 3}" width="${Math.max(end - start, 1).toFixed(1)}" height="${rowHeight - 6}" fill="${bar.colour}"/>`,
    );
    if (cut) {
      parts.push(`<path d="M${fixed(end - 14)} ${rowTop + 1} l6 ${rowHeight - 2} M${fixed(end - 8)} ${rowTop + 1} l6 ${rowHeight - 2}" stroke="${colours.background}" stroke-width="3"/>`);
    }
  });
  for (const line of lines) {
    parts.push(`<line x1="${line.x.toFixed(1)}" y1="${barsTop - 4}" x2="${line.x.toFixed(1)}" y2="${barsBottom + 2}" stroke="${colours.target}" stroke-dasharray="5 3" stroke-width="1.5"/>`);
  }
  panel.bars.forEach((bar, i) => {
    parts.push(
      `<text x="${(x(bar.value) + 6).toFixed(1)}" y="${barsTop + i * rowHeight + 15}" fill="${colours.text}" stroke="${colours.background}" stroke-width="3" paint-order="stroke">${escapeXml(bar.text)}</text>`,
    );
  });
  parts.push(`<line x1="${plotLeft}" y1="${barsTop}" x2="${plotLeft}" y2="${barsBottom + 2}" stroke="${colours.axis}"/>`);
  // Tick texts: one that would overlap the previous one is left out.
  let lastEnd = -Infinity;
  for (const [v, text] of ticks) {
    const w = textWidth(text, font.small);
    if (x(v) - w / 2 < lastEnd + 6) continue;
    lastEnd = x(v) + w / 2;
    parts.push(`<text x="${x(v).toFixed(1)}" y="${barsBottom + 4 + font.small}" font-size="${font.small}" text-anchor="middle" fill="${colours.muted}">${escapeXml(text)}</text>`);
  }
  return barsBottom + 4 + font.small + 4;
}

/** A text version of the chart for `<desc>`: every bar and reference line. */
function describe(chart: Chart): string {
  return chart.panels
    .map((p) => `${p.title ?? chart.title}: ${[...p.bars.map((b) => `${b.label} ${b.text}`), ...(p.lines ?? []).map((l) => l.label)].join("; ")}.`)
    .join(" ");
}

/** Renders a chart of one or more panels as a standalone SVG document. */
export function renderChartSvg(chart: Chart): string {
  const plotWidth = chart.plotWidth ?? 420;
  const allBars = chart.panels.flatMap((p) => p.bars);
  const layout: Layout = {
    labelWidth: Math.max(120, ...allBars.map((b) => textWidth(b.label, font.body) + 16)),
    plotWidth,
    valueWidth: Math.max(60, ...allBars.map((b) => textWidth(b.text, font.body) + 12)),
  };
  const width = Math.ceil(Math.max(padding * 2 + layout.labelWidth + plotWidth + layout.valueWidth, textWidth(chart.title, font.title) + padding * 2, ...chart.panels.flatMap((p) => (p.lines ?? []).map((l) => textWidth(l.label, font.small) + padding * 2))));
  const body: string[] = [`<text x="${padding}" y="${padding + font.title}" font-size="${font.title}" font-weight="bold" fill="${colours.text}">${escapeXml(chart.title)}</text>`];
  let y = padding + font.title + 14;
  for (const panel of chart.panels) y = renderPanel(panel, y, layout, body) + 14;
  for (const line of (chart.caption ?? []).flatMap((c) => wrap(c, width - padding * 2, font.small))) {
    y += font.small;
    body.push(`<text x="${padding}" y="${y}" font-size="${font.small}" fill="${colours.muted}">${escapeXml(line)}</text>`);
    y += lineGap;
  }
  const height = Math.ceil(y + padding);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif" font-size="${font.body}">`,
    `<title id="chart-title">${escapeXml(chart.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(describe(chart))}</desc>`,
    `<rect width="100%" height="100%" fill="${colours.background}"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}
