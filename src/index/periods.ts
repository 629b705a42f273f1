// Periods read from the columns: two selections compared signifier by signifier, and one selection
// counted per week or month. The statistics live in core/patterns (comparison.ts, trends.ts).
import { catalogEntry } from "../core/patterns/filter.ts";
import { compareSignifiers, type ComparisonInput, type LevelCounts, type SignifierShift, type TriadColumns } from "../core/patterns/comparison.ts";
import { bucketStarts, type Trend, type TrendBucket, type TrendInterval } from "../core/patterns/trends.ts";
import { type Coordinates, mean } from "../core/stats/index.ts";
import type { DyadColumn, ScaleColumn, StonesColumn } from "./columns.ts";
import { distributionOf } from "./distribution.ts";
import type { Segment } from "./segment.ts";
import type { ValueCodes } from "./value-codes.ts";

/** The rows' answers counted per code (see value-codes.ts), and their sum in row order. */
function levelCounts({ codes, distinct }: ValueCodes, values: Float64Array | Float32Array, rows: Int32Array): LevelCounts {
  const missing = distinct.length;
  const counts = new Int32Array(missing + 1);
  let sum = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const code = codes[row]!;
    counts[code]!++;
    if (code !== missing) sum += values[row]!;
  }
  return { counts: counts.subarray(0, missing), n: rows.length - counts[missing]!, sum };
}

function numbersInput(segment: Segment, column: DyadColumn | ScaleColumn, rowsA: Int32Array, rowsB: Int32Array): ComparisonInput {
  const coded = column.valueCodes(segment.length);
  const [a, b] = [levelCounts(coded, column.values, rowsA), levelCounts(coded, column.values, rowsB)];
  return { type: column.kind, signifierId: column.entry.id, levels: coded.distinct, a, b };
}

/** The triads among the rows, as three columns of parts. */
function triads([a, b, c]: (Float64Array | Float32Array)[], rows: Int32Array): TriadColumns {
  let answered = 0;
  for (let k = 0; k < rows.length; k++) answered += +!Number.isNaN(a![rows[k]!]!);
  const parts = [new Float64Array(answered), new Float64Array(answered), new Float64Array(answered)] as const;
  let at = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (Number.isNaN(a![row]!)) continue;
    parts[0][at] = a![row]!;
    parts[1][at] = b![row]!;
    parts[2][at++] = c![row]!;
  }
  return parts;
}

/**
 * Where a period's stories placed each stones item (x NaN: not placed; x and y are set together),
 * as x and y columns, and how many placed at least one item: one pass over the rows per item.
 */
function stonesPeriod(column: StonesColumn, rows: Int32Array): { placed: number; items: Coordinates[] } {
  const any = new Uint8Array(rows.length);
  const items = column.entry.items.map((_, item) => {
    const x = column.arrays[2 * item]!;
    const y = column.arrays[2 * item + 1]!;
    const out = { x: new Float64Array(rows.length), y: new Float64Array(rows.length) };
    let at = 0;
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      const px = x[row]!;
      if (Number.isNaN(px)) continue;
      any[k] = 1;
      out.x[at] = px;
      out.y[at++] = y[row]!;
    }
    return { x: out.x.subarray(0, at), y: out.y.subarray(0, at) };
  });
  let placed = 0;
  for (let k = 0; k < rows.length; k++) placed += any[k]!;
  return { placed, items };
}

function stonesInput(column: StonesColumn, rowsA: Int32Array, rowsB: Int32Array): ComparisonInput {
  const [a, b] = [stonesPeriod(column, rowsA), stonesPeriod(column, rowsB)];
  const items = column.entry.items.map((id, k) => ({ id, a: a.items[k]!, b: b.items[k]! }));
  return { type: "stones", signifierId: column.entry.id, nA: a.placed, nB: b.placed, items };
}

function choiceCounts(segment: Segment, id: string, rows: Int32Array) {
  const d = distributionOf(segment, id, rows);
  return d.type === "choice" ? { answered: d.answered, counts: d.options.map((o) => o.count) } : { answered: 0, counts: [] };
}

