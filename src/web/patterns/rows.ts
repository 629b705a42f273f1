// One row per bar, bin, value or area of a chart: what the chart draws, the data table lists and a
// selection names. The chart's selectable marks are drawn in this order, so row k is mark k.
import type { Signifier } from "../../core/framework.ts";
import { type AnswerCondition, binConditions, choiceConditions, scaleConditions } from "./filters.ts";
import { cellAt, cellCentre, cellConditions, coarseCounts } from "./ternary.ts";
import type { Count, Distribution } from "../../contract/patterns.ts";

export interface ChartRow {
  key: string;
  label: string;
  /** Null: hidden, 1 … k − 1 stories (or, for an area, a hidden count inside it). */
  count: Count;
  /** The stories behind the row; none for stones, which are not selected. */
  conditions?: AnswerCondition[];
}

export { charted } from "../../core/patterns/distribution.ts";

/** Steps per side of the areas a person selects on the triangle (the API counts in 20). */
export const TRIAD_AREAS = 5;

const percent = (share: number) => `${Math.round(share * 100)}%`;

function triadRows(d: Extract<Distribution, { type: "triad" }>, labels: readonly string[]): ChartRow[] {
  return coarseCounts(d.cells, d.resolution, TRIAD_AREAS).map((count, index) => {
    const cell = cellAt(index, TRIAD_AREAS);
    const centre = cellCentre(cell, TRIAD_AREAS);
    return {
      key: String(index), count, conditions: cellConditions(d.signifierId, cell, TRIAD_AREAS),
      label: labels.map((label, k) => `${label} ± ${percent(centre[k]!)}`).join(", "),
    };
  });
}

export function chartRows(d: Distribution, s: Signifier): ChartRow[] {
  if (d.type === "choice" && s.type === "choice") {
    return d.options.map((o) => ({
      key: o.id, count: o.count, conditions: choiceConditions(d.signifierId, o.id), label: s.options.find((x) => x.id === o.id)?.label ?? o.id,
    }));
  }
  if (d.type === "dyad") {
    const last = d.counts.length - 1;
    return d.counts.map((count, i) => ({
      key: String(i), count, conditions: binConditions(d.signifierId, d.edges[i]!, d.edges[i + 1]!, i === last),
      label: `${percent(d.edges[i]!)}–${percent(d.edges[i + 1]!)}`,
    }));
  }
  if (d.type === "scale") {
    const labels = s.type === "scale" ? s.labels : undefined;
    const min = d.values[0]?.value ?? 0;
    return d.values.map((v) => ({
      key: String(v.value), count: v.count, conditions: scaleConditions(d.signifierId, v.value),
      label: labels?.[v.value - min] ? `${v.value} (${labels[v.value - min]})` : String(v.value),
    }));
  }
  if (d.type === "triad" && s.type === "triad") return triadRows(d, s.labels);
  if (d.type === "stones" && s.type === "stones") {
    return d.items.map((item) => ({ key: item.id, count: item.answered, label: s.items.find((x) => x.id === item.id)?.label ?? item.id }));
  }
  return [];
}

/** The row with the most stories, for the chart's one-line summary; none when no count is shown. */
export function largestRow(rows: ChartRow[]): ChartRow | undefined {
  return rows.reduce<ChartRow | undefined>((best, row) => ((row.count ?? 0) > (best?.count ?? 0) ? row : best), undefined);
}

/** Whether any story answered: a count above zero, or a hidden one. */
export const answeredAny = (rows: ChartRow[]) => rows.some((row) => row.count !== 0);

/** A row one can select: its stories can be listed, and its count is shown. */
export const selectable = (row: ChartRow) => Boolean(row.conditions) && (row.count ?? 0) > 0;
