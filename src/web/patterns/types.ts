// The shapes the pattern API answers with (src/server/patterns/schemas.ts), as the dashboard reads
// them. Below analyst, counts of 1 … k − 1 stories come as null (small-cell suppression), and so do
// statistics of groups that small or with nothing to test.
import type { Triad } from "./ternary.ts";

/** A count, or null: hidden because it is 1 … k − 1 stories. */
export type Count = number | null;

interface Counted {
  signifierId: string;
  /** Stories in the selection; `answered` of them answered this question. */
  n: Count;
  suppressed?: boolean;
}

export type Distribution =
  | (Counted & { type: "choice"; answered: Count; multiple: boolean; options: { id: string; count: Count }[] })
  | (Counted & { type: "dyad"; answered: Count; edges: number[]; counts: Count[] })
  | (Counted & { type: "scale"; answered: Count; values: { value: number; count: Count }[] })
  | (Counted & {
    type: "triad"; answered: Count; resolution: number; cells: Count[]; points: Triad[]; pointIds: string[];
    density: { resolution: number; bandwidth: number; values: number[]; max: number } | null;
  })
  | (Counted & { type: "stones"; items: { id: string; answered: Count }[]; points: Record<string, { xy: [number, number][]; ids: string[] }> });

export interface ListeningRound {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
  /** Personal invitations get one reminder this many days after the invitation (null: none). */
  reminderAfterDays?: number | null;
}

export interface Difference {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

export interface WhatWorksRow {
  situation: string;
  intervention: string;
  outcomeOption?: string;
  n: number;
  restN: number;
  outcomes: { option: string; count: Count; share: number | null; baselineShare: number | null; difference: Difference }[];
  test: { method: string; statistic: number | null; df: number };
  pValue: number | null;
  q: number | null;
  examples: string[];
}

/** Mean after the intervention minus mean in the rest of the situation, with its 95% Welch interval. */
export interface MeanDifference extends Difference {
  mean: number | null;
  restMean: number | null;
}

export interface NumericWhatWorksRow {
  situation: string;
  intervention: string;
  n: number;
  restN: number;
  centre: number | Triad | null;
  restCentre: number | Triad | null;
  /** Slider and scale: one difference of means. Triangle: one per corner, the difference of mean shares. */
  difference: MeanDifference | MeanDifference[];
  test: { method: string; statistic: number | null };
  effect: number | null;
  pValue: number | null;
  q: number | null;
  examples: string[];
}

export type WhatWorks =
  | { kind: "choice"; situation: string; intervention: string; outcome: string; minN: number; stories: Count; rows: WhatWorksRow[] }
  | { kind: "dyad" | "scale" | "triad"; situation: string; intervention: string; outcome: string; minN: number; stories: Count; rows: NumericWhatWorksRow[] };

export interface DiscoveredPattern {
  a: string;
  b: string;
  test: string;
  n: number;
  effect: { measure: "cramersV" | "epsilonSquared" | "rho"; value: number | null };
  pValue: number | null;
  q: number | null;
}

export interface Discoveries {
  stories: Count;
  tested: number;
  skipped: number;
  alpha: number;
  patterns: DiscoveredPattern[];
}
