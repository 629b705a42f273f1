// Small-cell suppression: an aggregate shown to someone below analyst never says that 1 … k − 1
// stories fall in a cell, because with a filter or two such a small group can point at a person.
// Those counts become null; shares, means and tests of a group that small go with them; ranked
// rows (what works, discovered patterns) about fewer than k stories are left out. Zero stays: an
// empty cell reveals no one. k is the organization's small_cell_k (default 5). Analysts and admins
// see every count (they work under the research agreement), so the routes call these functions
// only for colleagues and tellers.
import type { Cohort } from "../patterns/cohort.ts";
import type { ItemShift, SignifierShift } from "../patterns/comparison.ts";
import type { CrosstabCounts, DistributionCounts } from "../patterns/distribution.ts";
import type { DiscoveryResult } from "../patterns/discovery.ts";
import type { Trend } from "../patterns/trends.ts";
import type { WhatWorksRow } from "../patterns/what-works.ts";
import type { NumericWhatWorksRow } from "../patterns/what-works-numeric.ts";

export const DEFAULT_SMALL_CELL_K = 5;

/** The count, or null when it is 1 … k − 1. */
export function cell(count: number, k: number): number | null {
  return count > 0 && count < k ? null : count;
}

const cells = (counts: readonly number[], k: number) => counts.map((c) => cell(c, k));
const big = (n: number, k: number) => n >= k;

type Distribution = DistributionCounts & { points?: unknown; pointIds?: string[]; density?: unknown };

/**
 * Counts per option, bin, value or cell. Triad and stones points are individual answers: they are
 * left out unless at least k stories answered.
 */
export function suppressDistribution<D extends Distribution>(d: D, k: number): D & { suppressed: true } {
  const base = { ...d, suppressed: true as const, n: cell(d.n, k) };
  switch (d.type) {
    case "choice":
      return { ...base, answered: cell(d.answered, k), options: d.options.map((o) => ({ ...o, count: cell(o.count, k) })) } as never;
    case "dyad":
      return { ...base, answered: cell(d.answered, k), counts: cells(d.counts, k) } as never;
    case "scale":
      return { ...base, answered: cell(d.answered, k), values: d.values.map((v) => ({ ...v, count: cell(v.count, k) })) } as never;
    case "triad": {
      const show = big(d.answered, k);
      const hidden = show ? {} : { points: [], pointIds: [], density: null };
      return { ...base, answered: cell(d.answered, k), cells: cells(d.cells, k), ...(d.points ? hidden : {}) } as never;
    }
    case "stones": {
      const points = (d as { points?: Record<string, { xy: unknown[]; ids: string[] }> }).points;
      const shown = points && Object.fromEntries(Object.entries(points).map(([id, p]) => {
        const answered = d.items.find((i) => i.id === id)?.answered ?? 0;
        return [id, big(answered, k) ? p : { xy: [], ids: [] }];
      }));
      return { ...base, items: d.items.map((i) => ({ ...i, answered: cell(i.answered, k) })), ...(shown ? { points: shown } : {}) } as never;
    }
  }
}

export function suppressCrosstab<C extends CrosstabCounts>(c: C, k: number) {
  return { ...c, suppressed: true as const, n: cell(c.n, k), counts: c.counts.map((row) => cells(row, k)) };
}

function suppressWhatWorksRows(rows: readonly WhatWorksRow[], k: number) {
  return rows.filter((r) => big(r.n, k) && big(r.restN, k)).map((r) => ({ ...r, outcomes: r.outcomes.map((o) => ({ ...o, count: cell(o.count, k) })) }));
}

/** Discovered patterns and numeric what-works rows: only rows about k stories or more (and k in the rest). */
function keepLargeRows<R extends { n: number; restN?: number }>(rows: readonly R[], k: number): R[] {
  return rows.filter((r) => big(r.n, k) && (r.restN === undefined || big(r.restN, k)));
}

type WhatWorksLike =
  | { kind: "choice"; stories: number; rows: WhatWorksRow[] }
  | { kind: "dyad" | "scale" | "triad"; stories: number; rows: NumericWhatWorksRow[]; situations: { n: number }[] };

