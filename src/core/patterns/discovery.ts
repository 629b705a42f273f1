// Pattern discovery: every pair of signifiers tested with the test that fits their types, on the
// stories that answered both, with false-discovery control over all pairs together.
//   choice × choice      test of independence (chi-square, Fisher, Monte-Carlo; independence.ts)
//   choice × dyad/scale  Kruskal–Wallis
//   dyad/scale × same    Spearman's rank correlation
//   plane × anything     a point on a plane (a triad's two ilr coordinates, a stone's x and y):
//                        the same tests on each coordinate, Bonferroni-combined
//                        (p = min(1, m · smallest p) over the m component tests), which keeps each
//                        pair one valid p-value whatever the correlation between the coordinates.
// A multiple-choice signifier enters as one yes/no variable per option, stones as one point per item. Guards: a pair needs
// minN stories, and a choice option fewer than minGroupN stories within the pair is left out (its
// shares would be noise). Reported: q ≤ alpha (Benjamini–Hochberg), ranked by q and effect size.
import { integerSetting, PatternQueryError } from "./filter.ts";
import { DEFAULT_MIN_N } from "./what-works.ts";
import { testIndependence } from "./independence.ts";
import { type CodedColumn, codedColumn, kruskalWallisRanked, type PairScratch, rankScratch, spearman } from "./rank-tests.ts";
import { rankByQ } from "./ranking.ts";

/** A missing answer in a categorical variable's codes. */
export const MISSING_CODE = 255;

export type DiscoveryVariable =
  | { id: string; signifierId: string; kind: "categorical"; codes: Uint8Array; levels: string[] }
  | { id: string; signifierId: string; kind: "numeric"; values: Float64Array }
  | { id: string; signifierId: string; kind: "plane"; z1: Float64Array; z2: Float64Array };

export interface DiscoveryOptions {
  minN?: number;
  minGroupN?: number;
  alpha?: number;
}

export interface Pattern {
  a: string;
  b: string;
  test: string;
  /** Component tests combined (2 or 4 with a point on a plane), 1 otherwise. */
  components: number;
  n: number;
  statistic: number;
  effect: { measure: "cramersV" | "epsilonSquared" | "rho"; value: number };
  /** Effect on one scale for ranking: V, √ε² or |ρ|. */
  strength: number;
  pValue: number;
  q: number;
}

export interface DiscoveryResult {
  stories: number;
  tested: number;
  /** Pairs with too few stories (or categories) to test. */
  skipped: number;
  alpha: number;
  patterns: Pattern[];
}

type Prepared =
  | { v: DiscoveryVariable; kind: "categorical"; codes: Uint8Array; k: number }
  | { v: DiscoveryVariable; kind: "numeric"; columns: CodedColumn[] };

type Finding = Omit<Pattern, "a" | "b" | "q">;

interface Context {
  minN: number;
  minGroupN: number;
  member: Uint8Array;
  scratch: PairScratch;
}

function prepare(v: DiscoveryVariable): Prepared {
  if (v.kind === "categorical") return { v, kind: "categorical", codes: v.codes, k: v.levels.length };
  const columns = v.kind === "numeric" ? [v.values] : [v.z1, v.z2];
  return { v, kind: "numeric", columns: columns.map(codedColumn) };
}

function categoricalPair(a: Prepared & { kind: "categorical" }, b: Prepared & { kind: "categorical" }, ctx: Context): Finding | undefined {
  const counts = new Int32Array(a.k * b.k);
  for (let row = 0; row < a.codes.length; row++) {
    const x = a.codes[row]!;
    const y = b.codes[row]!;
    if (x !== MISSING_CODE && y !== MISSING_CODE) counts[x * b.k + y]!++;
  }
  const full = Array.from({ length: a.k }, (_, i) => Array.from(counts.subarray(i * b.k, (i + 1) * b.k)));
  const rowOk = full.map((r) => r.reduce((s, c) => s + c, 0) >= ctx.minGroupN);
  const colOk = full[0]!.map((_, j) => full.reduce((s, r) => s + r[j]!, 0) >= ctx.minGroupN);
  const table = full.filter((_, i) => rowOk[i]).map((r) => r.filter((_, j) => colOk[j]));
  const n = table.flat().reduce((s, c) => s + c, 0);
  if (n < ctx.minN || table.length < 2 || (table[0]?.length ?? 0) < 2) return undefined;
  const t = testIndependence(table);
  return { test: t.method, components: 1, n, statistic: t.statistic, effect: { measure: "cramersV", value: t.cramersV }, strength: t.cramersV, pValue: t.pValue };
}

