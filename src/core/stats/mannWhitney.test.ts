import { describe, expect, it } from "vitest";
import { mannWhitneyU } from "./mannWhitney.ts";

describe("mannWhitneyU", () => {
  it("reproduces the SciPy documentation example (males vs females)", () => {
    // scipy.stats.mannwhitneyu docs: males = [19, 22, 16, 29, 24], females = [20, 11, 17, 12];
    // method="asymptotic" -> U = 17, p = 0.11134688653314041. By hand: rank sum of males
    // 5 + 7 + 3 + 9 + 8 = 32, U = 32 − 15 = 17; σ = √(5 · 4 · 10 / 12) = 4.0825;
    // z = (17 − 10 − 0.5) / 4.0825 = 1.5922; p = 2 Φ(−1.5922) = 0.1113.
    const r = mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    expect(r.u).toBe(17);
    expect(r.z).toBeCloseTo(6.5 / Math.sqrt(50 / 3), 12);
    expect(r.pValue).toBeCloseTo(0.11134688653314041, 10);
    // Rank-biserial by hand: 2 · 17 / 20 − 1 = 0.7. Kerby's (2014) simple difference formula
    // r = f − u (share of pairs with x > y minus share with x < y) and Wendt's r = 1 − 2 U_y / (n1 n2),
    // in NumPy 2.4.6 / SciPy 1.17.1 (x = males, y = females as arrays):
    //   np.mean(np.sign(x[:, None] - y[None, :])) -> 0.7; 2 * mannwhitneyu(x, y).statistic / 20 - 1 -> 0.7;
    //   1 - 2 * mannwhitneyu(y, x).statistic / 20 -> 0.7.
    // R 4.2.2, effectsize 0.8.3: rank_biserial(males, females)$r_rank_biserial -> 0.7 (positive: x larger).
    expect(r.rankBiserial).toBeCloseTo(0.7, 15);
    expect(r.commonLanguage).toBeCloseTo(0.85, 15);
  });

  it("reproduces R's ?wilcox.test two-sample data with the normal approximation", () => {
    // R: x <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46);
    // y <- c(1.15, 0.88, 0.90, 0.74, 1.21); wilcox.test(x, y, alternative = "g") -> W = 35
    // (exact p 0.1272). With exact = FALSE, two-sided: SciPy 1.17.1 mannwhitneyu(x, y,
    // method="asymptotic") -> p = 0.24462360512698333.
    const r = mannWhitneyU([0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46], [1.15, 0.88, 0.9, 0.74, 1.21]);
    expect(r.u).toBe(35);
    expect(r.pValue).toBeCloseTo(0.24462360512698333, 10);
  });

  it("corrects for ties (scale answers)", () => {
    // SciPy 1.17.1: mannwhitneyu([3,4,4,5,2,3,5,5,1], [2,2,3,1,1,4,2], method="asymptotic")
    // -> U = 49.5, p = 0.058910736967613085.
    const r = mannWhitneyU([3, 4, 4, 5, 2, 3, 5, 5, 1], [2, 2, 3, 1, 1, 4, 2]);
    expect(r.u).toBe(49.5);
    expect(r.pValue).toBeCloseTo(0.058910736967613085, 10);
    // Rank-biserial with ties: NumPy np.mean(np.sign(x[:, None] - y[None, :])) -> 0.5714285714285714
    // (= 2 · 49.5 / 63 − 1); R effectsize 0.8.3 rank_biserial(x, y)$r_rank_biserial -> 0.5714285714285714,
    // rank_biserial(y, x) -> -0.5714285714285714.
    expect(r.rankBiserial).toBeCloseTo(0.5714285714285714, 15);
    // Swapping the groups mirrors U and the effect, not the p-value.
    const s = mannWhitneyU([2, 2, 3, 1, 1, 4, 2], [3, 4, 4, 5, 2, 3, 5, 5, 1]);
    expect(s.u).toBe(63 - 49.5);
    expect(s.rankBiserial).toBeCloseTo(-r.rankBiserial, 15);
    expect(s.pValue).toBeCloseTo(r.pValue, 15);
  });

  it("has nothing to test when all values tie or a group is empty", () => {
    // SciPy gives p = 1 for mannwhitneyu([1, 1, 1], [1, 1]); R gives NaN.
    expect(mannWhitneyU([1, 1, 1], [1, 1])).toMatchObject({ u: 3, pValue: 1, degenerate: true, rankBiserial: 0 });
    expect(mannWhitneyU([], [1]).pValue).toBeNaN();
  });
});
