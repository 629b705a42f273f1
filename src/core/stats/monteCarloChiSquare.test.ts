import { describe, expect, it } from "vitest";
import { monteCarloChiSquare } from "./monteCarloChiSquare.ts";

// Independent route: the exact permutation p-value, summing the multiple hypergeometric
// probability P = Π r_i! Π c_j! / (n! Π n_ij!) (exact, in BigInt) of every table with the observed
// margins whose X² is at least the observed one. The Monte-Carlo p-value estimates exactly this.
const fact = (n: number): bigint => (n < 2 ? 1n : BigInt(n) * fact(n - 1));

function x2(t: number[][], rows: number[], cols: number[], n: number): number {
  let s = 0;
  t.forEach((row, i) => row.forEach((o, j) => (s += (o - (rows[i]! * cols[j]!) / n) ** 2 / ((rows[i]! * cols[j]!) / n))));
  return s;
}

function exactPermutationP(table: number[][]): number {
  const rows = table.map((r) => r.reduce((a, b) => a + b, 0));
  const cols = table[0]!.map((_, j) => table.reduce((a, r) => a + r[j]!, 0));
  const n = rows.reduce((a, b) => a + b, 0);
  const observed = x2(table, rows, cols, n);
  const numerator = rows.concat(cols).reduce((p, m) => p * fact(m), 1n);
  let extreme = 0n;
  let total = 0n;
  const cells: number[][] = table.map((r) => r.map(() => 0));
  // Fill row by row; the last column of each row and the last row are forced by the margins.
  const fill = (i: number, j: number, colLeft: number[], rowLeft: number) => {
    if (i === rows.length - 1) {
      cells[i] = colLeft.slice();
      const denominator = cells.flat().reduce((p, m) => p * fact(m), fact(n));
      const weight = (numerator * 10n ** 18n) / denominator;
      total += weight;
      if (x2(cells, rows, cols, n) >= observed - 1e-9) extreme += weight;
      return;
    }
    if (j === cols.length - 1) {
      if (rowLeft > colLeft[j]!) return;
      cells[i]![j] = rowLeft;
      const next = colLeft.slice();
      next[j] = next[j]! - rowLeft;
      fill(i + 1, 0, next, rows[i + 1]!);
      return;
    }
    for (let v = 0; v <= Math.min(rowLeft, colLeft[j]!); v++) {
      cells[i]![j] = v;
      const next = colLeft.slice();
      next[j] = next[j]! - v;
      fill(i, j + 1, next, rowLeft - v);
    }
  };
  fill(0, 0, cols.slice(), rows[0]!);
  return Number((extreme * 10n ** 12n) / total) / 1e12;
}

describe("monteCarloChiSquare", () => {
  it("estimates the exact permutation p-value of small tables", () => {
    // The exact p-values, by the enumeration in src/core/patterns/reference/exact_x2.py (its exact(t),
    // Python 3, no packages): exact([[3, 0, 1], [1, 4, 0]]) -> 0.07936507936507944 (= 5/63);
    // exact([[2, 1, 4], [3, 5, 0], [0, 1, 2]]) -> 0.08359423800600314. R chisq.test(..., simulate.p.value
    // = TRUE) estimates the same quantity. X² itself from SciPy 1.17.1 chi2_contingency(...,
    // correction=False): 5.9625 and 8.224489795918368 (R 4.2.2 chisq.test: 5.9625, 8.224489795918366).
    for (const [table, x] of [
      [[[3, 0, 1], [1, 4, 0]], 5.9625],
      [[[2, 1, 4], [3, 5, 0], [0, 1, 2]], 8.224489795918368],
    ] as [number[][], number][]) {
      const exact = exactPermutationP(table);
      expect(exact).toBeCloseTo(x === 5.9625 ? 5 / 63 : 0.08359423800600314, 10);
      const mc = monteCarloChiSquare(table, { replicates: 20_000, seed: 11 });
      expect(mc.statistic).toBeCloseTo(x, 10);
      // Standard error of the estimate: √(p (1 − p) / B) ≤ 0.0036; allow 4 of them.
      expect(Math.abs(mc.pValue - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / 20_000) + 1e-4);
    }
  });

  it("is reproducible by seed and follows R's (1 + hits) / (B + 1)", () => {
    const table = [[3, 0, 1], [1, 4, 0]];
    const a = monteCarloChiSquare(table, { replicates: 500, seed: 5 });
    expect(monteCarloChiSquare(table, { replicates: 500, seed: 5 })).toEqual(a);
    // p · (B + 1) is the whole number 1 + hits.
    expect(a.pValue * 501).toBeCloseTo(Math.round(a.pValue * 501), 9);
    expect(Math.round(a.pValue * 501)).toBeGreaterThanOrEqual(1);
    // A perfectly associated table is the most extreme there is: only tables as extreme count.
    const strong = monteCarloChiSquare([[9, 0, 0], [0, 9, 0], [0, 0, 9]], { replicates: 999 });
    expect(strong.pValue).toBeCloseTo(1 / 1000, 12);
    expect(monteCarloChiSquare([[1, 2, 3]]).degenerate).toBe(true);
  });
});
