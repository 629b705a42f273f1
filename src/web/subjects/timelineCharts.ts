// The chart of one question on the page "Verhalen van één cliënt", drawn with Observable Plot: the
// client's answer in each story as a dot on a time axis, joined by a line. PlotBox hides the SVG
// from screen readers; the caption and the table beside it say the same.
import { dot, lineY, plot } from "@observablehq/plot";
import { distinctTicks, PLOT_STYLE } from "../patterns/axes.ts";
import { FILL } from "../patterns/charts.ts";
import type { AnswerPoint } from "./timeline.ts";

interface AnswerChartContext {
  width: number;
  /** The range the answers can take, e.g. [0, 1] for a slider. */
  domain: [number, number];
  format: (value: number) => string;
  /** How many steps the value axis gets, e.g. one per whole number of a scale. */
  steps: number;
  /** A date on the time axis, e.g. "3 mrt 2025". */
  tick: (date: Date) => string;
}

const when = (p: AnswerPoint) => new Date(p.toldAt);

export function answerChart(points: AnswerPoint[], { width, domain, format, steps, tick }: AnswerChartContext) {
  return plot({
    width, height: 240, marginLeft: 56, marginRight: 40, marginBottom: 36, style: PLOT_STYLE,
    // The stories' own dates as ticks, one per label: a day with two stories is not named twice.
    x: { type: "utc", label: null, tickFormat: tick, ticks: distinctTicks(points.map(when), tick, Math.max(2, Math.floor(width / 120))), inset: 16 },
    y: { domain, label: null, grid: true, tickFormat: format, ticks: steps },
    marks: [
      lineY(points, { x: when, y: "value", stroke: FILL, strokeWidth: 2 }),
      dot(points, { x: when, y: "value", r: 4.5, fill: FILL }),
    ],
  });
}
