import { describe, expect, it } from "vitest";
import { krippendorffAlphaInterval, krippendorffAlphaNominal, unitsFromCoders } from "./krippendorff.ts";

const _ = null;
// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
// twelve units, missing values. Published: α_nominal = 0.743, α_interval = 0.849.
const canonical = unitsFromCoders<number>([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]);

// Independent route: Krippendorff's own coincidence-matrix procedure, o_ck = Σ_u (pairs c–k in u)
// / (m_u − 1), α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, with no closed forms.
function alphaByCoincidences(units: (number | null)[][], delta: (c: number, k: number) => number): number {
  const used = units.map((u) => u.filter((v): v is number => v !== null)).filter((u) => u.length > 1);
  const o = new Map<string, number>();
  const nc = new Map<number, number>();
  for (const u of used) {
    u.forEach((c, i) =>
      u.forEach((k, j) => {
        if (i === j) return;
        o.set(`${c},${k}`, (o.get(`${c},${k}`) ?? 0) + 1 / (u.length - 1));
        nc.set(c, (nc.get(c) ?? 0) + 1 / (u.length - 1));
      }),
    );
  }
  const n = [...nc.values()].reduce((a, b) => a + b, 0);
  let dObs = 0;
  for (const [key, w] of o) {
    const [c, k] = key.split(",").map(Number) as [number, number];
    dObs += w * delta(c, k);
  }
  let dExp = 0;
  for (const [c, a] of nc) for (const [k, b] of nc) dExp += a * b * delta(c, k);
  return 1 - ((n - 1) * dObs) / dExp;
}

describe("Krippendorff's alpha", () => {
  it("reproduces Krippendorff (2011) section C: nominal 0.743, interval 0.849", () => {
    const nominal = krippendorffAlphaNominal(canonical);
    expect(nominal.alpha).toBeCloseTo(0.743, 3);
    // Unit 12 has one value, so 11 units and 40 pairable values, as in the paper.
    expect(nominal).toMatchObject({ units: 11, pairable: 40 });
    expect(krippendorffAlphaInterval(canonical).alpha).toBeCloseTo(0.849, 3);
    // Full digits by the coincidence matrix (here and in a separate Python check):
    // 0.743421052631579 and 0.8491071428571428.
    expect(nominal.alpha).toBeCloseTo(alphaByCoincidences(canonical, (c, k) => (c === k ? 0 : 1)), 13);
    expect(nominal.alpha).toBeCloseTo(0.743421052631579, 13);
    expect(krippendorffAlphaInterval(canonical).alpha).toBeCloseTo(0.8491071428571428, 13);
  });

  it("reproduces Krippendorff (2011) section A: two observers, binary, α = 0.095", () => {
    // By hand: 4 of 10 units disagree, so o_01 = o_10 = 4; n = 20 with n_0 = 14, n_1 = 6;
    // α = 1 − 19 · 8 / (2 · 14 · 6) = 1 − 152 / 168 = 0.0952381.
    const units = unitsFromCoders([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    expect(krippendorffAlphaNominal(units).alpha).toBeCloseTo(1 - 152 / 168, 14);
  });

  it("agrees with the coincidence matrix on continuous values with missing entries", () => {
    const units = [[0.1, 0.2, null], [0.8, 0.7, 0.75], [0.5, null, 0.4], [0.3, 0.35, 0.2], [0.9, null, null], [0.6, 0.65, 0.3]];
    expect(krippendorffAlphaInterval(units).alpha).toBeCloseTo(alphaByCoincidences(units, (c, k) => (c - k) ** 2), 13);
    expect(krippendorffAlphaNominal([["a", "a", "b"], ["b", "b", null], ["c", "a", "c"]]).alpha).toBeCloseTo(
      alphaByCoincidences([[1, 1, 2], [2, 2, null], [3, 1, 3]], (c, k) => (c === k ? 0 : 1)),
      13,
    );
  });

  it("is 1 for perfect agreement and undefined without variation or pairs", () => {
    expect(krippendorffAlphaNominal([["x", "x"], ["y", "y", "y"]]).alpha).toBe(1);
    expect(krippendorffAlphaInterval([[1, 1], [1, 1]]).alpha).toBeNaN();
    expect(krippendorffAlphaNominal([["x", null], [null, "y"]])).toMatchObject({ units: 0, pairable: 0 });
    expect(krippendorffAlphaNominal([["x", null]]).alpha).toBeNaN();
  });
});
