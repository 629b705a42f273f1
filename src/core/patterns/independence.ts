// The test of independence for a table of story counts, fast enough to run on every row of a
// what-works table and every pair of choice signifiers at a million stories.
//
// The method is core/stats' rule (chooseIndependenceMethod): chi-square when every expected count
// is at least 5, Fisher's exact test for a sparse 2×2 table, a Monte-Carlo p-value for a sparse
// larger table. core/stats draws each Monte-Carlo table by shuffling all n stories, which costs
// n × 2000 steps: seconds when a rare intervention is compared with the 100 000 other stories of its
// situation. The table is decided by its smaller rows, though, so this module draws only those,
// one story at a time without replacement from the column totals (the multiple hypergeometric
// distribution, the very one the shuffle samples), and gives the largest row what is left. The
// p-value estimates the same quantity, (1 + #{X²* ≥ X²}) / (B + 1), as R's
// chisq.test(simulate.p.value = TRUE).
//
// When even that is too costly (a sparse table whose small rows still hold many stories), the
// smallest category is pooled with the next smallest until the table allows a method; pooling
// keeps the null hypothesis true, so q-values stay honest, and `pooled` says it happened.
import { dropEmpty, expectedCounts, margins, pearsonStatistic } from "../stats/contingency.ts";
import { chiSquareTest, DEFAULT_SEED, fisherExact2x2, mulberry32, type IndependenceResult, type Table } from "../stats/index.ts";

export const REPLICATES = 2000;
/** Draws × columns per test: at about 3 ns a step, some 10 ms. */
const STEP_BUDGET = 3_000_000;

export interface TableTest extends IndependenceResult {
  /** Categories pooled into a neighbour before testing (0 almost always). */
  pooled: number;
}

function transpose(t: number[][]): number[][] {
  return t[0]!.map((_, j) => t.map((row) => row[j]!));
}

/** Draws per replicate when sampling every row but the largest, times the columns to walk. */
function cost(t: number[][]): number {
  const { rows, n } = margins(t);
  return (n - Math.max(...rows)) * t[0]!.length;
}

/** Adds the smallest row or column (whichever is smaller) to the next smallest of the same kind. */
function poolSmallest(t: number[][]): number[][] {
  const { rows, cols } = margins(t);
  const byRows = Math.min(...rows) <= Math.min(...cols);
  const m = byRows ? t : transpose(t);
  const totals = byRows ? rows : cols;
  const order = totals.map((_, i) => i).sort((a, b) => totals[a]! - totals[b]! || a - b);
  const [small, next] = [order[0]!, order[1]!];
  const merged = m.flatMap((row, i) => (i === small ? [] : [i === next ? row.map((v, j) => v + m[small]![j]!) : row]));
  return byRows ? merged : transpose(merged);
}

/** Monte-Carlo p-value drawing every row but the largest (see above); the table has no empty margins. */
export function conditionalMonteCarlo(t: number[][], replicates = REPLICATES, seed = DEFAULT_SEED): number {
  const r = t.length;
  const c = t[0]!.length;
  const { rows, cols, n } = margins(t);
  const expected = expectedCounts(t);
  const flatExpected = Float64Array.from(expected.flat());
  const largest = rows.indexOf(Math.max(...rows));
  // As monteCarloChiSquare: ties with the observed statistic count as at least as extreme.
  const threshold = (1 - 64 * Number.EPSILON) * pearsonStatistic(t, expected);
  const random = mulberry32(seed);
  const pool = new Int32Array(c);
  const counts = new Int32Array(r * c);
  let atLeast = 0;
  for (let b = 0; b < replicates; b++) {
    pool.set(cols);
    counts.fill(0);
    let remaining = n;
    for (let i = 0; i < r; i++) {
      if (i === largest) continue;
      for (let k = 0; k < rows[i]!; k++) {
        let u = Math.floor(random() * remaining);
        let j = 0;
        while (u >= pool[j]!) u -= pool[j++]!;
        pool[j]!--;
        counts[i * c + j]!++;
        remaining--;
      }
    }
    for (let j = 0; j < c; j++) counts[largest * c + j] = pool[j]!;
    let x2 = 0;
    for (let q = 0; q < counts.length; q++) {
      const d = counts[q]! - flatExpected[q]!;
      x2 += (d * d) / flatExpected[q]!;
    }
    if (x2 >= threshold) atLeast++;
  }
  return (1 + atLeast) / (replicates + 1);
}

/**
 * Tests independence of a table's rows and columns (see above). The branches are core/stats'
 * chooseIndependenceMethod, written out so the chi-square statistic is computed once per table:
 * what-works tests a hundred tables per query.
 */
export function testIndependence(table: Table, seed = DEFAULT_SEED): TableTest {
  let t = dropEmpty(table);
  for (let pooled = 0; ; pooled++) {
    const chi = chiSquareTest(t);
    const base = { statistic: chi.statistic, df: chi.df, cramersV: chi.cramersV, minExpected: chi.minExpected, n: chi.n, degenerate: chi.degenerate, pooled };
    if (chi.degenerate || chi.minExpected >= 5) return { ...base, method: "chiSquare", pValue: chi.pValue };
    if (t.length === 2 && t[0]!.length === 2) return { ...base, method: "fisher", pValue: fisherExact2x2(t).pValue };
    const oriented = cost(transpose(t)) < cost(t) ? transpose(t) : t;
    if (cost(oriented) * REPLICATES <= STEP_BUDGET) {
      return { ...base, method: "monteCarloChiSquare", pValue: conditionalMonteCarlo(oriented, REPLICATES, seed), replicates: REPLICATES, seed };
    }
    t = poolSmallest(t);
  }
}
