// A kernel density estimate of triad answers over the triangle, for shading where stories cluster.
// Grid: the nodes of a triangular lattice with `resolution` steps per side; node (i, j) has
// barycentric coordinates ((r − i − j)/r, j/r, i/r), i counting rows up from the edge opposite
// corner 3. Kernel: an isotropic Gaussian in the plane of the drawn triangle (side 1, corner 1 at
// (0, 0), corner 2 at (1, 0), corner 3 at (½, √3/2)), so a bandwidth is a distance a reader can see.
//
// Two deliberate simplifications, both harmless for shading and stated so no one reads the values
// as more: no boundary correction (mass near an edge partly falls outside the triangle, so edges
// look a little lighter than a reflected estimate would make them), and each point only reaches
// nodes within 5 bandwidths in x and in y (a node left out gets less than exp(−12.5) ≈ 3.7e-6 of
// the peak from that point). The cut-off makes the cost O(n · (10h · r)²) instead of O(n · r²).
import type { Triad } from "./composition.ts";

const SQRT3_2 = Math.sqrt(3) / 2;
const CUTOFF = 5;

export interface TernaryDensity {
  resolution: number;
  bandwidth: number;
  /** Density at each node, node (i, j) at ternaryNodeIndex(i, j, resolution). */
  density: Float64Array;
  /** The largest density, to scale shading. */
  max: number;
}

export interface TernaryDensityOptions {
  /** Steps per side; (r + 1)(r + 2)/2 nodes. Default 60. */
  resolution?: number;
  /** Gaussian standard deviation in side lengths; default scottBandwidth(triads). */
  bandwidth?: number;
}

/** Plane coordinates of a triad on the unit triangle. */
export function triadToPlane(t: Triad): [number, number] {
  return [t[1] + t[2] / 2, t[2] * SQRT3_2];
}

/** Index of node (i, j), 0 ≤ i ≤ r, 0 ≤ j ≤ r − i: rows of r + 1, r, …, 1 nodes. */
export function ternaryNodeIndex(i: number, j: number, resolution: number): number {
  return i * (resolution + 1) - (i * (i - 1)) / 2 + j;
}

/** Barycentric coordinates of node (i, j). */
export function ternaryNode(i: number, j: number, resolution: number): [number, number, number] {
  return [(resolution - i - j) / resolution, j / resolution, i / resolution];
}

/**
 * Scott's rule for an isotropic 2-D Gaussian, h = σ n^(−1/6), with σ² the mean of the two plane
 * coordinates' variances; at least 0.02 (2% of a side) so a tight cluster still shades visibly.
 */
export function scottBandwidth(triads: readonly Triad[]): number {
  const n = triads.length;
  if (n < 2) return 0.1;
  const pts = triads.map(triadToPlane);
  const mx = pts.reduce((s, p) => s + p[0], 0) / n;
  const my = pts.reduce((s, p) => s + p[1], 0) / n;
  const v = pts.reduce((s, p) => s + (p[0] - mx) ** 2 + (p[1] - my) ** 2, 0) / (2 * (n - 1));
  return Math.max(0.02, Math.sqrt(v) * n ** (-1 / 6));
}

/** Gaussian kernel density of triads on a triangular grid (see above). */
export function ternaryDensity(triads: readonly Triad[], options: TernaryDensityOptions = {}): TernaryDensity {
  const r = options.resolution ?? 60;
  if (!Number.isInteger(r) || r < 1) throw new RangeError(`resolution must be a positive integer, not ${r}`);
  const h = options.bandwidth ?? scottBandwidth(triads);
  if (!(h > 0)) throw new RangeError(`bandwidth must be positive, not ${h}`);
  const density = new Float64Array(((r + 1) * (r + 2)) / 2);
  const n = triads.length;
  if (n === 0) return { resolution: r, bandwidth: h, density, max: 0 };

  const norm = 1 / (n * 2 * Math.PI * h * h);
  const inv2h2 = 1 / (2 * h * h);
  const reach = CUTOFF * h;
  // The Gaussian factorises, exp(−(dx² + dy²)/2h²) = exp(−dx²/2h²) · exp(−dy²/2h²), and node x
  // positions are multiples of 1/(2r) (node (i, j) sits at x = (2j + i)/(2r)), so one row of x
  // factors per point and one y factor per row leave the inner loop a multiply-add, not an exp.
  const twoR = 2 * r;
  const ex = new Float64Array(Math.ceil(2 * reach * twoR) + 2);
  for (const t of triads) {
    const [px, py] = triadToPlane(t);
    const kLo = Math.max(0, Math.ceil((px - reach) * twoR));
    const kHi = Math.min(twoR, Math.floor((px + reach) * twoR));
    for (let k = kLo; k <= kHi; k++) ex[k - kLo] = Math.exp(-((k / twoR - px) ** 2) * inv2h2);
    // Node (i, j) sits at y = i · (√3/2) / r.
    const iLo = Math.max(0, Math.ceil(((py - reach) * r) / SQRT3_2));
    const iHi = Math.min(r, Math.floor(((py + reach) * r) / SQRT3_2));
    for (let i = iLo; i <= iHi; i++) {
      const ey = Math.exp(-(((i * SQRT3_2) / r - py) ** 2) * inv2h2);
      const jLo = Math.max(0, Math.ceil((px - reach) * r - i / 2));
      const jHi = Math.min(r - i, Math.floor((px + reach) * r - i / 2));
      const row = ternaryNodeIndex(i, 0, r);
      const offset = i - kLo;
      for (let j = jLo; j <= jHi; j++) density[row + j]! += ey * ex[2 * j + offset]!;
    }
  }
  let max = 0;
  for (let k = 0; k < density.length; k++) {
    density[k]! *= norm;
    if (density[k]! > max) max = density[k]!;
  }
  return { resolution: r, bandwidth: h, density, max };
}
