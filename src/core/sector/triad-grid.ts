// Triad answers shared with a sector are counted on one fixed triangular grid, so that the counts of
// different organizations (and months) add up point by point. An answer (three shares summing to 1)
// goes to the nearest grid point (i, j, k) with i + j + k = divisions.

export const DEFAULT_TRIAD_DIVISIONS = 10;

/** The number of grid points: (n + 1)(n + 2)/2, 66 for n = 10. */
export const triadGridSize = (divisions: number) => ((divisions + 1) * (divisions + 2)) / 2;

/**
 * The grid point of an answer, rounding the three scaled shares so they still sum to `divisions`
 * (largest remainder: each share rounds down, the biggest remainders get the leftover units).
 */
export function triadGridPoint(shares: readonly [number, number, number], divisions = DEFAULT_TRIAD_DIVISIONS): [number, number, number] {
  const scaled = shares.map((share) => Math.max(0, share) * divisions);
  const point = scaled.map(Math.floor) as [number, number, number];
  let left = divisions - point[0] - point[1] - point[2];
  const byRemainder = [0, 1, 2].sort((a, b) => scaled[b]! - point[b]! - (scaled[a]! - point[a]!) || a - b);
  for (const corner of byRemainder) {
    if (left <= 0) break;
    point[corner]!++;
    left--;
  }
  return point;
}

/** The point's place in a flat list of counts: row i holds divisions − i + 1 points, by j. */
export function triadGridIndex([i, j]: readonly [number, number, number], divisions = DEFAULT_TRIAD_DIVISIONS): number {
  return i * (divisions + 1) - (i * (i - 1)) / 2 + j;
}

/** The shares at the centre of grid point `index`: the inverse of triadGridIndex, for drawing. */
export function triadGridShares(index: number, divisions = DEFAULT_TRIAD_DIVISIONS): [number, number, number] {
  let i = 0;
  let start = 0;
  while (start + (divisions - i + 1) <= index) start += divisions - i++ + 1;
  const j = index - start;
  return [i / divisions, j / divisions, (divisions - i - j) / divisions];
}
