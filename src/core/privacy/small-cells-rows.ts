// Small-cell suppression for answers made of tested rows: what works, discovered patterns and
// shifts between periods. A share is a count in disguise (share × n), so a hidden count takes its
// share along; and a test statistic over a table with a hidden cell could be solved for that
// cell, so it goes too. See small-cells.ts for the rule itself.
import type { ItemShift, SignifierShift } from "../patterns/comparison.ts";
import type { DiscoveryResult } from "../patterns/discovery.ts";
import type { WhatWorksRow } from "../patterns/what-works.ts";
import type { NumericWhatWorksRow } from "../patterns/what-works-numeric.ts";
import { cell, protect, small } from "./complementary.ts";

const big = (n: number, k: number) => n >= k;
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

/**
 * One what-works row: outcome counts after the intervention (adding up to n) and in the rest of
 * the situation (adding up to restN, read from the baseline share), each outcome's two counts
 * adding up to its total in the situation. A row whose totals cannot be kept safe is left out.
 */
type Nullable<T> = { [K in keyof T]: T[K] | null };
type ShownRow = Omit<WhatWorksRow, "outcomes" | "test" | "pValue" | "q"> & {
  outcomes: (Omit<Nullable<WhatWorksRow["outcomes"][number]>, "option" | "difference"> & { option: string; difference: Nullable<WhatWorksRow["outcomes"][number]["difference"]> })[];
  test: Omit<WhatWorksRow["test"], "statistic" | "cramersV"> & { statistic: number | null; cramersV: number | null };
  pValue: number | null;
  q: number | null;
};

function suppressWhatWorksRow(r: WhatWorksRow, k: number): ShownRow[] {
  if (!big(r.n, k) || !big(r.restN, k)) return [];
  const m = r.outcomes.length;
  const counts = r.outcomes.map((o) => o.count);
  const rest = r.outcomes.map((o) => Math.max(0, Math.round(o.baselineShare * r.situationN) - o.count));
  // Stories in no outcome (unseen) stand beside each side's outcomes.
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const values = [...counts, ...rest, Math.max(0, r.n - sum(counts)), Math.max(0, r.restN - sum(rest))];
  const groups = [[...range(m), 2 * m], [...range(m, m), 2 * m + 1], ...range(m).map((i) => [i, m + i])];
  const { hidden, exposed } = protect(values, groups, k, [2 * m, 2 * m + 1]);
  if (exposed.some(Boolean)) return [];
  const none = { estimate: null, lower: null, upper: null, p1: null, p2: null };
  const outcomes = r.outcomes.map((o, i) => ({
    ...o,
    count: hidden[i] ? null : o.count,
    share: hidden[i] ? null : o.share,
    baselineShare: hidden[m + i] ? null : o.baselineShare,
    difference: hidden[i] || hidden[m + i] ? none : o.difference,
  }));
  if (!hidden.slice(0, 2 * m).some(Boolean)) return [{ ...r, outcomes }];
  return [{ ...r, outcomes, test: { ...r.test, statistic: null, cramersV: null }, pValue: null, q: null }];
}

/** Discovered patterns and numeric what-works rows: only rows about k stories or more (and k in the rest). */
function keepLargeRows<R extends { n: number; restN?: number }>(rows: readonly R[], k: number, total?: number | null): R[] {
  return rows.filter((r) => big(r.n, k) && (r.restN === undefined || big(r.restN, k)) && (total == null || !small(total - r.n, k)));
}

type WhatWorksLike =
  | { kind: "choice"; stories: number; rows: WhatWorksRow[] }
  | { kind: "dyad" | "scale" | "triad"; stories: number; rows: NumericWhatWorksRow[]; situations: { n: number }[] };

