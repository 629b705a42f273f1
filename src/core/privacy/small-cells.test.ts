import { describe, expect, it } from "vitest";
import { cell, suppressCrosstab, suppressDistribution, suppressShift, suppressTrend, suppressWhatWorks } from "./small-cells.ts";

describe("small-cell suppression", () => {
  it("hides 1 … k − 1 and keeps 0 and k", () => {
    expect([0, 1, 4, 5, 12].map((c) => cell(c, 5))).toEqual([0, null, null, 5, 12]);
    expect([1, 2].map((c) => cell(c, 1))).toEqual([1, 2]);
  });

  it("hides small counts in distributions and crosstabs, and a small triad's points", () => {
    const choice = suppressDistribution({ type: "choice", signifierId: "s", n: 9, answered: 9, multiple: false, options: [{ id: "a", count: 7 }, { id: "b", count: 2 }] }, 5);
    // 9 − 7 would give the hidden 2 back: 7 is hidden as well (complementary suppression).
    expect(choice).toMatchObject({ n: 9, answered: 9, suppressed: true, options: [{ id: "a", count: null }, { id: "b", count: null }] });
    const three = suppressDistribution({ type: "choice", signifierId: "s", n: 30, answered: 27, multiple: false, options: [{ id: "a", count: 20 }, { id: "b", count: 2 }, { id: "c", count: 5 }] }, 5);
    // The smallest shown cell that covers the hidden 2 goes; 3 stories without an answer hide answered.
    expect(three).toMatchObject({ n: 30, answered: null, options: [{ count: 20 }, { count: null }, { count: null }] });
    const triad = suppressDistribution({ type: "triad", signifierId: "t", n: 3, answered: 3, resolution: 1, cells: [3], points: [[1, 0, 0]], pointIds: ["x"], density: {} }, 5);
    expect(triad).toMatchObject({ n: null, answered: null, cells: [null], points: [], pointIds: [], density: null });
    const crosstab = suppressCrosstab({ rowSignifierId: "a", colSignifierId: "b", rowOptions: ["x"], colOptions: ["y", "z"], counts: [[0, 4]], n: 4 }, 5);
    expect(crosstab).toMatchObject({ n: null, counts: [[0, null]] });
  });

  it("leaves out what-works rows about fewer than k stories", () => {
    const row = (n: number, restN: number) => ({ situation: "s", intervention: `i${n}`, n, situationN: n + restN, restN, outcomes: [{ option: "o", count: 3, share: 0.5, baselineShare: 0.5, difference: { estimate: 0, lower: 0, upper: 0, p1: 0, p2: 0 } }], test: { method: "chiSquare", statistic: 0, df: 1, cramersV: 0, pooled: 0 }, pValue: 1, q: 1, examples: [] });
    const result = suppressWhatWorks({ kind: "choice", stories: 30, rows: [row(4, 20), row(6, 24), row(20, 4)] }, 5);
    expect(result.rows.map((r) => r.intervention)).toEqual(["i6"]);
    expect(result.rows[0]!.outcomes[0]!.count).toBeNull();
  });

  it("hides a period's shares and test when it holds fewer than k answers", () => {
    const shift = suppressShift({ type: "choice", signifierId: "c", multiple: false, nA: 3, nB: 40, method: "fisher", statistic: 2, pValue: 0.2, qValue: 0.3, effect: { measure: "cramersV", value: 0.2 },
      options: [{ id: "x", shareA: 1, shareB: 0.5, difference: { estimate: -0.5, lower: -0.7, upper: -0.1 } }] }, 5);
    expect(shift).toMatchObject({ nA: null, nB: 40, pValue: null, qValue: null, effect: { value: null }, options: [{ shareA: null, shareB: 0.5, difference: null }] });
  });

  it("hides an option's difference when either of its shares is hidden, so the hidden share cannot be worked out", () => {
    const shift = suppressShift({ type: "choice", signifierId: "c", multiple: false, nA: 24, nB: 24, method: "chiSquare", statistic: 9, pValue: 0.01, qValue: 0.02, effect: { measure: "cramersV", value: 0.4 },
      options: [
        { id: "wonen", shareA: 2 / 24, shareB: 12 / 24, difference: { estimate: 10 / 24, lower: 0.2, upper: 0.6 }, pValue: 0.003 },
        { id: "werk", shareA: 12 / 24, shareB: 12 / 24, difference: { estimate: 0, lower: -0.3, upper: 0.3 }, pValue: 0.5 },
      ] }, 5);
    expect(shift).toMatchObject({
      // Ten stories of A chose neither option (unseen): with the hidden 2 they make 12, enough.
      // With a share hidden the signifier's own test could be solved for it, so it goes.
      nA: 24, nB: 24, pValue: null,
      options: [
        { shareA: null, shareB: 0.5, difference: null, pValue: undefined },
        { shareA: 0.5, shareB: 0.5, difference: { estimate: 0 }, pValue: 0.5 },
      ],
    });
  });

  it("hides a stones item's mean point, shift and test in a period where fewer than k stories placed it", () => {
    const item = (id: string, nA: number, nB: number) => ({ id, nA, nB, meanA: [0.2, 0.3] as [number, number], meanB: [0.6, 0.7] as [number, number],
      shift: { dx: 0.4, dy: 0.4, length: Math.hypot(0.4, 0.4) }, t2: 30, statistic: 14, pValue: 0.001 });
    const stones = { type: "stones" as const, signifierId: "gevoel", nA: 20, nB: 20, method: "hotellingPerItem" as const, statistic: null, pValue: 0.002, qValue: 0.004,
      effect: { measure: "largestMeanShift" as const, value: 0.57 }, items: [item("inwoner", 20, 18), item("buur", 3, 12)] };
    const shift = suppressShift(stones, 5);
    // With an item hidden, the question's p-value and effect could be that item's: they go too.
    expect(shift).toMatchObject({ nA: 20, nB: 20, pValue: null, qValue: null, effect: { value: null } });
    expect(suppressShift({ ...stones, items: [item("inwoner", 20, 20), item("buur", 0, 12)] }, 5)).toMatchObject({ pValue: 0.002, effect: { value: 0.57 } });
    // 20 stories placed a stone in B, 18 placed "inwoner": the 2 who did not would show by subtraction.
    expect(suppressShift({ ...stones, items: [item("inwoner", 20, 18), item("buur", 0, 12)] }, 5)).toMatchObject({ items: [{ nB: null }, { nA: 0, nB: 12 }], pValue: null });
    if (shift.type !== "stones") throw new Error("stones expected");
    expect(shift.items[0]).toEqual({ ...stones.items[0], nA: 20, nB: null });
    expect(shift.items[1]).toEqual({ id: "buur", nA: null, nB: 12, meanA: null, meanB: [0.6, 0.7], shift: null, t2: null, statistic: null, pValue: null });
    // A period with fewer than k stories: the signifier's test and effect go as well.
    expect(suppressShift({ ...stones, nA: 4 }, 5)).toMatchObject({ nA: null, pValue: null, qValue: null, effect: { value: null } });
  });

  it("keeps trend buckets in place with their small counts and means hidden", () => {
    const trend = suppressTrend({ interval: "week", signifierId: "d", type: "dyad", buckets: [{ start: "2025-01-06T00:00:00.000Z", n: 2, answered: 2, mean: 0.4 }, { start: "2025-01-13T00:00:00.000Z", n: 8, answered: 8, mean: 0.6 }] }, 5);
    expect(trend.buckets).toEqual([{ start: "2025-01-06T00:00:00.000Z", n: null, answered: null, mean: null }, { start: "2025-01-13T00:00:00.000Z", n: 8, answered: 8, mean: 0.6 }]);
  });
});
