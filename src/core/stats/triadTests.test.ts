import { describe, expect, it } from "vitest";
import { aitchisonDistance, compositionalMean, ilr, ilrInverse, type Triad } from "./composition.ts";
import { hotellingT2 } from "./hotelling.ts";
import { mulberry32 } from "./random.ts";
import { triadHotelling, triadPermutationTest, triadPositionTest } from "./triadTests.ts";

// Triads drawn around two centres, reproducible from a seed.
function sample(seed: number, n: number, centre: [number, number], spread: number): Triad[] {
  const r = mulberry32(seed);
  return Array.from({ length: n }, () => ilrInverse([centre[0] + spread * (r() - 0.5), centre[1] + spread * (r() - 0.5)]));
}

// Independent route for exact p-values: every split by bitmask, the statistic as the Aitchison
// distance between the two groups' compositional means (composition.ts functions, not the
// coordinate sums triadTests.ts uses).
function bruteForceTwoGroups(a: Triad[], b: Triad[]): { p: number; d: number } {
  const all = [...a, ...b];
  const d = aitchisonDistance(compositionalMean(a), compositionalMean(b));
  let hits = 0;
  let total = 0;
  for (let mask = 0; mask < 1 << all.length; mask++) {
    const g1 = all.filter((_, i) => mask & (1 << i));
    if (g1.length !== a.length) continue;
    const g2 = all.filter((_, i) => !(mask & (1 << i)));
    total++;
    if (aitchisonDistance(compositionalMean(g1), compositionalMean(g2)) >= d - 1e-12) hits++;
  }
  return { p: hits / total, d };
}

describe("triadPermutationTest", () => {
  it("gives the exact p-value 1/3 in a case worked by hand", () => {
    // ilr coordinates 0, 1 and 3 on the first axis. Splits of {0, 1 | 3}: observed distance
    // |0.5 − 3| = 2.5; {0, 3 | 1}: |1.5 − 1| = 0.5; {1, 3 | 0}: |2 − 0| = 2. Only the observed
    // split reaches 2.5, so p = 1/3.
    const [p0, p1, p3] = [ilrInverse([0, 0]), ilrInverse([1, 0]), ilrInverse([3, 0])];
    const r = triadPositionTest([p0, p1], [p3]);
    expect(r.exact).toBe(true);
    expect(r.permutations).toBe(3);
    expect(r.statistic).toBeCloseTo(2.5, 12);
    expect(r.pValue).toBeCloseTo(1 / 3, 15);
  });

  it("counts tied relabellings as extreme (identical answers, by hand)", () => {
    // Three answers P and three Q, with P and Q not exactly representable: of the C(6, 3) = 20
    // splits, {P,P,P | Q,Q,Q} and its mirror reach the observed distance |P − Q|; the 18 mixed
    // splits give |P − Q| / 3. Exact p = 2/20; a sampled p must find the mirror split too.
    const P: Triad = [0.1, 0.7, 0.2];
    const Q: Triad = [0.3, 0.3, 0.4];
    const exact = triadPositionTest([P, P, P], [Q, Q, Q]);
    expect(exact.exact).toBe(true);
    expect(exact.pValue).toBeCloseTo(0.1, 15);
    expect(exact.statistic).toBeCloseTo(aitchisonDistance(P, Q), 14);
    const sampled = triadPositionTest([P, P, P], [Q, Q, Q], { exact: false, permutations: 20_000, seed: 2 });
    expect(Math.abs(sampled.pValue - 0.1)).toBeLessThan(4 * Math.sqrt((0.1 * 0.9) / 20_000));
  });

  it("enumerates exactly as a brute-force bitmask enumeration does", () => {
    // Centres chosen so the exact p-value (0.0411, 38 of 924 splits) lies in the tail.
    const a = sample(1, 6, [0.9, 0.2], 2);
    const b = sample(2, 6, [0, 0.4], 2);
    const brute = bruteForceTwoGroups(a, b);
    const r = triadPositionTest(a, b, { exact: true });
    expect(r.permutations).toBe(924); // C(12, 6)
    expect(r.statistic).toBeCloseTo(brute.d, 12);
    expect(r.pValue).toBeCloseTo(brute.p, 12);
    expect(brute.p).toBeCloseTo(38 / 924, 12);
    // The Monte-Carlo estimate lands within 4 standard errors of the exact value.
    const mc = triadPositionTest(a, b, { exact: false, permutations: 20_000, seed: 3 });
    expect(mc.exact).toBe(false);
    expect(Math.abs(mc.pValue - brute.p)).toBeLessThan(4 * Math.sqrt((brute.p * (1 - brute.p)) / 20_000) + 1e-4);
  });

  it("estimates k-group p-values like full enumeration of labellings", () => {
    // 3 groups of 2: all 6! orders of the labels, each of the 90 distinct labellings 8 times.
    const groups = [sample(4, 2, [1, 0], 1), sample(5, 2, [0, 1], 1), sample(6, 2, [-1, -1], 1)];
    const z = groups.flat().map((t) => ilr(t));
    const ss = (labels: number[]) => {
      const m = [0, 1, 2].map((g) => {
        const idx = labels.flatMap((l, i) => (l === g ? [i] : []));
        return [0, 1].map((c) => idx.reduce((s, i) => s + z[i]![c]!, 0) / idx.length);
      });
      const grand = [0, 1].map((c) => z.reduce((s, p) => s + p[c]!, 0) / z.length);
      return m.reduce((s, mg) => s + 2 * ((mg[0]! - grand[0]!) ** 2 + (mg[1]! - grand[1]!) ** 2), 0);
    };
    const observed = ss([0, 0, 1, 1, 2, 2]);
    let hits = 0;
    let total = 0;
    const permute = (rest: number[], acc: number[]) => {
      if (rest.length === 0) {
        total++;
        if (ss(acc) >= observed - 1e-12) hits++;
        return;
      }
      rest.forEach((l, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, l]));
    };
    permute([0, 0, 1, 1, 2, 2], []);
    const exact = hits / total;
    const r = triadPermutationTest(groups, { permutations: 20_000, seed: 8 });
    expect(r.statistic).toBeCloseTo(observed, 12);
    expect(Math.abs(r.pValue - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / 20_000) + 1e-4);
  });

  it("finds well-separated groups, is reproducible by seed, and ignores empty groups", () => {
    const a = sample(10, 40, [1, 0], 1);
    const b = sample(11, 40, [-1, 0], 1);
    const r = triadPermutationTest([a, [], b], { permutations: 999, seed: 4 });
    expect(r.pValue).toBeCloseTo(1 / 1000, 15);
    expect(triadPermutationTest([a, b], { permutations: 999, seed: 4 })).toEqual(r);
    expect(triadPermutationTest([a, []])).toMatchObject({ degenerate: true, pValue: 1 });
    expect(() => triadPermutationTest([a, b, a], { exact: true })).toThrow(RangeError);
  });
});

