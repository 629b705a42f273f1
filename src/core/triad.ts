// The one triangle of a triad, for every place that draws or answers one (the telling form, the
// dashboard, the reflection, readings on the story page and in intervisie, the booklet PDF): corner A
// (the first label) at the top, B bottom left, C bottom right, on an equilateral triangle with side 1
// and y growing downwards, as on screen. Pointer positions, keyboard steps, percentage fields and
// every drawing go through these functions, so a story at a corner is drawn at that corner's label
// everywhere. (core/stats triadToPlane is a different plane, for density estimation only.)
export type Weights = [number, number, number];
export interface Point {
  x: number;
  y: number;
}

export const TRIANGLE_HEIGHT = Math.sqrt(3) / 2;
export const CORNERS: readonly [Point, Point, Point] = [
  { x: 0.5, y: 0 },
  { x: 0, y: TRIANGLE_HEIGHT },
  { x: 1, y: TRIANGLE_HEIGHT },
];
export const CENTRE: Point = { x: 0.5, y: (2 * TRIANGLE_HEIGHT) / 3 };

/** Where each corner's label goes: above the top corner, centred; below the bottom ones, flush with their corner. */
export const CORNER_LABELS: readonly [CornerLabel, CornerLabel, CornerLabel] = [
  { side: "above", align: "middle" },
  { side: "below", align: "start" },
  { side: "below", align: "end" },
];
export interface CornerLabel {
  side: "above" | "below";
  align: "start" | "middle" | "end";
}

/** A box to draw the triangle in, e.g. in PDF points; yUp for a page whose y grows upwards (PDF). */
export interface Box {
  x: number;
  y: number;
  /** The triangle's side; its height is side × √3/2. */
  side: number;
  yUp?: boolean;
}

/** The point of weights w in a box: the same triangle, scaled and moved (and flipped for yUp). */
export function pointInBox(w: Weights, box: Box): Point {
  const p = weightsToPoint(w);
  const y = box.yUp ? TRIANGLE_HEIGHT - p.y : p.y;
  return { x: box.x + p.x * box.side, y: box.y + y * box.side };
}

const UNIT: readonly [Weights, Weights, Weights] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];

/** The three corners in a box, in label order. */
export const cornersInBox = (box: Box): [Point, Point, Point] => UNIT.map((w) => pointInBox(w, box)) as [Point, Point, Point];

/** The point whose barycentric weights are w. */
export function weightsToPoint([a, b, c]: Weights): Point {
  return {
    x: a * CORNERS[0].x + b * CORNERS[1].x + c * CORNERS[2].x,
    y: a * CORNERS[0].y + b * CORNERS[1].y + c * CORNERS[2].y,
  };
}

function rawWeights(p: Point): Weights {
  const a = 1 - p.y / TRIANGLE_HEIGHT;
  const c = p.x - 0.5 * a;
  return [a, 1 - a - c, c];
}

function closestOnSegment(p: Point, s: Point, e: Point): Point {
  const dx = e.x - s.x;
  const dy = e.y - s.y;
  const t = Math.min(1, Math.max(0, ((p.x - s.x) * dx + (p.y - s.y) * dy) / (dx * dx + dy * dy)));
  return { x: s.x + t * dx, y: s.y + t * dy };
}

/** The point itself when inside the triangle, else the nearest point on its edge. */
export function clampToTriangle(p: Point): Point {
  if (rawWeights(p).every((w) => w >= 0)) return p;
  const [a, b, c] = CORNERS;
  const candidates = [closestOnSegment(p, a, b), closestOnSegment(p, b, c), closestOnSegment(p, c, a)];
  const distance = (q: Point) => (q.x - p.x) ** 2 + (q.y - p.y) ** 2;
  return candidates.reduce((best, q) => (distance(q) < distance(best) ? q : best));
}

/** Barycentric weights of a point; a point outside the triangle counts as its nearest edge point. */
export function pointToWeights(p: Point): Weights {
  const [a, b, c] = rawWeights(clampToTriangle(p)).map((w) => Math.max(0, w));
  const sum = a! + b! + c!;
  return [a! / sum, b! / sum, c! / sum];
}

/**
 * Rounds to `decimals` so the rounded weights sum to exactly 1 in those units (largest remainder:
 * the units lost by rounding down go to the weights that lost the most).
 */
export function roundWeights(weights: Weights, decimals = 3): Weights {
  const unit = 10 ** decimals;
  const scaled = weights.map((w) => Math.max(0, w) * unit);
  const total = scaled.reduce((s, w) => s + w, 0) || 1;
  const exact = scaled.map((w) => (w / total) * unit);
  const floors = exact.map(Math.floor);
  let missing = unit - floors.reduce((s, w) => s + w, 0);
  const byRemainder = [0, 1, 2].sort((i, j) => exact[j]! - floors[j]! - (exact[i]! - floors[i]!));
  for (const i of byRemainder) {
    if (missing <= 0) break;
    floors[i]!++;
    missing--;
  }
  return floors.map((w) => w / unit) as Weights;
}

/** Whole percentages that add up to 100, for labels and value texts. */
export const percentages = (weights: Weights): Weights => roundWeights(weights, 2).map((w) => Math.round(w * 100)) as Weights;

const keySteps: Record<string, Point> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/**
 * Where a key press moves the point, or undefined for keys that are not ours. Without a point yet,
 * any arrow key starts in the centre, the "all equal" answer.
 */
export function movePoint(point: Point | undefined, key: string, step = 0.05): Point | undefined {
  if (key === "Home") return CENTRE;
  const direction = keySteps[key];
  if (!direction) return undefined;
  if (!point) return CENTRE;
  return clampToTriangle({ x: point.x + direction.x * step, y: point.y + direction.y * step });
}

/**
 * Sets one weight and shares the rest over the other two in their current proportion (equally when
 * both are 0), so typing one percentage keeps the sum at 1.
 */
export function setShare(weights: Weights, index: 0 | 1 | 2, share: number): Weights {
  const value = Math.min(1, Math.max(0, share));
  const others = ([0, 1, 2] as const).filter((i) => i !== index);
  const otherSum = others.reduce<number>((s, i) => s + weights[i], 0);
  const next: Weights = [0, 0, 0];
  next[index] = value;
  for (const i of others) next[i] = (1 - value) * (otherSum > 0 ? weights[i] / otherSum : 0.5);
  return next;
}
