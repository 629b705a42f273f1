// Descriptive statistics for the numbers behind a chart: location (mean, median, quantiles) and
// histogram counts for values on [0, 1] (dyads, one triad corner, a stone coordinate).

/** Arithmetic mean; NaN for no values. */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Sample variance (denominator n − 1); NaN for fewer than two values. */
export function variance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - m) ** 2;
  return ss / (n - 1);
}

function sorted(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

function quantileOfSorted(s: Float64Array, p: number): number {
  // R's default (type 7): h = (n − 1) p, interpolating between the order statistics around h.
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

/** Quantile as R's quantile(x, p) with its default type 7; NaN for no values. */
export function quantile(values: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability ${p} is outside [0, 1]`);
  if (values.length === 0) return Number.NaN;
  return quantileOfSorted(sorted(values), p);
}

/** Several quantiles at once, sorting the values once. */
export function quantiles(values: ArrayLike<number>, ps: readonly number[]): number[] {
  if (values.length === 0) return ps.map(() => Number.NaN);
  const s = sorted(values);
  return ps.map((p) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability ${p} is outside [0, 1]`);
    return quantileOfSorted(s, p);
  });
}

/** Median (the type-7 quantile at 1/2, which is the usual median). */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

export interface Histogram {
  /** bins + 1 edges from 0 to 1. */
  edges: number[];
  /** Count per bin; bin i is [edges[i], edges[i+1]), the last one closed so that 1 counts. */
  counts: Int32Array;
  /** Values outside [0, 1] or not finite, left out of the counts. */
  outside: number;
}

/** Counts values on [0, 1] in equal-width bins. */
export function histogramUnit(values: ArrayLike<number>, bins: number): Histogram {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be a positive integer, not ${bins}`);
  const counts = new Int32Array(bins);
  let outside = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0 && v <= 1)) {
      outside++;
      continue;
    }
    // Multiplying, not dividing by a width, keeps 0.3 with 10 bins in bin 3 as a reader expects;
    // only floating point noise can push a value across an edge, and then by 1 ulp.
    const bin = Math.min(bins - 1, Math.floor(v * bins));
    counts[bin] = counts[bin]! + 1;
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => i / bins);
  return { edges, counts, outside };
}
