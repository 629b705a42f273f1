// The crosstab as a chart: a bar per row of the table, split into the shares of the column answers
// (stacked to 100%), each answer in its colour (the page writes the legend at body size). A row with
// a hidden cell has no shares and so no bar; the table beside it says "verborgen" there. PlotBox
// hides the SVG from screen readers.
import { axisY, barX, plot, ruleX } from "@observablehq/plot";
import { percentFormat, PLOT_STYLE } from "../patterns/axes.ts";
import { STONE_COLOURS } from "../patterns/charts.ts";

export interface ShareBar {
  row: string;
  column: string;
  share: number;
}

interface Context {
  width: number;
  rows: string[];
  columns: string[];
  lang: string;
  shareLabel: string;
}

/** The colour of the k-th column answer, in the chart and its legend. */
export const columnColour = (k: number) => STONE_COLOURS[k % STONE_COLOURS.length]!;

/** Long row labels wrap beside the chart, in at most this share of its width. */
const labelMargin = (width: number) => Math.min(220, Math.round(width / 2.6));

export function crosstabChart(bars: ShareBar[], { width, rows, columns, lang, shareLabel }: Context) {
  const marginLeft = labelMargin(width);
  return plot({
    width, height: 60 + rows.length * 48, marginLeft, marginRight: 16, marginBottom: 44, style: PLOT_STYLE,
    x: { domain: [0, 1], label: shareLabel, labelAnchor: "center", tickFormat: percentFormat(lang), ticks: width < 500 ? 2 : 5, grid: true },
    y: { domain: rows, label: null },
    color: { domain: columns, range: columns.map((_, k) => columnColour(k)) },
    marks: [
      axisY({ label: null, tickSize: 0, lineWidth: (marginLeft - 10) / 16 }),
      barX(bars, { x: "share", y: "row", fill: "column", stroke: "white", order: columns }),
      ruleX([0]),
    ],
  });
}
