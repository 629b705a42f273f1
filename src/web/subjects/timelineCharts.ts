// The chart of one question on the page "Verhalen van één cliënt", drawn with Observable Plot: the
// client's answer in each story as a dot on a time axis, joined by a line. PlotBox hides the SVG
// from screen readers; the caption and the table beside it say the same.
import { dot, lineY, plot } from "@observablehq/plot";
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
    width, height: 220, marginLeft: 48, marginRight: 32, marginBottom: 32,
    x: { type: "utc", label: null, tickFormat: tick, ticks: Math.max(2, Math.floor(width / 120)), inset: 16 },
    y: { domain, label: null, grid: true, tickFormat: format, ticks: steps },
    marks: [
      lineY(points, { x: when, y: "value", stroke: FILL, strokeWidth: 2 }),
      dot(points, { x: when, y: "value", r: 4.5, fill: FILL }),
    ],
  });
}
