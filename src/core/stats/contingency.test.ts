import { describe, expect, it } from "vitest";
import { chiSquareTest, cramersV, dropEmpty, expectedCounts } from "./contingency.ts";

describe("chiSquareTest", () => {
  it("reproduces R's chisq.test example (gender × party, Agresti 2007 p. 39)", () => {
    // R documentation, ?chisq.test: M <- as.table(rbind(c(762, 327, 468), c(484, 239, 477)))
    // chisq.test(M) -> X-squared = 30.07, df = 2, p-value = 2.954e-07.
    // SciPy 1.17.1 chi2_contingency(M, correction=False): 30.070149095754672, 2.9535891832117595e-07;
    // scipy.stats.contingency.association(M, method="cramer") = 0.10443580235646777.
    const r = chiSquareTest([
      [762, 327, 468],
      [484, 239, 477],
    ]);
    expect(r.statistic).toBeCloseTo(30.070149095754672, 9);
    expect(r.df).toBe(2);
    expect(r.pValue / 2.9535891832117595e-7).toBeCloseTo(1, 6);
    expect(r.cramersV).toBeCloseTo(0.10443580235646777, 12);
    expect(r.expected[0]![0]).toBeCloseTo(703.67138194, 7); // 1557 · 1246 / 2757
    expect(r.degenerate).toBe(false);
  });

  it("matches SciPy on a 2×2 table, with and without Yates' correction", () => {
    // SciPy 1.17.1: chi2_contingency([[12, 5], [7, 9]], correction=False) -> 2.4305755196815575,
    // p = 0.118989205532145; correction=True -> 1.455996378814684, p = 0.22756821457580642;
    // association(..., method="cramer") = 0.27139234260883977.
    const table = [
      [12, 5],
      [7, 9],
    ];
    const plain = chiSquareTest(table);
    expect(plain.statistic).toBeCloseTo(2.4305755196815575, 12);
    expect(plain.pValue).toBeCloseTo(0.118989205532145, 10);
    expect(plain.cramersV).toBeCloseTo(0.27139234260883977, 12);
    const yates = chiSquareTest(table, { yates: true });
    expect(yates.statistic).toBeCloseTo(1.455996378814684, 12);
    expect(yates.pValue).toBeCloseTo(0.22756821457580642, 10);
    expect(yates.cramersV).toBeCloseTo(0.27139234260883977, 12);
  });

  it("drops empty rows and columns, and reports tables with nothing to test", () => {
    const withEmpty = [
      [12, 0, 5],
      [0, 0, 0],
      [7, 0, 9],
    ];
    expect(dropEmpty(withEmpty)).toEqual([
      [12, 5],
      [7, 9],
    ]);
    expect(chiSquareTest(withEmpty).statistic).toBeCloseTo(2.4305755196815575, 12);
    const one = chiSquareTest([[3, 4]]);
    expect(one).toMatchObject({ degenerate: true, pValue: 1, df: 0, cramersV: 0 });
    expect(() => chiSquareTest([[1, 2], [3]])).toThrow(RangeError);
    expect(() => chiSquareTest([[1, -2], [3, 4]])).toThrow(RangeError);
  });

  it("derives expected counts and Cramér's V by hand", () => {
    // Perfect association [[5, 0], [0, 5]]: E = 2.5 everywhere, X² = 4 · 2.5² / 2.5 = 10 = n, V = 1.
    expect(expectedCounts([[5, 0], [0, 5]])).toEqual([[2.5, 2.5], [2.5, 2.5]]);
    const r = chiSquareTest([[5, 0], [0, 5]]);
    expect(r.statistic).toBeCloseTo(10, 12);
    expect(r.cramersV).toBeCloseTo(1, 12);
    expect(cramersV(10, 10, 2, 2)).toBe(1);
  });
});
