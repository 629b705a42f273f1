// The dashboard's triangle against the server's own definitions: the grid numbering and binning of
// core/patterns/distribution.ts (triadCell), the one triangle of core/triad.ts and the density
// lattice of core/stats (ternaryNodeIndex), so a region drawn and selected is the region counted.
import { describe, expect, it } from "vitest";
import { triadCell } from "../../core/patterns/distribution.ts";
import { mulberry32, ternaryNodeIndex } from "../../core/stats/index.ts";
import { CORNERS, weightsToPoint } from "../../core/triad.ts";
import type { AnswerCondition } from "./filters.ts";
import { cellAt, cellCentre, cellConditions, cellDensities, cellIndex, coarseCounts, toPlane, type Triad } from "./ternary.ts";

const random = mulberry32(7);
function randomTriad(): Triad {
  const [x, y] = [random(), random()];
  const [lo, hi] = x < y ? [x, y] : [y, x];
  return [lo, hi - lo, 1 - hi];
}
/** Answers as people give them with the triangle widget: shares in steps of 5%. */
function roundTriad(): Triad {
  const b = Math.floor(random() * 21) / 20;
  const c = Math.floor(random() * (21 - b * 20)) / 20;
  return [Math.max(0, 1 - b - c), b, c];
}
const points = [...Array.from({ length: 400 }, randomTriad), ...Array.from({ length: 400 }, roundTriad), [1, 0, 0], [0, 1, 0], [0, 0, 1]] as Triad[];

/** The API's reading of a range condition (src/db/aggregates/answer-sql.ts between). */
function holds(t: Triad, c: AnswerCondition): boolean {
  if (!("corner" in c) || c.corner === undefined) throw new Error("triad conditions name a corner");
  const v = t[c.corner];
  return (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max);
}

describe("ternary grid", () => {
  it("numbers cells as the server does", () => {
    for (const r of [5, 20]) {
      for (let index = 0; index < r * r; index++) {
        const cell = cellAt(index, r);
        expect(cellIndex(cell, r)).toBe(index);
        const [, b, c] = cellCentre(cell, r);
        expect(triadCell(b, c, r)).toBe(index);
      }
    }
  });

  it("draws shares on the one triangle the telling form uses, each corner at its own label", () => {
    for (const t of points.slice(0, 20)) expect(toPlane(t)).toEqual([weightsToPoint(t).x, weightsToPoint(t).y]);
    ([[1, 0, 0], [0, 1, 0], [0, 0, 1]] as Triad[]).forEach((t, k) => expect(toPlane(t)).toEqual([CORNERS[k]!.x, CORNERS[k]!.y]));
  });

  it("adds fine counts up into exactly the coarse cells the server would count", () => {
    const fine = new Array<number>(400).fill(0);
    const coarse = new Array<number>(25).fill(0);
    for (const [, b, c] of points) {
      fine[triadCell(b, c, 20)]!++;
      coarse[triadCell(b, c, 5)]!++;
    }
    expect(coarseCounts(fine, 20, 5)).toEqual(coarse);
  });

  it("hides a coarse count that holds a hidden fine count", () => {
    const fine: (number | null)[] = new Array<number | null>(400).fill(1);
    fine[triadCell(0.2, 0.7, 20)] = null;
    const coarse = coarseCounts(fine, 20, 5);
    expect(coarse[triadCell(0.2, 0.7, 5)]).toBeNull();
    expect(coarse.filter((c) => c === null)).toHaveLength(1);
    expect(coarse[0]).toBe(16);
  });

  it("selects each answer in exactly the region it is counted in", () => {
    for (const t of points) {
      const matching = Array.from({ length: 25 }, (_, index) => index)
        .filter((index) => cellConditions("s", cellAt(index, 5), 5).every((c) => holds(t, c)));
      expect(matching, `answer ${t.join(", ")}`).toEqual([triadCell(t[1], t[2], 5)]);
    }
  });

  it("shades a cell with the mean density at its corners", () => {
    const r = 4;
    const values = Array.from({ length: ((r + 1) * (r + 2)) / 2 }, (_, k) => k);
    const densities = cellDensities(values, r);
    // Cell 0 is the upward triangle at nodes (0, 0), (0, 1), (1, 0); cell 1 the downward one beside it.
    expect(densities[0]).toBeCloseTo((ternaryNodeIndex(0, 0, r) + ternaryNodeIndex(0, 1, r) + ternaryNodeIndex(1, 0, r)) / 3);
    expect(densities[1]).toBeCloseTo((ternaryNodeIndex(0, 1, r) + ternaryNodeIndex(1, 1, r) + ternaryNodeIndex(1, 0, r)) / 3);
  });
});
