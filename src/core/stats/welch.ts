// Difference of two means with Welch's t interval: "the mean slider position after intervention X,
// minus the mean in the rest of the situation", with its 95% confidence interval. Welch does not
// assume equal variances (the groups of a what-works row seldom have them), and takes its degrees
// of freedom from the Welch–Satterthwaite equation, as R's t.test(x, y) does by default:
//   se² = s1² / n1 + s2² / n2,  df = se⁴ / ((s1² / n1)² / (n1 − 1) + (s2² / n2)² / (n2 − 1)),
//   interval = (m1 − m2) ± t(1 − α / 2, df) · se.
//
// Edge cases, where R's t.test stops with an error instead:
// - a group without values: everything is NaN;
// - a group with one value: no variance to estimate, so the estimate stands but the interval, df,
//   t and p are NaN;
// - no spread in either group (se = 0): the interval is exact, [d, d], as the formula gives in the
//   limit; t, df and p are NaN, for there is no spread to test against.
// As every t interval, it rests on the means being close to normal: fine for the group sizes a
// what-works row needs (10 or more), less so for two or three stories.
import { mean, variance } from "./descriptives.ts";
import { studentTQuantile, studentTTwoSidedP } from "./distributions.ts";

/** What the interval needs of each group. */
export interface Moments {
  n: number;
  mean: number;
  /** Sample variance (denominator n − 1); NaN for fewer than two values. */
  variance: number;
}

export interface WelchResult {
  /** mean1 − mean2. */
  estimate: number;
  lower: number;
  upper: number;
  mean1: number;
  mean2: number;
  /** Standard error of the difference, √(s1² / n1 + s2² / n2). */
  se: number;
  /** Welch–Satterthwaite degrees of freedom (rarely whole). */
  df: number;
  t: number;
  /** Two-sided p-value of Welch's t-test. */
  pValue: number;
}

function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence ${confidence} is not in (0, 1)`);
}

/** Welch's interval from each group's n, mean and sample variance (R: t.test(x, y)$conf.int). */
export function welchFromMoments(a: Moments, b: Moments, confidence = 0.95): WelchResult {
  checkConfidence(confidence);
  const nan = Number.NaN;
  const estimate = a.n > 0 && b.n > 0 ? a.mean - b.mean : nan;
  const base = { estimate, mean1: a.n > 0 ? a.mean : nan, mean2: b.n > 0 ? b.mean : nan };
  if (a.n < 2 || b.n < 2 || Number.isNaN(estimate)) return { ...base, lower: nan, upper: nan, se: nan, df: nan, t: nan, pValue: nan };
  // Variances from running sums can come out a hair below 0; NaN stays NaN.
  const va = (a.variance < 0 ? 0 : a.variance) / a.n;
  const vb = (b.variance < 0 ? 0 : b.variance) / b.n;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { ...base, lower: estimate, upper: estimate, se, df: nan, t: nan, pValue: nan };
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const half = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
  const t = estimate / se;
  return { ...base, lower: estimate - half, upper: estimate + half, se, df, t, pValue: studentTTwoSidedP(t, df) };
}

/** Welch two-sample t-test and interval for mean(x) − mean(y) (R: t.test(x, y), var.equal = FALSE). */
export function welchTest(x: ArrayLike<number>, y: ArrayLike<number>, confidence = 0.95): WelchResult {
  return welchFromMoments({ n: x.length, mean: mean(x), variance: variance(x) }, { n: y.length, mean: mean(y), variance: variance(y) }, confidence);
}
