import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../core/framework.ts";
import { resolveFilter } from "../core/patterns/filter.ts";
import { codedColumn } from "../core/patterns/rank-tests.ts";
import { syntheticFramework, syntheticStories } from "../core/patterns/synthetic.ts";
import { mulberry32 } from "../core/stats/index.ts";
import { countedLevels } from "../testing/level-counts.ts";
import { compareSignifier } from "../core/patterns/comparison.ts";
import { createColumn, type DyadColumn, type ScaleColumn } from "./columns.ts";
import { comparisonOf } from "./periods.ts";
import { type IndexStory, Segment } from "./segment.ts";
import { select } from "./selection.ts";
import { StoryIndex } from "./story-index.ts";
import { codesAmong, scaleCodes, sortedCodes, type ValueCodes } from "./value-codes.ts";
import { whatWorksOf } from "./what-works.ts";

/** Every row below length holds distinct[code] (NaN: the code after the last), the distinct values ascending. */
function expectCodes({ codes, distinct }: ValueCodes, values: ArrayLike<number>, length: number) {
  expect(distinct.every((v, k) => k === 0 || v > distinct[k - 1]!)).toBe(true);
  const read = Array.from({ length }, (_, row) => (codes[row] === distinct.length ? Number.NaN : distinct[codes[row]!]));
  expect(read).toEqual(Array.from({ length }, (_, row) => values[row]! + 0));
}

describe("sortedCodes", () => {
  it("codes each row's value in ascending order, the two zeros as one, no answer after the last value", () => {
    const values = Float64Array.of(0.5, Number.NaN, -0, 1, 0, 0.5, 0.25, 7);
    const coded = sortedCodes(values, 7, 9);
    expect(coded.codes).toBeInstanceOf(Uint16Array);
    expect(Array.from(coded.distinct)).toEqual([0, 0.25, 0.5, 1]);
    expect(Array.from(coded.codes)).toEqual([2, 4, 0, 3, 0, 2, 1, 4, 4]);
  });

  it("takes four bytes a row above 65,535 distinct values", () => {
    const values = Float64Array.from({ length: 100_000 }, (_, k) => (k % 4 === 0 ? Number.NaN : k / 100_000));
    const coded = sortedCodes(values, values.length, values.length);
    expect(coded.codes).toBeInstanceOf(Int32Array);
    expect(coded.distinct.length).toBe(75_000);
    expectCodes(coded, values, values.length);
  });
});

describe("codesAmong", () => {
  it("numbers some rows' values as codedColumn numbers them, without sorting", () => {
    const random = mulberry32(4);
    const values = Float64Array.from({ length: 3000 }, () => (random() < 0.1 ? Number.NaN : Math.round(random() * 200) / 100));
    const rows = Array.from(values.keys()).filter((row) => !Number.isNaN(values[row]!) && random() < 0.3);
    expect(codesAmong(sortedCodes(values, values.length, values.length), rows)).toEqual(codedColumn(Float64Array.from(rows, (row) => values[row]!)));
  });
});

