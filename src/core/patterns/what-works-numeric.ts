// What works, for an outcome that is a slider (dyad), a scale or a triad rather than a choice. Each
// situation × intervention with enough stories is compared with the situation's other stories:
// dyads and scales by Mann–Whitney (bounded, lumpy answers, where means mislead; the situation is
// ranked once, since every intervention splits the same stories in two), triads on ilr
// coordinates — Hotelling's T² when both groups are large enough for its normal approximation, a
// seeded permutation test otherwise. With a single-choice intervention, dyad and scale outcomes
// also get per situation a Kruskal–Wallis test across its interventions (an omnibus "does the
// approach matter here at all").
import { aitchisonDistance, compositionalMean, type KruskalWallisResult, triadHotelling, triadPositionTest, type Triad } from "../stats/index.ts";
import { integerSetting } from "./filter.ts";
import { type CodedColumn, codedColumn, kruskalWallisRanked, mannWhitneyRanked, medianOf, rankLevels, type RankScratch, rankScratch } from "./rank-tests.ts";
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
}

export interface NumericOutcomeInput {
  kind: "dyad" | "scale" | "triad";
  interventions: string[];
  /** Each story chose exactly one intervention: the omnibus test applies. */
  single: boolean;
  situations: SituationValues[];
}

export interface NumericWhatWorksRow {
  situation: string;
  intervention: string;
  n: number;
  restN: number;
  /** Dyad and scale: medians. Triad: compositional (geometric) means. */
  centre: number | Triad;
  restCentre: number | Triad;
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

/** A situation's dyad or scale values ranked once: every intervention's test reads the same ranks. */
interface RankedSituation {
  column: CodedColumn;
  scratch: RankScratch;
  tieSum: number;
}

function rankSituation(s: SituationValues): RankedSituation {
  const column = codedColumn(s.values);
  const scratch = rankScratch(column.levels);
  const { tieSum } = rankLevels(column, new Uint8Array(s.values.length).fill(1), scratch);
  return { column, scratch, tieSum };
}

function compareValues(ranked: RankedSituation, chosen: Uint8Array) {
  const mw = mannWhitneyRanked(ranked.column, ranked.scratch, ranked.tieSum, chosen);
  // Medians count per value in a scratch of their own, leaving the ranks in place.
  const counts = rankScratch(ranked.column.levels);
  return {
    centre: medianOf(ranked.column, chosen, 1, counts), restCentre: medianOf(ranked.column, chosen, 0, counts),
    test: { method: "mannWhitney" as const, statistic: mw.u }, effect: mw.rankBiserial, pValue: mw.pValue,
  };
}

function compareTriads(x: Triad[], rest: Triad[]) {
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

function situationRows(input: NumericOutcomeInput, s: SituationValues, minN: number): NumericWhatWorksRow[] {
  const ranked = input.kind === "triad" ? undefined : rankSituation(s);
  return input.interventions.flatMap((intervention, i) => {
    const chosen = s.chosen[i]!;
    const n = chosen.reduce((sum, c) => sum + c, 0);
    if (n < minN) return [];
    const compared = ranked ? compareValues(ranked, chosen) : compareTriads(...splitTriads(s.values, chosen));
    return [{ situation: s.situation, intervention, n, restN: chosen.length - n, ...compared, q: Number.NaN, examples: s.examples[i]! }];
  });
}

/** Kruskal–Wallis across the interventions of a situation; each story chose exactly one. */
function omnibus(s: SituationValues) {
  const group = new Uint8Array(s.values.length);
  s.chosen.forEach((chosen, i) => chosen.forEach((c, k) => c && (group[k] = i)));
  const test = kruskalWallisRanked(codedColumn(s.values), group, s.chosen.length, new Uint8Array(s.values.length).fill(1));
  return { situation: s.situation, n: s.values.length, test };
}

/** Rows ranked by q (BH over all rows), then by effect size. */
export function buildNumericWhatWorks(input: NumericOutcomeInput, options: { minN?: number } = {}): NumericWhatWorks {
  const minN = integerSetting(options.minN, DEFAULT_MIN_N, 1, 1_000_000, "minN");
  const rows = input.situations.flatMap((s) => situationRows(input, s, minN));
  const situations = input.single && input.kind !== "triad" ? input.situations.map(omnibus) : [];
  return { rows: rankByQ(rows, (r) => Math.abs(r.effect)), situations };
}
