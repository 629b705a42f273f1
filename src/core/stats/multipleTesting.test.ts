import { describe, expect, it } from "vitest";
import { benjaminiHochberg } from "./multipleTesting.ts";

describe("benjaminiHochberg", () => {
  it("gives q = 0.05 for all of p = 0.01 … 0.05 (R: p.adjust(c(.01, .02, .03, .04, .05), 'BH'))", () => {
    // By hand: m · p(i) / i = 5 · 0.01 / 1 = … = 5 · 0.05 / 5 = 0.05 for every i.
    for (const q of benjaminiHochberg([0.01, 0.02, 0.03, 0.04, 0.05])) expect(q).toBeCloseTo(0.05, 15);
  });

  it("matches SciPy 1.17.1 false_discovery_control (method='bh'), with unsorted input", () => {
    // false_discovery_control([0.01, 0.04, 0.03, 0.005]) -> [0.02, 0.04, 0.04, 0.02]. By hand:
    // sorted 0.005, 0.01, 0.03, 0.04 give 4p/i = 0.02, 0.02, 0.04, 0.04, already monotone.
    const a = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((q, i) => expect(a[i]).toBeCloseTo(q, 15));
    // false_discovery_control([0.2, 0.001, 0.5, 0.04, 0.04, 0.9, 0.012]) ->
    // [0.28, 0.007, 0.5833333333333334, 0.07, 0.07, 0.9, 0.042]. By hand: sorted ascending,
    // 7p/i = 0.007, 0.042, 0.0933, 0.07, 0.28, 0.5833, 0.9; the running minimum from the largest
    // down lowers the first 0.04 (rank 3) from 0.0933 to the second's 0.07.
    const b = benjaminiHochberg([0.2, 0.001, 0.5, 0.04, 0.04, 0.9, 0.012]);
    [0.28, 0.007, 0.5833333333333334, 0.07, 0.07, 0.9, 0.042].forEach((q, i) => expect(b[i]).toBeCloseTo(q, 14));
  });

  it("keeps NaN out of m and in place, and rejects impossible p-values", () => {
    const q = benjaminiHochberg([0.01, Number.NaN, 0.02]);
    expect(q[1]).toBeNaN();
    // m = 2: 2 · 0.02 / 2 = 0.02, 2 · 0.01 / 1 = 0.02.
    expect(q[0]).toBeCloseTo(0.02, 15);
    expect(q[2]).toBeCloseTo(0.02, 15);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(() => benjaminiHochberg([1.5])).toThrow(RangeError);
  });
});
