// What works, for an outcome that is a slider (dyad), a scale or a triad rather than a choice. Each
// situation × intervention with enough stories is compared with the situation's other stories:
// dyads and scales by Mann–Whitney (bounded, lumpy answers, where means mislead; the situation is
// ranked once, since every intervention splits the same stories in two), triads on ilr
// coordinates — Hotelling's T² when both groups are large enough for its normal approximation, a
// seeded permutation test otherwise. With a single-choice intervention, dyad and scale outcomes
// also get per situation a Kruskal–Wallis test across its interventions (an omnibus "does the
// approach matter here at all").
//
// Beside the test, each row gives the difference the reader can weigh: the mean after the
// intervention minus the mean in the rest of the situation (for a triad, per corner: the mean
// share), with Welch's 95% interval. Means, not medians, because an interval for a difference of
// means needs no resampling: the situation's sums are taken once, each intervention's in one pass
// over its choices, and the rest's are the situation's less the intervention's.
import {
  aitchisonDistance, compositionalMean, type KruskalWallisResult, type Moments, triadHotelling, triadPositionTest, type Triad, welchFromMoments,
} from "../stats/index.ts";
import { integerSetting } from "./filter.ts";
import { type CodedColumn, codedColumn, kruskalWallisFromRankSums, mannWhitneyFromRankSum, medianOfCounts, rankLevels, type RankScratch, rankScratch } from "./rank-tests.ts";
import { DEFAULT_MIN_N } from "./what-works.ts";
import { rankByQ } from "./ranking.ts";

/** Below this many stories in either group, triads are compared by permutation. */
const HOTELLING_MIN = 50;
const PERMUTATIONS = 999;

/** One situation's stories with the outcome and intervention answered. */
export interface SituationValues {
  situation: string;
  /** Dyad or scale: one value per story. Triad: three per story (a, b, c, a, b, c …). */
  values: Float64Array;
  /** chosen[i][k] = 1 when story k chose intervention i. */
  chosen: Uint8Array[];
  /** A few story ids per intervention. */
  examples: string[][];
  /** Dyad or scale: the values as codedColumn(values) codes them, when the caller has them (no sort). */
  coded?: CodedColumn;
}

export interface NumericOutcomeInput {
  kind: "dyad" | "scale" | "triad";
  interventions: string[];
  /** Each story chose exactly one intervention: the omnibus test applies. */
  single: boolean;
  situations: SituationValues[];
}

/** Mean after the intervention minus mean in the rest of the situation, with Welch's 95% interval. */
export interface MeanDifference {
  estimate: number;
  lower: number;
  upper: number;
  mean: number;
  restMean: number;
}

export interface NumericWhatWorksRow {
  situation: string;
  intervention: string;
  n: number;
  restN: number;
  /** Dyad and scale: medians. Triad: compositional (geometric) means. */
  centre: number | Triad;
  restCentre: number | Triad;
  /** Dyad and scale: difference of means. Triad: one per corner, difference of mean shares. */
  difference: MeanDifference | [MeanDifference, MeanDifference, MeanDifference];
  test: { method: "mannWhitney" | "hotelling" | "permutation"; statistic: number };
  /** Rank-biserial r (dyad, scale) or the Aitchison distance between the means (triad). */
  effect: number;
  pValue: number;
  q: number;
  examples: string[];
}

export interface NumericWhatWorks {
  rows: NumericWhatWorksRow[];
  /** Omnibus per situation; empty for a multiple-choice intervention. */
  situations: { situation: string; n: number; test: KruskalWallisResult }[];
}

function splitTriads(values: Float64Array, chosen: Uint8Array): [Triad[], Triad[]] {
  const x: Triad[] = [];
  const rest: Triad[] = [];
  for (let k = 0; k < chosen.length; k++) (chosen[k] ? x : rest).push([values[3 * k]!, values[3 * k + 1]!, values[3 * k + 2]!]);
  return [x, rest];
}

