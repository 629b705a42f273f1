// Confidence intervals for a share of stories and for a difference of two shares, e.g. "the share
// of good outcomes after intervention X, minus the share in the situation's baseline".
//
// Choice: Wilson score intervals for one share and Newcombe's hybrid score interval (Newcombe 1998,
// Statistics in Medicine 17:873–890, method 10) for a difference. The Wald interval p ± z·se is
// the textbook one but fails exactly where story data lives: small groups and shares near 0 or 1
// (for 0 of 10 it gives the empty interval [0, 0]). Newcombe's method keeps close to nominal
// coverage there and needs no iteration.
//
// The two shares must come from separate stories: to compare intervention X with its situation's
// baseline, the baseline is the situation's stories without X, not all of them.
import { normalQuantile } from "./distributions.ts";

export interface ProportionInterval {
  estimate: number;
  lower: number;
  upper: number;
}

export interface DifferenceInterval extends ProportionInterval {
  p1: number;
  p2: number;
}

function checkCount(x: number, n: number): void {
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || n < 0 || x > n) {
    throw new RangeError(`${x} of ${n} is not a count within a total`);
  }
}

function zFor(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence ${confidence} is not in (0, 1)`);
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** Wilson score interval for x successes out of n (R: prop.test(x, n, correct = FALSE)$conf.int). */
export function wilsonInterval(x: number, n: number, confidence = 0.95): ProportionInterval {
  checkCount(x, n);
  if (n === 0) return { estimate: Number.NaN, lower: 0, upper: 1 };
  const z = zFor(confidence);
  const z2 = z * z;
  // The roots in π of (p − π)² = z² π (1 − π) / n, written as centre ± half-width.
  const centre = (x + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt((x * (n - x)) / n + z2 / 4)) / (n + z2);
  // At x = 0 or x = n one bound is exactly 0 or 1; rounding must not move it.
  return { estimate: x / n, lower: x === 0 ? 0 : centre - half, upper: x === n ? 1 : centre + half };
}

/**
 * Difference p1 − p2 of two independent shares with Newcombe's hybrid score interval:
 * L = d − √((p1 − l1)² + (u2 − p2)²), U = d + √((u1 − p1)² + (p2 − l2)²), where (l, u) are the
 * Wilson intervals of each share.
 */
export function proportionDifference(x1: number, n1: number, x2: number, n2: number, confidence = 0.95): DifferenceInterval {
  const a = wilsonInterval(x1, n1, confidence);
  const b = wilsonInterval(x2, n2, confidence);
  const p1 = a.estimate;
  const p2 = b.estimate;
  const d = p1 - p2;
  if (Number.isNaN(d)) return { p1, p2, estimate: Number.NaN, lower: -1, upper: 1 };
  return {
    p1,
    p2,
    estimate: d,
    lower: Math.max(-1, d - Math.hypot(p1 - a.lower, b.upper - p2)),
    upper: Math.min(1, d + Math.hypot(a.upper - p1, p2 - b.lower)),
  };
}
