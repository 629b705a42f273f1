// Do groups of stories (e.g. per intervention, or tellers vs interpreters) place a triad
// differently? Compared on ilr coordinates (composition.ts), so positions near the corners and
// edges count as far apart as they look to the eye.
//
// The permutation test needs no distributional assumption: under "no difference" the group labels
// are exchangeable, so the observed statistic is ranked among those of shuffled labels. Statistic:
// for two groups the Euclidean distance between the groups' ilr means (an Aitchison distance
// between their compositional means); for k groups the between-group sum of squares
// Σ n_g ‖mean_g − grand mean‖². For two groups that sum is n1 n2 / n · distance², a monotone
// function of the distance, so both orderings give the same p-value.
import { DELTA, ilr, type Triad } from "./composition.ts";
import { hotellingT2, type HotellingResult } from "./hotelling.ts";
import { DEFAULT_SEED, mulberry32, shuffle } from "./random.ts";

export interface PermutationOptions {
  /** Random relabellings when not enumerating; default 9999. */
  permutations?: number;
  seed?: number;
  /**
   * Enumerate every split instead of sampling: by default, for two groups, whenever the number of
   * splits is at most `permutations`. Forcing true with more than a million splits throws.
   */
  exact?: boolean;
  delta?: number;
}

export interface PermutationResult {
  /** Two groups: distance between ilr means. More: between-group sum of squares. */
  statistic: number;
  pValue: number;
  /** Splits enumerated (exact) or labellings sampled. */
  permutations: number;
  exact: boolean;
  seed: number;
  /** True with fewer than two non-empty groups: nothing to test, p = 1. */
  degenerate: boolean;
}

const MAX_EXACT = 1_000_000;

