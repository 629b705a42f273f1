// Alpha per question as a dot on a line from its lowest value (0, or below when a question is read
// less alike than chance) to 1, with Krippendorff's marks at 0.667 and 0.800. PlotBox hides the
// SVG from screen readers; every value is in words on the page as well.
import { axisY, dot, plot, ruleX, text } from "@observablehq/plot";
import { PLOT_STYLE } from "../patterns/axes.ts";
import { FILL } from "../patterns/charts.ts";
import { RELIABLE, TENTATIVE } from "./agreement.ts";

export interface AlphaDot {
  question: string;
  alpha: number;
}

/** `format` writes a dot's alpha (three decimals), `tick` the axis (fewer). */
export function alphaChart(dots: AlphaDot[], { width, format, tick }: { width: number; format: (value: number) => string; tick: (value: number) => string }) {
  const marginLeft = Math.min(220, Math.round(width / 2.6));
  const low = Math.min(0, ...dots.map((d) => d.alpha));
  return plot({
    width, height: 60 + dots.length * 44, marginLeft, marginRight: 56, marginBottom: 40, style: PLOT_STYLE,
    x: { domain: [low, 1], label: "α", tickFormat: tick, ticks: width < 500 ? 3 : 5, grid: true },
    y: { domain: dots.map((d) => d.question), label: null },
    marks: [
      axisY({ label: null, tickSize: 0, lineWidth: (marginLeft - 10) / 16 }),
      ruleX([TENTATIVE, RELIABLE], { stroke: "#6b6b6b", strokeDasharray: "4 3" }),
      dot(dots, { x: "alpha", y: "question", r: 7, fill: FILL }),
      text(dots, { x: "alpha", y: "question", text: (d: AlphaDot) => format(d.alpha), dx: 12, textAnchor: "start" }),
    ],
  });
}
