import { describe, expect, it } from "vitest";
import type { CombinedCell } from "./combine.ts";
import { discoverInCube } from "./discovery.ts";
import { noiseVariance } from "./discrete-laplace.ts";

const half = { numerator: 1, denominator: 2 };

/** A table from "situation|intervention|outcome" → count, every cell with the noise of `releases` releases. */
function cube(counts: Record<string, number>, variance: number): CombinedCell[] {
  return Object.entries(counts).map(([cell, count]) => ({ cell, count, variance, plusMinus: Math.ceil(1.96 * Math.sqrt(variance)), hidden: 0, releases: 1 }));
}

// Home visits end better far more often than calls, in both situations; situation has nothing to do with it.
const strong = {
  "debt|visit|better": 80, "debt|visit|same": 20, "debt|call|better": 20, "debt|call|same": 80,
  "work|visit|better": 80, "work|visit|same": 20, "work|call|better": 20, "work|call|same": 80,
};

describe("discovery over the sector's noisy table", () => {
  it("finds a difference far beyond the noise, with an interval that counts the noise", () => {
    const result = discoverInCube(cube(strong, noiseVariance(half, 4)), { minGroup: 5 });
    const visit = result.findings.find((f) => f.given.answer === "visit" && f.then.answer === "better")!;
    expect(visit).toMatchObject({ given: { role: "intervention" }, then: { role: "outcome" }, n: 200 });
    expect(visit.share).toBeCloseTo(0.8);
    expect(visit.otherShare).toBeCloseTo(0.2);
    const sampling = 1.96 * Math.sqrt(0.8 * 0.2 / 200 + 0.2 * 0.8 / 200);
    expect(visit.plusMinus).toBeGreaterThan(sampling);
    expect(visit.lower).toBeCloseTo(visit.difference - visit.plusMinus);
    // Situation and outcome are independent here: nothing found between them.
    expect(result.findings.some((f) => f.given.role === "situation" && f.then.role === "outcome")).toBe(false);
    expect(result.findings.every((f) => f.q <= 0.05 && (f.lower > 0 || f.upper < 0))).toBe(true);
    // Two interventions and two outcomes make one 2 × 2 table: told once, as "more often".
    expect(result.findings.filter((f) => f.given.role === "intervention" && f.then.role === "outcome")).toHaveLength(1);
    expect(result.tested).toBe(3);
  });

  it("reports nothing when the same difference is within the noise", () => {
    const small = Object.fromEntries(Object.entries(strong).map(([cell, n]) => [cell, n / 10]));
    expect(discoverInCube(cube(small, 0), { minGroup: 2 }).findings.length).toBeGreaterThan(0); // without noise: found
    const noisy = discoverInCube(cube(small, noiseVariance({ numerator: 1, denominator: 10 }, 4)), { minGroup: 2 });
    expect(noisy.tested).toBeGreaterThan(0);
    expect(noisy.findings).toEqual([]);
  });

  it("leaves groups below the small-group threshold untested", () => {
    // 40 calls ended better and 40 visits the same: below 50, so visits and calls are not compared.
    const result = discoverInCube(cube(strong, 0), { minGroup: 50 });
    expect(discoverInCube(cube(strong, 0), { minGroup: 5 }).findings.some((f) => f.given.role === "intervention")).toBe(true);
    expect(result.findings.some((f) => f.given.role === "intervention")).toBe(false);
    expect(result.skipped).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.n >= 50)).toBe(true);
  });
});
