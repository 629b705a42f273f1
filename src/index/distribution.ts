// A signifier's distribution over the selected stories: the counts that the SQL reference also
// gives (src/db/aggregates/distribution.ts), plus what only the index returns — points to draw
// (an even sample when there are many) and, for triads, a smoothed density for contours.
import type { CatalogEntry } from "../core/patterns/catalog.ts";
import { DEFAULT_RESOLUTION, type DistributionCounts, type DistributionOptions, distributionSettings, triadCell, unitBin } from "../core/patterns/distribution.ts";
import { ternaryDensity, type Triad } from "../core/stats/index.ts";
import { type Column, TriadColumn } from "./columns.ts";
import type { Segment } from "./segment.ts";

export interface TriadSample {
  points: Triad[];
  pointIds: string[];
  /** Gaussian kernel density of the sampled points at the lattice nodes (core/stats ternaryDensity). */
  density: { resolution: number; bandwidth: number; values: number[]; max: number };
}

export interface StonesSample {
  /** Per item: sampled [x, y] positions and their story ids. */
  points: Record<string, { xy: [number, number][]; ids: string[] }>;
}

export type IndexDistribution =
  | Extract<DistributionCounts, { type: "choice" | "dyad" | "scale" }>
  | (Extract<DistributionCounts, { type: "triad" }> & TriadSample)
  | (Extract<DistributionCounts, { type: "stones" }> & StonesSample);

type Settings = ReturnType<typeof distributionSettings>;

/**
 * At most `max` of the rows that have a value in `values`, evenly spread over them (the k-th pick
 * is answer number ⌊k · answered / max⌋): deterministic, nothing to seed. Two passes over the rows
 * instead of collecting the answered ones, which would allocate megabytes per query.
 */
function sampleAnswered(rows: Int32Array, values: Float64Array | Float32Array, max: number): { sample: Int32Array; answered: number } {
  let answered = 0;
  for (let k = 0; k < rows.length; k++) if (!Number.isNaN(values[rows[k]!]!)) answered++;
  const size = Math.min(answered, max);
  const sample = new Int32Array(size);
  let taken = 0;
  let seen = 0;
  for (let k = 0; k < rows.length && taken < size; k++) {
    const row = rows[k]!;
    if (Number.isNaN(values[row]!)) continue;
    if (seen === Math.floor((taken * answered) / size)) sample[taken++] = row;
    seen++;
  }
  return { sample, answered };
}

function choice(column: Column & { kind: "single" | "multiple" }, rows: Int32Array): IndexDistribution {
  const counts = new Float64Array(column.entry.options.length);
  let answered = 0;
  if (column.kind === "single") {
    const codes = column.codes;
    for (let k = 0; k < rows.length; k++) {
      const code = codes[rows[k]!]!;
      if (code < counts.length) counts[code]!++;
    }
    answered = counts.reduce((s, c) => s + c, 0);
  } else {
    const { bits, answered: flags } = column;
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      answered += flags[row]!;
      for (let w = 0; w < 2; w++) {
        for (let word = bits[row * 2 + w]!; word !== 0; word &= word - 1) counts[w * 32 + 31 - Math.clz32(word & -word)]!++;
      }
    }
  }
  const options = column.entry.options.map((id, code) => ({ id, count: counts[code]! }));
  return { type: "choice", signifierId: column.entry.id, n: rows.length, answered, multiple: column.kind === "multiple", options };
}

function dyad(values: Float64Array | Float32Array, entry: CatalogEntry, rows: Int32Array, bins: number): IndexDistribution {
  const counts = new Array<number>(bins).fill(0);
  let answered = 0;
  for (let k = 0; k < rows.length; k++) {
    const v = values[rows[k]!]!;
    if (Number.isNaN(v)) continue;
    answered++;
    counts[unitBin(v, bins)]!++;
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => i / bins);
  return { type: "dyad", signifierId: entry.id, n: rows.length, answered, edges, counts };
}

function scale(values: Float32Array, entry: Extract<CatalogEntry, { type: "scale" }>, rows: Int32Array): IndexDistribution {
  const counts = new Array<number>(entry.max - entry.min + 1).fill(0);
  let answered = 0;
  for (let k = 0; k < rows.length; k++) {
    const v = values[rows[k]!]!;
    if (Number.isNaN(v)) continue;
    answered++;
    counts[v - entry.min]!++;
  }
  return { type: "scale", signifierId: entry.id, n: rows.length, answered, values: counts.map((count, i) => ({ value: entry.min + i, count })) };
}

function triad(segment: Segment, column: Column & { kind: "triad" }, rows: Int32Array, settings: Settings): IndexDistribution {
  const [a, b, c] = column.arrays as [Float64Array, Float64Array, Float64Array];
  const r = settings.resolution;
  const cells = new Array<number>(r * r).fill(0);
  let answered = 0;
  if (r === DEFAULT_RESOLUTION) {
    const known = column.cells;
    for (let k = 0; k < rows.length; k++) {
      const cell = known[rows[k]!]!;
      if (cell === TriadColumn.NO_CELL) continue;
      answered++;
      cells[cell]!++;
    }
  } else {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      if (Number.isNaN(a[row]!)) continue;
      answered++;
      cells[triadCell(b[row]!, c[row]!, r)]!++;
    }
  }
  const { sample } = sampleAnswered(rows, a, settings.maxPoints);
  const points = Array.from(sample, (row): Triad => [a[row]!, b[row]!, c[row]!]);
  const kde = ternaryDensity(points, { resolution: r });
  return {
    type: "triad", signifierId: column.entry.id, n: rows.length, answered, resolution: r, cells,
    points, pointIds: Array.from(sample, (row) => segment.ids.idAt(row)),
    density: { resolution: r, bandwidth: kde.bandwidth, values: Array.from(kde.density), max: kde.max },
  };
}

/** Stones are drawn, not binned: the counts say how many stories placed each item. */
function stones(segment: Segment, column: Column & { kind: "stones" }, rows: Int32Array, maxPoints: number): IndexDistribution {
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const items = column.entry.items.map((id, k) => {
    const [x, y] = [column.arrays[2 * k]!, column.arrays[2 * k + 1]!];
    const { sample, answered } = sampleAnswered(rows, x, maxPoints);
    const xy = Array.from(sample, (row): [number, number] => [round(x[row]!), round(y[row]!)]);
    return { id, answered, xy, ids: Array.from(sample, (row) => segment.ids.idAt(row)) };
  });
  return {
    type: "stones", signifierId: column.entry.id, n: rows.length,
    items: items.map(({ id, answered }) => ({ id, answered })),
    points: Object.fromEntries(items.map(({ id, xy, ids }) => [id, { xy, ids }])),
  };
}

/** The distribution of one signifier over the selected rows. */
export function distributionOf(segment: Segment, signifierId: string, rows: Int32Array, options: DistributionOptions = {}): IndexDistribution {
  const settings = distributionSettings(options);
  const column = segment.columns.get(signifierId)!;
  switch (column.kind) {
    case "single":
    case "multiple":
      return choice(column, rows);
    case "dyad":
      return dyad(column.values, column.entry, rows, settings.bins);
    case "scale":
      return scale(column.values, column.entry, rows);
    case "triad":
      return triad(segment, column, rows, settings);
    case "stones":
      return stones(segment, column, rows, settings.maxPoints);
  }
}
