// The dashboard's charts, drawn with Observable Plot (only in the dashboard's lazy chunk). Each draws
// from the rows of rows.ts; the selectable marks carry the class SELECTABLE and are drawn in row
// order, so the element for row k is the k-th child of that group. The SVG itself is hidden from
// screen readers: the summary line and the data table beside it say the same in words.
import { axisY, barX, barY, dot, frame, geo, plot, rectY, ruleX, ruleY, text } from "@observablehq/plot";
import type { Signifier } from "../../core/framework.ts";
import { CORNER_LABELS, CORNERS, TRIANGLE_HEIGHT } from "../../core/triad.ts";
import { countFormat, countTicks, percentFormat, PLOT_STYLE } from "./axes.ts";
import type { ChartRow } from "./rows.ts";
import { TRIAD_AREAS } from "./rows.ts";
import { cellAt, cellCorners, cellDensities, toPlane, type Triad } from "./ternary.ts";
import type { Distribution } from "../../contract/patterns.ts";

export const SELECTABLE = "vp-selectable";
export const FILL = "#1d5ea8";
const SELECTED = "#a34a00";
/** Dark enough for 3:1 against white (WCAG 1.4.11); the shape tells stones apart as well. Also the series of the period trends. */
export const STONE_COLOURS = ["#1d5ea8", "#a34a00", "#1b7a3d", "#6b2c91", "#8a6d00", "#b0003a"];

type Chart = ReturnType<typeof plot>;
interface Context {
  width: number;
  rows: ChartRow[];
  selectedKey?: string;
  countLabel: string;
  /** Shown beside a bar whose count is hidden. */
  hiddenLabel: string;
  /** The reader's language, for numbers on the axes. */
  lang: string;
}

const fillOf = (rows: ChartRow[], selectedKey?: string) => (_: unknown, i: number) => (rows[i]!.key === selectedKey ? SELECTED : FILL);

const length = (r: ChartRow) => r.count ?? 0;

/** A count axis: whole numbers in the reader's locale. */
function countAxis(rows: ChartRow[], lang: string, label: string) {
  const ticks = countTicks(Math.max(0, ...rows.map(length)));
  return { label, grid: true, ticks, domain: [0, ticks.at(-1)!], tickFormat: countFormat(lang), labelAnchor: "center" as const };
}

/** Lines a label wraps to in a margin of that many pixels, at the body size (about 0.55 em a character). */
const linesIn = (label: string, margin: number) => Math.max(1, Math.ceil((label.length * 0.55 * 16) / Math.max(40, margin - 10)));

export function choiceChart({ width, rows, selectedKey, countLabel, hiddenLabel, lang }: Context): Chart {
  const marginLeft = Math.round(Math.min(240, width / 2.4));
  const lines = Math.max(1, ...rows.map((r) => linesIn(r.label, marginLeft)));
  return plot({
    width, height: 56 + rows.length * Math.max(40, lines * 20 + 12), marginLeft, marginRight: 48, marginBottom: 48, style: PLOT_STYLE,
    x: countAxis(rows, lang, countLabel), y: { label: null, domain: rows.map((r) => r.key) },
    marks: [
      axisY({ label: null, tickSize: 0, lineWidth: (marginLeft - 10) / 16, tickFormat: (key: string) => rows.find((r) => r.key === key)?.label ?? key }),
      barX(rows, { x: length, y: "key", fill: fillOf(rows, selectedKey), className: SELECTABLE }),
      text(rows, { x: length, y: "key", text: (r: ChartRow) => (r.count === null ? hiddenLabel : String(r.count)), dx: 4, textAnchor: "start" }),
      ruleX([0]),
    ],
  });
}

function histogramChart({ width, rows, selectedKey, countLabel, lang }: Context, d: Extract<Distribution, { type: "dyad" }>): Chart {
  const bins = rows.map((r, i) => ({ ...r, x1: d.edges[i]!, x2: d.edges[i + 1]! }));
  return plot({
    width, height: 260, marginLeft: 64, marginTop: 16, marginBottom: 36, style: PLOT_STYLE,
    x: { domain: [0, 1], label: null, ticks: width < 420 ? 3 : 5, tickFormat: percentFormat(lang) }, y: countAxis(rows, lang, countLabel),
    marks: [rectY(bins, { x1: "x1", x2: "x2", y: length, insetLeft: 1, fill: fillOf(rows, selectedKey), className: SELECTABLE }), ruleY([0])],
  });
}

function scaleChart({ width, rows, selectedKey, countLabel, lang }: Context): Chart {
  return plot({
    width, height: 260, marginLeft: 64, marginTop: 16, marginBottom: 36, style: PLOT_STYLE,
    x: { label: null, domain: rows.map((r) => r.key) }, y: countAxis(rows, lang, countLabel),
    marks: [barY(rows, { x: "key", y: length, fill: fillOf(rows, selectedKey), className: SELECTABLE }), ruleY([0])],
  });
}