/** Marks the rows with a category kept by the guard and a value; returns how many. */
function markGrouped(cat: Prepared & { kind: "categorical" }, values: Int32Array, ctx: Context): number {
  const sizes = new Int32Array(cat.k);
  const groups = cat.codes;
  for (let row = 0; row < values.length; row++) {
    const g = groups[row]!;
    if (g !== MISSING_CODE && values[row]! >= 0) sizes[g]!++;
  }
  let n = 0;
  for (let row = 0; row < values.length; row++) {
    const g = groups[row]!;
    const ok = g !== MISSING_CODE && values[row]! >= 0 && sizes[g]! >= ctx.minGroupN;
    ctx.member[row] = ok ? 1 : 0;
    if (ok) n++;
  }
  return n;
}

function mixedPair(cat: Prepared & { kind: "categorical" }, num: Prepared & { kind: "numeric" }, ctx: Context): Finding | undefined {
  const n = markGrouped(cat, num.columns[0]!.codes, ctx);
  if (n < ctx.minN) return undefined;
  const results = num.columns.map((c) => kruskalWallisRanked(c, cat.codes, cat.k, ctx.member, ctx.scratch[0]));
  if (results.every((r) => r.degenerate)) return undefined;
  const best = results.reduce((a, b) => (b.pValue < a.pValue ? b : a));
  const e2 = Math.max(...results.map((r) => r.epsilonSquared));
  const m = results.length;
  return { test: "kruskalWallis", components: m, n, statistic: best.statistic, effect: { measure: "epsilonSquared", value: e2 }, strength: Math.sqrt(Math.max(0, e2)), pValue: Math.min(1, m * best.pValue) };
}

function numericPair(a: Prepared & { kind: "numeric" }, b: Prepared & { kind: "numeric" }, ctx: Context): Finding | undefined {
  const x = a.columns[0]!.codes;
  const y = b.columns[0]!.codes;
  let n = 0;
  for (let row = 0; row < x.length; row++) {
    const ok = x[row]! >= 0 && y[row]! >= 0;
    ctx.member[row] = ok ? 1 : 0;
    if (ok) n++;
  }
  if (n < ctx.minN) return undefined;
  const results = a.columns.flatMap((cx) => b.columns.map((cy) => spearman(cx, cy, ctx.member, ctx.scratch)));
  const tested = results.filter((r) => !r.degenerate);
  if (tested.length === 0) return undefined;
  const best = tested.reduce((p, c) => (c.pValue < p.pValue ? c : p));
  const rho = tested.reduce((p, c) => (Math.abs(c.rho) > Math.abs(p.rho) ? c : p)).rho;
  const m = results.length;
  return { test: "spearman", components: m, n, statistic: best.t, effect: { measure: "rho", value: rho }, strength: Math.abs(rho), pValue: Math.min(1, m * best.pValue) };
}

function testPair(a: Prepared, b: Prepared, ctx: Context): Finding | undefined {
  if (a.kind === "categorical" && b.kind === "categorical") return categoricalPair(a, b, ctx);
  if (a.kind === "categorical" && b.kind === "numeric") return mixedPair(a, b, ctx);
  if (a.kind === "numeric" && b.kind === "categorical") return mixedPair(b, a, ctx);
  return numericPair(a as Prepared & { kind: "numeric" }, b as Prepared & { kind: "numeric" }, ctx);
}

/** Tests every pair of variables from different signifiers over the same stories (rows). */
export function discoverPatterns(variables: readonly DiscoveryVariable[], stories: number, options: DiscoveryOptions = {}): DiscoveryResult {
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha <= 1)) throw new PatternQueryError("outOfRange", "alpha must be above 0 and at most 1");
  const prepared = variables.map(prepare);
  const levels = Math.max(1, ...prepared.flatMap((p) => (p.kind === "numeric" ? p.columns.map((c) => c.levels) : [])));
  const ctx: Context = {
    minN: integerSetting(options.minN, 3 * DEFAULT_MIN_N, 3, 1_000_000, "minN"),
    minGroupN: integerSetting(options.minGroupN, DEFAULT_MIN_N, 1, 1_000_000, "minGroupN"),
    member: new Uint8Array(stories),
    scratch: [rankScratch(levels), rankScratch(levels)],
  };
  const tested: Pattern[] = [];
  let skipped = 0;
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const [a, b] = [prepared[i]!, prepared[j]!];
      if (a.v.signifierId === b.v.signifierId) continue;
      const finding = testPair(a, b, ctx);
      if (finding) tested.push({ a: a.v.id, b: b.v.id, ...finding, q: Number.NaN });
      else skipped++;
    }
  }
  const ranked = rankByQ(tested, (p) => p.strength);
  return { stories, tested: tested.length, skipped, alpha, patterns: ranked.filter((p) => p.q <= alpha) };
}
