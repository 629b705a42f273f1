// The shapes of the period routes (src/server/patterns/schemas.ts: Comparison, Trend, Cohort) as this
// page reads them. Below analyst, counts of 1 … k − 1 stories come as null, and so do shares, means
// and tests of groups that small (core/privacy/small-cells.ts).
import type { Count } from "../patterns/types.ts";

/** One side of a comparison as the server resolved it; `to` is exclusive. */
export interface PeriodBounds {
  from: string | null;
  to: string | null;
  roundId: string | null;
}

interface ShiftBase {
  signifierId: string;
  nA: Count;
  nB: Count;
  method: string;
  statistic: number | null;
  pValue: number | null;
  qValue: number | null;
  effect: { measure: string; value: number | null };
}

export interface OptionShift {
  id: string;
  shareA: number | null;
  shareB: number | null;
  /** shareB − shareA with its 95% interval; null when hidden. */
  difference: { estimate: number | null; lower: number | null; upper: number | null } | null;
}

/** One stones item from A to B: its mean point (x, y) in each period and its own Hotelling's T². */
export interface ItemShift {
  id: string;
  nA: Count;
  nB: Count;
  meanA: number[] | null;
  meanB: number[] | null;
  /** meanB − meanA and the length of that move; null when hidden or a period has no points. */
  shift: { dx: number; dy: number; length: number } | null;
  t2: number | null;
  /** F of Hotelling's T². */
  statistic: number | null;
  pValue: number | null;
}

export type Shift =
  | (ShiftBase & { type: "choice"; multiple: boolean; options: OptionShift[] })
  | (ShiftBase & { type: "dyad" | "scale"; meanA: number | null; meanB: number | null; medianA: number | null; medianB: number | null })
  | (ShiftBase & { type: "triad"; meanA: number[] | null; meanB: number[] | null; meanDifference: number[] | null })
  | (ShiftBase & { type: "stones"; items: ItemShift[] });

export interface Comparison {
  a: PeriodBounds;
  b: PeriodBounds;
  shifts: Shift[];
  suppressed?: boolean;
}

export type TrendInterval = "week" | "month";

export interface TrendBucket {
  /** Start of the week (Monday) or month, UTC. */
  start: string;
  n: Count;
  answered?: Count;
  /** Dyad or scale: the mean answer; triad: the mean share per corner. */
  mean?: number | number[] | null;
  options?: { id: string; count: Count }[];
}

export interface Trend {
  interval: TrendInterval;
  signifierId: string | null;
  type: "choice" | "dyad" | "scale" | "triad" | "stones" | null;
  buckets: TrendBucket[];
  suppressed?: boolean;
}

export interface Cohort {
  signifierId: string;
  clients: Count;
  medianFirst: number | null;
  medianLatest: number | null;
  rose: Count;
  fell: Count;
  same: Count;
  test: { method: "wilcoxonSignedRank"; v: number | null; z: number | null; pValue: number | null; rankBiserial: number | null; n: Count };
  suppressed?: boolean;
}
