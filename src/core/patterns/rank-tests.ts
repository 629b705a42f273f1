// Rank tests over columns, for pattern discovery: every numeric signifier is compared with every
// other signifier, each time on the stories that answered both, so each pair needs its own ranks.
// core/stats' kruskalWallis and rank() sort an array per call (tens of milliseconds at 100 000
// stories, thousands of calls). Here each column is sorted once into dense value codes (equal
// values share a code, codes ascend with value); a pair's mid-ranks then come from counting its
// stories per code — linear, no sort — giving the same ranks, tie term and statistics (the tests
// check the two agree).
//
// Spearman's rank correlation is not in core/stats; its test is the t approximation
// t = ρ √((n − 2) / (1 − ρ²)) with n − 2 degrees of freedom, as R's
// cor.test(method = "spearman", exact = FALSE) and SciPy's spearmanr.
import { chiSquareUpper, fUpper, normalTwoSidedP } from "../stats/distributions.ts";
import type { KruskalWallisResult } from "../stats/index.ts";

/** A column as codes of its distinct values in ascending order; −1 where there is no value. */
export interface CodedColumn {
  codes: Int32Array;
  /** Number of distinct values. */
  levels: number;
  /** The distinct values, ascending: distinct[code]. */
  distinct: Float64Array;
}

/** Per-value counts and mid-ranks, reused across the pairs of one discovery run. */
export interface RankScratch {
  perLevel: Int32Array;
  /** Float32 holds every mid-rank exactly (whole or half numbers below 2²³) in half the cache. */
  midRank: Float32Array;
}

export interface SpearmanResult {
  rho: number;
  t: number;
  df: number;
  pValue: number;
  n: number;
  /** Fewer than three stories, or one side all tied: no correlation to test. */
  degenerate: boolean;
}

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

/**
 * The rows that have a value, in ascending order of value: a least-significant-digit radix sort on
 * the doubles' bits (made to sort as unsigned integers: negative numbers have every bit flipped,
 * the others only the sign bit), four passes of 16 bits. Some ten times faster than sorting
 * numbers and searching for each row's place, which made this the largest cost of discovery.
 */
function sortedRows(values: Float64Array): { rows: Int32Array; hi: Uint32Array; lo: Uint32Array } {
  let n = 0;
  for (let row = 0; row < values.length; row++) if (!Number.isNaN(values[row]!)) n++;
  let rows = new Int32Array(n);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let k = 0;
  for (let row = 0; row < values.length; row++) {
    const v = values[row]!;
    if (Number.isNaN(v)) continue;
    float[0] = v + 0; // −0 + 0 is +0: the two zeros are one value
    const negative = words[1]! >>> 31 === 1;
    rows[k] = row;
    hi[k] = negative ? ~words[1]! >>> 0 : (words[1]! ^ 0x80000000) >>> 0;
    lo[k] = negative ? ~words[0]! >>> 0 : words[0]!;
    k++;
  }
  const count = new Int32Array(0x10000);
  let [rows2, hi2, lo2] = [new Int32Array(n), new Uint32Array(n), new Uint32Array(n)];
  for (let pass = 0; pass < 4; pass++) {
    const key = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(key[i]! >>> shift) & 0xffff]!++;
    let at = 0;
    for (let d = 0; d < 0x10000; d++) {
      const c = count[d]!;
      count[d] = at;
      at += c;
    }
    for (let i = 0; i < n; i++) {
      const to = count[(key[i]! >>> shift) & 0xffff]!++;
      rows2[to] = rows[i]!;
      hi2[to] = hi[i]!;
      lo2[to] = lo[i]!;
    }
    [rows, rows2, hi, hi2, lo, lo2] = [rows2, rows, hi2, hi, lo2, lo];
  }
  return { rows, hi, lo };
}

/** Row numbers of the values in ascending order (stable: equal values keep their order); NaN left out. */
export function ascendingOrder(values: Float64Array): Int32Array {
  return sortedRows(values).rows;
}

/** Sorts a column once (NaN, no answer, gets code −1). */
export function codedColumn(values: Float64Array): CodedColumn {
  const { rows, hi, lo } = sortedRows(values);
  const codes = new Int32Array(values.length).fill(-1);
  const distinct = new Float64Array(rows.length);
  let levels = 0;
  for (let k = 0; k < rows.length; k++) {
    if (k === 0 || hi[k] !== hi[k - 1] || lo[k] !== lo[k - 1]) distinct[levels++] = values[rows[k]!]! + 0;
    codes[rows[k]!] = levels - 1;
  }
  return { codes, levels, distinct: distinct.slice(0, levels) };
}

/** Scratch for one column's per-value counts and mid-ranks. */
export function rankScratch(levels: number): RankScratch {
  return { perLevel: new Int32Array(levels), midRank: new Float32Array(levels) };
}

/**
 * Mid-ranks (1-based, ties sharing the mean of their ranks, as R's rank()) of the member rows, per
 * value: a member's rank is scratch.midRank[codes[row]]. Every member must have a value. Returns
 * the member count and Σ(t³ − t) over ties.
 */
export function rankLevels(column: CodedColumn, member: Uint8Array, scratch: RankScratch): { n: number; tieSum: number } {
  const { codes, levels } = column;
  const { perLevel, midRank } = scratch;
  perLevel.fill(0, 0, levels);
  let n = 0;
  for (let row = 0; row < codes.length; row++) {
    if (member[row] === 1) {
      perLevel[codes[row]!]!++;
      n++;
    }
  }
  // The t stories at one value hold ranks below + 1 … below + t, whose mean is below + (t + 1) / 2.
  let below = 0;
  let tieSum = 0;
  for (let c = 0; c < levels; c++) {
    const t = perLevel[c]!;
    midRank[c] = below + (t + 1) / 2;
    if (t > 1) tieSum += t * t * t - t;
    below += t;
  }
  return { n, tieSum };
}

