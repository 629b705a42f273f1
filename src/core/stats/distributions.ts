// The only door to jStat: every tail probability the stats library needs goes through here, so a
// change of distribution library touches one file, and the tails are taken the accurate way round.
import jStat from "jstat";

/** P(Z <= z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return jStat.normal.cdf(z, 0, 1);
}

/** Two-sided p-value for a standard normal statistic: 2 · P(Z >= |z|). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  // jStat's normal cdf is 0.5 (1 + erf(x)), exact to about 1e-16 in absolute terms: p-values below
  // that read as 0, which no report tells apart from "< 0.001".
  return Math.min(1, 2 * jStat.normal.cdf(-Math.abs(z), 0, 1));
}

/** The standard normal quantile: z with P(Z <= z) = p. */
export function normalQuantile(p: number): number {
  return jStat.normal.inv(p, 0, 1);
}

/**
 * The Student t quantile: t with P(T <= t) = p for df degrees of freedom (df need not be whole; a
 * Welch interval's rarely is). jStat inverts its incomplete beta, whose continued fraction stops at
 * a relative change of 3e-7: the quantile agrees with SciPy's t.ppf to about 1e-7 relative, far
 * below the digits an interval is read to. df = Infinity is the normal quantile.
 */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || !(df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalQuantile(p);
  return jStat.studentt.inv(p, df);
}

/** Two-sided p-value for a Student t statistic: 2 · P(T >= |t|) = I_{df / (df + t²)}(df / 2, 1 / 2). */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (!Number.isFinite(t)) return 0;
  if (df === Number.POSITIVE_INFINITY) return normalTwoSidedP(t);
  // The incomplete beta directly, not 1 − cdf, so small p-values keep their digits.
  return Math.min(1, jStat.ibeta(df / (df + t * t), df / 2, 0.5));
}

/**
 * P(X >= x) for a chi-square variable with df degrees of freedom. jStat has no upper regularised
 * gamma, so this is 1 - cdf: its series agrees with SciPy to about 1e-11, and values below about
 * 1e-15 read as 0, far below any p-value the app tells apart.
 */
export function chiSquareUpper(x: number, df: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  return Math.max(0, 1 - jStat.chisquare.cdf(x, df));
}

/** P(F >= f) for an F(df1, df2) variable, via the incomplete beta so the upper tail stays precise. */
export function fUpper(f: number, df1: number, df2: number): number {
  if (Number.isNaN(f)) return Number.NaN;
  if (f <= 0) return 1;
  // P(F > f) = I_{df2 / (df2 + df1 f)}(df2 / 2, df1 / 2) (Abramowitz & Stegun 26.6.2).
  return jStat.ibeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}

/** ln(n!) for a non-negative integer n. */
export function logFactorial(n: number): number {
  return n < 2 ? 0 : jStat.gammaln(n + 1);
}
