// The sector (issue 15): sectors and their core frameworks, an organization's links and releases,
// the hub protocol, and the sector view its members read. Counts are the sum of noisy releases:
// each comes with the ± of its noise, and shares with an interval that counts that noise too.
import { z } from "@hono/zod-openapi";
import { frameworkDefinition } from "../core/framework.ts";
import { adoptionInput, coreMapping } from "../core/sector/core-framework.ts";
import { dateTime } from "./common.ts";
import { Framework } from "./frameworks.ts";

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).openapi({ example: "2026-11" });
const Fraction = (description: string) => z.object({ numerator: z.number().int().min(1).max(1000), denominator: z.number().int().min(1).max(1000) }).openapi({ description });
const Budget = z.object({ budget: z.number(), spent: z.number(), releases: z.number().int() });

export const Sector = z.object({
  id: z.string().uuid(), name: z.string(),
  coordinatorId: z.string().uuid().nullable().openapi({ description: "Null for a sector on a hub elsewhere: its view comes from that hub through this instance" }),
  createdAt: dateTime,
}).openapi("Sector");
export const SectorName = z.object({ name: z.string().trim().min(1).max(200) });
export const SectorMemberInput = z.object({ organizationId: z.string().uuid() });
export const SectorMember = z.object({
  organizationId: z.string().uuid(), name: z.string(), coordinating: z.boolean(), joinedAt: dateTime,
}).openapi("SectorMember");
export const CoreFrameworkSummary = z.object({
  version: z.number().int(), name: z.string(), questions: z.number().int(), publishedAt: dateTime,
}).openapi("CoreFrameworkSummary");
export const SectorCredentialSummary = z.object({
  id: z.string().uuid(), name: z.string(), createdAt: dateTime,
  registered: z.boolean().openapi({ description: "The instance has registered its signing key" }),
  revoked: z.boolean(),
}).openapi("SectorCredentialSummary");
export const CoreFramework = z.object({
  version: z.number().int(),
  definition: frameworkDefinition.meta({ id: "CoreFrameworkDefinition" }),
  mapping: coreMapping.openapi({ description: "This version's question and option ids → the sector's lasting core ids" }),
}).openapi("CoreFramework");
export const CoreFrameworkInput = z.object({ definition: frameworkDefinition, mapping: coreMapping.optional() }).openapi("CoreFrameworkInput");
export const SectorCredential = z.object({
  id: z.string().uuid(), name: z.string(), credential: z.string().openapi({ description: "Shown once: the contributing instance sends it as Bearer to /sector-hub" }),
}).openapi("SectorCredential");

const CombinedCell = z.object({
  cell: z.string(), count: z.number().int(),
  plusMinus: z.number().int().openapi({ description: "95% of the summed noise lies within ± this" }),
  variance: z.number().openapi({ description: "The variance of the summed noise" }),
  hidden: z.number().int(), releases: z.number().int(),
});
export const SectorAggregates = z.object({
  month: z.string().nullable(), releases: z.number().int(), organizations: z.number().int(),
  histograms: z.array(z.object({ key: z.string(), cells: z.array(CombinedCell) })),
}).openapi("SectorAggregates");

