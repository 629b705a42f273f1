import { describe, expect, it } from "vitest";
import { wilcoxonSignedRank } from "./wilcoxonSignedRank.ts";

describe("wilcoxonSignedRank", () => {
  it("reproduces R's ?wilcox.test depression example (Hollander & Wolfe 1973, p. 29)", () => {
    // R: x <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
    //    y <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)
    // wilcox.test(x, y, paired = TRUE, alternative = "greater") -> V = 40 (exact p 0.01953).
    // With exact = FALSE, two-sided, by hand: n = 9, E(V) = 22.5, Var = 9 · 10 · 19 / 24 = 71.25,
    // z = (40 − 22.5 − 0.5) / √71.25 = 2.01398, p = 2 Φ(−2.01398) = 0.04401. SciPy 1.17.1
    // wilcoxon(x, y, zero_method="wilcox", correction=True, method="approx") -> p = 0.04401098401295143
    // (its statistic is min(T+, T−) = 5 = 45 − 40).
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const r = wilcoxonSignedRank(x, y);
    expect(r.v).toBe(40);
    expect(r.z).toBeCloseTo(17 / Math.sqrt(71.25), 12);
    expect(r.pValue).toBeCloseTo(0.04401098401295143, 10);
    // Matched-pairs rank-biserial, Kerby's (2014) r = f − u on rank sums: (T+ − T−) / (T+ + T−) =
    // (40 − 5) / 45. SciPy 1.17.1: T+ = wilcoxon(x, y, zero_method="wilcox", alternative="greater",
    // method="approx").statistic -> 40.0, so r = (40 − (45 − 40)) / 45 = 0.7777777777777778.
    // R 4.2.2, effectsize 0.8.3: rank_biserial(x, y, paired = TRUE)$r_rank_biserial -> 0.7777777777777777.
    expect(r.rankBiserial).toBeCloseTo(0.7777777777777777, 15);
  });

  it("drops zero differences and corrects for tied ranks", () => {
    // Differences 2, 0, 2, −1, 0, 1, 2, 0, 2, 1: three zeros dropped, n = 7. |d| = 1 three times
    // (ranks 1–3, mid-rank 2), |d| = 2 four times (ranks 4–7, mid-rank 5.5): T− = 2 (the −1),
    // T+ = 4 · 5.5 + 2 · 2 = 26.
    // By hand: Var = 7 · 8 · 15 / 24 − ((27 − 3) + (64 − 4)) / 48 = 35 − 1.75 = 33.25,
    // z = (26 − 14 − 0.5) / √33.25 = 1.99435; SciPy 1.17.1 wilcoxon(u, v, zero_method="wilcox",
    // correction=True, method="approx") -> statistic 2, p = 0.04611349865213502.
    const r = wilcoxonSignedRank([5, 3, 4, 4, 2, 5, 3, 1, 4, 4], [3, 3, 2, 5, 2, 4, 1, 1, 2, 3]);
    expect(r).toMatchObject({ v: 26, n: 7, zeros: 3, degenerate: false });
    expect(r.z).toBeCloseTo(11.5 / Math.sqrt(33.25), 12);
    expect(r.pValue).toBeCloseTo(0.04611349865213502, 10);
    // Rank-biserial (T+ − T−) / (T+ + T−) = (26 − 2) / 28. With u = [5, 3, 4, 4, 2, 5, 3, 1, 4, 4],
    // v = [3, 3, 2, 5, 2, 4, 1, 1, 2, 3] (R: u <- c(...), v <- c(...)), SciPy wilcoxon(u, v, zero_method="wilcox",
    // alternative="greater", method="approx").statistic -> 26.0. R 4.2.2: wilcox.test(u, v, paired = TRUE,
    // exact = FALSE) -> V = 26, p-value = 0.04611349865214; effectsize 0.8.3 rank_biserial(u, v,
    // paired = TRUE)$r_rank_biserial -> 0.8571428571428572 (zero differences dropped, as here).
    expect(r.rankBiserial).toBeCloseTo(0.8571428571428572, 15);
  });

  it("has nothing to test when every pair is equal, and needs equal lengths", () => {
    expect(wilcoxonSignedRank([1, 2], [1, 2])).toMatchObject({ degenerate: true, pValue: 1, zeros: 2, n: 0 });
    expect(() => wilcoxonSignedRank([1], [1, 2])).toThrow(RangeError);
  });
});
