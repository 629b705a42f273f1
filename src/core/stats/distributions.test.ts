import { describe, expect, it } from "vitest";
import { chiSquareUpper, fUpper, logFactorial, normalCdf, normalQuantile, normalTwoSidedP, studentTQuantile, studentTTwoSidedP } from "./distributions.ts";

// Reference values: SciPy 1.17.1 (scipy.stats), run on the development machine; the calls are
// beside each number. Closed forms are given where one exists. jStat agrees with SciPy to about
// 1e-11 for chi-square and F tails, which is what the tolerances below ask for.
describe("distributions", () => {
  it("normal cdf, two-sided p and quantile", () => {
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220435, 14); // norm.cdf(-1.96)
    expect(normalTwoSidedP(1.96)).toBeCloseTo(0.04999579029644087, 14); // 2 * norm.cdf(-1.96)
    // 2 * norm.sf(6) = 1.973175290075389e-09; jStat's absolute precision (about 1e-16) is the
    // documented floor, so far tails are checked to that, not relatively.
    expect(normalTwoSidedP(6)).toBeCloseTo(1.973175290075389e-9, 15);
    expect(normalTwoSidedP(9)).toBeLessThan(1e-15); // 2 * norm.sf(9) = 2.257e-19
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8); // norm.ppf(0.975)
  });

  it("chi-square upper tail", () => {
    expect(chiSquareUpper(3.841458820694124, 1)).toBeCloseTo(0.05, 11); // chi2.sf(3.8414588, 1)
    expect(chiSquareUpper(10, 5)).toBeCloseTo(0.07523524614651217, 11); // chi2.sf(10, 5)
    // df = 2 has the closed form exp(-x / 2).
    expect(chiSquareUpper(30.07, 2) / Math.exp(-30.07 / 2)).toBeCloseTo(1, 7);
    expect(chiSquareUpper(0, 3)).toBe(1);
  });

  it("F upper tail", () => {
    // df1 = 2 has the closed form (1 + 2 f / df2)^(-df2 / 2): (1.6)^-5 = 0.095367431640625.
    expect(fUpper(3, 2, 10)).toBeCloseTo(0.095367431640625, 12);
    expect(fUpper(4.5, 3, 20)).toBeCloseTo(0.014373244610897428, 10); // f.sf(4.5, 3, 20)
    expect(fUpper(40, 2, 30) / 3.435014252937534e-9).toBeCloseTo(1, 8); // f.sf(40, 2, 30)
  });

  it("Student t quantile and two-sided p, for whole and fractional degrees of freedom", () => {
    // jStat's quantile is good to about 1e-7 relative (its continued fraction stops at 3e-7).
    expect(studentTQuantile(0.975, 17.776473516178488) / 2.1028172415698023).toBeCloseTo(1, 7); // t.ppf(0.975, 17.776473516178488)
    expect(studentTQuantile(0.025, 3.5) / -2.9400886379827296).toBeCloseTo(1, 7); // t.ppf(0.025, 3.5)
    expect(studentTQuantile(0.95, 1) / 6.313751514675037).toBeCloseTo(1, 7); // t.ppf(0.95, 1) = tan(0.45 π)
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959963984540054, 8); // norm.ppf(0.975)
    expect(studentTQuantile(0.975, 0)).toBeNaN();
    expect(studentTTwoSidedP(-1.8608134674868526, 17.776473516178488)).toBeCloseTo(0.0793941401873583, 7); // 2 * t.sf(1.8608…, 17.776…)
    expect(studentTTwoSidedP(8, 5) / 0.0004929066605724442).toBeCloseTo(1, 6); // 2 * t.sf(8, 5)
    // Far tails keep their digits (no 1 − cdf): 2 * t.sf(20, 30) = 6.7490836657712895e-19.
    expect(studentTTwoSidedP(20, 30) / 6.7490836657712895e-19).toBeCloseTo(1, 6);
    expect(studentTTwoSidedP(0, 10)).toBe(1);
    expect(studentTTwoSidedP(2, Number.POSITIVE_INFINITY)).toBeCloseTo(0.04550026389635839, 14); // 2 * norm.sf(2)
    expect(studentTTwoSidedP(Number.NaN, 10)).toBeNaN();
  });

  it("log factorial", () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(10)).toBeCloseTo(Math.log(3628800), 10); // 10! = 3628800
    expect(logFactorial(100)).toBeCloseTo(363.73937555556347, 9); // Python math.log(math.factorial(100))
  });
});