/** Per coordinate (1, or 3 for a triad): sums of (value − shift) and of its square, over some stories. */
interface ShiftedSums {
  shift: Float64Array;
  sum: Float64Array;
  squares: Float64Array;
}

/** Sums over the stories with chosen[k] set, or over all. Shifting by the situation's mean keeps the squares from cancelling. */
function shiftedSums(values: Float64Array, shift: Float64Array, chosen?: Uint8Array): ShiftedSums {
  const width = shift.length;
  const sum = new Float64Array(width);
  const squares = new Float64Array(width);
  const stories = values.length / width;
  for (let k = 0; k < stories; k++) {
    if (chosen && !chosen[k]) continue;
    for (let d = 0; d < width; d++) {
      const v = values[k * width + d]! - shift[d]!;
      sum[d]! += v;
      squares[d]! += v * v;
    }
  }
  return { shift, sum, squares };
}

/** A situation's sums over all its stories, shifted by its own means. */
function situationSums(values: Float64Array, width: number): ShiftedSums {
  const n = values.length / width;
  const shift = new Float64Array(width);
  for (let k = 0; k < values.length; k++) shift[k % width]! += values[k]!;
  for (let d = 0; d < width && n > 0; d++) shift[d]! /= n;
  return shiftedSums(values, shift);
}

function moments(n: number, sum: number, squares: number, shift: number): Moments {
  return { n, mean: shift + sum / n, variance: (squares - (sum * sum) / n) / (n - 1) };
}

/** Each coordinate's difference of means, the intervention's n stories (their sums: group) against the rest of the situation. */
function meanDifferences(group: ShiftedSums, n: number, restN: number, all: ShiftedSums): MeanDifference[] {
  return Array.from(all.shift, (shift, d) => {
    const rest = moments(restN, all.sum[d]! - group.sum[d]!, all.squares[d]! - group.squares[d]!, shift);
    const w = welchFromMoments(moments(n, group.sum[d]!, group.squares[d]!, shift), rest);
    return { estimate: w.estimate, lower: w.lower, upper: w.upper, mean: w.mean1, restMean: w.mean2 };
  });
}

type Compared = Pick<NumericWhatWorksRow, "centre" | "restCentre" | "test" | "effect" | "pValue">;

function row(s: SituationValues, intervention: string, i: number, n: number, compared: Compared, difference: NumericWhatWorksRow["difference"]): NumericWhatWorksRow {
  return { situation: s.situation, intervention, n, restN: s.chosen[i]!.length - n, ...compared, difference, q: Number.NaN, examples: s.examples[i]! };
}

/** A situation's dyad or scale values ranked once: every intervention's test reads the same ranks. */
interface RankedSituation {
  column: CodedColumn;
  /** Per value: the situation's count (perLevel) and mid-rank. */
  scratch: RankScratch;
  tieSum: number;
  /** Per value: one intervention's count, then the rest's. */
  group: Int32Array;
  rest: Int32Array;
}

function rankSituation(s: SituationValues): RankedSituation {
  const column = s.coded ?? codedColumn(s.values);
  const scratch = rankScratch(column.levels);
  const { tieSum } = rankLevels(column, new Uint8Array(s.values.length).fill(1), scratch);
  return { column, scratch, tieSum, group: new Int32Array(column.levels), rest: new Int32Array(column.levels) };
}

/**
 * One pass over an intervention's stories: how many, their count per value (left in ranked.group),
 * and their shifted sums (as shiftedSums adds them). Their sum of mid-ranks then comes from the
 * counts: mid-ranks are whole or half numbers, so the sum is exact in any order.
 */
function countGroup(ranked: RankedSituation, values: Float64Array, chosen: Uint8Array, shift: Float64Array) {
  const { column, scratch, group } = ranked;
  const codes = column.codes;
  const by = shift[0]!;
  group.fill(0);
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (let k = 0; k < chosen.length; k++) {
    if (!chosen[k]) continue;
    n++;
    group[codes[k]!]!++;
    const v = values[k]! - by;
    sum += v;
    squares += v * v;
  }
  let rankSum = 0;
  for (let c = 0; c < column.levels; c++) rankSum += group[c]! * scratch.midRank[c]!;
  return { n, rankSum, sums: { shift, sum: Float64Array.of(sum), squares: Float64Array.of(squares) } };
}

