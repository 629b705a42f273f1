// The mirror for the teller: right after telling, where does my story sit among the others? For each
// triad, dyad and scale the teller answered, the collection's distribution next to the own answer,
// and a prompt that turns the difference into a question to think about. Prompts are codes; the web
// app words them in the teller's language.

import type { Triad } from "./stats/composition.ts";

export type { Triad };

export type ReflectionPrompt =
  /** Fewer stories than the organization's small-group threshold: nothing to compare with yet. */
  | { code: "tooFewStories" }
  /** Close to where most stories sit. */
  | { code: "typical" }
  /** Triad: further towards this corner (0, 1 or 2) than the others on average. */
  | { code: "towardsCorner"; corner: 0 | 1 | 2 }
  /** Dyad or scale: at the low (left) or high (right) end compared with the others. */
  | { code: "lowEnd" }
  | { code: "highEnd" };

/** A triad answer this far (in weight) from the mean counts as leaning towards a corner. */
export const TRIAD_LEAN = 0.15;
/** Below this share of stories under the own answer (or above 1 − it), the answer is at an end. */
export const END_SHARE = 0.2;

/** Mean of triad points, or null without points. */
export function meanTriad(points: readonly Triad[]): Triad | null {
  if (points.length === 0) return null;
  const sum = [0, 0, 0];
  for (const p of points) for (let k = 0; k < 3; k++) sum[k]! += p[k]!;
  return [sum[0]! / points.length, sum[1]! / points.length, sum[2]! / points.length];
}

export function triadPrompt(own: Triad, mean: Triad): ReflectionPrompt {
  const lean = own.map((w, k) => w - mean[k]!);
  const corner = lean.indexOf(Math.max(...lean)) as 0 | 1 | 2;
  return lean[corner]! >= TRIAD_LEAN ? { code: "towardsCorner", corner } : { code: "typical" };
}

/**
 * Where a value sits in a histogram: the share of answers below it, counting half of its own bin
 * (the mid-rank convention, so the answer itself neither pulls the share up nor down).
 */
export function shareBelow(counts: readonly number[], bin: number): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return 0.5;
  let below = 0;
  for (let i = 0; i < bin; i++) below += counts[i]!;
  return (below + counts[bin]! / 2) / total;
}

export function endPrompt(share: number): ReflectionPrompt {
  if (share < END_SHARE) return { code: "lowEnd" };
  if (share > 1 - END_SHARE) return { code: "highEnd" };
  return { code: "typical" };
}
