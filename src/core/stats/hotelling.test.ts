import { describe, expect, it } from "vitest";
import { hotellingT2, type Point } from "./hotelling.ts";

describe("hotellingT2", () => {
  // Two independent routes, both re-run for this test.
  // NumPy 2.4.6 / SciPy 1.17.1 (pooled covariance from np.cov, F = (n − 3) / (2 (n − 2)) · T²):
  //   import numpy as np; from scipy import stats
  //   a = np.array([[0.1, 0.5], [0.4, 0.9], [0.3, 0.2], [0.8, 0.7], [0.5, 0.6], [0.2, 0.4]])
  //   b = np.array([[0.6, 0.3], [0.9, 0.5], [0.7, 0.1], [0.5, 0.2], [1.0, 0.6]])
  //   n1, n2 = len(a), len(b); n = n1 + n2
  //   S = ((n1 - 1) * np.cov(a.T) + (n2 - 1) * np.cov(b.T)) / (n - 2); d = a.mean(0) - b.mean(0)
  //   t2 = n1 * n2 / n * d @ np.linalg.solve(S, d); F = (n - 3) / (2 * (n - 2)) * t2
  //   t2, F, stats.f.sf(F, 2, n - 3), d
  //   -> 21.36998531245196, 9.497771249978648, 0.007712438434030492, [-0.35666666666666663, 0.2099999999999999]
  // R 4.2.2, one-way MANOVA, whose Hotelling–Lawley F is exact for two groups (T² = (n − 2) · HL):
  //   a <- rbind(c(0.1, 0.5), c(0.4, 0.9), c(0.3, 0.2), c(0.8, 0.7), c(0.5, 0.6), c(0.2, 0.4))
  //   b <- rbind(c(0.6, 0.3), c(0.9, 0.5), c(0.7, 0.1), c(0.5, 0.2), c(1.0, 0.6))
  //   g <- factor(rep(c("a", "b"), c(6, 5)))
  //   summary(manova(rbind(a, b) ~ g), test = "Hotelling-Lawley")$stats
  //   -> Hotelling-Lawley 2.374442812494662, approx F 9.49777124997865, num Df 2, den Df 8,
  //      Pr(>F) 0.007712438434030497; 9 · 2.374442812494662 = 21.36998531245196.
  const a: Point[] = [[0.1, 0.5], [0.4, 0.9], [0.3, 0.2], [0.8, 0.7], [0.5, 0.6], [0.2, 0.4]];
  const b: Point[] = [[0.6, 0.3], [0.9, 0.5], [0.7, 0.1], [0.5, 0.2], [1.0, 0.6]];

  it("matches NumPy/SciPy and R's manova (Hotelling–Lawley)", () => {
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
