import { describe, expect, it } from "vitest";
import { kruskalWallis, mannWhitneyU, median, mulberry32, triadHotelling, triadPositionTest, type Triad, welchTest } from "../stats/index.ts";
import { buildNumericWhatWorks, type MeanDifference, type SituationValues } from "./what-works-numeric.ts";

// R's ?wilcox.test example: x <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46),
// y <- c(1.15, 0.88, 0.90, 0.74, 1.21): W = 35. Two-sided with the normal approximation and
// continuity correction, SciPy 1.17.1 mannwhitneyu(..., method="asymptotic") → p = 0.24462360512698333.
const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
const y = [1.15, 0.88, 0.9, 0.74, 1.21];

function situation(values: number[], chosen: number[][]): SituationValues {
  return { situation: "schulden", values: Float64Array.from(values), chosen: chosen.map((c) => Uint8Array.from(c)), examples: chosen.map(() => ["e"]) };
}

/** The row's difference agrees with core/stats' Welch interval on the two groups' values. */
function expectWelch(difference: MeanDifference, xs: number[], rest: number[], digits = 10) {
  const w = welchTest(xs, rest);
  expect(difference.estimate).toBeCloseTo(w.estimate, digits);
  expect(difference.lower).toBeCloseTo(w.lower, digits);
  expect(difference.upper).toBeCloseTo(w.upper, digits);
  expect(difference.mean).toBeCloseTo(w.mean1, digits);
  expect(difference.restMean).toBeCloseTo(w.mean2, digits);
}

