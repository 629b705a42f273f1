import { describe, expect, it } from "vitest";
import * as stats from "./index.ts";

describe("stats index", () => {
  it("exposes the public functions", () => {
    for (const name of ["chooseIndependenceTest", "fisherExact2x2", "proportionDifference", "welchTest", "benjaminiHochberg", "mannWhitneyU",
      "kruskalWallis", "wilcoxonSignedRank", "ilr", "triadPositionTest", "triadHotelling", "krippendorffAlphaNominal",
      "krippendorffAlphaInterval", "meanPairwiseTriadDistance", "quantile", "ternaryDensity", "mulberry32"]) {
      expect(typeof (stats as Record<string, unknown>)[name]).toBe("function");
    }
  });
});
