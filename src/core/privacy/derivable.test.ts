// A small count must not be recoverable from the totals a reader knows, also through a chain of
// rows and columns. Checked against an independent criterion: a hidden cell is fixed by the known
// totals exactly when dropping it from the equations lowers their rank (exact integer elimination).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protect, small, tableGroups } from "./complementary.ts";
import { derivableCells } from "./derivable.ts";

/** Rank of an integer matrix by fraction-free (Bareiss) elimination with BigInt: exact. */
function rank(matrix: readonly (readonly number[])[]): number {
  const m = matrix.map((row) => row.map(BigInt));
  const width = m[0]?.length ?? 0;
  let r = 0;
  let previous = 1n;
  for (let c = 0; c < width && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = r + 1; i < m.length; i++) {
      for (let j = c + 1; j < width; j++) m[i]![j] = (m[r]![c]! * m[i]![j]! - m[i]![c]! * m[r]![j]!) / previous;
      m[i]![c] = 0n;
    }
    previous = m[r]![c]!;
    r++;
  }
  return r;
}

/** The reference: for each hidden cell, whether removing its column lowers the rank of the known-total equations. */
function fixedByTotals(hidden: readonly boolean[], groups: readonly (readonly number[])[], known: readonly boolean[]): boolean[] {
  const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
  const equations = groups.filter((_, g) => known[g]).map((group) => unknowns.map((cell) => (group.includes(cell) ? 1 : 0)));
  const full = rank(equations);
  return hidden.map((h, cell) => h && full > 0 && rank(equations.map((row) => row.filter((_, c) => unknowns[c] !== cell))) < full);
}

const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 40 }));
const tableArb = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([r, c]) => fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

describe("cells the known totals give away", () => {
  it("finds a small cell given away through a column whose other hidden cell its row gives away", () => {
    // k = 5. Per group all is well (hidden sums 10, 6, 5 and 15), but row 2 says c = 5 (d is a
    // shown 0), and then column 1 says a = 6 − 5 = 1.
    const values = [1, 9, 5, 0];
    const groups = tableGroups(2, 2);
    const perGroupOnly = [true, true, true, false];
    // b = 10 − a follows too, but 9 is no small count.
    expect(derivableCells(values, perGroupOnly, groups, groups.map(() => true))).toEqual([true, true, true, false]);
    expect(protect(values, groups, 5).hidden).toEqual(perGroupOnly);
    const { hidden } = protect(values, groups, 5, [], { chains: true });
    expect(hidden).toEqual([true, true, true, true]);
    expect(derivableCells(values, hidden, groups, groups.map(() => true))).toEqual([false, false, false, false]);
  });

  it("agrees with the rank criterion on random tables and hidden sets", () => {
    fc.assert(fc.property(tableArb, fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }), (table, hide, know) => {
      const values = table.flat();
      const groups = tableGroups(table.length, table[0]!.length);
      const hidden = values.map((_, i) => hide[i]!);
      const known = groups.map((_, g) => know[g % know.length]!);
      expect(derivableCells(values, hidden, groups, known)).toEqual(fixedByTotals(hidden, groups, known));
    }), { numRuns: 2000 });
  });

  it("after protection, no count of 1 … k − 1 can be worked out from the totals that are still shown", () => {
    fc.assert(fc.property(tableArb, fc.integer({ min: 2, max: 10 }), (table, k) => {
      const values = table.flat();
      const groups = tableGroups(table.length, table[0]!.length);
      const { hidden, exposed } = protect(values, groups, k, [], { chains: true });
      const fixed = fixedByTotals(hidden, groups, exposed.map((e) => !e));
      expect(values.filter((v, i) => fixed[i] && small(v, k))).toEqual([]);
    }), { numRuns: 2000 });
  });
});
