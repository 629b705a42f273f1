// Property tests: over random tables, nothing a colleague is sent says that 1 … k − 1 stories fall
// somewhere, neither as a field nor as a shown total minus the shown cells.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protect, tableGroups } from "./complementary.ts";
import { suppressCohort, suppressCrosstab, suppressDistribution } from "./small-cells.ts";

const small = (n: number, k: number) => n > 0 && n < k;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
// Small counts and zeros are what matters, with the odd large one beside them.
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 60 }));
const kArb = fc.integer({ min: 2, max: 10 });
const tableArb = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([r, c]) => fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

/** A shown number that is 1 … k − 1. */
const revealed = (shown: (number | null)[], k: number) => shown.some((v) => v !== null && small(v, k));

describe("complementary suppression (property-based)", () => {
  it("leaves no group whose hidden cells add up to 1 … k − 1 unless it says so, and never shows a small cell", () => {
    fc.assert(fc.property(tableArb, kArb, (table, k) => {
      const values = table.flat();
      const groups = tableGroups(table.length, table[0]!.length);
      const { hidden, exposed } = protect(values, groups, k);
      expect(values.some((v, i) => !hidden[i] && small(v, k))).toBe(false);
      groups.forEach((g, i) => {
        const hiddenSum = sum(g.filter((j) => hidden[j]).map((j) => values[j]!));
        expect(exposed[i]).toBe(small(hiddenSum, k));
        // A group is left exposed only when none of its non-zero cells is still shown.
        if (exposed[i]) expect(g.every((j) => hidden[j] || values[j] === 0)).toBe(true);
      });
    }), { numRuns: 2000 });
  });

  it("crosstab: no shown cell or n is 1 … k − 1, n minus the shown cells is 0 or at least k, and the test goes with any hidden cell", () => {
    fc.assert(fc.property(tableArb, kArb, (counts, k) => {
      const n = sum(counts.flat());
      const rows = counts.map((_, i) => `r${i}`);
      const cols = counts[0]!.map((_, j) => `c${j}`);
      const test = { method: "chiSquare", pValue: 0.5, statistic: 1, df: 1, cramersV: 0.1, minExpected: 2, n, degenerate: false, pooled: 0 };
      const out = suppressCrosstab({ rowSignifierId: "a", colSignifierId: "b", rowOptions: rows, colOptions: cols, counts, n, test }, k);
      const shown = out.counts.flat();
      expect(revealed([...shown, out.n], k)).toBe(false);
      if (out.n !== null) expect(small(out.n - sum(shown.map((v) => v ?? 0)), k)).toBe(false);
      // Each row and column: its hidden cells add up to 0 or k or more, unless none of its non-zero cells shows.
      for (const line of [...out.counts.map((r, i) => r.map((v, j) => [v, counts[i]![j]!] as const)),
        ...cols.map((_, j) => out.counts.map((r, i) => [r[j]!, counts[i]![j]!] as const))]) {
        const hiddenSum = sum(line.filter(([v]) => v === null).map(([, real]) => real));
        if (small(hiddenSum, k)) expect(line.every(([v, real]) => v === null || real === 0)).toBe(true);
      }
      if (shown.includes(null) || out.n === null) expect("test" in out).toBe(false);
      else expect(out).toHaveProperty("test.n", n);
    }), { numRuns: 2000 });
  });

  it("single-choice distribution: n − answered and answered − the shown options are never 1 … k − 1", () => {
    fc.assert(fc.property(fc.array(count, { minLength: 1, maxLength: 8 }), count, kArb, (options, unanswered, k) => {
      const answered = sum(options);
      const n = answered + unanswered;
      const d = suppressDistribution({ type: "choice", signifierId: "s", n, answered, multiple: false, options: options.map((c, i) => ({ id: `o${i}`, count: c })) }, k);
      const shown = d.options.map((o) => o.count);
      expect(revealed([...shown, d.n, d.answered], k)).toBe(false);
      const shownSum = sum(shown.map((v) => v ?? 0));
      if (d.answered !== null) expect(small(d.answered - shownSum, k)).toBe(false);
      if (d.n !== null && d.answered !== null) expect(small(d.n - d.answered, k)).toBe(false);
      if (d.n !== null) expect(small(d.n - shownSum - (d.answered === null ? 0 : d.n - d.answered), k)).toBe(false);
    }), { numRuns: 2000 });
  });

  it("cohort: rose, fell and same never give a small one away through the clients or the test's n", () => {
    fc.assert(fc.property(count, count, count, kArb, (rose, fell, same, k) => {
      const clients = rose + fell + same;
      const cohort = { signifierId: "s", clients, medianFirst: 3, medianLatest: 4, rose, fell, same,
        test: { method: "wilcoxonSignedRank" as const, v: 1, z: 1, pValue: 0.5, rankBiserial: 0.1, n: rose + fell } };
      const out = suppressCohort(cohort, k);
      expect(revealed([out.clients, out.rose, out.fell, out.same, out.test.n], k)).toBe(false);
      const hidden = (v: number | null, real: number) => (v === null ? real : 0);
      if (out.clients !== null) expect(small(hidden(out.rose, rose) + hidden(out.fell, fell) + hidden(out.same, same), k)).toBe(false);
      if (out.test.n !== null) expect(small(hidden(out.rose, rose) + hidden(out.fell, fell), k)).toBe(false);
      if (out.clients !== null && out.test.n !== null && out.same === null) expect(small(same, k)).toBe(false);
    }), { numRuns: 2000 });
  });
});
