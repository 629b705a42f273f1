import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { triadGridIndex, triadGridPoint, triadGridShares, triadGridSize } from "./triad-grid.ts";

describe("the shared triangular grid", () => {
  it("puts each corner on its own corner point", () => {
    expect(triadGridPoint([1, 0, 0])).toEqual([10, 0, 0]);
    expect(triadGridPoint([0, 1, 0])).toEqual([0, 10, 0]);
    expect(triadGridPoint([0, 0, 1])).toEqual([0, 0, 10]);
    expect(triadGridPoint([1 / 3, 1 / 3, 1 / 3])).toEqual([4, 3, 3]);
  });

  it("keeps the three parts summing to the divisions, within one step of the answer", () => {
    fc.assert(fc.property(fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000)).filter(([a, b, c]) => a + b + c > 0), fc.integer({ min: 1, max: 20 }), ([a, b, c], n) => {
      const total = a + b + c;
      const shares = [a / total, b / total, c / total] as [number, number, number];
      const point = triadGridPoint(shares, n);
      expect(point[0] + point[1] + point[2]).toBe(n);
      point.forEach((part, corner) => expect(Math.abs(part - shares[corner]! * n)).toBeLessThan(1));
    }));
  });

  it("numbers every grid point once, and finds its shares back", () => {
    for (const n of [1, 4, 10]) {
      const seen = new Set<number>();
      for (let i = 0; i <= n; i++) {
        for (let j = 0; i + j <= n; j++) {
          const index = triadGridIndex([i, j, n - i - j], n);
          seen.add(index);
          expect(triadGridShares(index, n)).toEqual([i / n, j / n, (n - i - j) / n]);
        }
      }
      expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: triadGridSize(n) }, (_, k) => k));
    }
  });
});
