// One ordering for every table of findings: Benjamini–Hochberg q-values over all rows tested
// together, smallest q first, and among equal q (BH gives many) the larger effect first. Rows whose
// test could not run (NaN p) go last and do not count in BH's number of tests.
import { benjaminiHochberg } from "../stats/index.ts";

export interface Tested {
  pValue: number;
  q: number;
}

/** Sets q on every row and sorts them; `strength` is a non-negative effect size. */
export function rankByQ<T extends Tested>(rows: T[], strength: (row: T) => number): T[] {
  const q = benjaminiHochberg(rows.map((r) => r.pValue));
  rows.forEach((r, k) => (r.q = q[k]!));
  const key = (r: T) => (Number.isNaN(r.q) ? 2 : r.q);
  const size = (r: T) => strength(r) || 0;
  return rows.sort((a, b) => key(a) - key(b) || size(b) - size(a));
}
