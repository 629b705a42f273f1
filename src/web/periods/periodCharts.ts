// The charts of the page "Perioden vergelijken", drawn with Observable Plot: each answer's share in
// A and B as bars, a mean before and after as two points with an arrow (on a line, or on the
// stones board), and a trend per week or month. PlotBox hides every SVG from screen readers; a table beside it says the same.
import { arrow, axisFy, axisY, barX, barY, dot, frame, lineY, plot, ruleX, ruleY, text } from "@observablehq/plot";
import { countFormat, countTicks, PLOT_STYLE } from "../patterns/axes.ts";
import { FILL, STONE_COLOURS } from "../patterns/charts.ts";
import type { TrendView } from "./periods.ts";

/** Period A grey, B the dashboard's blue: both over 3:1 against white (WCAG 1.4.11), and labelled. */
const A_COLOUR = "#6b6b6b";
const B_COLOUR = FILL;
/** Long answer labels wrap beside the chart, at most this share of its width. */
const labelMargin = (width: number) => Math.min(200, Math.round(width / 2.5));
/** The width labels wrap at, in ems of the body size, so they stay inside their margin. */
const labelEms = (width: number) => (labelMargin(width) - 10) / 16;

export interface ShareRow {
  label: string;
  shareA: number | null;
  shareB: number | null;
}

/** Bars per answer: its share in A above its share in B; a hidden share reads as such. */
export function shareChart(rows: ShareRow[], { width, hiddenLabel, format }: { width: number; hiddenLabel: string; format: (share: number) => string }) {
  const bars = rows.flatMap((r) => [{ option: r.label, period: "A", share: r.shareA }, { option: r.label, period: "B", share: r.shareB }]);
  const x = (d: (typeof bars)[number]) => d.share ?? 0;
  return plot({
    width, height: 40 + rows.length * 64, marginLeft: labelMargin(width), marginRight: 96, style: PLOT_STYLE,
    x: { domain: [0, 1], label: null, tickFormat: format, grid: true, ticks: width - labelMargin(width) < 400 ? 2 : 4 },
    y: { axis: null, domain: ["A", "B"], paddingInner: 0.15 },
    fy: { domain: rows.map((r) => r.label), padding: 0.25 },
    color: { domain: ["A", "B"], range: [A_COLOUR, B_COLOUR] },
    marks: [
      axisFy({ anchor: "left", label: null, tickSize: 0, lineWidth: labelEms(width) }),
      barX(bars, { x, y: "period", fy: "option", fill: "period" }),
      text(bars, {
        x, y: "period", fy: "option", dx: 4, textAnchor: "start",
        text: (d: (typeof bars)[number]) => `${d.period} ${d.share === null ? hiddenLabel : format(d.share)}`,
      }),
      ruleX([0]),
    ],
  });
}

export interface PairRow {
  label: string;
  a: number | null;
  b: number | null;
}

interface PairContext {
  width: number;
  domain: [number, number];
  format: (value: number) => string;
  /** What the two points are called on the chart, e.g. A and B. */
  names: [string, string];
}

/** Two points per row, before (open) and after (filled), an arrow from one to the other. */
export function pairChart(rows: PairRow[], { width, domain, format, names }: PairContext) {
  const labelled = rows.length > 1;
  const has = (key: "a" | "b") => rows.filter((r) => r[key] !== null);
  return plot({
    width, height: 64 + rows.length * 56, marginLeft: labelled ? labelMargin(width) : 24, marginRight: 28, marginTop: 28, style: PLOT_STYLE,
    x: { domain, label: null, tickFormat: format, grid: true, ticks: width < 420 ? 3 : 5 },
    y: { domain: rows.map((r) => r.label), axis: null, padding: 0.6 },
    marks: [
      labelled ? axisY({ label: null, tickSize: 0, lineWidth: labelEms(width) }) : null,
      arrow(rows.filter((r) => r.a !== null && r.b !== null && r.a !== r.b), {
        x1: "a", x2: "b", y1: "label", y2: "label", stroke: B_COLOUR, strokeWidth: 1.5, headLength: 8, insetStart: 7, insetEnd: 7,
      }),
      dot(has("a"), { x: "a", y: "label", r: 5, stroke: A_COLOUR, fill: "white", strokeWidth: 2 }),
      dot(has("b"), { x: "b", y: "label", r: 5, fill: B_COLOUR }),
      text(has("a"), { x: "a", y: "label", text: () => names[0], dy: 15 }),
      text(has("b"), { x: "b", y: "label", text: () => names[1], dy: -14 }),
    ],
  });
}

