import { describe, expect, it } from "vitest";
import { aitchisonDistance, closure, clr, compositionalMean, DELTA, ilr, ilrInverse, ilrMean, replaceZeros, type Triad } from "./composition.ts";

// Aitchison's (1986) definition of the distance, from all pairwise log-ratios, an independent route
// to the ilr-based one: d² = (1/D) Σ_{i<j} (ln(a_i/a_j) − ln(b_i/b_j))².
function aitchisonByRatios(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) s += (Math.log(a[i]! / a[j]!) - Math.log(b[i]! / b[j]!)) ** 2;
  return Math.sqrt(s / 3);
}

describe("closure and zero replacement", () => {
  it("closes parts to sum 1 and rejects impossible parts", () => {
    expect(closure([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
    expect(() => closure([0, 0, 0])).toThrow(RangeError);
    expect(() => closure([1, -1, 1])).toThrow(RangeError);
  });

  it("replaces zeros by delta and shrinks the rest proportionally (by hand, delta = 0.001)", () => {
    // One corner: [1, 0, 0] -> [1 − 2δ, δ, δ].
    const corner = replaceZeros([1, 0, 0]);
    [0.998, 0.001, 0.001].forEach((v, i) => expect(corner[i]).toBeCloseTo(v, 15));
    // An edge: [0.6, 0.4, 0] -> [0.6 · 0.999, 0.4 · 0.999, 0.001]; the ratio 0.6 / 0.4 stays 1.5.
    const edge = replaceZeros([0.6, 0.4, 0]);
    [0.5994, 0.3996, 0.001].forEach((v, i) => expect(edge[i]).toBeCloseTo(v, 15));
    // A part already below delta counts as a rounded zero.
    expect(replaceZeros([0.9995, 0.0005, 0])[1]).toBe(DELTA);
    expect(replaceZeros([0.2, 0.3, 0.5])).toEqual(closure([0.2, 0.3, 0.5]));
  });
});

describe("ilr and clr", () => {
  it("puts the centre at the origin and derives a point by hand", () => {
    expect(ilr([1 / 3, 1 / 3, 1 / 3])).toEqual([0, 0]);
    // [0.5, 0.25, 0.25]: z1 = √(2/3) ln(0.5 / 0.25) = √(2/3) ln 2 = 0.5659523030068885, z2 = 0.
    const [z1, z2] = ilr([0.5, 0.25, 0.25]);
    expect(z1).toBeCloseTo(0.5659523030068885, 15);
    expect(z2).toBeCloseTo(0, 15);
    // [0.2, 0.6, 0.2] by hand: z1 = √(2/3) ln(0.2 / √0.12) = −0.4484…, z2 = √(1/2) ln 3 = 0.7768…
    const [w1, w2] = ilr([0.2, 0.6, 0.2]);
    expect(w1).toBeCloseTo(Math.sqrt(2 / 3) * Math.log(0.2 / Math.sqrt(0.12)), 15);
    expect(w2).toBeCloseTo(Math.SQRT1_2 * Math.log(3), 15);
    // clr sums to 0 and has the same length as ilr (the basis is orthonormal).
    const c = clr([0.2, 0.6, 0.2]);
    expect(c.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 15);
    expect(Math.hypot(...c)).toBeCloseTo(Math.hypot(w1, w2), 14);
  });

  it("inverts exactly, and survives extreme coordinates", () => {
    for (const t of [[0.2, 0.3, 0.5], [0.98, 0.01, 0.01], [0.001, 0.001, 0.998]] as Triad[]) {
      const back = ilrInverse(ilr(t));
      t.forEach((v, i) => expect(back[i]).toBeCloseTo(v, 14));
    }
    const far = ilrInverse([800, 0]);
    expect(far[0]).toBe(1);
    expect(far.every(Number.isFinite)).toBe(true);
  });

  it("is an isometry: ilr distance equals Aitchison's log-ratio definition", () => {
    const pairs: [Triad, Triad][] = [
      [[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]],
      [[0.9, 0.05, 0.05], [1 / 3, 1 / 3, 1 / 3]],
      [[0.45, 0.45, 0.1], [0.1, 0.45, 0.45]],
    ];
    for (const [a, b] of pairs) expect(aitchisonDistance(a, b)).toBeCloseTo(aitchisonByRatios([...a], [...b]), 13);
  });
});

describe("compositionalMean", () => {
  it("is the closed part-wise geometric mean (by hand)", () => {
    // Geometric means of [0.5, 0.25, 0.25] and [0.25, 0.5, 0.25]: √0.125, √0.125, 0.25, closed:
    // 0.3693980625181293, 0.3693980625181293, 0.2612038749637414.
    const m = compositionalMean([[0.5, 0.25, 0.25], [0.25, 0.5, 0.25]]);
    [0.3693980625181293, 0.3693980625181293, 0.2612038749637414].forEach((v, i) => expect(m[i]).toBeCloseTo(v, 14));
    expect(compositionalMean([[0.2, 0.3, 0.5]]).map((v) => Number(v.toFixed(12)))).toEqual([0.2, 0.3, 0.5]);
    expect(compositionalMean([])[0]).toBeNaN();
    expect(ilrMean([])[0]).toBeNaN();
  });
});
