// The triangle of a triad answer, drawn by hand because a chart library has no ternary mark: shares
// (a, b, c) become a point on the one triangle of core/triad.ts, and the grid of small triangles the API counts
// in (core/patterns/distribution.ts triadCell) becomes polygons to shade and regions to select.
import { weightsToPoint } from "../../core/triad.ts";
import type { AnswerCondition } from "./filters.ts";

export type Triad = [number, number, number];

/** Below a share: the upper edges of a region are open, as in the API's binning. */
const EPSILON = 1e-9;
/**
 * The API splits a rhombus by corners 2 and 3 (b + c), the filter can only test corner 1 (a = 1 − b − c);
 * answers may sum to 1 ± 1e-6, so the split is moved by that much, towards the upward triangle.
 */
const SUM_TOLERANCE = 1e-6;

/** Where shares are drawn, y growing downwards: corner 1 at the top, as on the telling form. */
export function toPlane(t: Triad): [number, number] {
  const { x, y } = weightsToPoint(t);
  return [x, y];
}

export interface Cell {
  /** Row, counted up from the edge opposite corner 3. */
  i: number;
  /** Position along the row. */
  j: number;
  /** The downward triangle of its rhombus. */
  down: boolean;
}

/** The cell with this index on a grid of r steps per side (row i starts at 2ri − i²). */
export function cellAt(index: number, r: number): Cell {
  let i = 0;
  while (i < r - 1 && index >= 2 * r * (i + 1) - (i + 1) * (i + 1)) i++;
  const k = index - (2 * r * i - i * i);
  return { i, j: Math.floor(k / 2), down: k % 2 === 1 };
}

export const cellIndex = ({ i, j, down }: Cell, r: number) => 2 * r * i - i * i + 2 * j + (down ? 1 : 0);

/** Grid node (i, j) as shares: core/stats ternaryNode. */
const node = (i: number, j: number, r: number): Triad => [(r - i - j) / r, j / r, i / r];

/** The three corners of a cell, as shares. */
export function cellCorners({ i, j, down }: Cell, r: number): [Triad, Triad, Triad] {
  return down ? [node(i, j + 1, r), node(i + 1, j + 1, r), node(i + 1, j, r)] : [node(i, j, r), node(i, j + 1, r), node(i + 1, j, r)];
}

export function cellCentre(cell: Cell, r: number): Triad {
  const corners = cellCorners(cell, r);
  return [0, 1, 2].map((k) => (corners[0][k]! + corners[1][k]! + corners[2][k]!) / 3) as Triad;
}

/**
 * The cell of a coarser grid (r / f steps) that holds a fine cell. Grids nest: a coarse rhombus holds
 * f × f fine rhombi, and a fine triangle lies in the coarse downward half when its centre does.
 */
export function coarseCell(fine: Cell, f: number): Cell {
  const [li, lj] = [fine.i % f, fine.j % f];
  return { i: Math.floor(fine.i / f), j: Math.floor(fine.j / f), down: li + lj + (fine.down ? 1 : 0) >= f };
}

/** The API's counts per fine cell, added up per coarse cell; null (hidden) when a hidden count is in it. */
export function coarseCounts(cells: readonly (number | null)[], r: number, coarse: number): (number | null)[] {
  const f = r / coarse;
  if (!Number.isInteger(f)) throw new RangeError(`${coarse} does not divide ${r}`);
  const counts = new Array<number | null>(coarse * coarse).fill(0);
  cells.forEach((count, index) => {
    const k = cellIndex(coarseCell(cellAt(index, r), f), coarse);
    counts[k] = count === null || counts[k] === null ? null : counts[k]! + count;
  });
  return counts;
}

/** Index of grid node (i, j) in the API's density values: core/stats ternaryNodeIndex. */
const nodeIndex = (i: number, j: number, r: number) => i * (r + 1) - (i * (i - 1)) / 2 + j;

/** Per cell the mean of the density at its three corners, for shading. */
export function cellDensities(values: readonly number[], r: number): number[] {
  return Array.from({ length: r * r }, (_, index) => {
    const { i, j, down } = cellAt(index, r);
    const corners = down ? [[i, j + 1], [i + 1, j + 1], [i + 1, j]] : [[i, j], [i, j + 1], [i + 1, j]];
    return corners.reduce((sum, [a, b]) => sum + (values[nodeIndex(a!, b!, r)] ?? 0), 0) / 3;
  });
}

/**
 * The answer conditions that hold exactly for the answers in a cell, as the API's filter takes them:
 * corner 3's share sets the row, corner 2's the position, corner 1's whether it is the upward or the
 * downward triangle (upper edges open, the outer edges of the triangle closed).
 */
export function cellConditions(signifierId: string, { i, j, down }: Cell, r: number): AnswerCondition[] {
  const open = (edge: number, closed: boolean) => (closed ? undefined : edge - EPSILON);
  const split = (r - i - j - 1) / r + SUM_TOLERANCE;
  const last = j === r - 1 - i;
  return [
    { signifierId, corner: 2, min: i / r, max: open((i + 1) / r, i === r - 1) },
    { signifierId, corner: 1, min: j / r, max: open((j + 1) / r, last) },
    down ? { signifierId, corner: 0, max: split } : { signifierId, corner: 0, min: last ? undefined : split + EPSILON },
  ];
}
