// Mid-ranks with tie groups: the shared first step of the Mann–Whitney, Kruskal–Wallis and
// Wilcoxon signed-rank tests. Tied values share the mean of the ranks they span, as R's rank().

export interface Ranking {
  /** Rank of each input value, 1-based, in input order. */
  ranks: Float64Array;
  /** Size of every group of tied values with more than one member. */
  ties: number[];
}

/** Average ranks of the values (ties share their mean rank). */
export function rank(values: ArrayLike<number>): Ranking {
  const n = values.length;
  // NaN would sort anywhere and poison every rank; missing answers must be dropped by the caller.
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i]!)) throw new RangeError(`cannot rank ${values[i]}: drop missing values first`);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n);
  const ties: number[] = [];
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && values[order[j]!] === values[order[i]!]) j++;
    // Positions i..j-1 (0-based) hold ranks i+1..j, whose mean is (i + 1 + j) / 2.
    const mid = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k]!] = mid;
    if (j - i > 1) ties.push(j - i);
    i = j;
  }
  return { ranks, ties };
}

/** Σ (t³ − t) over tie groups: the tie term in the variance of rank statistics. */
export function tieSum(ties: readonly number[]): number {
  return ties.reduce((sum, t) => sum + (t * t * t - t), 0);
}
