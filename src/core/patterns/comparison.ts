// Two periods (or listening rounds, or before and after a measure) compared per signifier: did the
// answers shift, by how much, and could that be chance? Each type gets the test that fits it:
//   single choice  chi-square, or Fisher / Monte-Carlo when expected counts are small (testIndependence
//                  on the period × option table), Cramér's V; per option the difference in share
//                  (B − A) with a Newcombe 95% interval
//   multiple choice per option a 2 × 2 test of chosen / not chosen against the period, the smallest
//                  p-value Bonferroni-adjusted for the signifier; effect: the largest difference in share
//   dyad, scale    Mann–Whitney U (B against A), rank-biserial r (positive: B tends higher)
//   triad          Hotelling's T² on isometric log-ratio coordinates, per-corner mean difference, and
//                  the Aitchison distance between the compositional means as effect size
//   stones         per item Hotelling's T² on (x, y) and the shift of the mean point; the smallest
//                  p-value Bonferroni-adjusted for the signifier (as discovery does for points);
//                  effect: the largest shift of an item's mean point
// The signifiers' p-values get Benjamini–Hochberg q-values together.
import { benjaminiHochberg, type Coordinates, DELTA, hotellingT2Of, ilrInto, proportionDifference } from "../stats/index.ts";
import { testIndependence } from "./independence.ts";
import { mannWhitneyFromRankSum, medianOfCounts } from "./rank-tests.ts";

export interface ChoiceCounts {
  /** Stories that answered. */
  answered: number;
  /** Per option, stories that chose it. */
  counts: number[];
}

export type ComparisonInput =
  | { type: "choice"; signifierId: string; multiple: boolean; options: string[]; a: ChoiceCounts; b: ChoiceCounts }
  // Dyads and scales: each period's answers counted per value, over the same ascending values.
  | { type: "dyad" | "scale"; signifierId: string; levels: ArrayLike<number>; a: LevelCounts; b: LevelCounts }
  // Triads: the three columns of parts (a NaN first part: no answer) and the rows of each period.
  | { type: "triad"; signifierId: string; parts: TriadColumns; a: Int32Array; b: Int32Array }
  // Stones: nA and nB are the stories that placed at least one item.
  | { type: "stones"; signifierId: string; nA: number; nB: number; items: StonesItemInput[] };

/**
 * A dyad's or scale's answers in one period: counts[l] of them equal levels[l] (the input's distinct
 * values, ascending, zeros as +0; values no period holds may be among them, with count 0).
 */
export interface LevelCounts {
  counts: ArrayLike<number>;
  /** Answers, and their sum added in the order of the stories: the mean is sum / n. */
  n: number;
  sum: number;
}

/** Triads as three columns of parts: row k placed (c[0][k], c[1][k], c[2][k]); no array per story. */
export type TriadColumns = readonly [Float64Array, Float64Array, Float64Array];

/** One item of a stones signifier: where the stories of A and of B placed it, as x and y columns. */
export interface StonesItemInput {
  id: string;
  a: Coordinates;
  b: Coordinates;
}

export interface OptionShift {
  id: string;
  shareA: number;
  shareB: number;
  /** shareB − shareA with its 95% Newcombe interval. */
  difference: { estimate: number; lower: number; upper: number };
  /** Multiple choice only: this option's own 2 × 2 test. */
  pValue?: number;
}

/** One stones item from A to B; null where a period has no points or there is nothing to test. */
export interface ItemShift {
  id: string;
  nA: number;
  nB: number;
  meanA: [number, number] | null;
  meanB: [number, number] | null;
  /** meanB − meanA, and the length of that move. */
  shift: { dx: number; dy: number; length: number } | null;
  t2: number | null;
  /** F of Hotelling's T², as for a triad. */
  statistic: number | null;
  pValue: number | null;
}

export type ComparisonMethod = "chiSquare" | "fisher" | "monteCarloChiSquare" | "bonferroniPerOption" | "mannWhitney" | "hotellingIlr" | "hotellingPerItem";
export type EffectMeasure = "cramersV" | "riskDifference" | "rankBiserial" | "aitchisonDistance" | "largestMeanShift";

interface ShiftBase {
  signifierId: string;
  nA: number;
  nB: number;
  method: ComparisonMethod;
  statistic: number | null;
  pValue: number | null;
  qValue: number | null;
  effect: { measure: EffectMeasure; value: number | null };
}

export type SignifierShift =
  | (ShiftBase & { type: "choice"; multiple: boolean; options: OptionShift[] })
  | (ShiftBase & { type: "dyad" | "scale"; meanA: number | null; meanB: number | null; medianA: number | null; medianB: number | null })
  | (ShiftBase & { type: "triad"; meanA: number[] | null; meanB: number[] | null; meanDifference: number[] | null })
  | (ShiftBase & { type: "stones"; items: ItemShift[] });

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

