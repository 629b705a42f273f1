import { describe, expect, it } from "vitest";
import { kruskalWallis, mulberry32 } from "../stats/index.ts";
import { codedColumn, kruskalWallisRanked, rankLevels, rankScratch, spearman } from "./rank-tests.ts";

const everyone = (n: number) => new Uint8Array(n).fill(1);
const column = (values: number[]) => codedColumn(Float64Array.from(values));

/** Each member's mid-rank, as rank() would give it. */
function ranksOf(values: number[], member: Uint8Array) {
  const c = column(values);
  const scratch = rankScratch(c.levels);
  const { n, tieSum } = rankLevels(c, member, scratch);
  return { n, tieSum, ranks: values.map((_, row) => (member[row] ? scratch.midRank[c.codes[row]!] : undefined)) };
}

describe("codedColumn", () => {
  it("codes values in ascending order across signs and magnitudes, the two zeros as one", () => {
    const values = [0.5, -1, -0, 0, 3, -1e-300, Number.NaN, 1e300, -2, 0.5, -1e300];
    const { codes, levels } = codedColumn(Float64Array.from(values));
    expect(Array.from(codes)).toEqual([5, 2, 4, 4, 6, 3, -1, 7, 1, 5, 0]);
    expect(levels).toBe(8);
  });

  it("agrees with sorting on generated data", () => {
    const random = mulberry32(3);
    const values = Float64Array.from({ length: 5000 }, () => Math.round((random() - 0.5) * 2000) / 7);
    const { codes } = codedColumn(values);
    const distinct = [...new Set(values)].sort((a, b) => a - b);
    values.forEach((v, row) => expect(codes[row]).toBe(distinct.indexOf(v)));
  });
});

describe("rankLevels", () => {
  it("gives R's mid-ranks: rank(c(3, 1, 4, 1, 5)) is 3, 1.5, 4, 1.5, 5", () => {
    expect(ranksOf([3, 1, 4, 1, 5], everyone(5))).toEqual({ n: 5, tieSum: 2 ** 3 - 2, ranks: [3, 1.5, 4, 1.5, 5] });
  });

  it("ranks only the member rows and skips missing values", () => {
    const { n, ranks } = ranksOf([10, Number.NaN, 30, 20, 5], Uint8Array.from([1, 0, 1, 1, 0]));
    expect(n).toBe(3);
    expect(ranks).toEqual([1, undefined, 3, 2, undefined]);
  });
});

describe("spearman", () => {
  it("reproduces Wikipedia's IQ and hours-of-television example", () => {
    // Wikipedia, "Spearman's rank correlation coefficient", worked example: ρ = −29/165.
    // SciPy 1.17.1 spearmanr → −0.17575757575757575, p = 0.6271883447764846 (the t approximation,
    // which R's cor.test(method = "spearman", exact = FALSE) also uses: R 4.2.2 cor.test(iq, tv,
    // method = "spearman", exact = FALSE) → rho −0.1757575757575758, p 0.6271883447764844).
    // The p-value goes through jStat's incomplete beta, good to about 1e-9.
    const iq = [86, 97, 99, 100, 101, 103, 106, 110, 112, 113];
    const tv = [0, 20, 28, 27, 50, 29, 7, 17, 6, 12];
    const r = spearman(column(iq), column(tv), everyone(10));
    expect(r.rho).toBeCloseTo(-29 / 165, 14);
    expect(r.pValue).toBeCloseTo(0.6271883447764846, 8);
    expect(r.df).toBe(8);
  });

  it("handles ties as SciPy does", () => {
    // SciPy 1.17.1 spearmanr(x, y) → −0.2899608628907296, p = 0.31460623850869834. R 4.2.2:
    // cor.test(x, y, method = "spearman", exact = FALSE) → rho −0.2899608628907296, p 0.3146062385086981.
    const x = [2.9, 3.0, 2.5, 2.6, 3.2, 3.8, 2.7, 4.0, 2.4, 2.8, 3.4, 3.7, 2.2, 2.0];
    const y = [1, 2, 2, 3, 3, 3, 4, 1, 5, 5, 2, 2, 4, 1];
    const r = spearman(column(x), column(y), everyone(14));
    expect(r.rho).toBeCloseTo(-0.2899608628907296, 13);
    expect(r.pValue).toBeCloseTo(0.31460623850869834, 8);
  });

  it("reads a perfect ranking as p = 0 and a constant side as untestable", () => {
    expect(spearman(column([1, 2, 3, 4]), column([10, 20, 30, 40]), everyone(4))).toMatchObject({ rho: 1, pValue: 0 });
    expect(spearman(column([1, 2, 3, 4]), column([5, 5, 5, 5]), everyone(4)).degenerate).toBe(true);
  });
});

describe("kruskalWallisRanked", () => {
  it("reproduces SciPy's kruskal with ties", () => {
    // SciPy 1.17.1: kruskal([1,2,2,3], [3,3,4], [1,5,5,2,2]) → 2.3096604938271637, p = 0.3151110234323251.
    const values = [1, 2, 2, 3, 3, 3, 4, 1, 5, 5, 2, 2];
    const groups = Uint8Array.from([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2]);
    const r = kruskalWallisRanked(column(values), groups, 3, everyone(12));
    expect(r.statistic).toBeCloseTo(2.3096604938271637, 12);
    expect(r.pValue).toBeCloseTo(0.3151110234323251, 10);
    // ε² = H / (n − 1): R 4.2.2, effectsize 0.8.3 rank_epsilon_squared(list(c(1,2,2,3), c(3,3,4),
    // c(1,5,5,2,2)))$rank_epsilon_squared → 0.2099691358024687.
    expect(r.epsilonSquared).toBeCloseTo(0.2099691358024687, 13);
  });

  it("agrees with core/stats' kruskalWallis on generated data with ties", () => {
    const random = mulberry32(5);
    const n = 500;
    const values = Float64Array.from({ length: n }, () => Math.round(random() * 20) / 4);
    const groups = Uint8Array.from({ length: n }, () => Math.floor(random() * 4));
    const member = Uint8Array.from({ length: n }, () => (random() < 0.8 ? 1 : 0));
    const lists: number[][] = [[], [], [], []];
    for (let i = 0; i < n; i++) if (member[i]) lists[groups[i]!]!.push(values[i]!);
    const expected = kruskalWallis(lists);
    const r = kruskalWallisRanked(codedColumn(values), groups, 4, member);
    expect(r.statistic).toBeCloseTo(expected.statistic, 9);
    expect(r.pValue).toBeCloseTo(expected.pValue, 12);
    expect(r.epsilonSquared).toBeCloseTo(expected.epsilonSquared, 12);
  });
});
