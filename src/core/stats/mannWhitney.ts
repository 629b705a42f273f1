// Mann–Whitney U (Wilcoxon rank-sum) test: do the values of one group tend to lie above those of
// another? For dyads, scales and single triad corners, where means mislead on bounded, skewed and
// lumpy answers. p-values use the normal approximation with tie and continuity corrections, as R's
// wilcox.test(x, y, exact = FALSE, correct = TRUE): story data has many ties (scales, sliders
// parked at 0.5), and R's exact distribution does not allow ties anyway.
import { normalTwoSidedP } from "./distributions.ts";
import { rank, tieSum } from "./ranks.ts";

export interface MannWhitneyResult {
  /** U of the first group: the number of (x, y) pairs with x > y, ties counting ½ (R's W). */
  u: number;
  z: number;
  pValue: number;
  /** Rank-biserial correlation 2U / (n1 n2) − 1, in [−1, 1]; positive when x tends to be larger. */
  rankBiserial: number;
  /** U / (n1 n2): the probability that a random x exceeds a random y, ties counting ½. */
  commonLanguage: number;
  n1: number;
  n2: number;
  /** True when a group is empty or all values are tied: nothing to test, p = 1 (or NaN if empty). */
  degenerate: boolean;
}

/** Two-sided Mann–Whitney U test (R: wilcox.test(x, y, exact = FALSE, correct = TRUE)). */
export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) {
    const nan = Number.NaN;
    return { u: nan, z: nan, pValue: nan, rankBiserial: nan, commonLanguage: nan, n1, n2, degenerate: true };
  }
  const { ranks, ties } = rank([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i]!;
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const centred = u - (n1 * n2) / 2;
  // Var(U) = n1 n2 / 12 · ((n + 1) − Σ(t³ − t) / (n (n − 1))).
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieSum(ties) / (n * (n - 1))));
  const commonLanguage = u / (n1 * n2);
  const effect = { u, rankBiserial: 2 * commonLanguage - 1, commonLanguage, n1, n2 };
  if (!(sigma > 0)) return { ...effect, z: 0, pValue: 1, degenerate: true };
  // Continuity correction: half a unit towards the mean, as R (correct = TRUE).
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  return { ...effect, z, pValue: normalTwoSidedP(z), degenerate: false };
}
