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

// Reference: scikit-bio 0.5.8, skbio.stats.composition (Debian's python3-skbio, on /usr/bin/python3
// with NumPy 1.24.2 and SciPy 1.10.1), an implementation independent of this one. The pivot ilr
// basis is the sequential binary partition {1 | 2, 3}, {2 | 3} of Egozcue & Pawlowsky-Glahn (2005),
// coefficient √(rs / (r + s)) for r parts against s, built by skbio's sbp_basis:
//   import numpy as np; from scipy.stats import gmean
//   from skbio.stats.composition import (closure, clr, clr_inv, ilr, ilr_inv, inner,
//       multiplicative_replacement, perturb_inv, sbp_basis)
//   V = sbp_basis(np.array([[1, -1, -1], [0, 1, -1]]))
//   X = [[0.2, 0.6, 0.2], [0.5, 0.25, 0.25], [0.1, 0.3, 0.6], [0.7, 0.2, 0.1]]
// The outputs are beside each number below.
describe("composition against scikit-bio 0.5.8", () => {
  const X: Triad[] = [[0.2, 0.6, 0.2], [0.5, 0.25, 0.25], [0.1, 0.3, 0.6], [0.7, 0.2, 0.1]];

  it("closes and replaces zeros as skbio's closure and multiplicative_replacement", () => {
    // closure([3, 5, 12]) -> [0.15, 0.25, 0.6]
    [0.15, 0.25, 0.6].forEach((v, i) => expect(closure([3, 5, 12])[i]).toBeCloseTo(v, 15));
    // multiplicative_replacement([[1, 0, 0], [0.6, 0.4, 0], [3, 0, 1]], delta=1e-3)
    // -> [[0.998, 0.001, 0.001], [0.5993999999999999, 0.3996, 0.001], [0.74925, 0.001, 0.24975]]
    const expected = [[0.998, 0.001, 0.001], [0.5993999999999999, 0.3996, 0.001], [0.74925, 0.001, 0.24975]];
    [[1, 0, 0], [0.6, 0.4, 0], [3, 0, 1]].forEach((parts, k) => {
      const got = replaceZeros(parts, 1e-3);
      expected[k]!.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 15));
    });
  });

  it("gives skbio's clr and pivot ilr coordinates, zeros included", () => {
    // clr(X) -> [[-0.3662040962227031, 0.7324081924454064, -0.3662040962227031],
    //   [0.4620981203732967, -0.2310490601866486, -0.2310490601866486],
    //   [-0.9634572526320546, 0.13515503603605494, 0.8283022165960001],
    //   [1.0662243725168938, -0.186538595978474, -0.8796857765384194]]
    const clrs = [
      [-0.3662040962227031, 0.7324081924454064, -0.3662040962227031],
      [0.4620981203732967, -0.2310490601866486, -0.2310490601866486],
      [-0.9634572526320546, 0.13515503603605494, 0.8283022165960001],
      [1.0662243725168938, -0.186538595978474, -0.8796857765384194],
    ];
    // ilr(X, basis=V) -> [[-0.4485065887313477, 0.7768361992120932], [0.5659523030068884, -4.3e-17],
    //   [-1.1799893289661394, -0.49012907173427345], [1.3058528319927807, 0.49012907173427345]]
    const ilrs = [[-0.4485065887313477, 0.7768361992120932], [0.5659523030068884, 0], [-1.1799893289661394, -0.49012907173427345], [1.3058528319927807, 0.49012907173427345]];
    X.forEach((t, k) => {
      clr(t).forEach((v, i) => expect(v).toBeCloseTo(clrs[k]![i]!, 14));
      ilr(t).forEach((v, i) => expect(v).toBeCloseTo(ilrs[k]![i]!, 14));
    });
    // ilr(multiplicative_replacement([[1, 0, 0], [0.6, 0.4, 0]], delta=1e-3), basis=V)
    // -> [[5.638523938838752, -4.8e-16], [2.7766575806366895, 4.235897749928384]]
    expect(ilr([1, 0, 0])[0]).toBeCloseTo(5.638523938838752, 13);
    expect(ilr([1, 0, 0])[1]).toBeCloseTo(0, 13);
    expect(ilr([0.6, 0.4, 0])[0]).toBeCloseTo(2.7766575806366895, 13);
    expect(ilr([0.6, 0.4, 0])[1]).toBeCloseTo(4.235897749928384, 13);
    // ilr_inv(np.array([[0.8, -0.3]]), basis=V) -> [0.5656968321566994, 0.17176553375478967, 0.26253763408851083]
    [0.5656968321566994, 0.17176553375478967, 0.26253763408851083].forEach((v, i) => expect(ilrInverse([0.8, -0.3])[i]).toBeCloseTo(v, 14));
  });

  it("gives skbio's Aitchison distance, √⟨a ⊖ b, a ⊖ b⟩_A", () => {
    // dist = lambda a, b: np.sqrt(inner(perturb_inv(a, b), perturb_inv(a, b)))
    // [dist(a, b) for a, b in [([0.2, 0.3, 0.5], [0.6, 0.3, 0.1]), ([0.9, 0.05, 0.05], [1/3, 1/3, 1/3]),
    //   ([0.45, 0.45, 0.1], [0.1, 0.45, 0.45])]] -> [1.9262031085776439, 2.3599786579322792, 2.1270866533798256]
    expect(aitchisonDistance([0.2, 0.3, 0.5], [0.6, 0.3, 0.1])).toBeCloseTo(1.9262031085776439, 13);
    expect(aitchisonDistance([0.9, 0.05, 0.05], [1 / 3, 1 / 3, 1 / 3])).toBeCloseTo(2.3599786579322792, 13);
    expect(aitchisonDistance([0.45, 0.45, 0.1], [0.1, 0.45, 0.45])).toBeCloseTo(2.1270866533798256, 13);
    // dist(multiplicative_replacement([0.7, 0.3, 0], delta=1e-3), [0.2, 0.3, 0.5]) -> 5.654644812771453
    expect(aitchisonDistance([0.7, 0.3, 0], [0.2, 0.3, 0.5])).toBeCloseTo(5.654644812771453, 13);
  });

  it("gives the closed geometric mean (SciPy gmean, skbio clr_inv of the mean clr) and the mean ilr", () => {
    // M = X + [[0.3, 0.3, 0.4]]
    // closure(gmean(M, axis=0)) -> [0.33948244016687995, 0.3569819101641152, 0.3035356496690049]
    // clr_inv(clr(M).mean(axis=0)) -> [0.33948244016687995, 0.3569819101641151, 0.303535649669005]
    // ilr(M, basis=V).mean(axis=0) -> [0.02517270060532826, 0.11468285099112785]
    const M: Triad[] = [...X, [0.3, 0.3, 0.4]];
    const m = compositionalMean(M);
    [0.33948244016687995, 0.3569819101641152, 0.3035356496690049].forEach((v, i) => expect(m[i]).toBeCloseTo(v, 14));
    const z = ilrMean(M);
    expect(z[0]).toBeCloseTo(0.02517270060532826, 14);
    expect(z[1]).toBeCloseTo(0.11468285099112785, 14);
  });
});
