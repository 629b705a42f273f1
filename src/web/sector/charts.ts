// The sector's charts, drawn with Observable Plot like the dashboard's (same axes and colours):
// per answer the sector's share as a bar with its 95% margin as a line through it, and the caller's
// organization as a diamond; and a question month by month: per answer a line through each month's
// share, with that month's 95% margin (noise counted in) as a vertical line through the point.
// Hidden shares draw nothing (a gap in the line); the table beside each chart says why.
import { axisY, barX, dot, lineY, type Markish, plot, ruleX, ruleY } from "@observablehq/plot";
import type { SectorFigure, SectorTrend } from "../../contract/sectors.ts";
import { percentFormat, PLOT_STYLE } from "../patterns/axes.ts";
import { FILL, STONE_COLOURS } from "../patterns/charts.ts";

interface Row { key: string; label: string; share: number | null; lower: number | null; upper: number | null; mine: number | null }

export function shareRows(figures: SectorFigure[], mine: SectorFigure[] | null): Row[] {
  return figures.map((f) => ({ key: f.cell, label: f.label, share: f.share, lower: f.lower, upper: f.upper, mine: mine?.find((m) => m.cell === f.cell)?.share ?? null }));
}

export function shareChart(rows: Row[], width: number, lang: string): Element {
  const marginLeft = Math.round(Math.min(220, width / 2.6));
  const shown = rows.filter((r) => r.share !== null);
  return plot({
    width, height: 48 + rows.length * 36, marginLeft, marginRight: 24, marginBottom: 40, style: PLOT_STYLE,
    x: { domain: [0, 1], grid: true, ticks: width < 420 ? 3 : 5, tickFormat: percentFormat(lang), label: null },
    y: { domain: rows.map((r) => r.key), label: null },
    marks: [
      axisY({ tickSize: 0, lineWidth: (marginLeft - 10) / 16, tickFormat: (key: string) => rows.find((r) => r.key === key)?.label ?? key }),
      barX(shown, { x: "share", y: "key", fill: FILL, fillOpacity: 0.55, insetTop: 6, insetBottom: 6 }),
      ruleY(shown, { y: "key", x1: "lower", x2: "upper", stroke: "#1a1a1a", strokeWidth: 2 }),
      dot(rows.filter((r) => r.mine !== null), { x: "mine", y: "key", symbol: "diamond", r: 6, fill: STONE_COLOURS[1], stroke: "white" }),
      ruleX([0]),
    ],
  });
}

interface TrendPoint { month: string; answer: string; share: number | null; lower: number | null; upper: number | null }

export function trendPoints(trend: SectorTrend): TrendPoint[] {
  return trend.months.flatMap(({ month, figures }) => figures.map((f) => ({ month, answer: f.label, share: f.share, lower: f.lower, upper: f.upper })));
}

/** At most this many month labels fit the width; the others stay unlabelled. */
const monthTicks = (months: string[], width: number) => {
  const every = Math.max(1, Math.ceil(months.length / Math.max(2, Math.floor(width / 90))));
  return months.filter((_, i) => i % every === 0);
};

export function trendChart(points: TrendPoint[], width: number, lang: string): Element {
  const months = [...new Set(points.map((p) => p.month))];
  const answers = [...new Set(points.map((p) => p.answer))];
  const shown = points.filter((p) => p.share !== null);
  // Each answer's margins sit a little apart, so that answers with close shares stay readable.
  const spread = (i: number) => (i - (answers.length - 1) / 2) * 5;
  const perAnswer = answers.flatMap((answer, i): Markish[] => {
    const mine = shown.filter((p) => p.answer === answer);
    return [
      ruleX(mine, { x: "month", y1: "lower", y2: "upper", dx: spread(i), stroke: "answer", strokeWidth: 2, strokeOpacity: 0.7 }),
      dot(mine, { x: "month", y: "share", dx: spread(i), fill: "answer", r: 4 }),
    ];
  });
  return plot({
    width, height: 320, marginLeft: 48, marginRight: 24, marginBottom: 40, style: PLOT_STYLE,
    x: { type: "point", domain: months, ticks: monthTicks(months, width - 72), label: null, padding: 0.4 },
    y: { domain: [0, 1], grid: true, tickFormat: percentFormat(lang), label: null },
    color: { domain: answers, range: answers.map((_, i) => STONE_COLOURS[i % STONE_COLOURS.length]!), legend: true },
    marks: [
      ruleY([0]),
      lineY(points, { x: "month", y: "share", z: "answer", stroke: "answer", strokeWidth: 1.5 }),
      ...perAnswer,
    ],
  });
}
