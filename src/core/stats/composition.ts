// Compositional data analysis for triads. A triad answer is a composition: three shares that only
// mean something relative to each other, so averages and distances belong in log-ratio space
// (Aitchison 1986), not on the raw shares, where the corners are squeezed together.
//
// Coordinates: isometric log-ratio (ilr, Egozcue et al. 2003) with the pivot basis
//   z1 = √(2/3) ln(x1 / √(x2 x3)),  z2 = √(1/2) ln(x2 / x3),
// so z1 says "how much corner 1 against the other two", z2 "corner 2 against corner 3". Euclidean
// geometry on (z1, z2) is Aitchison geometry on the triangle, so t-tests, Hotelling's T², means and
// distances on ilr coordinates are the compositional ones.
//
// Zeros: a triad dragged into a corner or onto an edge has zero parts, whose log is −∞. Parts
// below DELTA are treated as rounded zeros and get multiplicative replacement (Martín-Fernández,
// Barceló-Vidal & Pawlowsky-Glahn 2003): each becomes DELTA, and the other parts shrink by the same
// factor, so the ratios among them stay. DELTA = 1e-3 is below what a person can place on a
// triangle a few hundred pixels wide, so no deliberate answer is changed.

export type Triad = readonly [number, number, number];
export type Ilr = [number, number];

export const DELTA = 1e-3;

const SQRT_2_3 = Math.sqrt(2 / 3);
const SQRT_1_2 = Math.SQRT1_2;

/** Scales non-negative parts to sum to 1; throws when that is impossible. */
export function closure(parts: readonly number[]): number[] {
  let sum = 0;
  for (const p of parts) {
    if (!(p >= 0) || !Number.isFinite(p)) throw new RangeError(`composition part ${p} is not a non-negative number`);
    sum += p;
  }
  if (!(sum > 0)) throw new RangeError("a composition needs a positive total");
  return parts.map((p) => p / sum);
}

/** Closes the parts and replaces parts below delta multiplicatively (see above). */
export function replaceZeros(parts: readonly number[], delta = DELTA): number[] {
  const x = closure(parts);
  const small = x.filter((p) => p < delta).length;
  if (small === 0) return x;
  if (small * delta >= 1) throw new RangeError(`delta ${delta} is too large for ${x.length} parts`);
  // The large parts share 1 − small · delta in their original proportions.
  const largeSum = x.reduce((s, p) => (p < delta ? s : s + p), 0);
  const factor = (1 - small * delta) / largeSum;
  return x.map((p) => (p < delta ? delta : p * factor));
}

/** Centred log-ratio: ln x_j minus the mean of the logs (after zero replacement). */
export function clr(parts: readonly number[], delta = DELTA): number[] {
  const logs = replaceZeros(parts, delta).map(Math.log);
  const m = logs.reduce((a, b) => a + b, 0) / logs.length;
  return logs.map((l) => l - m);
}

/**
 * Pivot ilr coordinates of a triad (after closure and zero replacement). The same arithmetic as
 * replaceZeros, in the same order, written out without intermediate arrays: pattern discovery and
 * period comparisons call this for every story.
 */
export function ilr(triad: Triad, delta = DELTA): Ilr {
  return ilrOf(triad[0], triad[1], triad[2], delta);
}

function checkPart(p: number) {
  if (!(p >= 0) || !Number.isFinite(p)) throw new RangeError(`composition part ${p} is not a non-negative number`);
}

/**
 * Writes the ilr coordinates of the triad (a, b, c) to x[k] and y[k]: the one place of this
 * arithmetic, without an array per triad (comparisons call it for every story of two periods).
 */
export function ilrInto(a: number, b: number, c: number, delta: number, x: Float64Array, y: Float64Array, k: number): void {
  // One test for the usual triad, cheaper than three calls over a million of them; checkPart says which part is wrong.
  if (!(a >= 0 && b >= 0 && c >= 0 && a < Infinity && b < Infinity && c < Infinity)) {
    checkPart(a);
    checkPart(b);
    checkPart(c);
  }
  const sum = a + b + c;
  if (!(sum > 0)) throw new RangeError("a composition needs a positive total");
  a /= sum;
  b /= sum;
  c /= sum;
  const small = +(a < delta) + +(b < delta) + +(c < delta);
  if (small > 0) {
    if (small * delta >= 1) throw new RangeError(`delta ${delta} is too large for 3 parts`);
    const largeSum = (a < delta ? 0 : a) + (b < delta ? 0 : b) + (c < delta ? 0 : c);
    const factor = (1 - small * delta) / largeSum;
    a = a < delta ? delta : a * factor;
    b = b < delta ? delta : b * factor;
    c = c < delta ? delta : c * factor;
  }
  x[k] = SQRT_2_3 * Math.log(a / Math.sqrt(b * c));
  y[k] = SQRT_1_2 * Math.log(b / c);
}

const single = { x: new Float64Array(1), y: new Float64Array(1) };

/** ilr of the triad (a, b, c), for callers that hold triads as three columns. */
export function ilrOf(a: number, b: number, c: number, delta = DELTA): Ilr {
  ilrInto(a, b, c, delta, single.x, single.y, 0);
  return [single.x[0]!, single.y[0]!];
}

/** The triad whose ilr coordinates are z (the inverse of ilr, up to zero replacement). */
export function ilrInverse(z: readonly [number, number]): [number, number, number] {
  // clr = z1 e1 + z2 e2 with the orthonormal basis e1 = √(2/3) (1, −½, −½), e2 = √(1/2) (0, 1, −1).
  const [z1, z2] = z;
  const c1 = SQRT_2_3 * z1;
  const c2 = -SQRT_2_3 * z1 * 0.5 + SQRT_1_2 * z2;
  const c3 = -SQRT_2_3 * z1 * 0.5 - SQRT_1_2 * z2;
  // Subtracting the largest before exp keeps extreme coordinates from overflowing.
  const top = Math.max(c1, c2, c3);
  return closure([Math.exp(c1 - top), Math.exp(c2 - top), Math.exp(c3 - top)]) as [number, number, number];
}

/** Mean ilr coordinates of a set of triads; NaN for none. */
export function ilrMean(triads: readonly Triad[], delta = DELTA): Ilr {
  if (triads.length === 0) return [Number.NaN, Number.NaN];
  let s1 = 0;
  let s2 = 0;
  for (const t of triads) {
    const [z1, z2] = ilr(t, delta);
    s1 += z1;
    s2 += z2;
  }
  return [s1 / triads.length, s2 / triads.length];
}

/**
 * Compositional (geometric) mean: the closed part-wise geometric means, which is the triad at the
 * mean ilr coordinates. This is the "centre" to draw for a group of triads.
 */
export function compositionalMean(triads: readonly Triad[], delta = DELTA): [number, number, number] {
  const m = ilrMean(triads, delta);
  return Number.isNaN(m[0]) ? [Number.NaN, Number.NaN, Number.NaN] : ilrInverse(m);
}

/** Aitchison distance: the Euclidean distance between clr (equivalently ilr) coordinates. */
export function aitchisonDistance(a: Triad, b: Triad, delta = DELTA): number {
  const [a1, a2] = ilr(a, delta);
  const [b1, b2] = ilr(b, delta);
  return Math.hypot(a1 - b1, a2 - b2);
}
