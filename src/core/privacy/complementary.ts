// Complementary suppression. Hiding each count of 1 … k − 1 is not enough when a total is shown:
// the total minus the shown cells gives the hidden ones back ("n = 20, cells 12, 0, 0, hidden"
// says the hidden cell is 8 … or 3). So within every group whose total the reader knows, the
// hidden cells must add up to 0 or to at least k; when they do not, the smallest shown non-zero
// cell is hidden as well, and when no cell is left to hide, the group's total must go.
// The reader is assumed to know that a hidden cell is not zero (zeros are shown), not how large it is;
// a zero is hidden only to break such a chain.
// Groups overlap (a row and a column), so a cell can also be worked out through a chain of them;
// after the pass per group, such cells get company too (derivable.ts).
import { derivableCells } from "./derivable.ts";

export type Protection = {
  /** Per value: hidden (null in the answer). */
  hidden: boolean[];
  /** Per group: true when its hidden cells still add up to 1 … k − 1, so its total may not be shown. */
  exposed: boolean[];
};

export const small = (n: number, k: number) => n > 0 && n < k;

/** The count, or null when it is 1 … k − 1. */
export function cell(count: number, k: number): number | null {
  return small(count, k) ? null : count;
}

function hiddenSum(values: readonly number[], hidden: readonly boolean[], group: readonly number[]): number {
  return group.reduce((sum, i) => sum + (hidden[i] ? values[i] ?? 0 : 0), 0);
}

/** The shown non-zero cell of the group with the smallest value, or -1 when there is none. */
function smallestShown(values: readonly number[], hidden: readonly boolean[], group: readonly number[]): number {
  let best = -1;
  for (const i of group) if (!hidden[i] && (values[i] ?? 0) > 0 && (best < 0 || (values[i] ?? 0) < (values[best] ?? 0))) best = i;
  return best;
}

/**
 * Which values to hide: every one of 1 … k − 1, and then as few more as this greedy pass finds
 * so that no group with a known total has hidden cells adding up to 1 … k − 1. `groups` are index
 * lists into `values`; a value may sit in several groups (a row and a column). `unseen` values are
 * never shown themselves (the stories in no option), so they count as hidden. With `chains` (a
 * table, whose rows and columns cross), also no small cell may follow from the known totals
 * together; callers with nested groups leave out a total themselves instead (protectAnswers).
 */
export function protect(values: readonly number[], groups: readonly (readonly number[])[], k: number, unseen: readonly number[] = [], { chains = false } = {}): Protection {
  const hidden = values.map((v, i) => small(v, k) || unseen.includes(i));
  if (!chains) {
    hideWithinGroups(values, hidden, groups, k);
    return { hidden, exposed: groups.map((g) => small(hiddenSum(values, hidden, g), k)) };
  }
  // Groups whose total must go: hiding more cells would not stop them giving a small cell away.
  const withdrawn = groups.map(() => false);
  const exposed = () => groups.map((g, i) => withdrawn[i]! || small(hiddenSum(values, hidden, g), k));
  const givenAway = () => {
    const derivable = derivableCells(values, hidden, groups, exposed().map((e) => !e));
    return values.findIndex((v, i) => derivable[i] && small(v, k));
  };
  for (;;) {
    hideWithinGroups(values, hidden, groups, k);
    const cell = givenAway();
    if (cell < 0) break;
    const open = exposed();
    const around = groups.flatMap((g, i) => (g.includes(cell) && !open[i] ? [i] : []));
    if (!hideCompanion(values, hidden, around.flatMap((i) => groups[i]!), () => givenAway() !== cell)) {
      for (const i of around) withdrawn[i] = true;
    }
  }
  return { hidden, exposed: exposed() };
}

/**
 * Hides the smallest shown cell among `candidates` that stops the cell being given away
 * (`freed`); a shown zero serves as well as any (the reader then no longer knows which hidden
 * cells are empty) and costs the least. False when no single one does.
 */
function hideCompanion(values: readonly number[], hidden: boolean[], candidates: readonly number[], freed: () => boolean): boolean {
  const shown = [...new Set(candidates)].filter((i) => !hidden[i]).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  for (const companion of shown) {
    hidden[companion] = true;
    if (freed()) return true;
    hidden[companion] = false;
  }
  return false;
}

/** The pass per group: hide the smallest shown cell of a group until its hidden cells add up to 0 or k or more. */
function hideWithinGroups(values: readonly number[], hidden: boolean[], groups: readonly (readonly number[])[], k: number) {
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      if (!small(hiddenSum(values, hidden, group), k)) continue;
      const next = smallestShown(values, hidden, group);
      if (next >= 0) {
        hidden[next] = true;
        changed = true;
      }
    }
  }
}

/** Rows, columns and the whole of a table, as index groups into its cells read row by row. */
export function tableGroups(rows: number, columns: number): number[][] {
  const at = (r: number, c: number) => r * columns + c;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return [
    ...range(rows).map((r) => range(columns).map((c) => at(r, c))),
    ...range(columns).map((c) => range(rows).map((r) => at(r, c))),
    range(rows * columns),
  ];
}
