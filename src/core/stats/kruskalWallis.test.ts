import { describe, expect, it } from "vitest";
import { ozoneGroups } from "./airquality.fixture.ts";
import { kruskalWallis } from "./kruskalWallis.ts";

describe("kruskalWallis", () => {
  it("reproduces R's kruskal.test(Ozone ~ Month, data = airquality)", () => {
    // R documentation, ?kruskal.test: Kruskal-Wallis chi-squared = 29.267, df = 4,
    // p-value = 6.901e-06. SciPy 1.17.1 kruskal(*groups) -> 29.26657630611694, 6.900714118546782e-06.
    const r = kruskalWallis(ozoneGroups);
    expect(r.statistic).toBeCloseTo(29.26657630611694, 10);
    expect(r.df).toBe(4);
    expect(r.pValue / 6.900714118546782e-6).toBeCloseTo(1, 8);
    expect(r.n).toBe(116);
    // ε² = H / (N − 1) (Tomczak & Tomczak 2014, E²_R = H / ((N² − 1) / (N + 1))) = 29.26657630611694 / 115.
    // R 4.2.2 with effectsize 0.8.3 (Debian r-cran-effectsize), which uses the same formula:
    // rank_epsilon_squared(Ozone ~ Month, data = airquality)$rank_epsilon_squared -> 0.2544919678792777.
    expect(r.epsilonSquared).toBeCloseTo(0.2544919678792777, 13);
  });

  it("reproduces R's ?kruskal.test Hollander & Wolfe mucociliary example", () => {
    // R: x <- c(2.9, 3.0, 2.5, 2.6, 3.2); y <- c(3.8, 2.7, 4.0, 2.4); z <- c(2.8, 3.4, 3.7, 2.2, 2.0)
    // kruskal.test(list(x, y, z)) -> chi-squared = 0.77143, df = 2, p-value = 0.68.
    // By hand (no ties): rank sums 36, 36, 33; H = 12 / (14 · 15) · (36²/5 + 36²/4 + 33²/5) − 3 · 15
    // = 12 · 801 / 210 − 45 = 0.771429. SciPy 1.17.1 kruskal: p = 0.6799647735788936.
    const r = kruskalWallis([[2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]]);
    expect(r.statistic).toBeCloseTo(0.7714285714285722, 12);
    expect(r.pValue).toBeCloseTo(0.6799647735788936, 10);
    // R effectsize 0.8.3: rank_epsilon_squared(list(x, y, z))$rank_epsilon_squared -> 0.0593406593406594
    // (= 0.7714285714285722 / 13).
    expect(r.epsilonSquared).toBeCloseTo(0.0593406593406594, 13);
  });

  it("corrects for ties and leaves out empty groups", () => {
    // SciPy 1.17.1: kruskal([1,2,2,3], [3,3,4], [1,5,5,2,2]) -> 2.3096604938271637, p = 0.3151110234323251.
    const r = kruskalWallis([[1, 2, 2, 3], [], [3, 3, 4], [1, 5, 5, 2, 2]]);
    expect(r.statistic).toBeCloseTo(2.3096604938271637, 12);
    expect(r.pValue).toBeCloseTo(0.3151110234323251, 10);
    expect(r.groups).toBe(3);
    // R 4.2.2: kruskal.test(list(c(1,2,2,3), c(3,3,4), c(1,5,5,2,2))) -> chi-squared = 2.3096604938272,
    // p-value = 0.3151110234323; effectsize 0.8.3 rank_epsilon_squared(same list) -> 0.2099691358024687.
    expect(r.epsilonSquared).toBeCloseTo(0.2099691358024687, 13);
  });

  it("has nothing to test with one group or all values tied", () => {
    expect(kruskalWallis([[1, 2, 3], []])).toMatchObject({ degenerate: true, pValue: 1 });
    expect(kruskalWallis([[2, 2], [2, 2, 2]])).toMatchObject({ degenerate: true, pValue: 1 });
  });
});
