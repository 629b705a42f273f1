// The sector's charts, drawn with Observable Plot like the dashboard's (same axes and colours):
// per answer the sector's share as a bar with its 95% margin as a line through it, and the caller's
// organization as a diamond. Hidden shares draw nothing; the table beside the chart says why.
import { axisY, barX, dot, plot, ruleX, ruleY } from "@observablehq/plot";
import type { SectorFigure } from "../../contract/sectors.ts";
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