function optionShift(id: string, xa: number, na: number, xb: number, nb: number): OptionShift {
  const d = proportionDifference(xb, nb, xa, na);
  return { id, shareA: na ? xa / na : 0, shareB: nb ? xb / nb : 0, difference: { estimate: d.estimate, lower: d.lower, upper: d.upper } };
}

function compareChoice(input: Extract<ComparisonInput, { type: "choice" }>): SignifierShift {
  const { a, b } = input;
  const base = { type: "choice" as const, signifierId: input.signifierId, multiple: input.multiple, nA: a.answered, nB: b.answered, qValue: null };
  const empty = a.answered === 0 || b.answered === 0;
  const options = input.options.map((id, k) => optionShift(id, a.counts[k]!, a.answered, b.counts[k]!, b.answered));
  if (!input.multiple) {
    const test = empty ? undefined : testIndependence([a.counts, b.counts]);
    const method = test && test.method !== "chiSquare" && test.method !== "fisher" ? "monteCarloChiSquare" : (test?.method ?? "chiSquare");
    return { ...base, options, method, statistic: test ? finite(test.statistic) : null, pValue: test && !test.degenerate ? test.pValue : null,
      effect: { measure: "cramersV", value: test ? finite(test.cramersV) : null } };
  }
  const perOption = empty ? [] : options.map((o, k) => {
    const [xa, xb] = [a.counts[k]!, b.counts[k]!];
    const test = testIndependence([[xa, a.answered - xa], [xb, b.answered - xb]]);
    o.pValue = test.degenerate ? 1 : test.pValue;
    return o.pValue;
  });
  const largest = options.reduce<OptionShift | undefined>((best, o) => (!best || Math.abs(o.difference.estimate) > Math.abs(best.difference.estimate) ? o : best), undefined);
  return { ...base, options, method: "bonferroniPerOption", statistic: null,
    pValue: perOption.length ? Math.min(1, Math.min(...perOption) * perOption.length) : null,
    effect: { measure: "riskDifference", value: empty || !largest ? null : largest.difference.estimate } };
}

/**
 * Mann–Whitney of B against A from the periods' answers counted per value: walking the values in
 * ascending order gives each its mid-rank over both periods (ties share the mean of their ranks),
 * with no sort. The same U, tie correction and p-value as core/stats' mannWhitneyU: mid-ranks are
 * whole or half numbers, so their sums are exact in any order. Medians are read from the counts.
 */
function compareNumbers(input: Extract<ComparisonInput, { type: "dyad" | "scale" }>): SignifierShift {
  const { levels, a, b } = input;
  const { rankSumB, tieSum } = pooledRanks(a.counts, b.counts);
  const test = mannWhitneyFromRankSum(b.n, a.n, rankSumB, tieSum);
  const ok = !test.degenerate && a.n > 0 && b.n > 0;
  const centre = (p: LevelCounts) => (p.n ? { mean: p.sum / p.n, median: medianOfCounts(levels, p.counts, p.n) } : { mean: null, median: null });
  const [ca, cb] = [centre(a), centre(b)];
  return {
    type: input.type, signifierId: input.signifierId, nA: a.n, nB: b.n, method: "mannWhitney",
    statistic: ok ? test.u : null, pValue: ok ? test.pValue : null, qValue: null,
    effect: { measure: "rankBiserial", value: a.n && b.n ? finite(test.rankBiserial) : null },
    meanA: ca.mean, meanB: cb.mean, medianA: ca.median, medianB: cb.median,
  };
}

/** B's sum of mid-ranks over A and B together, and Σ(t³ − t) over ties, from counts per value (ascending). */
function pooledRanks(countsA: ArrayLike<number>, countsB: ArrayLike<number>): { rankSumB: number; tieSum: number } {
  let [below, rankSumB, tieSum] = [0, 0, 0];
  for (let level = 0; level < countsA.length; level++) {
    const inB = countsB[level]!;
    const t = countsA[level]! + inB;
    if (t === 0) continue;
    // The t answers at this value hold ranks below + 1 … below + t, whose mean is below + (t + 1) / 2.
    rankSumB += inB * (below + (t + 1) / 2);
    if (t > 1) tieSum += t * t * t - t;
    below += t;
  }
  return { rankSumB, tieSum };
}

/**
 * A period's triads in one pass over its rows: the mean share per corner (each part added in row
 * order, as mean() adds a column) and each triad's ilr coordinates, worked out once for the test
 * and the effect size both.
 */
