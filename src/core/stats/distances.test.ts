import { describe, expect, it } from "vitest";
import { ilr, type Triad } from "./composition.ts";
import {
  aitchisonDistance,
  dyadDistance,
  meanPairwiseAitchisonDistance,
  meanPairwiseDistance,
  meanPairwiseDyadDistance,
  meanPairwiseTriadDistance,
  triadDistance,
} from "./distances.ts";
import { mulberry32 } from "./random.ts";

describe("triadDistance", () => {
  it("is the distance on a unit equilateral triangle (by hand)", () => {
    // Corner to corner: √((1 + 1 + 0) / 2) = 1, the side length.
    expect(triadDistance([1, 0, 0], [0, 1, 0])).toBeCloseTo(1, 15);
    // Centroid to corner: the circumradius of a unit triangle, 1/√3 = 0.5773502691896258.
    expect(triadDistance([1 / 3, 1 / 3, 1 / 3], [0, 0, 1])).toBeCloseTo(1 / Math.sqrt(3), 15);
    // Centroid to an edge midpoint: the inradius, 1/(2√3) = 0.28867513459481287.
    expect(triadDistance([1 / 3, 1 / 3, 1 / 3], [0.5, 0.5, 0])).toBeCloseTo(1 / (2 * Math.sqrt(3)), 15);
    // The same via plane coordinates (x = b + c/2, y = c √3/2) for two arbitrary points.
    const xy = ([, b, c]: Triad) => [b + c / 2, (c * Math.sqrt(3)) / 2] as const;
    const [p, q]: [Triad, Triad] = [[0.2, 0.3, 0.5], [0.6, 0.1, 0.3]];
    expect(triadDistance(p, q)).toBeCloseTo(Math.hypot(xy(p)[0] - xy(q)[0], xy(p)[1] - xy(q)[1]), 15);
  });

  it("Aitchison distance is the ilr Euclidean distance", () => {
    const [a, b]: [Triad, Triad] = [[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]];
    const [za, zb] = [ilr(a), ilr(b)];
    expect(aitchisonDistance(a, b)).toBeCloseTo(Math.hypot(za[0] - zb[0], za[1] - zb[1]), 15);
  });
});

describe("mean pairwise distances", () => {
  it("averages over all pairs (by hand)", () => {
    // Dyads 0, 0.5, 1: pairs 0.5, 1, 0.5, mean 2/3.
    expect(meanPairwiseDyadDistance([0, 0.5, 1])).toBeCloseTo(2 / 3, 15);
    expect(meanPairwiseDistance([0, 0.5, 1], dyadDistance)).toBeCloseTo(2 / 3, 15);
    // The three corners: every pair 1 apart.
    expect(meanPairwiseTriadDistance([[1, 0, 0], [0, 1, 0], [0, 0, 1]])).toBeCloseTo(1, 15);
    expect(meanPairwiseDyadDistance([0.4])).toBeNaN();
    expect(meanPairwiseTriadDistance([])).toBeNaN();
  });

  it("the O(n log n) dyad route equals the all-pairs sum", () => {
    const r = mulberry32(12);
    const values = Array.from({ length: 200 }, () => Math.round(r() * 20) / 20);
    expect(meanPairwiseDyadDistance(values)).toBeCloseTo(meanPairwiseDistance(values, dyadDistance), 12);
  });

  it("mean Aitchison distance is 0 for identical answers", () => {
    expect(meanPairwiseAitchisonDistance([[0.2, 0.3, 0.5], [0.2, 0.3, 0.5]])).toBe(0);
    expect(meanPairwiseAitchisonDistance([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]])).toBeCloseTo(aitchisonDistance([0.2, 0.3, 0.5], [0.6, 0.3, 0.1]), 15);
  });
});

describe("mean pairwise distances against SciPy 1.17.1", () => {
  it("equals the mean of scipy.spatial.distance.pdist on plane, scalar and clr coordinates", () => {
    //   import numpy as np; from scipy.spatial.distance import pdist
    //   plane = lambda t: [t[1] + t[2] / 2, t[2] * np.sqrt(3) / 2]
    //   T = [[0.2, 0.3, 0.5], [0.6, 0.1, 0.3], [1, 0, 0], [1/3, 1/3, 1/3], [0.45, 0.45, 0.1]]
    //   pdist([plane(t) for t in T]).mean() -> 0.3752384528243244
    //   D = [0.1, 0.35, 0.35, 0.9, 0.5, 0.75, 0.2]
    //   pdist(np.array(D)[:, None], "cityblock").mean() -> 0.34761904761904766
    //   clr = lambda t: np.log(t) - np.log(t).mean()
    //   A = [[0.2, 0.3, 0.5], [0.6, 0.3, 0.1], [0.45, 0.45, 0.1], [0.1, 0.2, 0.7]]
    //   pdist([clr(t) for t in A]).mean() -> 1.709377444834059
    const T: Triad[] = [[0.2, 0.3, 0.5], [0.6, 0.1, 0.3], [1, 0, 0], [1 / 3, 1 / 3, 1 / 3], [0.45, 0.45, 0.1]];
    expect(meanPairwiseTriadDistance(T)).toBeCloseTo(0.3752384528243244, 14);
    const D = [0.1, 0.35, 0.35, 0.9, 0.5, 0.75, 0.2];
    expect(meanPairwiseDyadDistance(D)).toBeCloseTo(0.34761904761904766, 14);
    expect(meanPairwiseDistance(D, dyadDistance)).toBeCloseTo(0.34761904761904766, 14);
    const A: Triad[] = [[0.2, 0.3, 0.5], [0.6, 0.3, 0.1], [0.45, 0.45, 0.1], [0.1, 0.2, 0.7]];
    expect(meanPairwiseAitchisonDistance(A)).toBeCloseTo(1.709377444834059, 13);
  });
});
