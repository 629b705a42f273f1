// Wilcoxon signed-rank test for paired answers, e.g. the same teller's dyad before and after, or a
// teller's answer against an interpreter's on the same story. As R's wilcox.test(x, y,
// paired = TRUE, exact = FALSE, correct = TRUE): zero differences are dropped (Wilcoxon's
// original rule, R's default), and the p-value uses the normal approximation with tie and
// continuity corrections.
import { normalTwoSidedP } from "./distributions.ts";
import { rank, tieSum } from "./ranks.ts";

export interface SignedRankResult {
  /** Sum of the ranks of the positive differences x − y (R's V). */
  v: number;
  z: number;
  pValue: number;
  /** Matched-pairs rank-biserial correlation (T+ − T−) / (T+ + T−) (Kerby 2014), in [−1, 1]. */
  rankBiserial: number;
  /** Pairs with a non-zero difference, the ones the test uses. */
  n: number;
  /** Pairs with a zero difference, dropped. */
  zeros: number;
  /** True when no non-zero difference remains: nothing to test, p = 1. */
  degenerate: boolean;
}

/** Two-sided Wilcoxon signed-rank test on paired values x[i], y[i]. */
export function wilcoxonSignedRank(x: readonly number[], y: readonly number[]): SignedRankResult {
  if (x.length !== y.length) throw new RangeError("paired samples differ in length");
  const diffs = x.map((v, i) => v - y[i]!).filter((d) => d !== 0);
  const zeros = x.length - diffs.length;
  const n = diffs.length;
  if (n === 0) return { v: 0, z: 0, pValue: 1, rankBiserial: 0, n, zeros, degenerate: true };
  const { ranks, ties } = rank(diffs.map(Math.abs));
  let v = 0;
  diffs.forEach((d, i) => {
    if (d > 0) v += ranks[i]!;
  });
  const total = (n * (n + 1)) / 2;
  const rankBiserial = (v - (total - v)) / total;
  const centred = v - total / 2;
  // Var(V) = n (n + 1) (2n + 1) / 24 − Σ(t³ − t) / 48.
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum(ties) / 48);
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  return { v, z, pValue: normalTwoSidedP(z), rankBiserial, n, zeros, degenerate: false };
}
