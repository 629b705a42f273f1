// Many comparisons at once (every intervention against the baseline, every signifier against every
// group) make some small p-values by chance. Benjamini–Hochberg q-values control the expected share
// of false discoveries among the findings a report highlights.

/**
 * Benjamini–Hochberg adjusted p-values (q-values), as R's p.adjust(p, method = "BH"): sorted
 * descending, q(i) = min over j ≥ i of min(1, m · p(j) / j). NaN stays NaN and does not count in m,
 * as R does with NA.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const idx = pValues.flatMap((p, i) => (Number.isNaN(p) ? [] : [i]));
  for (const i of idx) {
    const p = pValues[i]!;
    if (p < 0 || p > 1) throw new RangeError(`p-value ${p} is outside [0, 1]`);
  }
  const m = idx.length;
  const q = pValues.map(() => Number.NaN);
  idx.sort((a, b) => pValues[b]! - pValues[a]!);
  let running = 1;
  idx.forEach((i, k) => {
    const rankAscending = m - k;
    running = Math.min(running, (m / rankAscending) * pValues[i]!);
    q[i] = running;
  });
  return q;
}