/** What works: rows about fewer than k stories (or with fewer than k in the rest) left out, small counts hidden. */
export function suppressWhatWorks<W extends WhatWorksLike>(result: W, k: number) {
  const base = { ...result, suppressed: true as const, stories: cell(result.stories, k) };
  if (result.kind === "choice") return { ...base, rows: suppressWhatWorksRows(result.rows, k) };
  return { ...base, rows: keepLargeRows(result.rows, k), situations: result.situations.filter((s) => big(s.n, k)) };
}

export function suppressDiscoveries(d: DiscoveryResult, k: number) {
  return { ...d, suppressed: true as const, stories: cell(d.stories, k), patterns: keepLargeRows(d.patterns, k) };
}

/**
 * A stones item placed by fewer than k stories in a period: its count and mean point there are
 * hidden, and its shift and test go with them, since with the other mean shown they would give
 * the hidden one away.
 */
function suppressItemShift(item: ItemShift, k: number) {
  const tested = big(item.nA, k) && big(item.nB, k);
  return {
    ...item, nA: cell(item.nA, k), nB: cell(item.nB, k),
    ...(big(item.nA, k) ? {} : { meanA: null }), ...(big(item.nB, k) ? {} : { meanB: null }),
    ...(tested ? {} : { shift: null, t2: null, statistic: null, pValue: null }),
  };
}

/** A period with fewer than k answers keeps only its (hidden) count; shares of small groups are hidden. */
export function suppressShift(s: SignifierShift, k: number) {
  const tested = big(s.nA, k) && big(s.nB, k);
  const test = tested ? {} : { statistic: null, pValue: null, qValue: null, effect: { ...s.effect, value: null } };
  const base = { ...s, ...test, nA: cell(s.nA, k), nB: cell(s.nB, k) };
  const share = (x: number, n: number) => (cell(Math.round(x * n), k) === null || !big(n, k) ? null : x);
  if (s.type === "choice") {
    return {
      ...base,
      options: s.options.map((o) => {
        const shareA = share(o.shareA, s.nA);
        const shareB = share(o.shareB, s.nB);
        // With one share shown, the difference (and its test) would give the hidden one away.
        const hidden = !tested || shareA === null || shareB === null;
        return { ...o, shareA, shareB, ...(hidden ? { difference: null, pValue: undefined } : {}) };
      }),
    };
  }
  if (s.type === "stones") {
    // The question's p-value and effect are those of one of its items: with an item hidden they could be its.
    const itemHidden = s.items.some((item) => cell(item.nA, k) === null || cell(item.nB, k) === null);
    const summary = itemHidden ? { statistic: null, pValue: null, qValue: null, effect: { ...s.effect, value: null } } : {};
    return { ...base, ...summary, items: s.items.map((item) => suppressItemShift(item, k)) };
  }
  const hideA = big(s.nA, k) ? {} : { meanA: null, ...(s.type === "triad" ? {} : { medianA: null }) };
  const hideB = big(s.nB, k) ? {} : { meanB: null, ...(s.type === "triad" ? {} : { medianB: null }) };
  return { ...base, ...hideA, ...hideB, ...(s.type === "triad" && !tested ? { meanDifference: null } : {}) };
}

/** Buckets keep their place; their counts, option counts and means follow the rule. */
export function suppressTrend(t: Trend, k: number) {
  return {
    ...t, suppressed: true as const,
    buckets: t.buckets.map((b) => ({
      ...b, n: cell(b.n, k),
      ...(b.answered === undefined ? {} : { answered: cell(b.answered, k) }),
      ...(b.options ? { options: b.options.map((o) => ({ ...o, count: cell(o.count, k) })) } : {}),
      ...(b.mean !== undefined && !big(b.answered ?? 0, k) ? { mean: null } : {}),
    })),
  };
}

/** Fewer than k clients: no medians and no test, only hidden counts. */
export function suppressCohort(c: Cohort, k: number) {
  const base = { ...c, suppressed: true as const, clients: cell(c.clients, k), rose: cell(c.rose, k), fell: cell(c.fell, k), same: cell(c.same, k) };
  if (big(c.clients, k)) return base;
  return { ...base, medianFirst: null, medianLatest: null, test: { ...c.test, v: null, z: null, pValue: null, rankBiserial: null, n: null } };
}
