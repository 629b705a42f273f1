import { describe, expect, it } from "vitest";
import { chooseIndependenceMethod, chooseIndependenceTest } from "./independence.ts";

describe("chooseIndependenceTest", () => {
  it("uses Pearson's chi-square when every expected count is at least 5", () => {
    // R ?chisq.test gender × party: X-squared = 30.07, df = 2, p = 2.954e-07 (see contingency.test.ts).
    const r = chooseIndependenceTest([[762, 327, 468], [484, 239, 477]]);
    expect(r.method).toBe("chiSquare");
    expect(r.statistic).toBeCloseTo(30.07, 2);
    expect(r.pValue / 2.954e-7).toBeCloseTo(1, 3);
  });

  it("uses Fisher's exact test for a 2×2 table with a small expected count", () => {
    // Tea tasting: every expected count is 2; R fisher.test gives p = 0.4857.
    const r = chooseIndependenceTest([[3, 1], [1, 3]]);
    expect(r.method).toBe("fisher");
    expect(r.pValue).toBeCloseTo(0.4857, 4);
    // By hand: X² = 4 · 1² / 2 = 2, Cramér's V = √(2 / 8) = 0.5.
    expect(r.statistic).toBeCloseTo(2, 12);
    expect(r.cramersV).toBeCloseTo(0.5, 12);
    // An empty third column is dropped, so this is still a 2×2 table.
    expect(chooseIndependenceMethod([[3, 1, 0], [1, 3, 0]])).toBe("fisher");
  });

  it("uses a seeded Monte-Carlo chi-square for a larger table with small expected counts", () => {
    const table = [[3, 0, 1], [1, 4, 0]];
    const r = chooseIndependenceTest(table, { seed: 9, replicates: 4000 });
    expect(r.method).toBe("monteCarloChiSquare");
    expect(r).toMatchObject({ seed: 9, replicates: 4000, df: 2 });
    // Exact permutation p-value 5/63 = 0.0794 (monteCarloChiSquare.test.ts enumerates it).
    expect(Math.abs(r.pValue - 5 / 63)).toBeLessThan(0.02);
    expect(chooseIndependenceTest(table, { seed: 9, replicates: 4000 })).toEqual(r);
  });

  it("reports tables with nothing to test", () => {
    expect(chooseIndependenceTest([[0, 0], [0, 0]])).toMatchObject({ method: "chiSquare", degenerate: true, pValue: 1 });
  });
});
