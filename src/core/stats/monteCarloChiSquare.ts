// Chi-square test with a Monte-Carlo p-value, as R's chisq.test(simulate.p.value = TRUE), for
// tables larger than 2×2 with small expected counts, where the chi-square approximation is poor.
//
// Why not the exact Freeman–Halton test: its network algorithm is a large piece of code to get
// right, its run time grows steeply with n and table size, and stories per cell are what is small
// here, not n. Shuffling one variable against the other draws tables from exactly the distribution
// the exact test sums over (the multiple hypergeometric given both margins), so with a few
// thousand draws the p-value is the exact one to within about ±0.01, and reproducible by seed.
import { dropEmpty, expectedCounts, margins, pearsonStatistic, type Table } from "./contingency.ts";
import { DEFAULT_SEED, mulberry32, shuffle } from "./random.ts";

export interface MonteCarloOptions {
  /** Number of simulated tables; R's default is 2000. */
  replicates?: number;
  seed?: number;
}

export interface MonteCarloResult {
  statistic: number;
  pValue: number;
  replicates: number;
  seed: number;
  degenerate: boolean;
}

/** Pearson's X² with p = (1 + #{simulated X² ≥ observed}) / (B + 1), as R. */
export function monteCarloChiSquare(table: Table, options: MonteCarloOptions = {}): MonteCarloResult {
  const replicates = options.replicates ?? 2000;
  const seed = options.seed ?? DEFAULT_SEED;
  const t = dropEmpty(table);
  const r = t.length;
  const c = t[0]?.length ?? 0;
  if (r < 2 || c < 2) return { statistic: 0, pValue: 1, replicates: 0, seed, degenerate: true };
  const expected = expectedCounts(t);
  const statistic = pearsonStatistic(t, expected);
  const { n } = margins(t);

  // One entry per story: its row and its column. Shuffling the columns keeps both margins.
  const rowOf = new Int32Array(n);
  const colOf = new Int32Array(n);
  let k = 0;
  t.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let s = 0; s < count; s++, k++) {
        rowOf[k] = i;
        colOf[k] = j;
      }
    }),
  );
  const flatExpected = Float64Array.from(expected.flat());
  const counts = new Int32Array(r * c);
  const random = mulberry32(seed);
  // R: almost.1 <- 1 - 64 * .Machine$double.eps, so ties with the observed statistic count.
  const threshold = (1 - 64 * Number.EPSILON) * statistic;
  let atLeast = 0;
  for (let b = 0; b < replicates; b++) {
    shuffle(colOf, random);
    counts.fill(0);
    for (let s = 0; s < n; s++) counts[rowOf[s]! * c + colOf[s]!]!++;
    // The same arithmetic in the same cell order as pearsonStatistic, so a simulated table equal
    // to the observed one gives the same bits, and R's 64 ε tolerance is enough for ties.
    let x2 = 0;
    for (let q = 0; q < counts.length; q++) {
      const d = counts[q]! - flatExpected[q]!;
      x2 += (d * d) / flatExpected[q]!;
    }
    if (x2 >= threshold) atLeast++;
  }
  return { statistic, pValue: (1 + atLeast) / (replicates + 1), replicates, seed, degenerate: false };
}
