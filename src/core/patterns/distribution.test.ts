import { describe, expect, it } from "vitest";
import { distributionSettings, triadCell, unitBin } from "./distribution.ts";
import { PatternQueryError } from "./filter.ts";

describe("unitBin", () => {
  it("puts values on an edge in the bin that starts there, and 1 in the last", () => {
    expect(unitBin(0, 20)).toBe(0);
    expect(unitBin(0.7, 10)).toBe(7);
    expect(unitBin(0.7, 20)).toBe(14);
    expect(unitBin(0.999, 20)).toBe(19);
    expect(unitBin(1, 20)).toBe(19);
  });
});

describe("triadCell", () => {
  const r = 4;
  it("numbers r² small triangles row by row, up and down interleaved", () => {
    // Corner 1 (a = 1) is the first upward triangle of the bottom row, corner 2 the last one of
    // that row (cell 2(r − 1) = 6), corner 3 the single triangle of the top row (r² − 1 = 15).
    expect(triadCell(0, 0, r)).toBe(0);
    expect(triadCell(1, 0, r)).toBe(6);
    expect(triadCell(0, 1, r)).toBe(15);
  });

  it("tells the downward triangle of a rhombus from the upward one", () => {
    // b = 0.2, c = 0.1: c·r = 0.4 and b·r = 0.8 in rhombus (0, 0); 0.4 + 0.8 ≥ 1: downward, cell 1.
    expect(triadCell(0.2, 0.1, r)).toBe(1);
    // b = 0.1, c = 0.1: 0.4 + 0.4 < 1: upward, cell 0.
    expect(triadCell(0.1, 0.1, r)).toBe(0);
    // Row 1 starts at 2r − 1 = 7: b = 0.05, c = 0.3 is its first upward triangle.
    expect(triadCell(0.05, 0.3, r)).toBe(7);
  });

  it("keeps every answer summing to 1 ± 1e-6 inside the triangle", () => {
    for (let k = 0; k <= 200; k++) {
      const b = k / 200;
      const c = 1 - b + 1e-6;
      const cell = triadCell(b, c, r);
      expect(cell).toBeGreaterThanOrEqual(0);
      expect(cell).toBeLessThan(r * r);
    }
  });
});

describe("distributionSettings", () => {
  it("applies defaults and refuses out-of-range requests", () => {
    expect(distributionSettings()).toEqual({ bins: 20, resolution: 20, maxPoints: 1000 });
    expect(() => distributionSettings({ bins: 0 })).toThrow(PatternQueryError);
    expect(() => distributionSettings({ resolution: 1.5 })).toThrow(PatternQueryError);
  });
});
