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
