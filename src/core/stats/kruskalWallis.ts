// Kruskal–Wallis H test: do several groups (e.g. stories per intervention) differ in where their
// values lie? The rank-based one-way comparison, as R's kruskal.test, with the tie correction and
// the chi-square approximation for the p-value.
import { chiSquareUpper } from "./distributions.ts";
import { rank, tieSum } from "./ranks.ts";

export interface KruskalWallisResult {
  statistic: number;
  df: number;
  pValue: number;
  /** ε² = H / (N − 1) (Tomczak & Tomczak 2014): the share of rank variance between groups, in [0, 1]. */
  epsilonSquared: number;
  n: number;
  /** Number of non-empty groups. */
  groups: number;
  /** True with fewer than two non-empty groups or all values tied: nothing to test, p = 1. */
  degenerate: boolean;
}

/** Kruskal–Wallis rank-sum test (R: kruskal.test(list(...))). Empty groups are left out. */
export function kruskalWallis(groups: readonly (readonly number[])[]): KruskalWallisResult {
  const used = groups.filter((g) => g.length > 0);
  const values = used.flat();
  const n = values.length;
  const k = used.length;
  const { ranks, ties } = rank(values);
  const correction = 1 - tieSum(ties) / (n * n * n - n);
  if (k < 2 || !(correction > 0)) {
    return { statistic: 0, df: Math.max(0, k - 1), pValue: 1, epsilonSquared: 0, n, groups: k, degenerate: true };
  }
  // H = (12 / (N (N + 1)) Σ R_i² / n_i − 3 (N + 1)) / (1 − Σ(t³ − t) / (N³ − N)).
  let sum = 0;
  let offset = 0;
  for (const g of used) {
    let r = 0;
    for (let i = 0; i < g.length; i++) r += ranks[offset + i]!;
    sum += (r * r) / g.length;
    offset += g.length;
  }
  const statistic = ((12 / (n * (n + 1))) * sum - 3 * (n + 1)) / correction;
  const df = k - 1;
  return { statistic, df, pValue: chiSquareUpper(statistic, df), epsilonSquared: statistic / (n - 1), n, groups: k, degenerate: false };
}
