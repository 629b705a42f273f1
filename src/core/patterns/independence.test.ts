import { describe, expect, it } from "vitest";
import { chooseIndependenceTest, fisherExact2x2, monteCarloChiSquare } from "../stats/index.ts";
import { conditionalMonteCarlo, REPLICATES, testIndependence } from "./independence.ts";

// Exact P(X²* ≥ X²) over every table with the observed margins (the multiple hypergeometric
// distribution): the quantity R's chisq.test(simulate.p.value = TRUE) estimates. Computed by full
// enumeration with reference/exact_x2.py (Python 3, no packages); the Monte-Carlo standard error
// at B = 2000 is at most 0.011.
const exact: [number[][], number][] = [
  [[[3, 1, 2], [1, 5, 6]], 0.19489334195216582],
  [[[2, 0, 3], [1, 4, 0], [0, 2, 5]], 0.0244069655834362],
  [[[1, 2, 0, 4], [20, 30, 25, 22]], 0.17323574130717476],
];

describe("conditionalMonteCarlo", () => {
  it.each(exact)("estimates the exact X² p-value of %j", (table, p) => {
    const estimate = conditionalMonteCarlo(table);
    const se = Math.sqrt((p * (1 - p)) / REPLICATES);
    expect(Math.abs(estimate - p)).toBeLessThan(4 * se + 1 / REPLICATES);
  });

  it("agrees with core/stats' shuffling Monte-Carlo test", () => {
    const table = [[4, 1, 0, 2], [30, 41, 25, 28], [2, 6, 3, 1]];
    const a = conditionalMonteCarlo(table, 4000, 11);
    const b = monteCarloChiSquare(table, { replicates: 4000, seed: 12 }).pValue;
    expect(Math.abs(a - b)).toBeLessThan(4 * Math.sqrt((b * (1 - b)) / 2000));
  });

  it("is reproducible by seed", () => {
    expect(conditionalMonteCarlo(exact[0]![0], 500, 3)).toBe(conditionalMonteCarlo(exact[0]![0], 500, 3));
  });
});

describe("testIndependence", () => {
  it("follows core/stats' rule where that is cheap", () => {
    // Expected counts ≥ 5: chi-square; a sparse 2×2: Fisher (R's fisher.test on the same table).
    const big = [[30, 20], [20, 30]];
    expect(testIndependence(big)).toMatchObject({ ...chooseIndependenceTest(big), pooled: 0 });
    const small = [[3, 1], [1, 3]];
    expect(testIndependence(small)).toMatchObject({ method: "fisher", pValue: fisherExact2x2(small).pValue });
  });

  it("draws only the small row of a 2-row table, so a rare intervention among many stories stays fast", () => {
    const table = [[3, 2, 1, 6], [24_000, 30_000, 2_000, 44_000]];
    const started = performance.now();
    const r = testIndependence(table);
    expect(performance.now() - started).toBeLessThan(200);
    expect(r).toMatchObject({ method: "monteCarloChiSquare", pooled: 0, replicates: REPLICATES });
  });

  it("pools the rarest category when even the small rows are too many to draw", () => {
    // 3 × 3 with one rare column: every row is large, so the rare column joins its neighbour.
    const table = [[20_000, 5_000, 2], [15_000, 9_000, 1], [30_000, 12_000, 0]];
    const r = testIndependence(table);
    expect(r.pooled).toBe(1);
    expect(r.method).toBe("chiSquare");
    expect(r.df).toBe(2);
  });

  it("leaves out empty rows and columns and reports a table with nothing to compare as degenerate", () => {
    expect(testIndependence([[5, 0, 7], [0, 0, 0], [6, 0, 9]]).df).toBe(1);
    expect(testIndependence([[5, 7]])).toMatchObject({ degenerate: true, pValue: 1 });
  });
});