/** Every signifier but text: periods A and B compared (see core/patterns/comparison.ts). */
export function comparisonOf(segment: Segment, rowsA: Int32Array, rowsB: Int32Array): SignifierShift[] {
  const inputs: ComparisonInput[] = [];
  for (const entry of segment.catalog.entries) {
    const column = segment.columns.get(entry.id)!;
    if (entry.type === "choice") {
      inputs.push({ type: "choice", signifierId: entry.id, multiple: entry.multiple, options: entry.options, a: choiceCounts(segment, entry.id, rowsA), b: choiceCounts(segment, entry.id, rowsB) });
    } else if (column.kind === "dyad" || column.kind === "scale") {
      inputs.push(numbersInput(segment, column, rowsA, rowsB));
    } else if (column.kind === "triad") {
      inputs.push({ type: "triad", signifierId: entry.id, parts: column.parts, a: rowsA, b: rowsB });
    } else if (column.kind === "stones") {
      inputs.push(stonesInput(column, rowsA, rowsB));
    }
  }
  return compareSignifiers(inputs);
}

/** Index of the last start ≤ ms. */
function bucketOf(starts: Float64Array, ms: number): number {
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rows regrouped bucket by bucket (a counting sort): bucket b is sorted[offsets[b] … offsets[b + 1]). */
function groupByBucket(segment: Segment, rows: Int32Array, starts: Float64Array): { sorted: Int32Array; offsets: Int32Array } {
  const bucket = new Int32Array(rows.length);
  const offsets = new Int32Array(starts.length + 1);
  for (let k = 0; k < rows.length; k++) offsets[(bucket[k] = bucketOf(starts, segment.told[rows[k]!]!)) + 1]!++;
  for (let b = 0; b < starts.length; b++) offsets[b + 1]! += offsets[b]!;
  const next = offsets.slice(0, starts.length);
  const sorted = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) sorted[next[bucket[k]!]!++] = rows[k]!;
  return { sorted, offsets };
}

/** Per bucket: story count, and for the signifier its answers (counts per option, or means). */
export function trendOf(segment: Segment, rows: Int32Array, interval: TrendInterval, signifierId?: string): Trend {
  const entry = signifierId === undefined ? undefined : catalogEntry(segment.catalog, signifierId);
  const header = { interval, signifierId: entry?.id ?? null, type: entry?.type ?? null };
  if (rows.length === 0) return { ...header, buckets: [] };
  let [first, last] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (let k = 0; k < rows.length; k++) {
    const ms = segment.told[rows[k]!]!;
    if (ms < first) first = ms;
    if (ms > last) last = ms;
  }
  const starts = Float64Array.from(bucketStarts(first, last, interval));
  const { sorted, offsets } = groupByBucket(segment, rows, starts);
  const buckets = Array.from(starts, (start, b): TrendBucket => {
    const inBucket = sorted.subarray(offsets[b]!, offsets[b + 1]!);
    const bucket: TrendBucket = { start: new Date(start).toISOString(), n: inBucket.length };
    return entry ? { ...bucket, ...signifierSummary(segment, entry.id, inBucket) } : bucket;
  });
  return { ...header, buckets };
}

function signifierSummary(segment: Segment, id: string, rows: Int32Array): Omit<TrendBucket, "start" | "n"> {
  const column = segment.columns.get(id)!;
  switch (column.kind) {
    case "single":
    case "multiple": {
      const d = distributionOf(segment, id, rows);
      return d.type === "choice" ? { answered: d.answered, options: d.options } : {};
    }
    case "dyad":
    case "scale": {
      const array = column.arrays[0]!;
      let [answered, sum] = [0, 0];
      for (let k = 0; k < rows.length; k++) {
        const v = array[rows[k]!]!;
        if (Number.isNaN(v)) continue;
        answered++;
        sum += v;
      }
      return { answered, mean: answered ? sum / answered : null };
    }
    case "triad": {
      const parts = triads(column.arrays, rows);
      return { answered: parts[0].length, mean: parts[0].length ? parts.map((part) => mean(part)) : null };
    }
    case "stones":
      return {};
  }
}