/** Scratch for a pair: one per side (Spearman ranks both). */
export type PairScratch = [RankScratch, RankScratch];

function pairScratch(x: CodedColumn, y: CodedColumn): PairScratch {
  return [rankScratch(x.levels), rankScratch(y.levels)];
}

/** Spearman's ρ over the member rows (which must have both values) with its t test. */
export function spearman(x: CodedColumn, y: CodedColumn, member: Uint8Array, scratch: PairScratch = pairScratch(x, y)): SpearmanResult {
  const { n } = rankLevels(x, member, scratch[0]);
  rankLevels(y, member, scratch[1]);
  const [rx, ry] = [scratch[0].midRank, scratch[1].midRank];
  const [cx, cy] = [x.codes, y.codes];
  const df = n - 2;
  const m = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let row = 0; row < member.length; row++) {
    if (member[row] !== 1) continue;
    const dx = rx[cx[row]!]! - m;
    const dy = ry[cy[row]!]! - m;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (n < 3 || !(sxx > 0) || !(syy > 0)) return { rho: Number.NaN, t: Number.NaN, df, pValue: Number.NaN, n, degenerate: true };
  // Rounding can push |ρ| a hair past 1 when the ranks agree perfectly.
  const rho = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const t = rho * Math.sqrt(df / (1 - rho * rho));
  // Two-sided: P(|T| ≥ t) = P(F(1, df) ≥ t²).
  const pValue = Number.isFinite(t) ? fUpper(t * t, 1, df) : 0;
  return { rho, t, df, pValue, n, degenerate: false };
}

/**
 * Kruskal–Wallis H of `y` across the groups in `group` (0 … k − 1) over the member rows, with R's
 * tie correction; ε² = H / (N − 1) as in core/stats.
 */
export function kruskalWallisRanked(y: CodedColumn, group: Uint8Array, k: number, member: Uint8Array, scratch: RankScratch = rankScratch(y.levels)): KruskalWallisResult {
  const { n, tieSum } = rankLevels(y, member, scratch);
  const { midRank } = scratch;
  const codes = y.codes;
  const sums = new Float64Array(k);
  const sizes = new Float64Array(k);
  for (let row = 0; row < member.length; row++) {
    if (member[row] !== 1) continue;
    sums[group[row]!]! += midRank[codes[row]!]!;
    sizes[group[row]!]!++;
  }
  return kruskalWallisFromRankSums(sums, sizes, n, tieSum);
}

/**
 * Kruskal–Wallis H from each group's sum of mid-ranks and size (groups of size 0 left out), over n
 * stories with Σ(t³ − t) over ties: for callers that have the groups' rank sums already.
 */
export function kruskalWallisFromRankSums(sums: ArrayLike<number>, sizes: ArrayLike<number>, n: number, tieSum: number): KruskalWallisResult {
  let used = 0;
  let sum = 0;
  for (let g = 0; g < sums.length; g++) {
    if (sizes[g]! === 0) continue;
    used++;
    sum += (sums[g]! * sums[g]!) / sizes[g]!;
  }
  const correction = 1 - tieSum / (n * n * n - n);
  if (used < 2 || !(correction > 0)) {
    return { statistic: 0, df: Math.max(0, used - 1), pValue: 1, epsilonSquared: 0, n, groups: used, degenerate: true };
  }
  const statistic = ((12 / (n * (n + 1))) * sum - 3 * (n + 1)) / correction;
  const df = used - 1;
  return { statistic, df, pValue: chiSquareUpper(statistic, df), epsilonSquared: statistic / (n - 1), n, groups: used, degenerate: false };
}

/** Mann–Whitney U of a group of n1 against n2 others from the group's sum of mid-ranks r1 and Σ(t³ − t) over ties. */
export function mannWhitneyFromRankSum(n1: number, n2: number, r1: number, tieSum: number) {
  const n = n1 + n2;
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const centred = u - (n1 * n2) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieSum / (n * (n - 1))));
  const rankBiserial = (2 * u) / (n1 * n2) - 1;
  if (!(sigma > 0)) return { u, pValue: n1 * n2 > 0 ? 1 : Number.NaN, rankBiserial, degenerate: true };
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  return { u, pValue: normalTwoSidedP(z), rankBiserial, degenerate: false };
}

/**
 * Median (R's type 7) of m values counted per value: perLevel[c] of them equal distinct[c], the
 * distinct values ascending (zeros as +0). The same number a sort would give.
 */
export function medianOfCounts(distinct: ArrayLike<number>, perLevel: ArrayLike<number>, m: number): number {
  if (m === 0) return Number.NaN;
  // Order statistics ⌊(m − 1)/2⌋ and ⌈(m − 1)/2⌉ (0-based); their mean is the median.
  const [low, high] = [Math.floor((m - 1) / 2), Math.ceil((m - 1) / 2)];
  let seen = 0;
  let lowValue = Number.NaN;
  for (let c = 0; c < distinct.length; c++) {
    seen += perLevel[c]!;
    if (Number.isNaN(lowValue) && seen > low) lowValue = distinct[c]!;
    if (seen > high) return (lowValue + distinct[c]!) / 2;
  }
  return lowValue;
}
