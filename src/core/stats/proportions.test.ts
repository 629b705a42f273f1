import { describe, expect, it } from "vitest";
import { proportionDifference, wilsonInterval } from "./proportions.ts";

describe("wilsonInterval", () => {
  it("reproduces Newcombe (1998a, Statistics in Medicine 17:857–872) Table I, method 3", () => {
    // Published to 4 decimals: 81/263 0.2553–0.3662; 15/148 0.0624–0.1605; 0/20 0–0.1611;
    // 1/29 0.0061–0.1718; 29/29 0.8830–1. Full digits from the closed form in NumPy/SciPy, and the
    // same from R 4.2.2, whose prop.test without continuity correction reports Wilson's interval:
    //   for (x in list(c(81, 263), c(15, 148), c(0, 20), c(1, 29), c(29, 29)))
    //     print(prop.test(x[1], x[2], correct = FALSE)$conf.int[1:2])
    //   -> 0.2552885198782743 0.3662095769828002; 0.06238639953073628 0.16048724172330800;
    //      0 0.1611251580528193; 0.006113214292762661 0.171755218793202824; 0.8830302015002593 1
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2552885198782742, 0.36620957698280004],
      [15, 148, 0.06238639953073629, 0.16048724172330803],
      [0, 20, 0, 0.16112515805281938],
      [1, 29, 0.006113214292762667, 0.17175521879320282],
      [29, 29, 0.8830302015002592, 1],
    ];
    for (const [x, n, lower, upper] of cases) {
      const w = wilsonInterval(x, n);
      expect(w.estimate).toBeCloseTo(x / n, 15);
      expect(w.lower).toBeCloseTo(lower, 8);
      expect(w.upper).toBeCloseTo(upper, 8);
    }
  });

  it("is the whole range for no stories and rejects impossible counts", () => {
    expect(wilsonInterval(0, 0)).toMatchObject({ lower: 0, upper: 1 });
    expect(wilsonInterval(0, 0).estimate).toBeNaN();
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 1.2)).toThrow(RangeError);
  });

  it("widens with the confidence level", () => {
    // By hand, 0/n: the upper bound is z² / (n + z²); at 99%, z = 2.5758293035489, n = 20:
    // 6.634896601021214 / 26.634896601021214 = 0.24910540109875343.
    // R 4.2.2: prop.test(0, 20, conf.level = 0.99, correct = FALSE)$conf.int[2] -> 0.2491054010987533.
    expect(wilsonInterval(0, 20, 0.99).upper).toBeCloseTo(0.24910540109875343, 8);
  });
});

describe("proportionDifference (Newcombe hybrid score)", () => {
  it("reproduces Newcombe (1998b, Statistics in Medicine 17:873–890) Table II, method 10", () => {
    // Published 95% limits to 4 decimals, examples (a), (b), (d)–(h).
    const cases: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [0, 10, 0, 10, -0.2775, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
      [10, 10, 0, 10, 0.6075, 1],
    ];
    for (const [x1, n1, x2, n2, lower, upper] of cases) {
      const r = proportionDifference(x1, n1, x2, n2);
      expect(r.estimate).toBeCloseTo(x1 / n1 - x2 / n2, 15);
      expect(Math.abs(r.lower - lower)).toBeLessThanOrEqual(0.00005);
      expect(Math.abs(r.upper - upper)).toBeLessThanOrEqual(0.00005);
    }
    // More digits for (a), from the same closed form evaluated in Python with SciPy's z, and in R 4.2.2
    // on R's Wilson limits:
    //   w1 <- prop.test(56, 70, correct = FALSE)$conf.int; w2 <- prop.test(48, 80, correct = FALSE)$conf.int
    //   p1 <- 56/70; p2 <- 48/80
    //   c(p1 - p2 - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), p1 - p2 + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2))
    //   -> 0.05243147240236493 0.33387265403690586
    const a = proportionDifference(56, 70, 48, 80);
    expect(a.lower).toBeCloseTo(0.052431472402364815, 9);
    expect(a.upper).toBeCloseTo(0.3338726540369059, 9);
  });

  it("is antisymmetric in the two groups", () => {
    const ab = proportionDifference(7, 19, 12, 23);
    const ba = proportionDifference(12, 23, 7, 19);
    expect(ba.estimate).toBeCloseTo(-ab.estimate, 15);
    expect(ba.lower).toBeCloseTo(-ab.upper, 15);
    expect(ba.upper).toBeCloseTo(-ab.lower, 15);
  });

  it("has no estimate when a group is empty", () => {
    const r = proportionDifference(3, 10, 0, 0);
    expect(r.estimate).toBeNaN();
    expect(r).toMatchObject({ lower: -1, upper: 1 });
  });
});
