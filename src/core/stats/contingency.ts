// Contingency tables (counts of stories by two choice signifiers) and Pearson's chi-square test of
// independence, as R's chisq.test. Rows or columns with no stories are dropped first: they carry no
// information and would otherwise put zeros in the expected counts.
import { chiSquareUpper } from "./distributions.ts";

/** Counts: table[row][column], non-negative integers. */
export type Table = readonly (readonly number[])[];

/** Checks a table is rectangular with non-negative integer counts; throws otherwise. */
export function assertTable(table: Table): void {
  const cols = table[0]?.length ?? 0;
  for (const row of table) {
    if (row.length !== cols) throw new RangeError("table rows differ in length");
    for (const c of row) {
      if (!Number.isInteger(c) || c < 0) throw new RangeError(`table count ${c} is not a non-negative integer`);
    }
  }
}

/** The table without rows and columns whose total is 0. */
export function dropEmpty(table: Table): number[][] {
  assertTable(table);
  const cols = table[0]?.length ?? 0;
  const keepCol = Array.from({ length: cols }, (_, j) => table.some((row) => row[j]! > 0));
  return table
    .filter((row) => row.some((c) => c > 0))
    .map((row) => row.filter((_, j) => keepCol[j]));
}

export interface Margins {
  rows: number[];
  cols: number[];
  n: number;
}

export function margins(table: Table): Margins {
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = (table[0] ?? []).map((_, j) => table.reduce((a, row) => a + row[j]!, 0));
  return { rows, cols, n: rows.reduce((a, b) => a + b, 0) };
}

/** Expected counts under independence: row total × column total / n. */
export function expectedCounts(table: Table): number[][] {
  const { rows, cols, n } = margins(table);
  return rows.map((r) => cols.map((c) => (n === 0 ? 0 : (r * c) / n)));
}

/** Pearson's X² = Σ (O − E)² / E over cells with E > 0, optionally with Yates' correction. */
export function pearsonStatistic(table: Table, expected: readonly (readonly number[])[], yates = false): number {
  let x2 = 0;
  table.forEach((row, i) =>
    row.forEach((o, j) => {
      const e = expected[i]![j]!;
      if (e <= 0) return;
      // R: YATES <- min(0.5, abs(x - E)), so a cell already within 0.5 of E is not overcorrected.
      const d = Math.abs(o - e) - (yates ? Math.min(0.5, Math.abs(o - e)) : 0);
      x2 += (d * d) / e;
    }),
  );
  return x2;
}

/** Cramér's V = √(X² / (n · (min(r, c) − 1))): association strength in [0, 1]. */
export function cramersV(statistic: number, n: number, rows: number, cols: number): number {
  const k = Math.min(rows, cols) - 1;
  if (n === 0 || k < 1) return 0;
  return Math.min(1, Math.sqrt(statistic / (n * k)));
}

export interface ChiSquareResult {
  statistic: number;
  df: number;
  pValue: number;
  cramersV: number;
  /** Expected counts of the table without empty rows and columns. */
  expected: number[][];
  minExpected: number;
  n: number;
  /** True when fewer than two non-empty rows or columns remain: no association can be tested, p = 1. */
  degenerate: boolean;
}

export interface ChiSquareOptions {
  /**
   * Yates' continuity correction for 2×2 tables (R's chisq.test default). Off by default here:
   * the app sends small 2×2 tables to Fisher's exact test instead, and for large ones the
   * uncorrected statistic is the better approximation.
   */
  yates?: boolean;
}

/** Pearson's chi-square test of independence (R: chisq.test(table, correct = yates)). */
export function chiSquareTest(table: Table, options: ChiSquareOptions = {}): ChiSquareResult {
  const t = dropEmpty(table);
  const r = t.length;
  const c = t[0]?.length ?? 0;
  const { n } = margins(t);
  const expected = expectedCounts(t);
  const minExpected = r > 0 && c > 0 ? Math.min(...expected.flat()) : 0;
  if (r < 2 || c < 2) {
    return { statistic: 0, df: 0, pValue: 1, cramersV: 0, expected, minExpected, n, degenerate: true };
  }
  const statistic = pearsonStatistic(t, expected, options.yates === true && r === 2 && c === 2);
  const df = (r - 1) * (c - 1);
  // Cramér's V describes the association itself, so it uses the uncorrected statistic.
  const v = cramersV(options.yates ? pearsonStatistic(t, expected) : statistic, n, r, c);
  return { statistic, df, pValue: chiSquareUpper(statistic, df), cramersV: v, expected, minExpected, n, degenerate: false };
}