describe("scaleCodes", () => {
  it("codes a whole number as its distance from min, and refuses one outside the scale", () => {
    const coded = scaleCodes(Float32Array.of(3, Number.NaN, -2, 0), 4, -2, 3);
    expect(Array.from(coded.distinct)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(Array.from(coded.codes)).toEqual([5, 6, 0, 2]);
    expect(() => scaleCodes(Float32Array.of(4), 1, -2, 3)).toThrow(RangeError);
  });
});

describe("a slider column's codes", () => {
  const entry = { id: "regie", type: "dyad" as const, labels: ["a", "b"] as [string, string] };

  it("follow values read back from a snapshot", () => {
    const column = createColumn(entry, 3) as DyadColumn;
    [0.2, 0.4, 0.2].forEach((v, row) => column.set(row, v));
    expectCodes(column.valueCodes(3), column.values, 3);
    column.adopt([Float64Array.of(0.9, Number.NaN, 0.1)], 3);
    expectCodes(column.valueCodes(3), column.values, 3);
  });

  it("are made per question, not kept, when there are too many distinct values for two bytes", () => {
    const column = createColumn(entry, 70_000) as DyadColumn;
    for (let row = 0; row < 70_000; row++) column.set(row, row / 70_000);
    const bytes = column.bytes();
    expect(column.valueCodes(70_000).codes).toBeInstanceOf(Int32Array);
    expect(column.valueCodes(70_000)).not.toBe(column.valueCodes(70_000));
    expect(column.bytes()).toBe(bytes);
  });
});

describe("a slider's codes in the column index", () => {
  const stories = syntheticStories(3000, 9);
  const asIndexStory = (s: (typeof stories)[number], changes: Partial<IndexStory> = {}): IndexStory => ({
    id: s.id, organizationId: "org", collectionId: "c", frameworkId: "fw", frameworkVersion: 1, answers: s.answers, channel: s.channel,
    teamId: null, consentResearch: true, toldAt: s.toldMs, ...changes,
  });
  const index = new StoryIndex();
  index.addFrameworkVersion("org", "fw", 1, frameworkDefinition.parse(syntheticFramework));
  for (const s of stories.slice(0, 2000)) index.append(asIndexStory(s));
  const scoped = index.resolve({ organizationId: "org", frameworkId: "fw" });
  const segment = scoped.segment;
  const regie = () => segment.columns.get("regie") as DyadColumn;
  const halves = () => {
    const rows = select(scoped, resolveFilter(segment.catalog)).slice();
    return [rows.filter((row) => row % 2 === 0), rows.filter((row) => row % 2 === 1), rows] as const;
  };

  /** The answers with the codes kept since the first question equal those of a copy that codes afresh. */
  function expectFresh() {
    const [a, b, all] = halves();
    const fresh = Segment.restore(segment.parts());
    expectCodes(regie().valueCodes(segment.length), regie().values, segment.length);
    expect(comparisonOf(segment, a, b)).toEqual(comparisonOf(fresh, a, b));
    for (const outcome of ["regie", "cijfer"]) expect(whatWorksOf(segment, segment.catalog, all, { outcome })).toEqual(whatWorksOf(fresh, fresh.catalog, all, { outcome }));
  }

  it("count each period's answers as the values themselves do", () => {
    const [a, b] = halves();
    const shifts = comparisonOf(segment, a, b);
    for (const id of ["regie", "tempo", "cijfer", "zorgen"]) {
      const column = segment.columns.get(id) as DyadColumn | ScaleColumn;
      const answers = (rows: Int32Array) => Array.from(rows, (row) => column.values[row]!).filter((v) => !Number.isNaN(v));
      // q-values come from all signifiers together; the rest from this one.
      const { qValue: _q, ...expected } = compareSignifier({ type: column.kind, signifierId: id, ...countedLevels(answers(a), answers(b)) });
      expect(shifts.find((s) => s.signifierId === id)).toMatchObject(expected);
    }
  });

  it("are kept in step with every change, or made again, and never read stale", () => {
    expectFresh();
    const kept = regie().valueCodes(segment.length);
    // New stories with values the codes hold (0, 0.5, 0.7 and 1 are common in the synthetic data),
    // an edit, an erasure (the last row moves into its place).
    for (const s of stories.slice(2000, 2100)) index.append(asIndexStory(s, { answers: { ...s.answers, regie: 0.5 } }));
    index.append(asIndexStory(stories[10]!, { answers: { ...stories[10]!.answers, regie: 0.7 } }));
    expect(index.remove(stories[20]!.id)).toBe(true);
    expect(regie().valueCodes(segment.length)).toBe(kept);
    expectFresh();
    // Older stories arriving late: the next selection sorts the rows again (the codes move with them).
    for (const s of stories.slice(2100, 2600)) index.append(asIndexStory(s, { answers: { ...s.answers, regie: 0 }, toldAt: s.toldMs - 400 * 86_400_000 }));
    expectFresh();
    // Room for more rows (with values the codes hold); consent withdrawn (the story leaves).
    for (const s of stories.slice(2600)) index.append(asIndexStory(s, { answers: { ...s.answers, regie: 1 } }));
    index.append(asIndexStory(stories[30]!, { consentResearch: false }));
    expect(regie().valueCodes(segment.length)).toBe(kept);
    expectFresh();
    // A value the codes do not hold: they are dropped and made again with it.
    index.append(asIndexStory(stories[40]!, { answers: { ...stories[40]!.answers, regie: 0.123456 } }));
    expect(regie().valueCodes(segment.length)).not.toBe(kept);
    expect(regie().valueCodes(segment.length).distinct).toContain(0.123456);
    expectFresh();
  });
});
