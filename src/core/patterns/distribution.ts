// The shape of a signifier's distribution and the binning rules behind it. Both the column index
// and the SQL reference fill these counts; the rules are written once here (and mirrored in SQL in
// src/db/aggregates/) so that the two give the same numbers, bin for bin.
import { integerSetting } from "./filter.ts";

/** Where an analysis looks: an organization and one framework, or one collection (and its framework). */
export interface PatternScope {
  organizationId: string;
  collectionId?: string;
  frameworkId?: string;
}

/** The questions a dashboard charts: not free text, and not the ones only colleagues answer. */
export const charted = <S extends { type: string; audience?: string }>(signifiers: S[]) => signifiers.filter((s) => s.type !== "text" && s.audience !== "interpreter");

export const DEFAULT_BINS = 20;
export const DEFAULT_RESOLUTION = 20;
export const MAX_BINS = 200;
export const MAX_RESOLUTION = 100;

export interface DistributionOptions {
  /** Dyad histogram bins on [0, 1]. */
  bins?: number;
  /** Triad grid: steps per side; resolution² small triangles. */
  resolution?: number;
  /** Triad and stones points returned at most (an even sample beyond that). */
  maxPoints?: number;
}

export type DistributionCounts =
  /** Multiple choice: counts are choices, so they may add up to more than `answered`. */
  | { type: "choice"; signifierId: string; n: number; answered: number; multiple: boolean; options: { id: string; count: number }[] }
  | { type: "dyad"; signifierId: string; n: number; answered: number; edges: number[]; counts: number[] }
  | { type: "scale"; signifierId: string; n: number; answered: number; values: { value: number; count: number }[] }
  | { type: "triad"; signifierId: string; n: number; answered: number; resolution: number; cells: number[] }
  | { type: "stones"; signifierId: string; n: number; items: { id: string; answered: number }[] };

/**
 * Dyad bin: [i/bins, (i+1)/bins), the last closed at 1 (as histogramUnit in core/stats).
 * SQL: least(bins - 1, floor(v * bins)).
 */
export function unitBin(v: number, bins: number): number {
  return Math.min(bins - 1, Math.floor(v * bins));
}

/**
 * Small triangle of a triad on a grid of r steps per side. Row i counts up from the edge opposite
 * corner 3 (i = ⌊c·r⌋), j along it (j = ⌊b·r⌋); each row holds r − i upward triangles and r − i − 1
 * downward ones, interleaved up, down, up …, so row i starts at cell 2ri − i². A point lies in the
 * downward triangle of its rhombus when the two fractional parts sum to 1 or more. Answers may sum
 * to 1 ± 1e-6, so indices are clamped into the triangle. All arithmetic is in doubles, the same
 * operations in the same order as the SQL in src/db/aggregates/distribution.ts.
 */
export function triadCell(b: number, c: number, r: number): number {
  const u = c * r;
  const v = b * r;
  const i = Math.max(0, Math.min(r - 1, Math.floor(u)));
  const j = Math.max(0, Math.min(r - 1 - i, Math.floor(v)));
  const down = u - i + (v - j) >= 1 && j < r - 1 - i ? 1 : 0;
  return 2 * r * i - i * i + 2 * j + down;
}

/** Options with defaults and bounds applied (the HTTP layer passes what the caller asked). */
export function distributionSettings(options: DistributionOptions = {}) {
  return {
    bins: integerSetting(options.bins, DEFAULT_BINS, 1, MAX_BINS, "bins"),
    resolution: integerSetting(options.resolution, DEFAULT_RESOLUTION, 1, MAX_RESOLUTION, "resolution"),
    maxPoints: integerSetting(options.maxPoints, 1000, 0, 20_000, "maxPoints"),
  };
}

/**
 * Two choice signifiers against each other. With a multiple choice a story counts in every cell it
 * chose, so cells can add up to more than n (stories that answered both).
 */
export interface CrosstabCounts {
  rowSignifierId: string;
  colSignifierId: string;
  rowOptions: string[];
  colOptions: string[];
  counts: number[][];
  n: number;
}
