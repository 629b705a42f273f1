// Reference values: R 4.x's documented example power.prop.test(p1 = .50, p2 = .75, power = .90)
// prints n = 76.7; the digits beside each number come from src/core/stats/reference/power_prop.py
// (SciPy, root finding on the power rather than the closed form used here). The exact signed-rank
// values are R's wilcox.test(1:5) (p = 0.0625) and wilcox.test(1:6) (p = 0.03125).
import { describe, expect, it } from "vitest";
import { detectableDifference, signedRankMinimumN, signedRankSmallestP, twoProportionPower, twoProportionSampleSize } from "./power.ts";

describe("power of the two-proportion test (power.prop.test)", () => {
  it("finds R's documented sample size", () => {
    expect(twoProportionSampleSize(0.5, 0.75, 0.9)).toBeCloseTo(76.70692845177744, 6); // R: 76.7
    expect(twoProportionSampleSize(0.4, 0.6)).toBeCloseTo(96.92364294157383, 6);
  });

  it("gives the power for a number of stories", () => {
    expect(twoProportionPower(50, 0.5, 0.75)).toBeCloseTo(0.7401659013313878, 8);
    expect(twoProportionPower(12, 0.4, 0.6)).toBeCloseTo(0.15856335514425318, 8);
    expect(twoProportionPower(Math.ceil(twoProportionSampleSize(0.4, 0.6)), 0.4, 0.6)).toBeGreaterThanOrEqual(0.8);
  });

  it("finds the smallest difference around one half that n stories per group find", () => {
    expect(detectableDifference(5)).toBeCloseTo(0.7847532842218067, 6);
    expect(detectableDifference(12)).toBeCloseTo(0.5442040635873446, 6);
    expect(detectableDifference(30)).toBeCloseTo(0.35462173284832077, 6);
    expect(detectableDifference(97)).toBeCloseTo(0.1999222249820879, 6);
    expect(detectableDifference(1)).toBe(1);
  });
});

describe("what an exact signed-rank test can say", () => {
  it("cannot reach 5% with fewer than 6 pairs", () => {
    expect(signedRankSmallestP(5)).toBe(0.0625);
    expect(signedRankSmallestP(6)).toBe(0.03125);
    expect(signedRankSmallestP(1)).toBe(1);
    expect(signedRankMinimumN()).toBe(6);
    expect(signedRankMinimumN(0.01)).toBe(8);
  });
});
