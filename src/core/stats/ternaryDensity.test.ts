import { describe, expect, it } from "vitest";
import type { Triad } from "./composition.ts";
import { mulberry32 } from "./random.ts";
import { scottBandwidth, ternaryDensity, ternaryNode, ternaryNodeIndex, triadToPlane } from "./ternaryDensity.ts";

// Independent route: the plain kernel density formula at every node, no cut-off, no index tricks.
function bruteForce(triads: Triad[], r: number, h: number): number[] {
  const out: number[] = [];
  for (let i = 0; i <= r; i++) {
    for (let j = 0; j <= r - i; j++) {
      const [x, y] = triadToPlane(ternaryNode(i, j, r));
      let s = 0;
      for (const t of triads) {
        const [px, py] = triadToPlane(t);
        s += Math.exp(-((x - px) ** 2 + (y - py) ** 2) / (2 * h * h)) / (2 * Math.PI * h * h);
      }
      out.push(s / triads.length);
    }
  }
  return out;
}

describe("ternaryDensity", () => {
  it("lays out the grid: node count, indices and corners", () => {
    expect(ternaryNodeIndex(0, 0, 4)).toBe(0);
    expect(ternaryNodeIndex(1, 0, 4)).toBe(5);
    expect(ternaryNodeIndex(4, 0, 4)).toBe(14); // (4 + 1)(4 + 2)/2 − 1
    expect(ternaryNode(0, 0, 4)).toEqual([1, 0, 0]);
    expect(ternaryNode(0, 4, 4)).toEqual([0, 1, 0]);
    expect(ternaryNode(4, 0, 4)).toEqual([0, 0, 1]);
    expect(ternaryDensity([], { resolution: 4, bandwidth: 0.1 }).density).toHaveLength(15);
  });

  it("gives the Gaussian's height at and away from a single point (by hand)", () => {
    // One point at the centroid, r = 30 so the centroid is node (10, 10). Height there: 1/(2π h²).
    const h = 0.3;
    const d = ternaryDensity([[1 / 3, 1 / 3, 1 / 3]], { resolution: 30, bandwidth: h });
    expect(d.density[ternaryNodeIndex(10, 10, 30)]).toBeCloseTo(1 / (2 * Math.PI * h * h), 12);
    expect(d.max).toBeCloseTo(1 / (2 * Math.PI * h * h), 12);
    // Corner 1 lies at the circumradius 1/√3 from the centroid: exp(−(1/3) / (2h²)) / (2π h²).
    expect(d.density[0]).toBeCloseTo(Math.exp(-1 / 3 / (2 * h * h)) / (2 * Math.PI * h * h), 12);
  });

  it("equals the plain formula up to the documented cut-off", () => {
    const random = mulberry32(3);
    const triads: Triad[] = Array.from({ length: 50 }, () => {
      const [u, v] = [random(), random()];
      return (u + v > 1 ? [u + v - 1, 1 - u, 1 - v] : [1 - u - v, u, v]) as Triad;
    });
    const d = ternaryDensity(triads, { resolution: 24, bandwidth: 0.08 });
    const ref = bruteForce(triads, 24, 0.08);
    ref.forEach((v, k) => expect(Math.abs(d.density[k]! - v)).toBeLessThan(4e-6 * d.max));
  });

  it("integrates to about 1 over the triangle for a well-inside point", () => {
    // Each node stands for √3 / (2 r²) of area (the triangle's √3/4 over r² small triangle pairs).
    const r = 90;
    const d = ternaryDensity([[0.4, 0.3, 0.3]], { resolution: r, bandwidth: 0.05 });
    const integral = d.density.reduce((s, v) => s + v, 0) * (Math.sqrt(3) / (2 * r * r));
    expect(integral).toBeCloseTo(1, 2);
  });

  it("is symmetric for symmetric data", () => {
    const d = ternaryDensity([[1, 0, 0], [0, 1, 0], [0, 0, 1]], { resolution: 12, bandwidth: 0.2 });
    // Rotating the corners maps node (i, j), barycentric (a, b, c), to the node with (b, c, a),
    // which is node (a, i) since node (i, j) has c = i, b = j.
    for (let i = 0; i <= 12; i++) {
      for (let j = 0; j <= 12 - i; j++) {
        const a = 12 - i - j;
        expect(d.density[ternaryNodeIndex(a, i, 12)]).toBeCloseTo(d.density[ternaryNodeIndex(i, j, 12)]!, 12);
      }
    }
  });

  it("picks a Scott's-rule bandwidth and rejects bad options", () => {
    // By hand: two points on plane coordinates (0, 0) and (1, 0): variances ½ and 0, σ² = ¼,
    // h = ½ · 2^(−1/6) = 0.44545.
    expect(scottBandwidth([[1, 0, 0], [0, 1, 0]])).toBeCloseTo(0.5 * 2 ** (-1 / 6), 12);
    expect(scottBandwidth([[0.3, 0.3, 0.4], [0.3, 0.3, 0.4]])).toBe(0.02);
    expect(() => ternaryDensity([], { resolution: 0 })).toThrow(RangeError);
    expect(() => ternaryDensity([], { bandwidth: 0 })).toThrow(RangeError);
  });
});

