// Choice × choice counts over the selected stories, and for two single choices (each story in one
// cell) the test of independence.
import type { CrosstabCounts } from "../core/patterns/distribution.ts";
import { type TableTest, testIndependence } from "../core/patterns/independence.ts";
import { MISSING_CODE } from "../core/patterns/discovery.ts";
import { choiceReader } from "./choice-reader.ts";
import type { Segment } from "./segment.ts";

export interface Crosstab extends CrosstabCounts {
  test?: TableTest;
}

export function crosstabOf(segment: Segment, rows: Int32Array, rowSignifierId: string, colSignifierId: string): Crosstab {
  const a = choiceReader(segment, rowSignifierId);
  const b = choiceReader(segment, colSignifierId);
  const width = b.entry.options.length;
  const cells = new Float64Array(a.entry.options.length * width);
  const ca = new Uint8Array(64);
  const cb = new Uint8Array(64);
  const [x, y] = [segment.columns.get(rowSignifierId)!, segment.columns.get(colSignifierId)!];
  let n = 0;
  if (x.kind === "single" && y.kind === "single") {
    // Two single choices, read straight from the columns: the common case, a tight loop.
    for (let k = 0; k < rows.length; k++) {
      const i = x.codes[rows[k]!]!;
      const j = y.codes[rows[k]!]!;
      if (i === MISSING_CODE || j === MISSING_CODE) continue;
      n++;
      cells[i * width + j]!++;
    }
  } else {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      if (!a.answered(row) || !b.answered(row)) continue;
      n++;
      const na = a.codes(row, ca);
      const nb = b.codes(row, cb);
      for (let i = 0; i < na; i++) for (let j = 0; j < nb; j++) cells[ca[i]! * width + cb[j]!]!++;
    }
  }
  const counts = a.entry.options.map((_, i) => Array.from(cells.subarray(i * width, (i + 1) * width)));
  const single = !a.entry.multiple && !b.entry.multiple;
  return {
    rowSignifierId, colSignifierId, rowOptions: a.entry.options, colOptions: b.entry.options, counts, n,
    ...(single ? { test: testIndependence(counts) } : {}),
  };
}
