// Which hidden counts a reader can still work out exactly. Each group whose total the reader knows
// (it is not exposed) is an equation: its hidden cells add up to the total minus its shown cells.
// A hidden cell is given away when those equations pin it down on their own — through a chain of
// groups, not only inside one: a column's total minus a cell that its row gives away. In linear
// terms: the cell's unit vector lies in the row space of the equations. Read off the reduced row
// echelon form: the cell is a pivot whose row has no other entry. (Bounds from "every hidden cell
// is at least 1" are not counted here: those narrow a range, they do not give one number.)

const EPSILON = 1e-9;

/** Reduced row echelon form, in place; the pivot column of each row that has one. */
function reduce(matrix: number[][]): number[] {
  const pivots: number[] = [];
  const width = matrix[0]?.length ?? 0;
  let row = 0;
  for (let column = 0; column < width && row < matrix.length; column++) {
    let best = row;
    for (let r = row + 1; r < matrix.length; r++) if (Math.abs(matrix[r]![column]!) > Math.abs(matrix[best]![column]!)) best = r;
    if (Math.abs(matrix[best]![column]!) < EPSILON) continue;
    [matrix[row], matrix[best]] = [matrix[best]!, matrix[row]!];
    const pivot = matrix[row]!;
    const scale = pivot[column]!;
    for (let c = 0; c < width; c++) pivot[c]! /= scale;
    for (let r = 0; r < matrix.length; r++) {
      const factor = matrix[r]![column]!;
      if (r === row || Math.abs(factor) < EPSILON) continue;
      for (let c = 0; c < width; c++) matrix[r]![c]! -= factor * pivot[c]!;
    }
    pivots.push(column);
    row++;
  }
  return pivots;
}

/** Per value: true when it is hidden and yet fixed by the known totals of the groups. */
export function derivableCells(values: readonly number[], hidden: readonly boolean[], groups: readonly (readonly number[])[], knownTotal: readonly boolean[]): boolean[] {
  const unknowns = values.flatMap((_, i) => (hidden[i] ? [i] : []));
  const position = new Map(unknowns.map((cell, column) => [cell, column]));
  const equations = groups.flatMap((group, g) => {
    if (!knownTotal[g]) return [];
    const row = unknowns.map(() => 0);
    for (const cell of group) if (hidden[cell]) row[position.get(cell)!] = 1;
    return row.some((x) => x !== 0) ? [row] : [];
  });
  const derivable = values.map(() => false);
  if (equations.length === 0) return derivable;
  const pivots = reduce(equations);
  pivots.forEach((column, r) => {
    const alone = equations[r]!.every((x, c) => c === column || Math.abs(x) < EPSILON);
    if (alone) derivable[unknowns[column]!] = true;
  });
  return derivable;
}
