// Which test of independence to trust for a table of story counts. Pearson's chi-square relies on
// a large-sample approximation that fails when expected counts are small, which in story
// collections is the usual case for rarely chosen options, so:
//   - every expected count ≥ 5: Pearson's chi-square (no continuity correction);
//   - a 2×2 table with an expected count < 5: Fisher's exact test;
//   - a larger table with an expected count < 5: chi-square with a seeded Monte-Carlo p-value (see
//     monteCarloChiSquare.ts for why not the Freeman–Halton exact test).
// The brief's rule "any expected count < 5" is stricter than Cochran's (at most 20% below 5, none
// below 1); stricter costs only some computing time.
import { chiSquareTest, dropEmpty, type Table } from "./contingency.ts";
import { fisherExact2x2 } from "./fisher.ts";
import { monteCarloChiSquare, type MonteCarloOptions } from "./monteCarloChiSquare.ts";

export type IndependenceMethod = "chiSquare" | "fisher" | "monteCarloChiSquare";

export interface IndependenceResult {
  method: IndependenceMethod;
  pValue: number;
  /** Pearson's X², reported whatever the method, to describe the size of the departure. */
  statistic: number;
  df: number;
  cramersV: number;
  minExpected: number;
  n: number;
  degenerate: boolean;
  /** Only for the Monte-Carlo method: what reproduces the p-value. */
  replicates?: number;
  seed?: number;
}

/** The method the rule above picks for a table. */
export function chooseIndependenceMethod(table: Table): IndependenceMethod {
  const chi = chiSquareTest(table);
  if (chi.degenerate || chi.minExpected >= 5) return "chiSquare";
  const t = dropEmpty(table);
  return t.length === 2 && t[0]!.length === 2 ? "fisher" : "monteCarloChiSquare";
}

/** Tests independence of rows and columns with the method the rule above picks. */
export function chooseIndependenceTest(table: Table, options: MonteCarloOptions = {}): IndependenceResult {
  const chi = chiSquareTest(table);
  const base = { statistic: chi.statistic, df: chi.df, cramersV: chi.cramersV, minExpected: chi.minExpected, n: chi.n, degenerate: chi.degenerate };
  const method = chooseIndependenceMethod(table);
  if (method === "fisher") return { ...base, method, pValue: fisherExact2x2(dropEmpty(table)).pValue };
  if (method === "monteCarloChiSquare") {
    const mc = monteCarloChiSquare(table, options);
    return { ...base, method, pValue: mc.pValue, replicates: mc.replicates, seed: mc.seed };
  }
  return { ...base, method, pValue: chi.pValue };
}
