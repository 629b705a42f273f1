// What works, read from the columns: one pass over the selected stories counts situation ×
// intervention × outcome (the same counts as the SQL reference's whatWorksCounts) and keeps the
// most recent stories per cell as examples; core/patterns turns counts into tested, ranked rows.
// A dyad, scale or triad outcome needs the values themselves, gathered per situation.
import type { SignifierCatalog } from "../core/patterns/catalog.ts";
import { integerSetting } from "../core/patterns/filter.ts";
import { type SituationValues, buildNumericWhatWorks, type NumericWhatWorks } from "../core/patterns/what-works-numeric.ts";
import { buildWhatWorks, DEFAULT_MIN_N, type WhatWorksCounts, type WhatWorksRow } from "../core/patterns/what-works.ts";
import { type WhatWorksQuery, type WhatWorksSignifiers, whatWorksSignifiers } from "../core/patterns/roles.ts";
import { MISSING_CODE } from "../core/patterns/discovery.ts";
import { type ChoiceReader, choiceReader, RecentExamples } from "./choice-reader.ts";
import type { SingleChoiceColumn } from "./columns.ts";
import type { Segment } from "./segment.ts";
import { codesAmong } from "./value-codes.ts";

interface Header {
  situation: string;
  intervention: string;
  outcome: string;
  minN: number;
  /** Stories in the selection. */
  stories: number;
}

export type WhatWorksResult =
  | (Header & { kind: "choice"; rows: WhatWorksRow[] })
  | (Header & { kind: "dyad" | "scale" | "triad" } & NumericWhatWorks);

const nested = (flat: Float64Array, rows: number, cols: number) =>
  Array.from({ length: rows }, (_, i) => Array.from(flat.subarray(i * cols, (i + 1) * cols)));

/** Flat count arrays: [s·O + o], [s], [(s·I + i)·O + o], [s·I + i]. */
interface Tally {
  totals: Float64Array;
  totalAnswered: Float64Array;
  cells: Float64Array;
  cellAnswered: Float64Array;
}

/** The common case, three single choices: one code each, read straight from the columns. */
function tallySingle(segment: Segment, rows: Int32Array, codes: [Uint8Array, Uint8Array, Uint8Array], I: number, O: number, t: Tally, examples: RecentExamples) {
  const [sc, ic, oc] = codes;
  const told = segment.told;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const s = sc[row]!;
    const i = ic[row]!;
    const o = oc[row]!;
    if (s === MISSING_CODE || i === MISSING_CODE || o === MISSING_CODE) continue;
    const cell = s * I + i;
    t.totalAnswered[s]!++;
    t.totals[s * O + o]!++;
    t.cellAnswered[cell]!++;
    t.cells[cell * O + o]!++;
    examples.offer(cell, row, told[row]!);
  }
}

/** Any mix of single and multiple choices: a story counts in every cell it chose. */
function tallyReaders(segment: Segment, rows: Int32Array, [sit, int, out]: ChoiceReader[], I: number, O: number, t: Tally, examples: RecentExamples) {
  const [cs, ci, co] = [new Uint8Array(64), new Uint8Array(64), new Uint8Array(64)];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const ns = sit!.codes(row, cs);
    if (ns === 0 || !int!.answered(row) || !out!.answered(row)) continue;
    const ni = int!.codes(row, ci);
    const no = out!.codes(row, co);
    for (let a = 0; a < ns; a++) {
      const s = cs[a]!;
      t.totalAnswered[s]!++;
      for (let c = 0; c < no; c++) t.totals[s * O + co[c]!]!++;
      for (let b = 0; b < ni; b++) {
        const cell = s * I + ci[b]!;
        t.cellAnswered[cell]!++;
        for (let c = 0; c < no; c++) t.cells[cell * O + co[c]!]!++;
        examples.offer(cell, row, segment.told[row]!);
      }
    }
  }
}

/** Counts and examples in one pass (see WhatWorksCounts for what each array holds). */
export function countWhatWorks(segment: Segment, rows: Int32Array, sig: WhatWorksSignifiers, perCell: number) {
  const readers = [sig.situation, sig.intervention, sig.outcome].map((e) => choiceReader(segment, e.id));
  const [S, I, O] = readers.map((r) => r.entry.options.length) as [number, number, number];
  const t: Tally = { totals: new Float64Array(S * O), totalAnswered: new Float64Array(S), cells: new Float64Array(S * I * O), cellAnswered: new Float64Array(S * I) };
  const examples = new RecentExamples(S * I, perCell);
  const columns = readers.map((r) => segment.columns.get(r.entry.id)!);
  if (columns.every((c) => c.kind === "single")) {
    tallySingle(segment, rows, columns.map((c) => (c as SingleChoiceColumn).codes) as [Uint8Array, Uint8Array, Uint8Array], I, O, t, examples);
  } else {
    tallyReaders(segment, rows, readers, I, O, t, examples);
  }
  const counts: WhatWorksCounts = {
    situations: readers[0]!.entry.options, interventions: readers[1]!.entry.options, outcomes: readers[2]!.entry.options, outcomeMultiple: readers[2]!.entry.multiple,
    totals: nested(t.totals, S, O), totalAnswered: Array.from(t.totalAnswered),
    cells: Array.from({ length: S }, (_, s) => nested(t.cells.subarray(s * I * O, (s + 1) * I * O), I, O)),
    cellAnswered: nested(t.cellAnswered, S, I),
  };
  return { counts, examples, interventions: I };
}

