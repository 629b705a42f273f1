// The rows of a segment that a filter keeps, as a selection vector (row numbers, ascending). The
// period comes first: rows are kept in time order (segment.ts), so it is a binary search and a
// contiguous range. Each further condition compacts the vector in place, so a narrow condition
// early makes the later ones cheap. Each kind of condition has its own small loop rather than a
// predicate callback (one call per row would cost more than the comparison), and the loops are
// branch-free: every row is written and the write position advances by 0 or 1, because a
// mispredicted branch per story costs several times the comparison at a million stories.
import type { ResolvedCondition, ResolvedFilter } from "../core/patterns/filter.ts";
import type { Segment } from "./segment.ts";
import type { ScopedSegment } from "./story-index.ts";

function memberOf(codes: readonly number[], size: number): Uint8Array {
  const wanted = new Uint8Array(size);
  for (const c of codes) wanted[c] = 1;
  return wanted;
}

/** `full`: the vector is not filled yet and the pass runs over rows 0 … count − 1 themselves. */
function keepLabels(rows: Int32Array, count: number, full: boolean, column: Uint16Array | Uint8Array, wanted: Uint8Array): number {
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const row = full ? k : rows[k]!;
    rows[kept] = row;
    kept += wanted[column[row]!]!;
  }
  return kept;
}

/** Rows marked 1 in `marked` (one byte per row of the segment). */
function keepMarked(rows: Int32Array, count: number, full: boolean, marked: Uint8Array): number {
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const row = full ? k : rows[k]!;
    rows[kept] = row;
    kept += marked[row]!;
  }
  return kept;
}

/** One byte per row: 1 for the rows of these stories (ids the segment does not hold are skipped). */
function markStories(s: Segment, storyIds: readonly string[]): Uint8Array {
  const marked = new Uint8Array(s.length);
  for (const id of storyIds) {
    const row = s.ids.find(id);
    if (row >= 0) marked[row] = 1;
  }
  return marked;
}

function keepBits(rows: Int32Array, count: number, full: boolean, bits: Uint32Array, low: number, high: number): number {
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const row = full ? k : rows[k]!;
    const hit = (bits[row * 2]! & low) | (bits[row * 2 + 1]! & high);
    rows[kept] = row;
    kept += ((hit | -hit) >>> 31) & 1;
  }
  return kept;
}

/** min ≤ value ≤ max; NaN (missing) never passes. */
function keepRange(rows: Int32Array, count: number, full: boolean, values: Float64Array | Float32Array, min: number, max: number): number {
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const row = full ? k : rows[k]!;
    const v = values[row]!;
    rows[kept] = row;
    kept += +(v >= min) & +(v <= max);
  }
  return kept;
}

function keepCondition(segment: Segment, rows: Int32Array, count: number, full: boolean, c: ResolvedCondition): number {
  const column = segment.columns.get(c.entry.id)!;
  if (c.kind === "options" && column.kind === "single") return keepLabels(rows, count, full, column.codes, memberOf(c.codes, 256));
  if (c.kind === "options" && column.kind === "multiple") {
    let low = 0;
    let high = 0;
    for (const code of c.codes) code < 32 ? (low |= 1 << code) : (high |= 1 << (code - 32));
    return keepBits(rows, count, full, column.bits, low, high);
  }
  if (c.kind === "corner" && column.kind === "triad") return keepRange(rows, count, full, column.arrays[c.corner]!, c.min, c.max);
  if (c.kind === "range" && (column.kind === "dyad" || column.kind === "scale")) return keepRange(rows, count, full, column.arrays[0]!, c.min, c.max);
  throw new Error(`condition ${c.kind} does not fit column ${column.kind}`);
}

/** The first of rows from … to − 1 (in time order) told at or after `ms`. */
function firstAtOrAfter(told: Float64Array, from: number, to: number, ms: number): number {
  let [lo, hi] = [from, to];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (told[mid]! < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The period: a binary search over the rows in time order, a scan over the few after them. */
function selectPeriod(s: Segment, rows: Int32Array, fromMs: number, toMs: number): number {
  const lo = firstAtOrAfter(s.told, 0, s.sortedPrefix, fromMs);
  const hi = firstAtOrAfter(s.told, lo, s.sortedPrefix, toMs);
  let count = 0;
  for (let row = lo; row < hi; row++) rows[count++] = row;
  for (let row = s.sortedPrefix; row < s.length; row++) {
    rows[count] = row;
    count += +(s.told[row]! >= fromMs) & +(s.told[row]! < toMs);
  }
  return count;
}

/**
 * Row numbers of the segment's stories in scope that pass the filter (and, when given, are among
 * `storyIds`), in the segment's reused buffer: aggregate them before anything else can select (no
 * await in between).
 */
export function select(scoped: ScopedSegment, filter: ResolvedFilter, storyIds?: readonly string[]): Int32Array {
  const s = scoped.segment;
  s.keepSorted();
  const rows = s.selectionBuffer();
  let count = s.length;
  let full = true;
  if (filter.fromMs > Number.NEGATIVE_INFINITY || filter.toMs < Number.POSITIVE_INFINITY) {
    count = selectPeriod(s, rows, filter.fromMs, filter.toMs);
    full = false;
  }
  const pass = (keep: (full: boolean) => number) => {
    count = keep(full);
    full = false;
  };
  const labels = (column: Uint16Array, values: readonly string[], dictionary: Segment["collections"]) =>
    pass((f) => keepLabels(rows, count, f, column, memberOf(dictionary.lookup(values), 0x10000)));
  if (scoped.collectionId) labels(s.collection, [scoped.collectionId], s.collections);
  if (filter.collections) labels(s.collection, filter.collections, s.collections);
  if (filter.teams) labels(s.team, filter.teams, s.teams);
  if (filter.channels) labels(s.channel, filter.channels, s.channels);
  for (const c of filter.conditions) pass((f) => keepCondition(s, rows, count, f, c));
  // Marked after keepSorted: sorting moves rows.
  if (storyIds) pass((f) => keepMarked(rows, count, f, markStories(s, storyIds)));
  if (full) for (let row = 0; row < count; row++) rows[row] = row;
  return rows.subarray(0, count);
}
