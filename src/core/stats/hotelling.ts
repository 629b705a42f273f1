// Hotelling's two-sample T² for 2-D points: the multivariate t-test. Used on ilr coordinates of
// triads (where it is the compositional test of a difference in mean position) and usable on
// stones' (x, y). Assumes roughly normal coordinates with equal covariance in both groups; the
// permutation test in triadTests.ts needs neither and is the one to prefer for small groups.
import { fUpper } from "./distributions.ts";

export type Point = readonly [number, number];

export interface HotellingResult {
  t2: number;
  f: number;
  df1: number;
  df2: number;
  pValue: number;
  /** Mean of the first group minus mean of the second. */
  difference: [number, number];
  /** True when there are too few points (n1 + n2 < 4) or the pooled covariance is singular. */
  degenerate: boolean;
}

/** Points as two coordinate arrays: x[k], y[k] is point k. */
export interface Coordinates {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

function meanAndScatter({ x, y }: Coordinates): { m: [number, number]; sxx: number; sxy: number; syy: number } {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let k = 0; k < n; k++) {
    mx += x[k]!;
    my += y[k]!;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const [dx, dy] = [x[k]! - mx, y[k]! - my];
    sxx += dx ** 2;
    sxy += dx * dy;
    syy += dy ** 2;
  }
  return { m: [mx, my], sxx, sxy, syy };
}

/** Points split into their coordinates. */
export function coordinatesOf(points: readonly Point[]): Coordinates {
  const [x, y] = [new Float64Array(points.length), new Float64Array(points.length)];
  for (let k = 0; k < points.length; k++) [x[k], y[k]] = points[k]!;
  return { x, y };
}

/**
 * Two-sample Hotelling T² with pooled covariance S: T² = n1 n2 / (n1 + n2) · dᵀ S⁻¹ d, and
 * F = (n − p − 1) / (p (n − 2)) · T² ~ F(p, n − p − 1) with p = 2 and n = n1 + n2.
 */
export function hotellingT2(a: readonly Point[], b: readonly Point[]): HotellingResult {
  return hotellingT2Of(coordinatesOf(a), coordinatesOf(b));
}

/** hotellingT2 over coordinate arrays, for callers that hold many points and no arrays per point. */
export function hotellingT2Of(a: Coordinates, b: Coordinates): HotellingResult {
  const n1 = a.x.length;
  const n2 = b.x.length;
  const n = n1 + n2;
  const p = 2;
  const df2 = n - p - 1;
  const nan = Number.NaN;
  if (n1 === 0 || n2 === 0 || df2 < 1) {
    return { t2: nan, f: nan, df1: p, df2, pValue: nan, difference: [nan, nan], degenerate: true };
  }
  const A = meanAndScatter(a);
  const B = meanAndScatter(b);
  const dx = A.m[0] - B.m[0];
  const dy = A.m[1] - B.m[1];
  const sxx = (A.sxx + B.sxx) / (n - 2);
  const sxy = (A.sxy + B.sxy) / (n - 2);
  const syy = (A.syy + B.syy) / (n - 2);
  const det = sxx * syy - sxy * sxy;
  // Relative test: a determinant tiny against the variances means (near-)collinear points.
  if (!(det > 1e-12 * sxx * syy)) {
    return { t2: nan, f: nan, df1: p, df2, pValue: nan, difference: [dx, dy], degenerate: true };
  }
  // dᵀ S⁻¹ d with the closed-form inverse of a 2×2 matrix.
  const quad = (syy * dx * dx - 2 * sxy * dx * dy + sxx * dy * dy) / det;
  const t2 = ((n1 * n2) / n) * quad;
  const f = (df2 / (p * (n - 2))) * t2;
  return { t2, f, df1: p, df2, pValue: fUpper(f, p, df2), difference: [dx, dy], degenerate: false };
}