export interface PlaceRow {
  label: string;
  /** Mean point (x, y) in A and in B, null when hidden or absent. */
  a: number[] | null;
  b: number[] | null;
}

/** Stones: each item's mean point in A (open) and B (filled, named) on the board, an arrow between. */
export function placeChart(rows: PlaceRow[], { width, xLabel, yLabel }: { width: number; xLabel: string; yLabel: string }) {
  const at = (key: "a" | "b") => rows.flatMap((r) => (r[key] ? [{ label: r.label, x: r[key][0], y: r[key][1] }] : []));
  const moved = rows.flatMap((r) => (r.a && r.b && (r.a[0] !== r.b[0] || r.a[1] !== r.b[1]) ? [{ x1: r.a[0], y1: r.a[1], x2: r.b[0], y2: r.b[1] }] : []));
  return plot({
    width, height: Math.round(Math.min(width, 480) * 0.8), inset: 8, style: PLOT_STYLE,
    x: { domain: [0, 1], label: xLabel, labelAnchor: "center", ticks: [] },
    y: { domain: [0, 1], label: yLabel, labelAnchor: "center", ticks: [] },
    marks: [
      frame(),
      arrow(moved, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: B_COLOUR, strokeWidth: 1.5, headLength: 8, insetStart: 7, insetEnd: 7 }),
      dot(at("a"), { x: "x", y: "y", r: 5, stroke: A_COLOUR, fill: "white", strokeWidth: 2 }),
      dot(at("b"), { x: "x", y: "y", r: 5, fill: B_COLOUR }),
      text(at("b"), { x: "x", y: "y", text: "label", dy: -14 }),
    ],
  });
}

interface TrendContext {
  width: number;
  /** Bucket starts, oldest first. */
  buckets: string[];
  tick: (bucket: string) => string;
  yLabel: string;
  /** Means only: the answer's range and how to write it. */
  domain?: [number, number];
  format?: (value: number) => string;
  /** The reader's language, for counts on the axis. */
  lang: string;
}

/** Stories or option counts as (stacked) bars per bucket, or means as lines. */
export function trendChart(view: TrendView, { width, buckets, tick, yLabel, domain, format, lang }: TrendContext) {
  // Only as many tick labels as fit, roughly one per 90 pixels at the body text size.
  const step = Math.max(1, Math.ceil(buckets.length / Math.max(2, Math.floor(width / 90))));
  const x = { domain: buckets, label: null, tickFormat: tick, ticks: buckets.filter((_, i) => i % step === 0) };
  const color = { domain: view.series, range: STONE_COLOURS, legend: view.series.length > 1 };
  if (view.kind === "mean") {
    return plot({
      width, height: 260, marginLeft: 64, style: PLOT_STYLE, x: { ...x, type: "point", inset: 12 }, y: { domain, label: yLabel, labelAnchor: "center", grid: true, tickFormat: format }, color,
      marks: [
        lineY(view.points, { x: "bucket", y: "value", z: "series", stroke: "series", strokeWidth: 2 }),
        dot(view.points.filter((p) => p.value !== null), { x: "bucket", y: "value", fill: "series", r: 3 }),
      ],
    });
  }
  return plot({
    width, height: 260, marginLeft: 64, style: PLOT_STYLE, x: { ...x, type: "band", padding: 0.15 }, color,
    y: { label: yLabel, labelAnchor: "center", grid: true, ...countScale(stackedMax(view)), tickFormat: countFormat(lang) },
    marks: [barY(view.points, { x: "bucket", y: (p: TrendView["points"][number]) => p.value ?? 0, fill: view.kind === "stack" ? "series" : B_COLOUR }), ruleY([0])],
  });
}

/** Whole-number ticks, the axis ending at the last. */
function countScale(max: number) {
  const ticks = countTicks(max);
  return { ticks, domain: [0, ticks.at(-1)!] };
}

/** The tallest bar: a bucket's stacked counts added up. */
function stackedMax(view: TrendView): number {
  const totals = new Map<string, number>();
  for (const p of view.points) totals.set(p.bucket, (totals.get(p.bucket) ?? 0) + (p.value ?? 0));
  return Math.max(0, ...totals.values());
}