function choose(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** Between-group sum of squares of 2-D coordinates under a labelling. */
function betweenSS(z1: Float64Array, z2: Float64Array, labels: Int32Array, k: number, sizes: Int32Array, grand: [number, number]): number {
  const s1 = new Float64Array(k);
  const s2 = new Float64Array(k);
  for (let i = 0; i < labels.length; i++) {
    s1[labels[i]!]! += z1[i]!;
    s2[labels[i]!]! += z2[i]!;
  }
  let ss = 0;
  for (let g = 0; g < k; g++) ss += sizes[g]! * ((s1[g]! / sizes[g]! - grand[0]) ** 2 + (s2[g]! / sizes[g]! - grand[1]) ** 2);
  return ss;
}

/** Permutation test for a difference in triad position between groups (empty groups left out). */
export function triadPermutationTest(groups: readonly (readonly Triad[])[], options: PermutationOptions = {}): PermutationResult {
  const permutations = options.permutations ?? 9999;
  const seed = options.seed ?? DEFAULT_SEED;
  const used = groups.filter((g) => g.length > 0);
  const k = used.length;
  if (k < 2) return { statistic: 0, pValue: 1, permutations: 0, exact: false, seed, degenerate: true };

  const all = used.flat();
  const n = all.length;
  const z1 = new Float64Array(n);
  const z2 = new Float64Array(n);
  all.forEach((t, i) => ([z1[i], z2[i]] = ilr(t, options.delta ?? DELTA)));
  const sizes = Int32Array.from(used, (g) => g.length);
  const labels = new Int32Array(n);
  let at = 0;
  used.forEach((g, label) => g.forEach(() => (labels[at++] = label)));
  const grand: [number, number] = [z1.reduce((a, b) => a + b, 0) / n, z2.reduce((a, b) => a + b, 0) / n];
  const observed = betweenSS(z1, z2, labels, k, sizes, grand);
  // Two groups report the distance between means: SS = n1 n2 / n · d².
  const statistic = k === 2 ? Math.sqrt((observed * n) / (sizes[0]! * sizes[1]!)) : observed;
  // Relabellings equal to the observed one count as extreme, as in every permutation test. Equal
  // ones come out of sums taken in another order, so a relative 1e-9 absorbs the rounding (R's
  // 64 ε is too tight when the group means nearly coincide); statistics that close are ties anyway.
  const threshold = observed * (1 - 1e-9);

  const splits = k === 2 ? choose(n, sizes[0]!) : Number.POSITIVE_INFINITY;
  const exact = options.exact ?? splits <= permutations;
  if (exact) {
    if (k !== 2 || splits > MAX_EXACT) throw new RangeError(`exact enumeration needs two groups and at most ${MAX_EXACT} splits`);
    const hits = enumerateTwoGroupSplits(z1, z2, sizes[0]!, grand, threshold);
    return { statistic, pValue: hits / splits, permutations: splits, exact: true, seed, degenerate: false };
  }
  const random = mulberry32(seed);
  let hits = 0;
  if (k === 2) {
    hits = sampleTwoGroupSplits(z1, z2, sizes[0]!, grand, threshold, permutations, random);
  } else {
    for (let b = 0; b < permutations; b++) {
      shuffle(labels, random);
      if (betweenSS(z1, z2, labels, k, sizes, grand) >= threshold) hits++;
    }
  }
  return { statistic, pValue: (1 + hits) / (permutations + 1), permutations, exact: false, seed, degenerate: false };
}

/**
 * Two groups, sampled: a partial Fisher–Yates shuffle draws a random subset of the smaller group's
 * size in O(size) steps, instead of relabelling all n points, which keeps thousands of
 * permutations of thousands of stories well under a second.
 */
function sampleTwoGroupSplits(z1: Float64Array, z2: Float64Array, n1: number, grand: [number, number], threshold: number, permutations: number, random: () => number): number {
  const n = z1.length;
  const m = Math.min(n1, n - n1);
  const t1 = grand[0] * n;
  const t2 = grand[1] * n;
  const factor = (m * (n - m)) / n;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let hits = 0;
  for (let b = 0; b < permutations; b++) {
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < m; i++) {
      const j = i + Math.floor(random() * (n - i));
      const pick = order[j]!;
      order[j] = order[i]!;
      order[i] = pick;
      s1 += z1[pick]!;
      s2 += z2[pick]!;
    }
    const d1 = s1 / m - (t1 - s1) / (n - m);
    const d2 = s2 / m - (t2 - s2) / (n - m);
    if (factor * (d1 * d1 + d2 * d2) >= threshold) hits++;
  }
  return hits;
}

/** Counts the splits of n points into n1 and n − n1 whose between-group SS reaches the threshold. */
function enumerateTwoGroupSplits(z1: Float64Array, z2: Float64Array, n1: number, grand: [number, number], threshold: number): number {
  const n = z1.length;
  const n2 = n - n1;
  const t1 = grand[0] * n;
  const t2 = grand[1] * n;
  const factor = (n1 * n2) / n;
  let hits = 0;
  // Depth-first over index combinations, carrying the first group's coordinate sums.
  const visit = (start: number, left: number, s1: number, s2: number) => {
    if (left === 0) {
      const d1 = s1 / n1 - (t1 - s1) / n2;
      const d2 = s2 / n1 - (t2 - s2) / n2;
      if (factor * (d1 * d1 + d2 * d2) >= threshold) hits++;
      return;
    }
    for (let i = start; i <= n - left; i++) visit(i + 1, left - 1, s1 + z1[i]!, s2 + z2[i]!);
  };
  visit(0, n1, 0, 0);
  return hits;
}

/** Two-group convenience: is the triad placed differently in group a than in group b? */
export function triadPositionTest(a: readonly Triad[], b: readonly Triad[], options: PermutationOptions = {}): PermutationResult {
  return triadPermutationTest([a, b], options);
}

/** Hotelling's T² on ilr coordinates: the parametric counterpart of triadPositionTest. */
export function triadHotelling(a: readonly Triad[], b: readonly Triad[], delta = DELTA): HotellingResult {
  return hotellingT2(
    a.map((t) => ilr(t, delta)),
    b.map((t) => ilr(t, delta)),
  );
}
