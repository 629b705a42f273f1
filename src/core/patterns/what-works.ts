// What works for whom: for every situation × intervention with enough stories, how outcomes after
// that intervention compare with the other stories in the same situation. Built from counts alone,
// so the column index and the SQL reference feed it the same numbers.
//
// Comparison: the intervention's stories against the situation's other stories (those that
// answered the intervention question without choosing it). The two groups are disjoint, which the
// Newcombe interval and the test of independence require; the share among all the situation's
// stories is reported too, as the baseline a reader sees on the chart.
import { type DifferenceInterval, proportionDifference } from "../stats/index.ts";
import { integerSetting } from "./filter.ts";
import { testIndependence } from "./independence.ts";
import { rankByQ } from "./ranking.ts";

export const DEFAULT_MIN_N = 10;

/** Counts over stories with the situation, intervention and outcome all answered. */
export interface WhatWorksCounts {
  situations: string[];
  interventions: string[];
  outcomes: string[];
  /** Multiple-choice outcome: each option is tested on its own (chosen or not). */
  outcomeMultiple: boolean;
  /** [situation][outcome]: choices of each outcome in the situation. */
  totals: number[][];
  /** [situation]: stories in the situation. */
  totalAnswered: number[];
  /** [situation][intervention][outcome]. */
  cells: number[][][];
  /** [situation][intervention]: stories in the situation that chose the intervention. */
  cellAnswered: number[][];
}

export interface OutcomeShare {
  option: string;
  count: number;
  share: number;
  /** Share among all the situation's stories. */
  baselineShare: number;
  /** Share after the intervention minus share in the rest of the situation, 95% Newcombe interval. */
  difference: DifferenceInterval;
}

export interface WhatWorksRow {
  situation: string;
  intervention: string;
  /** Only for a multiple-choice outcome: the option this row tests. */
  outcomeOption?: string;
  n: number;
  situationN: number;
  restN: number;
  outcomes: OutcomeShare[];
  test: { method: string; statistic: number; df: number; cramersV: number; pooled: number };
  pValue: number;
  q: number;
  examples: string[];
}

export interface WhatWorksOptions {
  minN?: number;
}

type Examples = (situation: number, intervention: number) => string[];

function shares(counts: WhatWorksCounts, s: number, i: number, options: number[]): OutcomeShare[] {
  const n = counts.cellAnswered[s]![i]!;
  const restN = counts.totalAnswered[s]! - n;
  return options.map((o) => {
    const x = counts.cells[s]![i]![o]!;
    const rest = counts.totals[s]![o]! - x;
    return {
      option: counts.outcomes[o]!,
      count: x,
      share: x / n,
      baselineShare: counts.totals[s]![o]! / counts.totalAnswered[s]!,
      difference: proportionDifference(x, n, rest, restN),
    };
  });
}

/** The 2 × k table: the intervention's stories and the rest, by outcome option. */
function tableFor(counts: WhatWorksCounts, s: number, i: number, option: number | undefined): number[][] {
  const cell = counts.cells[s]![i]!;
  const total = counts.totals[s]!;
  const n = counts.cellAnswered[s]![i]!;
  const restN = counts.totalAnswered[s]! - n;
  if (option === undefined) return [cell.slice(), total.map((t, o) => t - cell[o]!)];
  const x = cell[option]!;
  const rx = total[option]! - x;
  return [[x, n - x], [rx, restN - rx]];
}

function row(counts: WhatWorksCounts, s: number, i: number, option: number | undefined, examples: Examples): WhatWorksRow {
  const n = counts.cellAnswered[s]![i]!;
  const test = testIndependence(tableFor(counts, s, i, option));
  return {
    situation: counts.situations[s]!,
    intervention: counts.interventions[i]!,
    ...(option === undefined ? {} : { outcomeOption: counts.outcomes[option]! }),
    n,
    situationN: counts.totalAnswered[s]!,
    restN: counts.totalAnswered[s]! - n,
    outcomes: shares(counts, s, i, option === undefined ? counts.outcomes.map((_, o) => o) : [option]),
    test: { method: test.method, statistic: test.statistic, df: test.df, cramersV: test.cramersV, pooled: test.pooled },
    pValue: test.pValue,
    q: Number.NaN,
    examples: examples(s, i),
  };
}

/** The largest departure of an outcome share from the rest of the situation. */
function largestDifference(r: WhatWorksRow): number {
  return Math.max(0, ...r.outcomes.map((o) => Math.abs(o.difference.estimate) || 0));
}

/** Every situation × intervention with at least minN stories, tested, with BH q-values across all rows. */
export function buildWhatWorks(counts: WhatWorksCounts, options: WhatWorksOptions, examples: Examples): WhatWorksRow[] {
  const minN = integerSetting(options.minN, DEFAULT_MIN_N, 1, 1_000_000, "minN");
  const rows: WhatWorksRow[] = [];
  counts.situations.forEach((_, s) => {
    counts.interventions.forEach((_, i) => {
      if (counts.cellAnswered[s]![i]! < minN) return;
      if (!counts.outcomeMultiple) rows.push(row(counts, s, i, undefined, examples));
      else counts.outcomes.forEach((_, o) => rows.push(row(counts, s, i, o, examples)));
    });
  });
  return rankByQ(rows, largestDifference);
}
