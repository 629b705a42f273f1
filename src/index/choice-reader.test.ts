import { describe, expect, it } from "vitest";
import { RecentExamples } from "./choice-reader.ts";
import type { Segment } from "./segment.ts";

/** A segment whose row k is story `s<k>`: all that ids() reads. */
const rowsAsIds = { ids: { idAt: (row: number) => `s${row}` } } as unknown as Segment;

describe("RecentExamples", () => {
  it("keeps each cell's most recently told stories, newest first, whatever the order they come in", () => {
    const examples = new RecentExamples(2, 3);
    const told = [50, 10, 70, 30, 90, 20, 60, 80];
    told.forEach((ms, row) => examples.offer(row % 2, row, ms));
    // Cell 0 got rows 0, 2, 4, 6 (50, 70, 90, 60); cell 1 rows 1, 3, 5, 7 (10, 30, 20, 80).
    expect(examples.ids(rowsAsIds, 0)).toEqual(["s4", "s2", "s6"]);
    expect(examples.ids(rowsAsIds, 1)).toEqual(["s7", "s3", "s5"]);
  });

  it("lets a story told at the same moment as the oldest kept one not displace it", () => {
    const examples = new RecentExamples(1, 2);
    [5, 5, 5, 7].forEach((ms, row) => examples.offer(0, row, ms));
    // 5, 5 fill the cell; the third 5 is not newer; 7 replaces the first slot holding 5.
    expect(examples.ids(rowsAsIds, 0)).toEqual(["s3", "s1"]);
  });

  it("keeps none when asked for none", () => {
    const examples = new RecentExamples(1, 0);
    examples.offer(0, 0, 1);
    expect(examples.ids(rowsAsIds, 0)).toEqual([]);
  });
});