export const SharedStory = z.object({
  id: z.string().uuid(),
  organization: z.string().nullable().openapi({ description: "Null where the organization does not let the sector show its name" }),
  month: z.string(), title: z.string().nullable(), text: z.string(), language: z.string(), coreVersion: z.number().int(),
  answers: z.record(z.string(), z.unknown()),
}).openapi("SharedStory");
export const SharedStoryQuery = z.object({
  q: z.string().trim().min(1).max(200).optional().openapi({ description: "Words to find (Dutch and other stemming by each story's language; websearch syntax)" }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const SimilarSharedStory = z.object({
  story: SharedStory, score: z.number().min(0).max(1),
  sharedWords: z.array(z.string()).openapi({ description: "Stems both stories share, strongest first" }),
  closeAnswers: z.array(z.string()).openapi({ description: "Core questions both answered alike" }),
}).openapi("SimilarSharedStory");
export const SharedStories = z.object({ items: z.array(SharedStory) });
export const SimilarSharedStories = z.object({ items: z.array(SimilarSharedStory) });
/** What a contributing instance adds when it reads the view on the hub (topology b). */
export const SectorHubReader = z.object({
  smallGroup: z.coerce.number().int().min(1).max(100).optional()
    .openapi({ description: "The contributing organization's small-group threshold: counts below it (or below the hub's) are not shown" }),
});

// The contributing organization's side.
export const SectorLinkInput = z.union([
  z.object({ sectorId: z.string().uuid(), budget: Fraction("The privacy budget: the most ε all releases together may use").optional() }),
  z.object({ hubUrl: z.string().url().max(500), credential: z.string().regex(/^vps_[A-Za-z0-9_-]{43}$/), budget: Fraction("The privacy budget").optional() }),
]).openapi("SectorLinkInput");
export const SectorLink = z.object({
  id: z.string().uuid(), sectorId: z.string().uuid(), sectorName: z.string(), hubUrl: z.string().nullable(), budget: Budget,
}).openapi("SectorLink");
export const CoreAdoptionInput = adoptionInput.extend({
  coreVersion: z.number().int().min(1).optional().openapi({ description: "Without it: the newest" }),
  frameworkId: z.string().uuid().optional().openapi({ description: "Adopt into this framework (a new version); without it a new framework is made" }),
  name: z.string().trim().min(1).max(200).optional(),
}).openapi("CoreAdoptionInput");
export const CoreAdoption = z.object({ framework: Framework, coreVersion: z.number().int(), coreQuestionIds: z.array(z.string()) }).openapi("CoreAdoption");
export const SectorParticipation = z.object({ linkId: z.string().uuid(), epsilon: Fraction("ε per monthly release, e.g. 1/2") }).openapi("SectorParticipation");
const Epsilon = z.object({ numerator: z.number().int(), denominator: z.number().int() });
export const LinkParticipation = z.object({ collectionId: z.string().uuid(), collectionName: z.string(), epsilon: Epsilon }).openapi("LinkParticipation");
export const ReleaseSummary = z.object({
  id: z.string().uuid(), collectionId: z.string().uuid(), collectionName: z.string().nullable(), month: Month, version: z.number().int(),
  epsilon: Epsilon.openapi({ description: "ε this release spent of the budget (also once withdrawn)" }),
  stories: z.number().int().openapi({ description: "Stories the collection shares for this month (0 once withdrawn)" }),
  releasedAt: dateTime, withdrawnAt: dateTime.nullable(),
}).openapi("ReleaseSummary");
export const SectorReleaseInput = z.object({ month: Month });
export const SectorRelease = z.object({
  aggregates: z.object({
    id: z.string().uuid(), version: z.number().int(), epsilon: z.object({ numerator: z.number().int(), denominator: z.number().int() }),
    sensitivity: z.number().int(), plusMinus: z.number().int(),
  }),
  stories: z.number().int().openapi({ description: "Stories shared for the first time with this release" }),
  budget: Budget,
}).openapi("SectorRelease");

// The hub protocol.
export const SectorContribution = z.object({
  id: z.string().uuid().openapi({ description: "The contribution's id; also its Idempotency-Key" }),
  document: z.object({
    kind: z.enum(["aggregates", "story"]),
    month: Month,
    sectorId: z.string().uuid(),
    version: z.number().int().min(1),
  }).catchall(z.unknown()).openapi({ description: "Signed as its canonical JSON (RFC 8785)" }),
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/).openapi({ description: "Ed25519 over the document's canonical JSON, base64url" }),
}).openapi("SectorContribution");
export const SectorHubRegistration = z.object({ sectorId: z.string().uuid(), sectorName: z.string() }).openapi("SectorHubRegistration");
export const SectorSigningKey = z.object({ publicKey: z.string() }).openapi("SectorSigningKey");
export const SigningKeyInput = z.object({ publicKey: z.string().min(1).max(1000).openapi({ description: "PEM (SPKI)" }) });

// The sector view.
const share = z.number().min(0).max(1).nullable();
export const SectorFigure = z.object({
  cell: z.string().openapi({ description: "A core option id, a bin (bin0 …) or a triad grid point (grid0 …)" }),
  label: z.string(),
  count: z.number().int().nullable().openapi({ description: "The summed noisy count; null below the small-group threshold, or hidden by every release" }),
  plusMinus: z.number().int().openapi({ description: "95% of the summed noise lies within ± this" }),
  share: share.openapi({ description: "The count's share of the question's counts" }),
  lower: share.openapi({ description: "95% interval of the share: sampling and noise together" }),
  upper: share,
  hiddenReleases: z.number().int().openapi({ description: "Releases that hid this cell (below their own threshold): the count leaves them out" }),
}).openapi("SectorFigure");
export const SectorQuestion = z.object({
  id: z.string().openapi({ description: "The lasting core id" }),
  question: z.string(),
  type: z.enum(["choice", "dyad", "scale", "triad"]),
  labels: z.array(z.string()).openapi({ description: "A slider's two ends, a triad's three corners; empty otherwise" }),
  figures: z.array(SectorFigure),
  mine: z.array(SectorFigure).nullable().openapi({ description: "The caller's organization's own releases in the same cells; null when it released nothing in the period" }),
}).openapi("SectorQuestion");
export const SectorWhatWorksRow = z.object({
  situation: z.string(), intervention: z.string(),
  n: z.number().int().nullable().openapi({ description: "Stories of this situation and intervention (noisy); null below the small-group threshold" }),
  plusMinus: z.number().int(),
  outcomes: z.array(z.object({
    outcome: z.string(), share, lower: share, upper: share,
    restShare: share.openapi({ description: "The outcome's share among the situation's other interventions" }),
    difference: z.number().nullable(), differenceLower: z.number().nullable(), differenceUpper: z.number().nullable(),
  })),
}).openapi("SectorWhatWorksRow");
const Period = z.object({ from: Month.nullable(), to: Month.nullable() });
export const SectorPatterns = z.object({
  sector: z.object({ id: z.string().uuid(), name: z.string() }),
  coreVersion: z.number().int(),
  period: Period,
  months: z.array(Month).openapi({ description: "Every month with a release, oldest first" }),
  releases: z.number().int(),
  smallGroup: z.number().int().openapi({ description: "Counts below this are not shown" }),
  organizations: z.object({
    count: z.number().int(),
    named: z.array(z.string()).openapi({ description: "Only the organizations that let the sector show their name" }),
  }),
  questions: z.array(SectorQuestion),
  whatWorks: z.object({ situation: z.string(), intervention: z.string(), outcome: z.string(), rows: z.array(SectorWhatWorksRow) }).nullable(),
}).openapi("SectorPatterns");
export const SectorPeriodQuery = z.object({ from: Month.optional(), to: Month.optional() });
export const SectorTrend = z.object({
  question: SectorQuestion.pick({ id: true, question: true, type: true }),
  months: z.array(z.object({ month: Month, figures: z.array(SectorFigure) })),
}).openapi("SectorTrend");
export const SectorTrendQuery = z.object({ question: z.string().min(1).max(64) });
export const SectorComparisonQuery = z.object({ aFrom: Month, aTo: Month, bFrom: Month, bTo: Month });
export const SectorComparison = z.object({
  a: Period, b: Period,
  questions: z.array(z.object({
    id: z.string(), question: z.string(),
    cells: z.array(z.object({
      cell: z.string(), label: z.string(), a: share, b: share,
      difference: z.number().nullable().openapi({ description: "b − a; null when either share is hidden" }),
      lower: z.number().nullable(), upper: z.number().nullable(),
    })),
  })),
}).openapi("SectorComparison");

const DiscoveryAnswer = z.object({ question: z.string(), answer: z.string() });
export const SectorDiscovery = z.object({
  period: Period,
  smallGroup: z.number().int().openapi({ description: "Groups and counts below this are not tested" }),
  alpha: z.number().openapi({ description: "The false-discovery rate (Benjamini–Hochberg) findings are held to" }),
  tested: z.number().int(), skipped: z.number().int().openapi({ description: "Pairs of answers not tested: a group below the small-group threshold" }),
  findings: z.array(z.object({
    given: DiscoveryAnswer, then: DiscoveryAnswer,
    n: z.number().int().openapi({ description: "Stories with the given answer (noisy)" }),
    share: z.number().min(0).max(1).openapi({ description: "The share of `then` among the stories with the given answer" }),
    otherShare: z.number().min(0).max(1).openapi({ description: "The share of `then` among the other stories" }),
    difference: z.number(), lower: z.number(), upper: z.number(),
    plusMinus: z.number().openapi({ description: "Half the 95% interval of the difference: sampling and the noise together" }),
    q: z.number().min(0).max(1),
  })).openapi({ description: "Only differences whose interval, noise counted in, does not reach 0, with q ≤ alpha; strongest evidence first" }),
}).openapi("SectorDiscovery");

export type Sector = z.infer<typeof Sector>;
export type SectorMember = z.infer<typeof SectorMember>;
export type CoreFrameworkSummary = z.infer<typeof CoreFrameworkSummary>;
export type SectorCredential = z.infer<typeof SectorCredential>;
export type SectorCredentialSummary = z.infer<typeof SectorCredentialSummary>;
export type SectorLink = z.infer<typeof SectorLink>;
export type SectorSigningKey = z.infer<typeof SectorSigningKey>;
export type LinkParticipation = z.infer<typeof LinkParticipation>;
export type ReleaseSummary = z.infer<typeof ReleaseSummary>;
export type SectorRelease = z.infer<typeof SectorRelease>;
export type CoreAdoption = z.infer<typeof CoreAdoption>;
export type CoreFramework = z.infer<typeof CoreFramework>;
export type SharedStory = z.infer<typeof SharedStory>;
export type SimilarSharedStory = z.infer<typeof SimilarSharedStory>;
export type SectorFigure = z.infer<typeof SectorFigure>;
export type SectorQuestion = z.infer<typeof SectorQuestion>;
export type SectorWhatWorksRow = z.infer<typeof SectorWhatWorksRow>;
export type SectorPatterns = z.infer<typeof SectorPatterns>;
export type SectorTrend = z.infer<typeof SectorTrend>;
export type SectorDiscovery = z.infer<typeof SectorDiscovery>;
export type SectorComparison = z.infer<typeof SectorComparison>;
