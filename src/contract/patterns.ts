// The exact shapes of every pattern answer, for the OpenAPI document and the web client. Counts are
// nullable: below analyst, small cells are hidden (core/privacy/small-cells.ts); `suppressed` says
// so. Statistics are nullable too: a test with nothing to test (NaN inside) is written as null.
import { z } from "@hono/zod-openapi";

const count = z.number().int().nullable();
const num = z.number().nullable();
const suppressed = z.boolean().optional().openapi({ description: "True when counts of 1 … k − 1 stories are hidden (null)" });
const triad = z.array(z.number()).length(3);

const choiceDistribution = z.strictObject({
  type: z.literal("choice"), signifierId: z.string(), n: count, answered: count, multiple: z.boolean(),
  options: z.array(z.strictObject({ id: z.string(), count })), suppressed,
}).openapi("ChoiceDistribution");
const dyadDistribution = z.strictObject({
  type: z.literal("dyad"), signifierId: z.string(), n: count, answered: count, edges: z.array(z.number()), counts: z.array(count), suppressed,
}).openapi("DyadDistribution");
const scaleDistribution = z.strictObject({
  type: z.literal("scale"), signifierId: z.string(), n: count, answered: count, values: z.array(z.strictObject({ value: z.number().int(), count })), suppressed,
}).openapi("ScaleDistribution");
const triadDistribution = z.strictObject({
  type: z.literal("triad"), signifierId: z.string(), n: count, answered: count, resolution: z.number().int(),
  cells: z.array(count).openapi({ description: "resolution² small triangles (core/patterns/distribution.ts triadCell)" }),
  points: z.array(triad), pointIds: z.array(z.string()),
  density: z.strictObject({ resolution: z.number().int(), bandwidth: z.number(), values: z.array(z.number()), max: z.number() }).nullable(), suppressed,
}).openapi("TriadDistribution");
const stonesDistribution = z.strictObject({
  type: z.literal("stones"), signifierId: z.string(), n: count,
  items: z.array(z.strictObject({ id: z.string(), answered: count })),
  points: z.record(z.string(), z.strictObject({ xy: z.array(z.array(z.number()).length(2)), ids: z.array(z.string()) })), suppressed,
}).openapi("StonesDistribution");
export const Distribution = z.discriminatedUnion("type", [choiceDistribution, dyadDistribution, scaleDistribution, triadDistribution, stonesDistribution]).openapi("Distribution");

const tableTest = z.strictObject({
  method: z.enum(["chiSquare", "fisher", "monteCarloChiSquare"]), pValue: num, statistic: num, df: z.number(), cramersV: num,
  minExpected: num, n: z.number().int(), degenerate: z.boolean(), pooled: z.number().int(), replicates: z.number().int().optional(), seed: z.number().int().optional(),
}).openapi("TableTest");

export const Crosstab = z.strictObject({
  rowSignifierId: z.string(), colSignifierId: z.string(), rowOptions: z.array(z.string()), colOptions: z.array(z.string()),
  counts: z.array(z.array(count)), n: count, test: tableTest.optional(), suppressed,
}).openapi("Crosstab");

const interval = z.strictObject({ estimate: num, lower: num, upper: num });
const choiceRow = z.strictObject({
  situation: z.string(), intervention: z.string(), outcomeOption: z.string().optional(), n: z.number().int(), situationN: z.number().int(), restN: z.number().int(),
  outcomes: z.array(z.strictObject({ option: z.string(), count, share: num, baselineShare: num, difference: interval.extend({ p1: num, p2: num }) })),
  test: z.strictObject({ method: z.string(), statistic: num, df: z.number(), cramersV: num, pooled: z.number().int() }),
  pValue: num, q: num, examples: z.array(z.string()),
}).openapi("WhatWorksRow");
const meanDifference = interval.extend({
  mean: num.openapi({ description: "Mean after the intervention (triad: the corner's mean share)" }),
  restMean: num.openapi({ description: "Mean in the situation's other stories" }),
}).openapi({ description: "mean − restMean with its 95% Welch interval; lower and upper are null when a group has a single story" });
const numericRow = z.strictObject({
  situation: z.string(), intervention: z.string(), n: z.number().int(), restN: z.number().int(),
  centre: z.union([z.number(), triad]).nullable(), restCentre: z.union([z.number(), triad]).nullable(),
  difference: z.union([meanDifference, z.array(meanDifference).length(3)]).openapi({
    description: "Dyad and scale: the difference of means with the situation's other stories. Triad: one per corner, in the order of its labels, the difference of mean shares",
  }),
  test: z.strictObject({ method: z.enum(["mannWhitney", "hotelling", "permutation"]), statistic: num }),
  effect: num, pValue: num, q: num, examples: z.array(z.string()),
}).openapi("NumericWhatWorksRow");
const header = { situation: z.string(), intervention: z.string(), outcome: z.string(), minN: z.number().int(), stories: count, suppressed };
export const WhatWorks = z.discriminatedUnion("kind", [
  z.strictObject({ ...header, kind: z.literal("choice"), rows: z.array(choiceRow) }),
  z.strictObject({
    ...header, kind: z.enum(["dyad", "scale", "triad"]), rows: z.array(numericRow),
    situations: z.array(z.strictObject({ situation: z.string(), n: count, test: z.strictObject({
      statistic: num, df: z.number(), pValue: num, epsilonSquared: num, n: z.number().int(), groups: z.number().int(), degenerate: z.boolean(),
    }).nullable() })),
  }),
]).openapi("WhatWorks");

