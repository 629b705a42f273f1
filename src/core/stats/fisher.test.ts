import { describe, expect, it } from "vitest";
import { fisherExact2x2 } from "./fisher.ts";

// An independent route: exact hypergeometric probabilities with BigInt binomials, summed over every
// table with the same margins. No logarithms, no shared code with fisher.ts.
function choose(n: number, k: number): bigint {
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
}
type Two = [[number, number], [number, number]];
function bruteForceTwoSided([[a, b], [c, d]]: Two): number {
  const m = a + c;
  const n = b + d;
  const k = a + b;
  const weight = (x: number) => choose(m, x) * choose(n, k - x);
  const observed = weight(a);
  let extreme = 0n;
  let total = 0n;
  for (let x = Math.max(0, k - n); x <= Math.min(k, m); x++) {
    total += weight(x);
    if (weight(x) <= observed) extreme += weight(x);
  }
  return Number((extreme * 10n ** 15n) / total) / 1e15;
}

describe("fisherExact2x2", () => {
  it("gives 0.4857 for Fisher's tea-tasting table (R: fisher.test(matrix(c(3, 1, 1, 3), 2)))", () => {
    // By hand: margins 4/4/4/4, P(x) = C(4,x) C(4,4−x) / C(8,4) = 1, 16, 36, 16, 1 over 70;
    // x = 3 has 16/70, so two-sided p = (1 + 16 + 16 + 1) / 70 = 0.4857142857.
    const r = fisherExact2x2([[3, 1], [1, 3]]);
    expect(r.pValue).toBeCloseTo(34 / 70, 14);
    expect(r.support).toEqual([0, 4]);
    // One-sided, by hand: greater = (16 + 1) / 70; less = (1 + 16 + 36 + 16) / 70.
    expect(fisherExact2x2([[3, 1], [1, 3]], "greater").pValue).toBeCloseTo(17 / 70, 14);
    expect(fisherExact2x2([[3, 1], [1, 3]], "less").pValue).toBeCloseTo(69 / 70, 14);
  });

  it("reproduces R's Convictions example (?fisher.test)", () => {
    // R: Convictions <- matrix(c(2, 10, 15, 3), nrow = 2); fisher.test(Convictions,
    // alternative = "less") -> p-value = 0.0004652. SciPy 1.17.1 fisher_exact([[2, 15], [10, 3]])
    // two-sided -> 0.0005367241191434358.
    const table = [[2, 15], [10, 3]];
    expect(fisherExact2x2(table, "less").pValue).toBeCloseTo(0.0004652, 7);
    expect(fisherExact2x2(table).pValue).toBeCloseTo(0.0005367241191434358, 12);
  });

  it("agrees with SciPy and with brute-force enumeration", () => {
    // SciPy 1.17.1: fisher_exact([[12, 5], [7, 9]]) -> 0.16632006577356484;
    // fisher_exact([[0, 5], [6, 1]]) -> 0.01515151515151515.
    expect(fisherExact2x2([[12, 5], [7, 9]]).pValue).toBeCloseTo(0.16632006577356484, 12);
    expect(fisherExact2x2([[0, 5], [6, 1]]).pValue).toBeCloseTo(0.01515151515151515, 12);
    const tables = [[[1, 9], [11, 3]], [[0, 0], [4, 7]], [[20, 3], [1, 25]], [[7, 2], [3, 7]], [[40, 60], [55, 45]]];
    for (const t of tables) {
      expect(fisherExact2x2(t).pValue).toBeCloseTo(bruteForceTwoSided(t as Two), 12);
    }
  });

  it("is 1 when the margins allow only one table", () => {
    expect(fisherExact2x2([[0, 0], [4, 7]]).pValue).toBe(1);
    expect(() => fisherExact2x2([[1, 2, 3], [4, 5, 6]])).toThrow(RangeError);
  });
});
