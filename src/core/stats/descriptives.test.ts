import { describe, expect, it } from "vitest";
import { ozoneByMonth, ozoneGroups } from "./airquality.fixture.ts";
import { histogramUnit, mean, median, quantile, quantiles, variance } from "./descriptives.ts";

describe("mean, variance, median, quantiles", () => {
  it("reproduces R's summary(airquality$Ozone): 1, 18, 31.5, 42.13, 63.25, 168, 37 NAs", () => {
    const all = Object.values(ozoneByMonth).flat();
    expect(all).toHaveLength(153);
    expect(all.filter((v) => v === null)).toHaveLength(37);
    const ozone = ozoneGroups.flat();
    expect(quantiles(ozone, [0, 0.25, 0.5, 0.75, 1])).toEqual([1, 18, 31.5, 63.25, 168]);
    expect(mean(ozone)).toBeCloseTo(42.12931, 5);
    expect(median(ozone)).toBe(31.5);
    // R: tapply(airquality$Ozone, airquality$Month, mean, na.rm = TRUE)
    const monthly = ozoneGroups.map((g) => mean(g));
    [23.61538, 29.44444, 59.11538, 59.96154, 31.44828].forEach((m, i) => expect(monthly[i]).toBeCloseTo(m, 5));
  });

  it("interpolates type-7 quantiles", () => {
    // By hand: sorted 1..10, h = 9 · 0.25 = 2.25, so 3 + 0.25 · (4 − 3) = 3.25 (R: quantile(1:10, 0.25)).
    expect(quantile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.25)).toBe(3.25);
    // NumPy 2.4.6, np.quantile(x, [0.1, 0.25, 0.5, 0.9]) (its default "linear" is R type 7).
    const x = [2.5, 7.1, 0.4, 3.3, 9.9, 5.0, 1.2];
    const q = quantiles(x, [0.1, 0.25, 0.5, 0.9]);
    [0.88, 1.85, 3.3, 8.22].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
    expect(mean(x)).toBeCloseTo(4.2, 12);
    expect(variance(x)).toBeCloseTo(11.446666666666667, 12); // np.var(x, ddof=1)
  });

  it("returns NaN for no values and rejects bad probabilities", () => {
    expect(mean([])).toBeNaN();
    expect(median([])).toBeNaN();
    expect(variance([1])).toBeNaN();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe("histogramUnit", () => {
  it("bins [0, 1] values with the last bin closed", () => {
    const h = histogramUnit([0, 0.05, 0.1, 0.3, 0.7, 0.99, 1, -0.1, Number.NaN], 10);
    expect(h.edges).toHaveLength(11);
    expect(h.edges[3]).toBeCloseTo(0.3, 15);
    // 0 and 0.05 in bin 0; 0.1 in bin 1; 0.3 in bin 3; 0.7 in bin 7; 0.99 and 1 in bin 9.
    expect(Array.from(h.counts)).toEqual([2, 1, 0, 1, 0, 0, 0, 1, 0, 2]);
    expect(h.outside).toBe(2);
    expect(() => histogramUnit([0.5], 0)).toThrow(RangeError);
  });

  it("counts as R's hist(right = FALSE) does, decimal edges included", () => {
    // R 4.2.2 (with right = FALSE, hist moves each inner break down by 1e-7 of a bin width, so 0.3
    // counts in [0.3, 0.4) as here):
    //   v <- c(0, 0.05, 0.1, 0.3, 0.7, 0.99, 1)
    //   hist(v, breaks = seq(0, 1, by = 0.1), right = FALSE, plot = FALSE)$counts -> 2 1 0 1 0 0 0 1 0 2
    //   w <- c(0.02, 0.13, 0.13, 0.27, 0.45, 0.51, 0.68, 0.88, 0.97, 1, 0, 0.2, 0.6, 0.8)
    //   hist(w, breaks = seq(0, 1, by = 0.1), right = FALSE, plot = FALSE)$counts -> 2 2 2 0 1 1 2 0 2 2
    //   hist(w, breaks = seq(0, 1, length.out = 6), right = FALSE, plot = FALSE)$counts -> 4 2 2 2 4
    // NumPy's np.histogram(w, bins=10, range=(0, 1)) does not: its edge 0.6 is 0.6000000000000001
    // (np.linspace), so it counts 0.6 in bin 5 (2 2 2 0 1 2 1 0 2 2); histogramUnit keeps a value on a
    // decimal edge in the bin that starts there, as R does and as its comment explains.
    expect(Array.from(histogramUnit([0, 0.05, 0.1, 0.3, 0.7, 0.99, 1], 10).counts)).toEqual([2, 1, 0, 1, 0, 0, 0, 1, 0, 2]);
    const w = [0.02, 0.13, 0.13, 0.27, 0.45, 0.51, 0.68, 0.88, 0.97, 1, 0, 0.2, 0.6, 0.8];
    expect(Array.from(histogramUnit(w, 10).counts)).toEqual([2, 2, 2, 0, 1, 1, 2, 0, 2, 2]);
    expect(Array.from(histogramUnit(w, 5).counts)).toEqual([4, 2, 2, 2, 4]);
  });
});