/** What works: rows about fewer than k stories (or with fewer than k in the rest) left out, small counts hidden. */
export function suppressWhatWorks<W extends WhatWorksLike>(result: W, k: number) {
  const base = { ...result, suppressed: true as const, stories: cell(result.stories, k) };
  if (result.kind === "choice") return { ...base, rows: result.rows.flatMap((r) => suppressWhatWorksRow(r, k)) };
  // Situations split the stories that answered: the ones left out must not be the stories minus the ones shown.
  const ns = result.situations.map((s) => s.n);
  const others = Math.max(0, result.stories - ns.reduce((a, b) => a + b, 0));
  const { hidden, exposed } = protect([...ns, others], [range(ns.length + 1)], k);
  return {
    ...base, stories: exposed[0] ? null : base.stories,
    rows: keepLargeRows(result.rows, k), situations: result.situations.filter((_, i) => !hidden[i]),
  };
}

export function suppressDiscoveries(d: DiscoveryResult, k: number) {
  const stories = cell(d.stories, k);
  return { ...d, suppressed: true as const, stories, patterns: keepLargeRows(d.patterns, k, stories) };
}

/** An item placed by a count that is small, or whose complement in the period is small. */
const itemHidden = (n: number, total: number, k: number) => protect([n, Math.max(0, total - n)], [[0, 1]], k).hidden.some(Boolean);

/**
 * A stones item placed by fewer than k stories in a period: its count and mean point there are
 * hidden, and its shift and test go with them, since with the other mean shown they would give
 * the hidden one away.
 */
function suppressItemShift(item: ItemShift, nA: number, nB: number, k: number) {
  const tested = big(item.nA, k) && big(item.nB, k);
  return {
    ...item, nA: itemHidden(item.nA, nA, k) ? null : item.nA, nB: itemHidden(item.nB, nB, k) ? null : item.nB,
    ...(big(item.nA, k) ? {} : { meanA: null }), ...(big(item.nB, k) ? {} : { meanB: null }),
    ...(tested ? {} : { shift: null, t2: null, statistic: null, pValue: null }),
  };
}

/** A period's option counts (share × n), protected against its n; stories in no option are unseen. */
function periodShares(shares: readonly number[], n: number, k: number) {
  const counts = shares.map((x) => Math.round(x * n));
  const rest = Math.max(0, n - counts.reduce((a, b) => a + b, 0));
  const { hidden, exposed } = protect([...counts, rest], [range(counts.length + 1)], k, [counts.length]);
  return { shown: (i: number) => big(n, k) && !hidden[i], n: exposed[0] || small(n, k) ? null : n, any: hidden.slice(0, -1).some(Boolean) };
}

/** A period with fewer than k answers keeps only its (hidden) count; shares of small groups are hidden. */
export function suppressShift(s: SignifierShift, k: number) {
  const tested = big(s.nA, k) && big(s.nB, k);
  const untested = { statistic: null, pValue: null, qValue: null, effect: { ...s.effect, value: null } };
  const base = { ...s, ...(tested ? {} : untested), nA: cell(s.nA, k), nB: cell(s.nB, k) };
  if (s.type === "choice") {
    const a = periodShares(s.options.map((o) => o.shareA), s.nA, k);
    const b = periodShares(s.options.map((o) => o.shareB), s.nB, k);
    const options = s.options.map((o, i) => {
      // With one share shown, the difference (and its test) would give the hidden one away.
      const hidden = !tested || !a.shown(i) || !b.shown(i);
      return { ...o, shareA: a.shown(i) ? o.shareA : null, shareB: b.shown(i) ? o.shareB : null, ...(hidden ? { difference: null, pValue: undefined } : {}) };
    });
    return { ...base, ...(a.any || b.any ? untested : {}), nA: a.n, nB: b.n, options };
  }
  if (s.type === "stones") {
    // The question's p-value and effect are those of one of its items: with an item hidden they could be its.
    const items = s.items.map((item) => suppressItemShift(item, s.nA, s.nB, k));
    const anyHidden = items.some((item) => item.nA === null || item.nB === null);
    return { ...base, ...(anyHidden ? untested : {}), items };
  }
  const hideA = big(s.nA, k) ? {} : { meanA: null, ...(s.type === "triad" ? {} : { medianA: null }) };
  const hideB = big(s.nB, k) ? {} : { meanB: null, ...(s.type === "triad" ? {} : { medianB: null }) };
  return { ...base, ...hideA, ...hideB, ...(s.type === "triad" && !tested ? { meanDifference: null } : {}) };
}