/**
 * Each intervention against the rest of its situation by Mann–Whitney, with the medians; and, when
 * every story chose one intervention, Kruskal–Wallis across them from the same rank sums.
 */
function numberRows(input: NumericOutcomeInput, s: SituationValues, minN: number) {
  const ranked = rankSituation(s);
  const { column, scratch, tieSum, group, rest } = ranked;
  const all = situationSums(s.values, 1);
  const m = s.values.length;
  const [rankSums, sizes] = [new Float64Array(input.interventions.length), new Float64Array(input.interventions.length)];
  const rows = input.interventions.flatMap((intervention, i) => {
    const { n, rankSum, sums } = countGroup(ranked, s.values, s.chosen[i]!, all.shift);
    [rankSums[i], sizes[i]] = [rankSum, n];
    if (n < minN) return [];
    const mw = mannWhitneyFromRankSum(n, m - n, rankSum, tieSum);
    for (let c = 0; c < column.levels; c++) rest[c] = scratch.perLevel[c]! - group[c]!;
    const compared = {
      centre: medianOfCounts(column.distinct, group, n), restCentre: medianOfCounts(column.distinct, rest, m - n),
      test: { method: "mannWhitney" as const, statistic: mw.u }, effect: mw.rankBiserial, pValue: mw.pValue,
    };
    return [row(s, intervention, i, n, compared, meanDifferences(sums, n, m - n, all)[0]!)];
  });
  const omnibus = input.single ? { situation: s.situation, n: m, test: kruskalWallisFromRankSums(rankSums, sizes, m, tieSum) } : undefined;
  return { rows, omnibus };
}

function compareTriads(x: Triad[], rest: Triad[]): Compared {
  const centre = compositionalMean(x);
  const restCentre = compositionalMean(rest);
  const effect = rest.length > 0 ? aitchisonDistance(centre, restCentre) : Number.NaN;
  if (Math.min(x.length, rest.length) < HOTELLING_MIN) {
    const p = triadPositionTest(x, rest, { permutations: PERMUTATIONS });
    return { centre, restCentre, test: { method: "permutation" as const, statistic: p.statistic }, effect, pValue: p.pValue };
  }
  const h = triadHotelling(x, rest);
  return { centre, restCentre, test: { method: "hotelling" as const, statistic: h.f }, effect, pValue: h.pValue };
}

function triadRows(input: NumericOutcomeInput, s: SituationValues, minN: number): NumericWhatWorksRow[] {
  const all = situationSums(s.values, 3);
  return input.interventions.flatMap((intervention, i) => {
    const chosen = s.chosen[i]!;
    let n = 0;
    for (let k = 0; k < chosen.length; k++) n += chosen[k]!;
    if (n < minN) return [];
    const difference = meanDifferences(shiftedSums(s.values, all.shift, chosen), n, chosen.length - n, all) as [MeanDifference, MeanDifference, MeanDifference];
    return [row(s, intervention, i, n, compareTriads(...splitTriads(s.values, chosen)), difference)];
  });
}

/** Rows ranked by q (BH over all rows), then by effect size. */
export function buildNumericWhatWorks(input: NumericOutcomeInput, options: { minN?: number } = {}): NumericWhatWorks {
  const minN = integerSetting(options.minN, DEFAULT_MIN_N, 1, 1_000_000, "minN");
  if (input.kind === "triad") return { rows: rankByQ(input.situations.flatMap((s) => triadRows(input, s, minN)), (r) => Math.abs(r.effect)), situations: [] };
  const perSituation = input.situations.map((s) => numberRows(input, s, minN));
  return { rows: rankByQ(perSituation.flatMap((p) => p.rows), (r) => Math.abs(r.effect)), situations: perSituation.flatMap((p) => (p.omnibus ? [p.omnibus] : [])) };
}
