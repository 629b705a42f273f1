import { describe, expect, it } from "vitest";
import { combineReleases } from "./combine.ts";
import { noiseHalfWidth, noiseVariance } from "./discrete-laplace.ts";

const half = { numerator: 1, denominator: 2 };

describe("the sector's combined figures", () => {
  it("adds the visible counts of every release per cell, counts the hidden ones and states the ± of the summed noise", () => {
    const combined = combineReleases([
      { epsilon: half, sensitivity: 2, histograms: [{ key: "situatie", cells: ["schulden", "werk"], counts: [40, null] }] },
      { epsilon: half, sensitivity: 2, histograms: [{ key: "situatie", cells: ["werk", "schulden"], counts: [12, 30] }] },
    ]);
    expect(combined).toEqual([{ key: "situatie", cells: [
      { cell: "schulden", count: 70, hidden: 0, releases: 2, variance: 2 * noiseVariance(half, 2), plusMinus: Math.ceil(1.96 * Math.sqrt(2 * noiseVariance(half, 2))) },
      { cell: "werk", count: 12, hidden: 1, releases: 1, variance: noiseVariance(half, 2), plusMinus: noiseHalfWidth(half, 2) },
    ] }]);
  });
});