const polygon = (corners: Triad[]) => ({ type: "Polygon" as const, coordinates: [[...corners, corners[0]!].map(toPlane)] });

function triadChart({ width, rows, selectedKey }: Context, d: Extract<Distribution, { type: "triad" }>, labels: readonly string[]): Chart {
  const r = d.resolution;
  // Below analyst a triad answered by fewer than k stories comes without density and points.
  const shading = d.density ? cellDensities(d.density.values, r).map((density, index) => ({ ...polygon(cellCorners(cellAt(index, r), r)), density })) : [];
  const areas = rows.map((row, index) => ({ ...polygon(cellCorners(cellAt(index, TRIAD_AREAS), TRIAD_AREAS)), row }));
  const outline = polygon([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
  // The triangle fills the width; each bottom label gets half a side, so the two never overlap.
  const [marginTop, marginBottom, side] = [64, 72, width - 24];
  // dy and textAnchor are constants in Plot, so each corner's label is a mark of its own, placed as core/triad.ts says.
  const corners = CORNERS.map(({ x, y }, k) => {
    const { side: above, align } = CORNER_LABELS[k]!;
    const dy = above === "above" ? -8 : 8;
    return text([{ x, y, label: labels[k] }], {
      x: "x", y: "y", text: "label", textAnchor: align, dy, lineWidth: (side / 2 - 16) / 16, lineAnchor: above === "above" ? "bottom" : "top", className: "vp-triad-corner",
    });
  });
  return plot({
    width, height: Math.round(side * TRIANGLE_HEIGHT) + marginTop + marginBottom, marginTop, marginBottom, marginLeft: 12, marginRight: 12, style: PLOT_STYLE,
    projection: { type: "identity", domain: outline },
    color: { type: "linear", range: ["#ffffff", "#6f9fd8"], domain: [0, d.density?.max || 1] },
    marks: [
      geo(shading, { fill: (c: { density: number }) => c.density, stroke: (c: { density: number }) => c.density }),
      geo(areas, {
        fill: "white", fillOpacity: 0, stroke: (a: { row: ChartRow }) => (a.row.key === selectedKey ? SELECTED : "#767676"),
        strokeWidth: (a: { row: ChartRow }) => (a.row.key === selectedKey ? 3 : 0.5), className: SELECTABLE,
      }),
      geo(outline, { stroke: "currentColor", strokeWidth: 1.5 }),
      dot(d.points, { x: (p: Triad) => toPlane(p)[0], y: (p: Triad) => toPlane(p)[1], r: 2.5, fill: "#1a1a1a", fillOpacity: 0.75 }),
      ...corners,
    ],
  });
}

function stonesChart({ width }: Context, d: Extract<Distribution, { type: "stones" }>, s: Extract<Signifier, { type: "stones" }>): Chart {
  const label = (id: string) => s.items.find((item) => item.id === id)?.label ?? id;
  const marks = Object.entries(d.points).flatMap(([id, { xy }]) => xy.map(([x, y]) => ({ x, y, who: label(id) })));
  return plot({
    width, height: Math.round(Math.min(width, 480) * 0.8), inset: 8, style: PLOT_STYLE,
    x: { domain: [0, 1], label: `${s.xLabels[0]} → ${s.xLabels[1]}`, labelAnchor: "center", ticks: [] },
    y: { domain: [0, 1], label: `${s.yLabels[0]} → ${s.yLabels[1]}`, labelAnchor: "center", ticks: [] },
    symbol: { legend: true, domain: s.items.map((item) => item.label) },
    color: { domain: s.items.map((item) => item.label), range: STONE_COLOURS },
    marks: [frame(), dot(marks, { x: "x", y: "y", symbol: "who", stroke: "who", r: 5, strokeWidth: 1.5 })],
  });
}

/** The chart of one signifier's distribution. */
export function drawChart(d: Distribution, s: Signifier, context: Context): Chart | undefined {
  if (d.type === "choice") return choiceChart(context);
  if (d.type === "dyad") return histogramChart(context, d);
  if (d.type === "scale") return scaleChart(context);
  if (d.type === "triad" && s.type === "triad") return triadChart(context, d, s.labels);
  if (d.type === "stones" && s.type === "stones") return stonesChart(context, d, s);
  return undefined;
}

/** Calls select(k) when the k-th selectable mark is clicked. */
export function onSelect(chart: Element, select: (index: number) => void) {
  chart.querySelectorAll(`g.${SELECTABLE} > *`).forEach((element, k) => {
    const index = (element as Element & { __data__?: number }).__data__ ?? k;
    element.addEventListener("click", () => select(index));
    (element as SVGElement).style.cursor = "pointer";
  });
}