/** A single choice's codes: loops over every story read them from the column, not through a reader's call per story. */
function singleCodes(segment: Segment, reader: ChoiceReader): Uint8Array | undefined {
  const column = segment.columns.get(reader.entry.id);
  return column?.kind === "single" ? column.codes : undefined;
}

/** The rows of each situation that answered the intervention and have an outcome value, in one pass. */
function rowsBySituation(segment: Segment, rows: Int32Array, sit: ChoiceReader, int: ChoiceReader, outcome: ArrayLike<number>): number[][] {
  const bySituation = sit.entry.options.map((): number[] => []);
  const [sitCodes, intCodes] = [singleCodes(segment, sit), singleCodes(segment, int)];
  const cs = new Uint8Array(64);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if ((intCodes ? intCodes[row] === MISSING_CODE : !int.answered(row)) || Number.isNaN(outcome[row]!)) continue;
    if (sitCodes) {
      if (sitCodes[row] !== MISSING_CODE) bySituation[sitCodes[row]!]!.push(row);
      continue;
    }
    const ns = sit.codes(row, cs);
    for (let a = 0; a < ns; a++) bySituation[cs[a]!]!.push(row);
  }
  return bySituation;
}

/** The outcome values of each situation's stories, with who chose which intervention. */
function situationValues(segment: Segment, rows: Int32Array, sit: ChoiceReader, int: ChoiceReader, sig: WhatWorksSignifiers, perCell: number): SituationValues[] {
  const column = segment.columns.get(sig.outcome.id)!;
  const arrays = (column.kind === "dyad" || column.kind === "scale" || column.kind === "triad" ? column.arrays : []) as ArrayLike<number>[];
  const width = arrays.length;
  const coded = column.kind === "dyad" || column.kind === "scale" ? column.valueCodes(segment.length) : undefined;
  const I = int.entry.options.length;
  const ci = new Uint8Array(64);
  const single = singleCodes(segment, int);
  const told = segment.told;
  return rowsBySituation(segment, rows, sit, int, arrays[0]!).map((members, s) => {
    const values = new Float64Array(members.length * width);
    const chosen = Array.from({ length: I }, () => new Uint8Array(members.length));
    const examples = new RecentExamples(I, perCell);
    for (let m = 0; m < members.length; m++) {
      const row = members[m]!;
      for (let d = 0; d < width; d++) values[m * width + d] = arrays[d]![row]!;
      if (single) {
        chosen[single[row]!]![m] = 1;
        examples.offer(single[row]!, row, told[row]!);
        continue;
      }
      const ni = int.codes(row, ci);
      for (let b = 0; b < ni; b++) {
        chosen[ci[b]!]![m] = 1;
        examples.offer(ci[b]!, row, told[row]!);
      }
    }
    const ids = Array.from({ length: I }, (_, i) => examples.ids(segment, i));
    return { situation: sit.entry.options[s]!, values, chosen, examples: ids, ...(coded && { coded: codesAmong(coded, members) }) };
  });
}

export function whatWorksOf(segment: Segment, catalog: SignifierCatalog, rows: Int32Array, query: WhatWorksQuery): WhatWorksResult {
  const sig = whatWorksSignifiers(catalog, query);
  const minN = integerSetting(query.minN, DEFAULT_MIN_N, 1, 1_000_000, "minN");
  const perCell = integerSetting(query.examples, 3, 0, 10, "examples");
  const header = { situation: sig.situation.id, intervention: sig.intervention.id, outcome: sig.outcome.id, minN, stories: rows.length };
  if (sig.outcome.type === "choice") {
    const { counts, examples, interventions } = countWhatWorks(segment, rows, sig, perCell);
    const table = buildWhatWorks(counts, { minN }, (s, i) => examples.ids(segment, s * interventions + i));
    return { ...header, kind: "choice", rows: table };
  }
  const kind = sig.outcome.type as "dyad" | "scale" | "triad";
  const [sit, int] = [choiceReader(segment, sig.situation.id), choiceReader(segment, sig.intervention.id)];
  const situations = situationValues(segment, rows, sit, int, sig, perCell);
  const result = buildNumericWhatWorks({ kind, interventions: sig.intervention.options, single: !sig.intervention.multiple, situations }, { minN });
  return { ...header, kind, ...result };
}
