// The sector's figures: the noisy counts of every organization's latest release per month added up,
// cell by cell, with the ± of the summed noise. Independent noises add their variances; past one
// release the 95% bound is taken from the normal approximation of their sum.
import { type Epsilon, noiseHalfWidth, noiseVariance } from "./discrete-laplace.ts";

export interface ReleasedAggregates {
  epsilon: Epsilon;
  sensitivity: number;
  histograms: { key: string; cells: string[]; counts: (number | null)[] }[];
}

export interface CombinedCell {
  cell: string;
  /** The sum of the visible noisy counts. */
  count: number;
  /** 95% of the summed noise lies within ± this. */
  plusMinus: number;
  /** The variance of the summed noise (the sum of each release's 2α/(1 − α)²), for intervals on shares. */
  variance: number;
  /** Releases whose count for this cell was hidden (below their small-group threshold). */
  hidden: number;
  releases: number;
}

export function combineReleases(releases: readonly ReleasedAggregates[]): { key: string; cells: CombinedCell[] }[] {
  const table = new Map<string, Map<string, { count: number; variance: number; hidden: number; releases: number; only?: number }>>();
  for (const release of releases) {
    const variance = noiseVariance(release.epsilon, release.sensitivity);
    const halfWidth = noiseHalfWidth(release.epsilon, release.sensitivity);
    for (const h of release.histograms) {
      const cells = table.get(h.key) ?? new Map();
      table.set(h.key, cells);
      h.cells.forEach((cell, i) => {
        const sum = cells.get(cell) ?? { count: 0, variance: 0, hidden: 0, releases: 0 };
        const value = h.counts[i];
        if (value === null || value === undefined) sum.hidden++;
        else {
          sum.count += value;
          sum.variance += variance;
          sum.only = sum.releases === 0 ? halfWidth : undefined;
          sum.releases++;
        }
        cells.set(cell, sum);
      });
    }
  }
  return [...table].map(([key, cells]) => ({
    key,
    cells: [...cells].map(([cell, s]) => ({
      cell, count: s.count, hidden: s.hidden, releases: s.releases, variance: s.variance,
      plusMinus: s.releases === 0 ? 0 : s.releases === 1 ? s.only! : Math.ceil(1.96 * Math.sqrt(s.variance)),
    })),
  }));
}
