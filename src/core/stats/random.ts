// A tiny seeded PRNG, so permutation and Monte-Carlo p-values are reproducible: the same data and
// seed give the same p-value on the server, in a test and in a report someone re-runs next year.
// Math.random cannot be seeded, and statistical quality beyond mulberry32's is not needed for
// resampling a few thousand times.

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** The default seed, so callers that do not care still get reproducible results. */
export const DEFAULT_SEED = 20240601;

/** mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator with period 2^32. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** Shuffles in place (Fisher–Yates), every permutation equally likely. */
export function shuffle<T>(items: T[] | Int32Array, random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
}
