// How far apart answers are, for agreement measures such as "how much do the interpreters of a
// story differ on this triad?". The mean over all pairs of answers is a spread measure that does
// not need a centre, and it reads the same for two answers as for twenty.
import { aitchisonDistance, type Triad } from "./composition.ts";

/**
 * Distance between two triads as drawn: the Euclidean distance on an equilateral triangle with
 * sides of length 1, i.e. √(Σ (a_i − b_i)² / 2). 0 for the same point, 1 between two corners.
 */
export function triadDistance(a: Triad, b: Triad): number {
  return Math.sqrt(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2) / 2);
}

export { aitchisonDistance };

/** Distance between two dyad (or any scalar) answers: |a − b|. */
export function dyadDistance(a: number, b: number): number {
  return Math.abs(a - b);
}

/** Mean of distance(x_i, x_j) over all pairs i < j; NaN for fewer than two items. */
export function meanPairwiseDistance<T>(items: readonly T[], distance: (a: T, b: T) => number): number {
  const n = items.length;
  if (n < 2) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sum += distance(items[i]!, items[j]!);
  return sum / ((n * (n - 1)) / 2);
}

/** Mean |x_i − x_j| over all pairs, in O(n log n): sorted, x_(i) is above i values and below n − 1 − i. */
export function meanPairwiseDyadDistance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const s = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += s[i]! * (2 * i - n + 1);
  return sum / ((n * (n - 1)) / 2);
}

/** Mean triadDistance over all pairs of triads. */
export function meanPairwiseTriadDistance(triads: readonly Triad[]): number {
  return meanPairwiseDistance(triads, triadDistance);
}

/** Mean Aitchison distance over all pairs of triads (after zero replacement). */
export function meanPairwiseAitchisonDistance(triads: readonly Triad[]): number {
  return meanPairwiseDistance(triads, (a, b) => aitchisonDistance(a, b));
}
