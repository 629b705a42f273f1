import { describe, expect, it } from "vitest";
import { rank, tieSum } from "./ranks.ts";

describe("rank", () => {
  it("gives tied values their mean rank, as R's rank()", () => {
    // R: rank(c(10, 20, 10, 30, 20, 20)) -> 1.5 4.0 1.5 6.0 4.0 4.0 (by hand: the two 10s share
    // ranks 1 and 2, the three 20s share 3, 4 and 5).
    const { ranks, ties } = rank([10, 20, 10, 30, 20, 20]);
    expect(Array.from(ranks)).toEqual([1.5, 4, 1.5, 6, 4, 4]);
    expect(ties.sort()).toEqual([2, 3]);
    expect(tieSum(ties)).toBe(6 + 24);
  });

  it("handles no values and no ties", () => {
    expect(Array.from(rank([]).ranks)).toEqual([]);
    const r = rank([0.3, 0.1, 0.2]);
    expect(Array.from(r.ranks)).toEqual([3, 1, 2]);
    expect(r.ties).toEqual([]);
    expect(() => rank([1, Number.NaN])).toThrow(RangeError);
  });
});
