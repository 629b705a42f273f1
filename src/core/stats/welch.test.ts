import { describe, expect, it } from "vitest";
import { mean, variance } from "./descriptives.ts";
import { welchFromMoments, welchTest } from "./welch.ts";

// R's sleep data (Student 1908): extra hours of sleep under two drugs.
const group1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const group2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe("welchTest", () => {
  it("reproduces R's Welch two-sample t-test on the sleep data", () => {
    // R: t.test(extra ~ group, data = sleep)
    //   t = -1.8608, df = 17.776, p-value = 0.07939
    //   95 percent confidence interval: -3.3654832  0.2054832
    //   mean in group 1 = 0.75, mean in group 2 = 2.33
    // More digits: SciPy 1.17.1 ttest_ind(group1, group2, equal_var=False) → statistic
    // -1.8608134674868526, df 17.776473516178488, pvalue 0.0793941401873583,
    // .confidence_interval(0.95) → (-3.3654832307117104, 0.20548323071171137).
    const r = welchTest(group1, group2);
    expect(r.mean1).toBeCloseTo(0.75, 12);
    expect(r.mean2).toBeCloseTo(2.33, 12);
    expect(r.estimate).toBeCloseTo(-1.58, 12);
    expect(r.t).toBeCloseTo(-1.8608134674868526, 12);
    expect(r.df).toBeCloseTo(17.776473516178488, 10);
    expect(r.pValue).toBeCloseTo(0.0793941401873583, 7);
    // R's printed seven digits; the t quantile (jStat) is good to about 1e-7 relative.
    expect(r.lower).toBeCloseTo(-3.3654832, 7);
    expect(r.upper).toBeCloseTo(0.2054832, 7);
    expect(r.lower).toBeCloseTo(-3.3654832307117104, 7);
    expect(r.upper).toBeCloseTo(0.20548323071171137, 7);
  });

  it("handles unequal group sizes and another confidence level", () => {
    // R's ?wilcox.test data, as t.test(x, y) and t.test(x, y, conf.level = 0.9) would take them.
    // SciPy 1.17.1 ttest_ind(x, y, equal_var=False): statistic 2.0413830922100695,
    // df 12.970538443257544, pvalue 0.06210134378107847, 95% (-0.01972499633510394,
    // 0.6937249963351039), 90% (0.04459616932716698, 0.6294038306728329).
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const r = welchTest(x, y);
    expect(r.t).toBeCloseTo(2.0413830922100695, 12);
    expect(r.df).toBeCloseTo(12.970538443257544, 10);
    expect(r.pValue).toBeCloseTo(0.06210134378107847, 7);
    expect(r.lower).toBeCloseTo(-0.01972499633510394, 7);
    expect(r.upper).toBeCloseTo(0.6937249963351039, 7);
    const r90 = welchTest(x, y, 0.9);
    expect(r90.lower).toBeCloseTo(0.04459616932716698, 7);
    expect(r90.upper).toBeCloseTo(0.6294038306728329, 7);
    expect(() => welchTest(x, y, 1)).toThrow(RangeError);
  });

  it("gives the same answer from moments as from the values", () => {
    const moments = (v: number[]) => ({ n: v.length, mean: mean(v), variance: variance(v) });
    expect(welchFromMoments(moments(group1), moments(group2))).toEqual(welchTest(group1, group2));
  });

  it("keeps the estimate but no interval when a group has one value, and nothing when one is empty", () => {
    const one = welchTest([3], [1, 2, 3]);
    expect(one.estimate).toBe(1);
    for (const v of [one.lower, one.upper, one.df, one.t, one.pValue]) expect(v).toBeNaN();
    const empty = welchTest([], [1, 2, 3]);
    for (const v of [empty.estimate, empty.mean1, empty.lower, empty.upper]) expect(v).toBeNaN();
    expect(empty.mean2).toBe(2);
  });

  it("gives the exact interval [d, d] when neither group has any spread, and no test", () => {
    const r = welchTest([7, 7, 7], [5, 5]);
    expect([r.estimate, r.lower, r.upper, r.se]).toEqual([2, 2, 2, 0]);
    for (const v of [r.df, r.t, r.pValue]) expect(v).toBeNaN();
    // One group without spread is ordinary Welch: df = n − 1 of the other group.
    // SciPy 1.17.1 ttest_ind([7, 7, 7], [4, 5, 6], equal_var=False) → statistic 3.464101615137755,
    // df 2.0, 95% (-0.4841377117503298, 4.48413771175033); by hand 2 ± qt(0.975, 2) · √(1 / 3).
    const half = welchTest([7, 7, 7], [4, 5, 6]);
    expect(half.df).toBeCloseTo(2, 12);
    expect(half.t).toBeCloseTo(2 / Math.sqrt(1 / 3), 12);
    expect(half.lower).toBeCloseTo(-0.4841377117503298, 6);
    expect(half.upper).toBeCloseTo(4.48413771175033, 6);
  });
});
