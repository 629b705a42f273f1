import { describe, expect, it } from "vitest";
import type { Crosstab } from "../../contract/patterns.ts";
import { type ChoiceSignifier, choicePairOf, crosstabRows, firstPair, testState } from "./crosstab.ts";

const choice = (id: string, role?: ChoiceSignifier["role"]): ChoiceSignifier =>
  ({ id, type: "choice", question: id, options: [{ id: "a", label: "A" }], multiple: false, required: false, audience: "teller", ...(role ? { role } : {}) }) as ChoiceSignifier;

const table = (counts: (number | null)[][], extra: Partial<Crosstab> = {}): Crosstab => ({
  rowSignifierId: "r", colSignifierId: "c", rowOptions: counts.map((_, i) => `r${i}`), colOptions: counts[0]!.map((_, j) => `c${j}`),
  counts, n: 10, ...extra,
});

describe("crosstab rows", () => {
  it("adds up each row and gives each cell its share of the row", () => {
    const [first, empty] = crosstabRows(table([[6, 2, 0], [0, 0, 0]]));
    expect(first).toEqual({ option: "r0", counts: [6, 2, 0], total: 8, shares: [0.75, 0.25, 0] });
    expect(empty).toMatchObject({ total: 0, shares: [null, null, null] });
  });

  it("leaves a row with a hidden cell without total or shares", () => {
    const [row] = crosstabRows(table([[12, null, 5]]));
    expect(row).toMatchObject({ total: null, shares: [null, null, null] });
  });
});

describe("which questions", () => {
  it("starts with situation against outcome, else the first two choices, else none", () => {
    expect(firstPair([choice("a"), choice("s", "situation"), choice("i", "intervention"), choice("o", "outcome")])).toEqual(["s", "o"]);
    expect(firstPair([choice("a"), choice("b"), choice("c")])).toEqual(["a", "b"]);
    expect(firstPair([choice("a")])).toBeUndefined();
  });

  it("crosstabs a discovery only between two different choice questions", () => {
    const choices = [choice("situatie"), choice("tags")];
    expect(choicePairOf(choices, "situatie", "tags=b")).toEqual(["situatie", "tags"]);
    expect(choicePairOf(choices, "tags=a", "tags=b")).toBeUndefined();
    expect(choicePairOf(choices, "situatie", "regie")).toBeUndefined();
  });
});

describe("the test's state", () => {
  const test = { method: "chiSquare" as const, pValue: 0.01, statistic: 9, df: 2, cramersV: 0.3, minExpected: 6, n: 10, degenerate: false, pooled: 0 };
  it("says tested, nothing to compare, no stories, hidden or multiple", () => {
    expect(testState(table([[1]], { test }), false)).toBe("tested");
    expect(testState(table([[1]], { test: { ...test, degenerate: true } }), false)).toBe("allSame");
    expect(testState(table([[0]], { test: { ...test, degenerate: true, n: 0 }, n: 0 }), false)).toBe("noStories");
    expect(testState(table([[null]], { n: null, suppressed: true }), false)).toBe("hidden");
    expect(testState(table([[3]]), true)).toBe("multiple");
  });
});
