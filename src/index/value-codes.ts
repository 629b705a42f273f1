// A dyad's or scale's answers as small whole numbers: the codes of the column's distinct values in
// ascending order. Ranks, medians and Mann–Whitney's U then come from counting codes per period
// or group (one pass, a few thousand counters) instead of sorting the answers on every question,
// which was most of a period comparison's time. A dyad's codes are made by sorting the column once
// and kept in step by the column as stories arrive (columns.ts); a scale's answers are whole
// numbers from min to max, so their code is the answer less min, with no sort at all.
import { type CodedColumn, codedColumn } from "../core/patterns/rank-tests.ts";

export interface ValueCodes {
  /** The row's answer is distinct[codes[row]]; distinct.length where the row has none. */
  codes: Uint16Array | Int32Array;
  /** The distinct answers, ascending (−0 counted as 0). May hold answers no row has any longer. */
  distinct: Float64Array;
}

/** Distinct values that two-byte codes can hold (the last code marks no answer). */
const TWO_BYTE_LEVELS = 0xffff;

/**
 * The codes of rows 0 … length − 1, sorted once; rows from length to capacity have no answer. Two
 * bytes a row up to 65,535 distinct values (a slider from the form has 101), four above.
 */
export function sortedCodes(values: Float64Array, length: number, capacity: number): ValueCodes {
  const { codes, levels, distinct } = codedColumn(values.subarray(0, length));
  const out = levels < TWO_BYTE_LEVELS ? new Uint16Array(capacity) : new Int32Array(capacity);
  out.fill(levels);
  for (let row = 0; row < length; row++) if (codes[row]! >= 0) out[row] = codes[row]!;
  return { codes: out, distinct };
}

/** The code of a value (NaN: no answer), or −1 when it is not among the distinct values. */
export function codeOf(coded: ValueCodes, value: number): number {
  const { distinct } = coded;
  if (Number.isNaN(value)) return distinct.length;
  let [lo, hi] = [0, distinct.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (distinct[mid]! < value) lo = mid + 1;
    else if (distinct[mid]! > value) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The codes of some rows (each with an answer) renumbered over the values they hold: what
 * codedColumn gives for their values, without its sort (what works ranks each situation so).
 */
export function codesAmong({ codes, distinct }: ValueCodes, rows: ArrayLike<number>): CodedColumn {
  const local = new Int32Array(distinct.length).fill(-1);
  for (let k = 0; k < rows.length; k++) local[codes[rows[k]!]!] = 0;
  let levels = 0;
  for (let c = 0; c < local.length; c++) if (local[c] === 0) local[c] = levels++;
  const held = new Float64Array(levels);
  for (let c = 0; c < local.length; c++) if (local[c]! >= 0) held[local[c]!] = distinct[c]!;
  const out = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = local[codes[rows[k]!]!]!;
  return { codes: out, levels, distinct: held };
}

/** A scale's codes: answer − min (its answers are whole numbers within [min, max]). */
export function scaleCodes(values: Float32Array, length: number, min: number, max: number): ValueCodes {
  const levels = max - min + 1;
  const codes = levels < TWO_BYTE_LEVELS ? new Uint16Array(length) : new Int32Array(length);
  for (let row = 0; row < length; row++) {
    const v = values[row]!;
    if (Number.isNaN(v)) codes[row] = levels;
    else if (v >= min && v <= max && Number.isInteger(v)) codes[row] = v - min;
    else throw new RangeError(`scale answer ${v} outside ${min} … ${max}`);
  }
  return { codes, distinct: Float64Array.from({ length: levels }, (_, k) => min + k) };
}
