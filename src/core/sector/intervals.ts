// Shares of the sector's noisy counts with 95% intervals that take the noise into account. A share
// p̂ = c / n, with c a cell's noisy count and n the sum of the question's noisy counts, has two kinds
// of uncertainty: which stories happened to be told (sampling, p(1 − p)/n) and the added noise. The
// noise of c and that of the other cells are independent, with variances v_c and v_rest (combine.ts),
// so by the delta method the noise adds ((1 − p)²·v_c + p²·v_rest)/n² to the variance of p̂. The
// interval is p̂ ± 1.96·√(sampling + noise), clipped to [0, 1]. A difference of two independent
// shares adds their variances.
import type { CombinedCell } from "./combine.ts";

const Z95 = 1.96;

export interface NoisyCount {
  count: number;
  variance: number;
}

export interface ShareInterval {
  share: number;
  lower: number;
  upper: number;
  /** The variance behind the interval: sampling and noise together. */
  variance: number;
}

const clip = (x: number) => Math.min(1, Math.max(0, x));
const total = (counts: readonly NoisyCount[]): NoisyCount =>
  counts.reduce((sum, c) => ({ count: sum.count + c.count, variance: sum.variance + c.variance }), { count: 0, variance: 0 });

/** The share of `part` in part + rest; undefined when the noisy total is not positive. */
export function noisyShare(part: NoisyCount, rest: NoisyCount): ShareInterval | undefined {
  const n = part.count + rest.count;
  if (n <= 0) return undefined;
  const p = clip(part.count / n);
  const variance = (p * (1 - p)) / n + ((1 - p) ** 2 * part.variance + p ** 2 * rest.variance) / n ** 2;
  const half = Z95 * Math.sqrt(variance);
  return { share: p, lower: clip(p - half), upper: clip(p + half), variance };
}

/** Each cell's share of the question's counts (a cell with a negative noisy count counts as 0 for its share). */
export function sharesOf(cells: readonly NoisyCount[]): (ShareInterval | undefined)[] {
  const counts = cells.map((c) => ({ count: Math.max(0, c.count), variance: c.variance }));
  return counts.map((c, i) => noisyShare(c, total(counts.filter((_, j) => j !== i))));
}

export interface DifferenceInterval {
  difference: number;
  lower: number;
  upper: number;
}

/** b − a with its 95% interval (independent shares: their variances add). */
export function shareDifference(a: ShareInterval, b: ShareInterval): DifferenceInterval {
  const difference = b.share - a.share;
  const half = Z95 * Math.sqrt(a.variance + b.variance);
  return { difference, lower: Math.max(-1, difference - half), upper: Math.min(1, difference + half) };
}

/** A cell of the situation × intervention × outcome table: "situation|intervention|outcome". */
const partsOf = (cell: string) => cell.split("|") as [string, string, string];

export interface WhatWorksCell {
  situation: string;
  intervention: string;
  /** Stories in this situation with this intervention (noisy), and its noise variance. */
  n: NoisyCount;
  outcomes: { outcome: string; count: NoisyCount; share?: ShareInterval; rest?: ShareInterval; difference?: DifferenceInterval }[];
}

/**
 * What works, from the table's cells: per situation and intervention, the share of each outcome,
 * beside that share among the situation's other interventions, and the difference with its interval.
 */
export function whatWorksCells(cells: readonly CombinedCell[]): WhatWorksCell[] {
  const byPair = new Map<string, { situation: string; intervention: string; outcomes: Map<string, NoisyCount> }>();
  for (const c of cells) {
    const [situation, intervention, outcome] = partsOf(c.cell);
    const key = `${situation}|${intervention}`;
    const pair = byPair.get(key) ?? { situation, intervention, outcomes: new Map() };
    pair.outcomes.set(outcome, { count: Math.max(0, c.count), variance: c.variance });
    byPair.set(key, pair);
  }
  const pairs = [...byPair.values()];
  return pairs.map(({ situation, intervention, outcomes }) => {
    const others = pairs.filter((p) => p.situation === situation && p.intervention !== intervention);
    const list = [...outcomes];
    return {
      situation, intervention, n: total(list.map(([, c]) => c)),
      outcomes: list.map(([outcome, count]) => {
        const share = noisyShare(count, total(list.filter(([o]) => o !== outcome).map(([, c]) => c)));
        const restCount = total(others.map((p) => p.outcomes.get(outcome)!).filter(Boolean));
        const restOther = total(others.flatMap((p) => [...p.outcomes].filter(([o]) => o !== outcome).map(([, c]) => c)));
        const rest = noisyShare(restCount, restOther);
        return { outcome, count, share, rest, difference: share && rest ? shareDifference(rest, share) : undefined };
      }),
    };
  });
}
