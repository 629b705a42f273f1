// Fisher's exact test for a 2×2 table, as R's fisher.test: conditional on the margins, the count in
// the top-left cell is hypergeometric, and the two-sided p-value sums the probabilities of all
// tables no more likely than the observed one.
import { assertTable, type Table } from "./contingency.ts";
import { logFactorial } from "./distributions.ts";

export type Alternative = "two-sided" | "less" | "greater";

export interface FisherResult {
  pValue: number;
  /** The observed top-left count and its possible range given the margins. */
  observed: number;
  support: [number, number];
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/**
 * Fisher's exact test for a 2×2 table (R: fisher.test(table, alternative)). "less" and "greater"
 * refer to the odds ratio, i.e. to small or large top-left counts.
 */
export function fisherExact2x2(table: Table, alternative: Alternative = "two-sided"): FisherResult {
  assertTable(table);
  if (table.length !== 2 || table[0]!.length !== 2) throw new RangeError("Fisher's exact test here needs a 2×2 table");
  const [[a, b], [c, d]] = table as [[number, number], [number, number]];
  // R's names: m and n are the column totals, k the first row total, x the top-left count.
  const m = a + c;
  const n = b + d;
  const k = a + b;
  const lo = Math.max(0, k - n);
  const hi = Math.min(k, m);
  const logP = [];
  for (let x = lo; x <= hi; x++) logP.push(logChoose(m, x) + logChoose(n, k - x) - logChoose(m + n, k));
  // Scale by the largest before exponentiating (as R does) so no probability underflows to 0.
  const top = Math.max(...logP);
  const dens = logP.map((l) => Math.exp(l - top));
  const total = dens.reduce((s, v) => s + v, 0);
  const at = a - lo;
  let sum = 0;
  if (alternative === "less") for (let i = 0; i <= at; i++) sum += dens[i]!;
  else if (alternative === "greater") for (let i = at; i < dens.length; i++) sum += dens[i]!;
  else {
    // R's relErr = 1 + 1e-7: tables as likely as the observed one, up to rounding, count as "as extreme".
    const limit = dens[at]! * (1 + 1e-7);
    for (const v of dens) if (v <= limit) sum += v;
  }
  return { pValue: Math.min(1, sum / total), observed: a, support: [lo, hi] };
}