export const Discoveries = z.strictObject({
  stories: count, tested: z.number().int(), skipped: z.number().int(), alpha: z.number(),
  patterns: z.array(z.strictObject({
    a: z.string(), b: z.string(), test: z.string(), components: z.number().int(), n: z.number().int(), statistic: num,
    effect: z.strictObject({ measure: z.enum(["cramersV", "epsilonSquared", "rho"]), value: num }), strength: num, pValue: num, q: num,
  })), suppressed,
}).openapi("PatternDiscoveries");

const shiftBase = {
  signifierId: z.string(), nA: count, nB: count,
  method: z.enum(["chiSquare", "fisher", "monteCarloChiSquare", "bonferroniPerOption", "mannWhitney", "hotellingIlr", "hotellingPerItem"]),
  statistic: num.openapi({ description: "X² (choice), U of period B (Mann–Whitney) or F of Hotelling's T² (triad); null for stones (one test per item)" }),
  pValue: num.openapi({ description: "Multiple choice and stones: the smallest option's or item's p-value times the number tested (Bonferroni)" }),
  qValue: num.openapi({ description: "Benjamini–Hochberg over the signifiers compared" }),
  effect: z.strictObject({
    measure: z.enum(["cramersV", "riskDifference", "rankBiserial", "aitchisonDistance", "largestMeanShift"]),
    value: num.openapi({ description: "largestMeanShift (stones): the longest move of an item's mean point, in board units (0 to √2)" }),
  }),
};
const point = z.array(z.number()).length(2).openapi({ description: "(x, y) on the stones board, each 0 to 1" });
const itemShift = z.strictObject({
  id: z.string(), nA: count.openapi({ description: "Stories in A that placed this item" }), nB: count.openapi({ description: "Stories in B that placed this item" }),
  meanA: point.nullable(), meanB: point.nullable(),
  shift: z.strictObject({ dx: z.number(), dy: z.number(), length: z.number() }).nullable().openapi({ description: "meanB − meanA and the length of that move; null when a period has no points (or fewer than k, below analyst)" }),
  t2: num.openapi({ description: "Hotelling's two-sample T² on (x, y); null when there is nothing to test (too few points, or all on a line)" }),
  statistic: num.openapi({ description: "F of Hotelling's T², with 2 and nA + nB − 3 degrees of freedom" }),
  pValue: num,
}).openapi("StonesItemShift");
const Shift = z.discriminatedUnion("type", [
  z.strictObject({ ...shiftBase, type: z.literal("choice"), multiple: z.boolean(), options: z.array(z.strictObject({
    id: z.string(), shareA: num, shareB: num, difference: interval.nullable().openapi({ description: "shareB − shareA, 95% Newcombe interval" }), pValue: num.optional(),
  })) }),
  z.strictObject({ ...shiftBase, type: z.enum(["dyad", "scale"]), meanA: num, meanB: num, medianA: num, medianB: num }),
  z.strictObject({ ...shiftBase, type: z.literal("triad"), meanA: triad.nullable(), meanB: triad.nullable(), meanDifference: triad.nullable() }),
  z.strictObject({
    ...shiftBase, type: z.literal("stones"),
    nA: count.openapi({ description: "Stories that placed at least one item" }), nB: count.openapi({ description: "Stories that placed at least one item" }),
    items: z.array(itemShift).openapi({ description: "Each item's mean point in A and B and its own test, in the framework's order" }),
  }),
]).openapi("SignifierShift");
const period = z.strictObject({ from: z.string().nullable(), to: z.string().nullable(), roundId: z.string().uuid().nullable() });
export const Comparison = z.strictObject({ a: period, b: period, shifts: z.array(Shift), suppressed }).openapi("Comparison");

export const Trend = z.strictObject({
  interval: z.enum(["week", "month"]), signifierId: z.string().nullable(), type: z.enum(["choice", "dyad", "scale", "triad", "stones"]).nullable(),
  buckets: z.array(z.strictObject({
    start: z.string().openapi({ description: "Start of the week (Monday) or month, UTC" }), n: count, answered: count.optional(),
    mean: z.union([z.number(), triad]).nullable().optional(), options: z.array(z.strictObject({ id: z.string(), count })).optional(),
  })), suppressed,
}).openapi("Trend");

export const Cohort = z.strictObject({
  signifierId: z.string(), clients: count.openapi({ description: "Clients with a first and a latest answer" }),
  medianFirst: num, medianLatest: num, rose: count, fell: count, same: count,
  test: z.strictObject({
    method: z.literal("wilcoxonSignedRank"), v: num.openapi({ description: "Sum of ranks of positive differences latest − first (R's V)" }),
    z: num, pValue: num, rankBiserial: num.openapi({ description: "Matched-pairs rank-biserial r; positive: answers rose" }), n: count,
  }), suppressed,
}).openapi("Cohort");

export type Distribution = z.infer<typeof Distribution>;
export type Crosstab = z.infer<typeof Crosstab>;
export type WhatWorks = z.infer<typeof WhatWorks>;
export type Discoveries = z.infer<typeof Discoveries>;
export type Comparison = z.infer<typeof Comparison>;
export type Trend = z.infer<typeof Trend>;
export type Cohort = z.infer<typeof Cohort>;
/** A count, or null: hidden because it is 1 … k − 1 stories. */
export type Count = z.infer<typeof count>;
export type Difference = z.infer<typeof interval>;
export type WhatWorksRow = z.infer<typeof choiceRow>;
export type MeanDifference = z.infer<typeof meanDifference>;
export type NumericWhatWorksRow = z.infer<typeof numericRow>;
export type DiscoveredPattern = Discoveries["patterns"][number];
export type PeriodBounds = z.infer<typeof period>;
export type Shift = z.infer<typeof Shift>;
export type OptionShift = Extract<Shift, { type: "choice" }>["options"][number];
export type ItemShift = z.infer<typeof itemShift>;
export type TrendInterval = Trend["interval"];
export type TrendBucket = Trend["buckets"][number];