describe("buildNumericWhatWorks", () => {
  it("compares a dyad outcome after an intervention with the rest of the situation by Mann–Whitney", () => {
    const s = situation([...x, ...y], [[...x.map(() => 1), ...y.map(() => 0)], [...x.map(() => 0), ...y.map(() => 1)]]);
    const result = buildNumericWhatWorks({ kind: "dyad", interventions: ["a", "b"], single: true, situations: [s] }, { minN: 5 });
    const a = result.rows.find((r) => r.intervention === "a")!;
    expect(a).toMatchObject({ n: 10, restN: 5, centre: 1.415, restCentre: 0.9, test: { method: "mannWhitney", statistic: 35 } });
    expect(a.pValue).toBeCloseTo(0.24462360512698333, 10);
    // Rank-biserial r = 2U / (n1 n2) − 1 = 70 / 50 − 1.
    expect(a.effect).toBeCloseTo(0.4, 12);
    // Omnibus across the two interventions: Kruskal–Wallis as core/stats (R's kruskal.test).
    const omnibus = result.situations[0]!.test;
    expect(omnibus.statistic).toBeCloseTo(kruskalWallis([x, y]).statistic, 12);
    expect(omnibus.pValue).toBeCloseTo(kruskalWallis([x, y]).pValue, 12);
  });

  it("gives each dyad or scale row the difference of means with the situation's other stories, with Welch's 95% interval", () => {
    const s = situation([...x, ...y], [[...x.map(() => 1), ...y.map(() => 0)], [...x.map(() => 0), ...y.map(() => 1)]]);
    const { rows } = buildNumericWhatWorks({ kind: "dyad", interventions: ["a", "b"], single: true, situations: [s] }, { minN: 5 });
    const a = rows.find((r) => r.intervention === "a")!.difference as MeanDifference;
    const b = rows.find((r) => r.intervention === "b")!.difference as MeanDifference;
    // Welch on ?wilcox.test's data, as R's t.test(x, y): SciPy 1.17.1 ttest_ind(x, y,
    // equal_var=False).confidence_interval() → (-0.01972499633510394, 0.6937249963351039).
    // Means by hand: sum(x) = 13.13, sum(y) = 4.88.
    expect(a.mean).toBeCloseTo(1.313, 12);
    expect(a.restMean).toBeCloseTo(0.976, 12);
    expect(a.estimate).toBeCloseTo(0.337, 12);
    expect(a.lower).toBeCloseTo(-0.01972499633510394, 7);
    expect(a.upper).toBeCloseTo(0.6937249963351039, 7);
    expectWelch(a, x, y);
    // The other intervention is the same comparison turned round.
    [[b.estimate, -a.estimate], [b.lower, -a.upper], [b.upper, -a.lower]].forEach(([got, want]) => expect(got).toBeCloseTo(want!, 10));
  });

  it("ranks a situation once and still agrees with core/stats' Mann–Whitney and median on tied data", () => {
    const random = mulberry32(8);
    const values = Array.from({ length: 400 }, () => Math.round(random() * 10));
    const chosen = values.map(() => (random() < 0.3 ? 1 : 0));
    const s = situation(values, [chosen]);
    const [row] = buildNumericWhatWorks({ kind: "scale", interventions: ["a"], single: false, situations: [s] }).rows;
    const xs = values.filter((_, k) => chosen[k]);
    const rest = values.filter((_, k) => !chosen[k]);
    const mw = mannWhitneyU(xs, rest);
    expect(row!.test.statistic).toBeCloseTo(mw.u, 9);
    expect(row!.pValue).toBeCloseTo(mw.pValue, 12);
    expect(row!.effect).toBeCloseTo(mw.rankBiserial, 12);
    expect([row!.centre, row!.restCentre]).toEqual([median(xs), median(rest)]);
    // The difference of means from the situation's sums agrees with Welch on the values themselves.
    expectWelch(row!.difference as MeanDifference, xs, rest);
  });

  it("gives no interval when a group has a single story, and keeps the estimate", () => {
    const s = situation([2, 4, 6, 8, 9], [[1, 1, 1, 1, 0]]);
    const [row] = buildNumericWhatWorks({ kind: "scale", interventions: ["a"], single: false, situations: [s] }, { minN: 4 }).rows;
    const d = row!.difference as MeanDifference;
    expect([d.estimate, d.mean, d.restMean]).toEqual([-4, 5, 9]);
    expect(d.lower).toBeNaN();
    expect(d.upper).toBeNaN();
  });

  it("compares triads by permutation when a group is small and by Hotelling's T² when both are large", () => {
    const random = mulberry32(4);
    const triad = (lean: number): Triad => {
      const w = [random() + lean, random(), random()];
      const sum = w[0]! + w[1]! + w[2]!;
      return [w[0]! / sum, w[1]! / sum, w[2]! / sum];
    };
    const make = (nx: number, nrest: number) => {
      const triads = [...Array.from({ length: nx }, () => triad(0.5)), ...Array.from({ length: nrest }, () => triad(0))];
      const chosen = triads.map((_, k) => (k < nx ? 1 : 0));
      return { triads, s: situation(triads.flat(), [chosen]) };
    };
    const small = make(12, 80);
    const [rowSmall] = buildNumericWhatWorks({ kind: "triad", interventions: ["a"], single: false, situations: [small.s] }).rows;
    expect(rowSmall!.test.method).toBe("permutation");
    expect(rowSmall!.pValue).toBe(triadPositionTest(small.triads.slice(0, 12), small.triads.slice(12), { permutations: 999 }).pValue);
    // One difference per corner: the mean share after the intervention minus the rest's, Welch on that corner.
    const corners = rowSmall!.difference as MeanDifference[];
    expect(corners).toHaveLength(3);
    corners.forEach((d, c) => expectWelch(d, small.triads.slice(0, 12).map((t) => t[c]!), small.triads.slice(12).map((t) => t[c]!)));
    expect(corners.reduce((sum, d) => sum + d.estimate, 0)).toBeCloseTo(0, 12);
    expect(corners[0]!.lower).toBeGreaterThan(0);
    const large = make(60, 90);
    const [rowLarge] = buildNumericWhatWorks({ kind: "triad", interventions: ["a"], single: false, situations: [large.s] }).rows;
    expect(rowLarge!.test.method).toBe("hotelling");
    expect(rowLarge!.pValue).toBe(triadHotelling(large.triads.slice(0, 60), large.triads.slice(60)).pValue);
    expect(rowLarge!.effect).toBeGreaterThan(0);
  });
});