describe("triadHotelling", () => {
  it("is Hotelling's T² on ilr coordinates, and the same whatever order the corners have", () => {
    const a = sample(20, 15, [0.2, 0.1], 1.5);
    const b = sample(21, 12, [-0.3, 0.2], 1.5);
    const r = triadHotelling(a, b);
    expect(r.t2).toBeCloseTo(hotellingT2(a.map((t) => ilr(t)), b.map((t) => ilr(t))).t2, 12);
    // Reordering the parts changes the ilr basis by an orthogonal map; T² is invariant to that.
    const rotate = ([x, y, z]: Triad): Triad => [z, x, y];
    expect(triadHotelling(a.map(rotate), b.map(rotate)).t2).toBeCloseTo(r.t2, 9);
    expect(r.pValue).toBeGreaterThan(0);
  });
});

// Reference values for the two tests below, re-run for them:
// SciPy 1.17.1 / NumPy 2.4.6, scipy.stats.permutation_test with full enumeration (n_resamples=np.inf;
// exact p = hits / splits; SciPy counts values within a relative 100 ε of the observed one as ties, so as extreme):
//   import numpy as np; from scipy import stats
//   def ilr(t):
//       t = np.asarray(t, float)
//       return np.column_stack([np.sqrt(2 / 3) * np.log(t[:, 0] / np.sqrt(t[:, 1] * t[:, 2])),
//                               np.sqrt(1 / 2) * np.log(t[:, 1] / t[:, 2])])
//   a = [[0.6, 0.25, 0.15], [0.45, 0.35, 0.2], [0.7, 0.1, 0.2], [0.3, 0.5, 0.2], [0.55, 0.15, 0.3], [0.4, 0.4, 0.2]]
//   b = [[0.25, 0.35, 0.4], [0.4, 0.2, 0.4], [0.15, 0.6, 0.25], [0.35, 0.3, 0.35], [0.5, 0.3, 0.2], [0.2, 0.3, 0.5]]
//   z = ilr(a + b)  # permute indices, so each permuted unit is a whole 2-D point
//   dist = lambda i, j: np.linalg.norm(z[i].mean(0) - z[j].mean(0))
//   r = stats.permutation_test((np.arange(6), np.arange(6, 12)), dist, permutation_type="independent",
//                              alternative="greater", n_resamples=np.inf)
//   r.statistic, r.pvalue, len(r.null_distribution) -> 0.7537354631359473, 0.05194805194805195 (48/924), 924
//   c = [[0.3, 0.5, 0.2], [0.2, 0.3, 0.5], [0.35, 0.3, 0.35]]
//   z = ilr(a[:3] + b[:3] + c)
//   ss = lambda *g: sum(len(i) * np.sum((z[i].mean(0) - z.mean(0)) ** 2) for i in g)
//   r = stats.permutation_test((np.arange(3), np.arange(3, 6), np.arange(6, 9)), ss,
//                              permutation_type="independent", alternative="greater", n_resamples=np.inf)
//   r.statistic, r.pvalue, len(r.null_distribution) -> 2.493049840839226, 0.09642857142857143 (162/1680), 1680
// R 4.2.2, Hotelling's T² as a one-way MANOVA on the same ilr coordinates (Hotelling–Lawley F is exact
// for two groups, T² = (n − 2) · HL):
//   ilr <- function(t) cbind(sqrt(2/3) * log(t[, 1] / sqrt(t[, 2] * t[, 3])), sqrt(1/2) * log(t[, 2] / t[, 3]))
//   ta <- rbind(c(0.60, 0.25, 0.15), c(0.45, 0.35, 0.20), c(0.70, 0.10, 0.20), c(0.30, 0.50, 0.20), c(0.55, 0.15, 0.30), c(0.40, 0.40, 0.20))
//   tb <- rbind(c(0.25, 0.35, 0.40), c(0.40, 0.20, 0.40), c(0.15, 0.60, 0.25), c(0.35, 0.30, 0.35), c(0.50, 0.30, 0.20), c(0.20, 0.30, 0.50))
//   summary(manova(ilr(rbind(ta, tb)) ~ factor(rep(1:2, c(6, 6)))), test = "Hotelling-Lawley")$stats
//   -> Hotelling-Lawley 1.18734693883943, approx F 5.343061224777436, num Df 2, den Df 9,
//      Pr(>F) 0.0295372781604808; T² = 10 · 1.18734693883943 = 11.8734693883943.
describe("triad tests against SciPy's permutation_test and R's manova", () => {
  const a: Triad[] = [[0.6, 0.25, 0.15], [0.45, 0.35, 0.2], [0.7, 0.1, 0.2], [0.3, 0.5, 0.2], [0.55, 0.15, 0.3], [0.4, 0.4, 0.2]];
  const b: Triad[] = [[0.25, 0.35, 0.4], [0.4, 0.2, 0.4], [0.15, 0.6, 0.25], [0.35, 0.3, 0.35], [0.5, 0.3, 0.2], [0.2, 0.3, 0.5]];

  it("gives SciPy's exact two-group p-value, 48/924", () => {
    const r = triadPositionTest(a, b);
    expect(r).toMatchObject({ exact: true, permutations: 924 });
    expect(r.statistic).toBeCloseTo(0.7537354631359473, 13);
    expect(r.pValue).toBeCloseTo(0.05194805194805195, 15);
  });

  it("estimates SciPy's exact three-group p-value, 162/1680", () => {
    const c: Triad[] = [[0.3, 0.5, 0.2], [0.2, 0.3, 0.5], [0.35, 0.3, 0.35]];
    const r = triadPermutationTest([a.slice(0, 3), b.slice(0, 3), c], { permutations: 20_000, seed: 5 });
    expect(r.exact).toBe(false);
    expect(r.statistic).toBeCloseTo(2.493049840839226, 13);
    const exact = 162 / 1680;
    expect(Math.abs(r.pValue - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / 20_000) + 1e-4);
  });

  it("gives R's Hotelling T² on ilr coordinates", () => {
    const r = triadHotelling(a, b);
    expect(r.t2).toBeCloseTo(11.8734693883943, 10);
    expect(r.f).toBeCloseTo(5.343061224777436, 11);
    expect(r).toMatchObject({ df1: 2, df2: 9, degenerate: false });
    expect(r.pValue).toBeCloseTo(0.0295372781604808, 10);
  });
});
