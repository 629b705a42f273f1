// Single and multiple choice columns read alike: the option codes a story chose, and whether it
// answered the question at all (an empty multiple choice is an answer: "none of these").
import { PatternQueryError } from "../core/patterns/filter.ts";
import { MISSING_CODE } from "../core/patterns/discovery.ts";
import type { ChoiceEntry } from "../core/patterns/catalog.ts";
import type { Segment } from "./segment.ts";

export interface ChoiceReader {
  entry: ChoiceEntry;
  /** Writes the chosen codes to `out` (room for 64) and returns how many. */
  codes(row: number, out: Uint8Array): number;
  answered(row: number): boolean;
}

export function choiceReader(segment: Segment, signifierId: string): ChoiceReader {
  const column = segment.columns.get(signifierId);
  if (!column) throw new PatternQueryError("unknownSignifier", signifierId);
  if (column.kind === "single") {
    const codes = column.codes;
    return {
      entry: column.entry,
      codes(row, out) {
        const code = codes[row]!;
        if (code === MISSING_CODE) return 0;
        out[0] = code;
        return 1;
      },
      answered: (row) => codes[row] !== MISSING_CODE,
    };
  }
  if (column.kind === "multiple") {
    const { bits, answered } = column;
    return {
      entry: column.entry,
      codes(row, out) {
        let n = 0;
        for (let w = 0; w < 2; w++) {
          for (let word = bits[row * 2 + w]!; word !== 0; word &= word - 1) out[n++] = w * 32 + 31 - Math.clz32(word & -word);
        }
        return n;
      },
      answered: (row) => answered[row] === 1,
    };
  }
  throw new PatternQueryError("wrongSignifierType", `${signifierId} is not a choice`);
}

/** Keeps the few most recently told stories per cell, as examples a reader can open. */
export class RecentExamples {
  private readonly rows: Int32Array;
  private readonly told: Float64Array;
  /** Per cell, the oldest time held: most stories are older and are turned away by one comparison. */
  private readonly floor: Float64Array;
  /** Per cell, the first slot holding the floor: the one the next newer story replaces. */
  private readonly oldest: Int32Array;
  constructor(cells: number, private readonly perCell: number) {
    this.rows = new Int32Array(cells * perCell).fill(-1);
    this.told = new Float64Array(cells * perCell).fill(Number.NEGATIVE_INFINITY);
    this.floor = new Float64Array(cells).fill(perCell > 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY);
    this.oldest = Int32Array.from({ length: cells }, (_, cell) => cell * perCell);
  }
  /** Rows in time order pass the floor every time: one look over the cell's slots per offer, not two. */
  offer(cell: number, row: number, toldMs: number): void {
    if (!(toldMs > this.floor[cell]!)) return;
    const told = this.told;
    const slot = this.oldest[cell]!;
    told[slot] = toldMs;
    this.rows[slot] = row;
    const base = cell * this.perCell;
    let oldest = base;
    for (let k = base + 1; k < base + this.perCell; k++) if (told[k]! < told[oldest]!) oldest = k;
    this.oldest[cell] = oldest;
    this.floor[cell] = told[oldest]!;
  }
  /** Story ids of a cell, most recent first. */
  ids(segment: Segment, cell: number): string[] {
    const base = cell * this.perCell;
    return Array.from({ length: this.perCell }, (_, k) => base + k)
      .filter((k) => this.rows[k]! >= 0)
      .sort((x, y) => this.told[y]! - this.told[x]!)
      .map((k) => segment.ids.idAt(this.rows[k]!));
  }
}
