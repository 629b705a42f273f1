// Small-cell suppression: an aggregate shown to someone below analyst never says that 1 … k − 1
// stories fall in a cell, because with a filter or two such a small group can point at a person.
// Those counts become null, and so do as many others as it takes that no shown total minus the
// shown cells gives a hidden count back (complementary suppression, complementary.ts); shares, means and tests of a group that small go with them; ranked
// rows (what works, discovered patterns) about fewer than k stories are left out. Zero stays: an
// empty cell reveals no one. k is the organization's small_cell_k (default 5). Analysts and admins
// see every count (they work under the research agreement), so the routes call these functions
// only for colleagues and tellers.
import type { Cohort } from "../patterns/cohort.ts";
import type { CrosstabCounts, DistributionCounts } from "../patterns/distribution.ts";
import type { Trend } from "../patterns/trends.ts";
import { cell, protect, small, tableGroups } from "./complementary.ts";

export const DEFAULT_SMALL_CELL_K = 5;

export { cell };

const big = (n: number, k: number) => n >= k;

/**
 * Counts that add up to `answered` (single choice, bins, scale values, triangles) out of `n`
 * stories: the hidden ones, and whether `answered` and `n` may still be shown. The stories that
 * did not answer (n − answered) are a cell too, shown whenever both totals are.
 */
export function protectAnswers(counts: readonly number[], answered: number, n: number, k: number) {
  const own = counts.map((_, i) => i);
  const { hidden, exposed } = protect([...counts, Math.max(0, n - answered)], [own, [...own, counts.length]], k);
  return {
    count: (i: number): number | null => (hidden[i] ? null : counts[i] ?? 0),
    answered: exposed[0] || hidden[counts.length] || small(answered, k) ? null : answered,
    n: exposed[1] || small(n, k) ? null : n,
  };
}

type Distribution = DistributionCounts & { points?: unknown; pointIds?: string[]; density?: unknown };

/** Stones: each item's stories against the others of n. */
function protectItems(items: readonly { id: string; answered: number }[], n: number, k: number) {
  const each = items.map((i) => protect([i.answered, Math.max(0, n - i.answered)], [[0, 1]], k));
  return {
    items: items.map((item, i) => ({ ...item, answered: each[i]?.hidden.some(Boolean) ? null : item.answered })),
    n: each.some((p) => p.exposed[0]) || small(n, k) ? null : n,
  };
}

/**
 * Counts per option, bin, value or cell, with complementary suppression against `answered` and
 * `n`. Triad and stones points are individual answers: they are left out unless at least k
 * stories answered.
 */
export function suppressDistribution<D extends Distribution>(d: D, k: number): D & { suppressed: true } {
  if (d.type === "stones") {
    const points = (d as { points?: Record<string, { xy: unknown[]; ids: string[] }> }).points;
    const shown = points && Object.fromEntries(Object.entries(points).map(([id, p]) => {
      const answered = d.items.find((i) => i.id === id)?.answered ?? 0;
      return [id, big(answered, k) ? p : { xy: [], ids: [] }];
    }));
    return { ...d, suppressed: true, ...protectItems(d.items, d.n, k), ...(shown ? { points: shown } : {}) } as never;
  }
  const counts = d.type === "choice" ? d.options.map((o) => o.count) : d.type === "scale" ? d.values.map((v) => v.count) : d.type === "dyad" ? d.counts : d.cells;
  const p = protectAnswers(counts, d.answered, d.n, k);
  const base = { ...d, suppressed: true as const, n: p.n, answered: p.answered };
  switch (d.type) {
    case "choice":
      return { ...base, options: d.options.map((o, i) => ({ ...o, count: p.count(i) })) } as never;
    case "dyad":
      return { ...base, counts: d.counts.map((_, i) => p.count(i)) } as never;
    case "scale":
      return { ...base, values: d.values.map((v, i) => ({ ...v, count: p.count(i) })) } as never;
    case "triad": {
      const hidden = big(d.answered, k) ? {} : { points: [], pointIds: [], density: null };
      return { ...base, cells: d.cells.map((_, i) => p.count(i)), ...(d.points ? hidden : {}) } as never;
    }
  }
}

/**
 * Cells protected within every row, every column and the whole table. The test goes whenever a
 * cell or n is hidden: its n, expected counts and statistic are sums and functions of the hidden
 * cells, from which they could be solved.
 */
export function suppressCrosstab<C extends CrosstabCounts & { test?: unknown }>(c: C, k: number) {
  const width = c.colOptions.length;
  const { hidden, exposed } = protect(c.counts.flat(), tableGroups(c.counts.length, width), k, [], { chains: true });
  const n = exposed.at(-1) || small(c.n, k) ? null : c.n;
  const { test, ...rest } = c;
  const keepTest = test !== undefined && n !== null && !hidden.some(Boolean);
  return {
    ...rest, suppressed: true as const, n,
    counts: c.counts.map((row, r) => row.map((v, col) => (hidden[r * width + col] ? null : v))),
    ...(keepTest ? { test } : {}),
  };
}

/** Buckets keep their place; their counts, option counts and means follow the rule, each bucket on its own. */
export function suppressTrend(t: Trend, k: number) {
  return {
    ...t, suppressed: true as const,
    buckets: t.buckets.map((b) => {
      const answered = b.answered ?? b.n;
      const p = protectAnswers(b.options?.map((o) => o.count) ?? [], answered, b.n, k);
      return {
        ...b, n: p.n,
        ...(b.answered === undefined ? {} : { answered: p.answered }),
        ...(b.options ? { options: b.options.map((o, i) => ({ ...o, count: p.count(i) })) } : {}),
        ...(b.mean !== undefined && !big(answered, k) ? { mean: null } : {}),
      };
    }),
  };
}

/**
 * Rose, fell and same add up to the clients; rose and fell to the test's n (ties drop out). Fewer
 * than k clients: no medians and no test.
 */
export function suppressCohort(c: Cohort, k: number) {
  const { hidden, exposed } = protect([c.rose, c.fell, c.same], [[0, 1, 2], [0, 1]], k);
  const shown = (v: number, i: number) => (hidden[i] ? null : v);
  const [rose, fell, same] = [shown(c.rose, 0), shown(c.fell, 1), shown(c.same, 2)];
  const clients = exposed[0] ? null : c.clients;
  const testN = exposed[1] || (hidden[2] && clients !== null) ? null : c.test.n;
  // v with z or with r gives n away (r = 2v/T − 1, T = n(n + 1)/2): a hidden n hides them too;
  // p alone, two unknowns in one equation, stays.
  const test = testN === null ? { ...c.test, n: null, v: null, z: null, rankBiserial: null } : c.test;
  const base = { ...c, suppressed: true as const, clients, rose, fell, same, test };
  if (big(c.clients, k)) return base;
  return { ...base, medianFirst: null, medianLatest: null, test: { ...c.test, v: null, z: null, pValue: null, rankBiserial: null, n: null } };
}

/** A teller's reflection: how many answered, and the counts per bin or value, protected together. */
export function suppressReflectionCounts(counts: readonly number[], answered: number, k: number) {
  const p = protectAnswers(counts, answered, answered, k);
  return { answered: p.answered, counts: counts.map((_, i) => p.count(i)) };
}

export { suppressDiscoveries, suppressShift, suppressWhatWorks } from "./small-cells-rows.ts";
