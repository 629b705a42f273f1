// How many stories a comparison needs: the power of the two-sided test of two proportions, in the
// normal approximation of Fleiss, Levin & Paik (Statistical Methods for Rates and Proportions, 3rd
// ed., 2003, §4.2, without continuity correction) — the formula of R's power.prop.test (strict =
// FALSE). A reader sees "for a difference of 20 percentage points, about 97 stories per group", so
// the dashboard can say how far from enough it is instead of showing an empty table.
import { normalCdf, normalQuantile } from "./distributions.ts";

/** The conventions of Cohen (1988): 5% two-sided significance, 80% power. */
export const ALPHA = 0.05;
export const POWER = 0.8;

/** Power of the two-sided test that p1 = p2 with n stories in each group. */
export function twoProportionPower(n: number, p1: number, p2: number, alpha = ALPHA): number {
  if (!(n > 0) || p1 === p2) return alpha / 2;
  const z = normalQuantile(1 - alpha / 2);
  const pooled = Math.sqrt((p1 + p2) * (1 - (p1 + p2) / 2));
  return normalCdf((Math.sqrt(n) * Math.abs(p1 - p2) - z * pooled) / Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)));
}

/** Stories per group (not rounded) for that power: the closed-form inverse of twoProportionPower. */
export function twoProportionSampleSize(p1: number, p2: number, power = POWER, alpha = ALPHA): number {
  if (p1 === p2) return Number.POSITIVE_INFINITY;
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  const pooled = Math.sqrt((p1 + p2) * (1 - (p1 + p2) / 2));
  const separate = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return ((za * pooled + zb * separate) / (p1 - p2)) ** 2;
}

/**
 * The smallest difference d between two shares around one half (½ − d/2 against ½ + d/2, the hardest
 * case) that n stories per group find with that power; 1 when not even 0% against 100% would be.
 */
export function detectableDifference(n: number, power = POWER, alpha = ALPHA): number {
  const found = (d: number) => twoProportionPower(n, 0.5 - d / 2, 0.5 + d / 2, alpha) >= power;
  if (!found(1)) return 1;
  let [lo, hi] = [0, 1];
  for (let k = 0; k < 50; k++) {
    const mid = (lo + hi) / 2;
    if (found(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The smallest two-sided p the exact Wilcoxon signed-rank test can give with n pairs (all differences
 * one way): 2 / 2ⁿ. Below 6 pairs it stays above 5%: such a test can say nothing, so none is shown.
 */
export const signedRankSmallestP = (n: number) => Math.min(1, 2 / 2 ** n);

/** The fewest pairs with which the signed-rank test can reach alpha (6 at 5%). */
export function signedRankMinimumN(alpha = ALPHA): number {
  let n = 1;
  while (signedRankSmallestP(n) > alpha) n++;
  return n;
}
