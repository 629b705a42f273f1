import { describe, expect, it } from "vitest";
import { hotellingT2, type Point } from "./hotelling.ts";

describe("hotellingT2", () => {
  // Independent route: NumPy 2.4.6 / SciPy 1.17.1, with np.cov for each group's covariance,
  // S = ((n1 − 1) S1 + (n2 − 1) S2) / (n1 + n2 − 2), T² = n1 n2 / (n1 + n2) · d @ np.linalg.solve(S, d),
  // F = (n − 3) / (2 (n − 2)) · T², p = stats.f.sf(F, 2, n − 3):
  // T² = 21.36998531245196, F = 9.497771249978648, p = 0.007712438434030492.
  const a: Point[] = [[0.1, 0.5], [0.4, 0.9], [0.3, 0.2], [0.8, 0.7], [0.5, 0.6], [0.2, 0.4]];
  const b: Point[] = [[0.6, 0.3], [0.9, 0.5], [0.7, 0.1], [0.5, 0.2], [1.0, 0.6]];

  it("matches a NumPy computation", () => {
    const r = hotellingT2(a, b);
    expect(r.t2).toBeCloseTo(21.36998531245196, 11);
    expect(r.f).toBeCloseTo(9.497771249978648, 11);
    expect(r).toMatchObject({ df1: 2, df2: 8, degenerate: false });
    expect(r.pValue).toBeCloseTo(0.007712438434030492, 10);
    expect(r.difference[0]).toBeCloseTo(-0.35666666666666667, 14);
    expect(r.difference[1]).toBeCloseTo(0.21, 14);
  });

  it("is invariant under an invertible linear map of the coordinates (a property of T²)", () => {
    const map = ([x, y]: Point): Point => [2 * x + y - 3, -x + 0.5 * y];
    expect(hotellingT2(a.map(map), b.map(map)).t2).toBeCloseTo(21.36998531245196, 10);
    expect(hotellingT2(b, a).t2).toBeCloseTo(21.36998531245196, 11);
  });

  it("reports too few or collinear points", () => {
    expect(hotellingT2([[0, 0]], [[1, 1], [2, 2]]).degenerate).toBe(true);
    expect(hotellingT2([], a).degenerate).toBe(true);
    // All on the line y = x: the pooled covariance is singular.
    expect(hotellingT2([[0, 0], [1, 1], [2, 2]], [[3, 3], [5, 5]]).degenerate).toBe(true);
  });
});