function triadPeriod(parts: TriadColumns, rows: Int32Array): { n: number; means: number[] | null; z: Coordinates } {
  // Plain locals, not destructuring: this loop runs for every story, and the arrays would cost a fifth of it.
  const a = parts[0];
  const b = parts[1];
  const c = parts[2];
  const x = new Float64Array(rows.length);
  const y = new Float64Array(rows.length);
  let n = 0;
  let sumA = 0;
  let sumB = 0;
  let sumC = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const pa = a[row]!;
    const pb = b[row]!;
    const pc = c[row]!;
    if (Number.isNaN(pa)) continue;
    sumA += pa;
    sumB += pb;
    sumC += pc;
    ilrInto(pa, pb, pc, DELTA, x, y, n++);
  }
  return { n, means: n ? [sumA / n, sumB / n, sumC / n] : null, z: { x: x.subarray(0, n), y: y.subarray(0, n) } };
}

function compareTriads(input: Extract<ComparisonInput, { type: "triad" }>): SignifierShift {
  const [a, b] = [triadPeriod(input.parts, input.a), triadPeriod(input.parts, input.b)];
  const [meanA, meanB] = [a.means, b.means];
  const test = hotellingT2Of(b.z, a.z);
  const ok = !test.degenerate;
  // The Aitchison distance between the compositional means is the distance between the ilr means.
  const [ma, mb] = [centroid(a.z), centroid(b.z)];
  return {
    type: "triad", signifierId: input.signifierId, nA: a.n, nB: b.n, method: "hotellingIlr",
    statistic: ok ? finite(test.f) : null, pValue: ok ? test.pValue : null, qValue: null,
    effect: { measure: "aitchisonDistance", value: finite(Math.hypot(mb[0] - ma[0], mb[1] - ma[1])) },
    meanA, meanB, meanDifference: meanA && meanB ? meanB.map((m, k) => m - meanA[k]!) : null,
  };
}

function centroid({ x, y }: Coordinates): [number, number] {
  let [sx, sy] = [0, 0];
  for (let k = 0; k < x.length; k++) {
    sx += x[k]!;
    sy += y[k]!;
  }
  return [sx / x.length, sy / x.length];
}

function itemShift({ id, a, b }: StonesItemInput): ItemShift {
  const [meanA, meanB] = [a.x.length ? centroid(a) : null, b.x.length ? centroid(b) : null];
  const move = meanA && meanB ? { dx: meanB[0] - meanA[0], dy: meanB[1] - meanA[1] } : null;
  // B against A, as for triads; degenerate (too few points, collinear): nothing to test.
  const test = hotellingT2Of(b, a);
  const ok = !test.degenerate;
  return {
    id, nA: a.x.length, nB: b.x.length, meanA, meanB, shift: move && { ...move, length: Math.hypot(move.dx, move.dy) },
    t2: ok ? finite(test.t2) : null, statistic: ok ? finite(test.f) : null, pValue: ok ? test.pValue : null,
  };
}

/**
 * Each item tested on its own; the signifier's p-value is the smallest item p-value times the
 * items tested (Bonferroni), which stays valid however the items move together. The effect size is
 * the largest shift of an item's mean point, in units of the board (0 to √2).
 */
function compareStones(input: Extract<ComparisonInput, { type: "stones" }>): SignifierShift {
  const items = input.items.map(itemShift);
  const tested = items.flatMap((i) => (i.pValue === null ? [] : [i.pValue]));
  const lengths = items.flatMap((i) => (i.shift ? [i.shift.length] : []));
  return {
    type: "stones", signifierId: input.signifierId, nA: input.nA, nB: input.nB, method: "hotellingPerItem",
    statistic: null, pValue: tested.length ? Math.min(1, Math.min(...tested) * tested.length) : null, qValue: null,
    effect: { measure: "largestMeanShift", value: lengths.length ? Math.max(...lengths) : null }, items,
  };
}

export function compareSignifier(input: ComparisonInput): SignifierShift {
  if (input.type === "choice") return compareChoice(input);
  if (input.type === "triad") return compareTriads(input);
  if (input.type === "stones") return compareStones(input);
  return compareNumbers(input);
}

/** Every signifier compared, with Benjamini–Hochberg q-values over those that could be tested. */
export function compareSignifiers(inputs: readonly ComparisonInput[]): SignifierShift[] {
  const shifts = inputs.map(compareSignifier);
  const q = benjaminiHochberg(shifts.map((s) => s.pValue ?? Number.NaN));
  return shifts.map((s, i) => ({ ...s, qValue: finite(q[i]!) }));
}