describe("ternaryDensity against SciPy 1.17.1 / NumPy 2.4.6", () => {
  it("equals scipy.stats.gaussian_kde (Scott's rule) for the three corners, whose covariance is isotropic", () => {
    // The corners' plane coordinates have sample covariance ¼ I (an equilateral triangle's), so
    // SciPy's full-covariance Scott kernel is the isotropic one here, and the two estimates agree
    // at every node, bandwidth included:
    //   import numpy as np; from scipy.stats import gaussian_kde
    //   plane = lambda t: np.array([t[1] + t[2] / 2, t[2] * np.sqrt(3) / 2])
    //   node = lambda i, j, r: plane([(r - i - j) / r, j / r, i / r])
    //   kde = gaussian_kde(np.array([plane(t) for t in np.eye(3)]).T)  # bw_method="scott"
    //   kde.factor -> 0.8326831776556043 (= 3 ** (-1/6)); kde.covariance -> 0.17334031858765864 · I
    //   (off-diagonal 3.7e-19)
    //   np.sqrt(kde.covariance[0, 0]) -> 0.4163415888278021
    //   [kde(node(i, j, 6))[0] for i, j in [(0, 0), (2, 2), (1, 3), (0, 3)]]
    //   -> [0.3402612527563329, 0.3510318486966884, 0.34944843264073233, 0.33278776914304226]
    const corners: Triad[] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
    expect(scottBandwidth(corners)).toBeCloseTo(0.4163415888278021, 14);
    const d = ternaryDensity(corners, { resolution: 6 });
    expect(d.bandwidth).toBeCloseTo(0.4163415888278021, 14);
    const nodes: [number, number, number][] = [
      [0, 0, 0.3402612527563329],
      [2, 2, 0.3510318486966884], // the centroid
      [1, 3, 0.34944843264073233],
      [0, 3, 0.33278776914304226], // an edge midpoint
    ];
    for (const [i, j, v] of nodes) expect(d.density[ternaryNodeIndex(i, j, 6)]).toBeCloseTo(v, 13);
  });

  it("takes Scott's bandwidth from the mean of gaussian_kde's covariance diagonal, and is an isotropic Gaussian mixture", () => {
    // scottBandwidth is the isotropic version of SciPy's Scott kernel: h² = trace(kde.covariance) / 2,
    // i.e. scotts_factor² = n^(−1/3) (d = 2) times the mean of the np.cov (ddof = 1) diagonal.
    // SciPy's kernel keeps the full covariance; ternaryDensity does not, so the densities are
    // checked against the documented formula, a mean of N(point, h² I) densities:
    //   from scipy.stats import multivariate_normal   (plane, node and imports as above)
    //   T = [[0.6, 0.3, 0.1], [0.5, 0.4, 0.1], [0.7, 0.1, 0.2], [0.2, 0.5, 0.3], [0.4, 0.4, 0.2],
    //        [0.3, 0.3, 0.4], [0.1, 0.7, 0.2]]
    //   P = np.array([plane(t) for t in T]); kde = gaussian_kde(P.T)
    //   kde.factor -> 0.7230200263994838 (= 7 ** (-1/6)); kde.covariance ->
    //   [[0.019790122717471176, 0.0026947718580725743], [0.0026947718580725743, 0.004480782502068946]]
    //   h = np.sqrt(np.trace(kde.covariance) / 2) -> 0.11016103035906147
    //   [np.mean([multivariate_normal(p, h * h * np.eye(2)).pdf(node(i, j, 10)) for p in P])
    //    for i, j in [(2, 4), (1, 6), (5, 5), (3, 2), (0, 0), (10, 0)]]
    //   -> [4.83929563459933, 2.085702346357273, 0.5791799968269923, 2.5840810190909815,
    //       0.1139269091722105, 2.783236297878782e-05]
    const triads: Triad[] = [[0.6, 0.3, 0.1], [0.5, 0.4, 0.1], [0.7, 0.1, 0.2], [0.2, 0.5, 0.3], [0.4, 0.4, 0.2], [0.3, 0.3, 0.4], [0.1, 0.7, 0.2]];
    const h = 0.11016103035906147;
    expect(scottBandwidth(triads)).toBeCloseTo(h, 14);
    const d = ternaryDensity(triads, { resolution: 10 });
    expect(d.bandwidth).toBeCloseTo(h, 14);
    // Nodes that every point reaches within the 5h cut-off: the plain formula to rounding.
    for (const [i, j, v] of [[2, 4, 4.83929563459933], [1, 6, 2.085702346357273], [5, 5, 0.5791799968269923], [3, 2, 2.5840810190909815]] as const) {
      expect(d.density[ternaryNodeIndex(i, j, 10)]! / v).toBeCloseTo(1, 12);
    }
    // Corners 1 and 3 lie beyond 5h of some points; the cut-off leaves those out, which costs less
    // than exp(−12.5) / (2π h²) in all (the bound in ternaryDensity.ts). Here it is −3.2e-9 at
    // corner 1 and −2.0e-7 at corner 3 (from [0.2, 0.5, 0.3], 5.5h away in y).
    const bound = Math.exp(-12.5) / (2 * Math.PI * h * h);
    for (const [i, j, v] of [[0, 0, 0.1139269091722105], [10, 0, 2.783236297878782e-5]] as const) {
      const got = d.density[ternaryNodeIndex(i, j, 10)]!;
      expect(got).toBeLessThanOrEqual(v);
      expect(v - got).toBeLessThan(bound);
    }
  });
});
