// A monthly contribution of one collection to its sector: the noisy core aggregates of the stories
// with research consent, and the stories whose tellers agreed to share them (redacted text, title,
// core answers, month, organization: never a pseudonym, team, person or exact time). Every document
// is signed with the organization's key, stored here unchanged, and delivered to the hub.
import { createHash, randomInt, randomUUID } from "node:crypto";
import { and, count, eq, gte, inArray, isNotNull, isNull, lt } from "drizzle-orm";
import type { Answers } from "../../core/answers.ts";
import { countStories, coreAnswers, type CountedStory } from "../../core/sector/aggregates.ts";
import { decideRelease } from "../../core/sector/budget.ts";
import type { CoreVersion } from "../../core/sector/core-framework.ts";
import type { Epsilon } from "../../core/sector/discrete-laplace.ts";
import { noisyRelease } from "../../core/sector/release.ts";
import { signDocument } from "../../core/sector/signed-document.ts";
import type { Db } from "../../db/client.ts";
import { sectorContribution, story } from "../../db/schema/index.ts";
import { conflict, Problem } from "../problem.ts";
import { sectorShowNameOf, smallCellKOf } from "../stories/organization-keys.ts";
import { deliverOrQueue } from "./delivery.ts";
import { adoptionsOf, findCollection, findLink, organizationName, participationOf, signingKeysOf, type LinkRow } from "./links.ts";

export const PRIVACY_BUDGET_EXHAUSTED = "tag:vertelpunt@example.org,2026:problems/privacy-budget-exhausted";

const monthRange = (month: string) => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, m - 1, 1)), to: new Date(Date.UTC(year, m, 1)) };
};

/** An opaque, lasting name for the collection's series of releases: the hub needs to know which release replaces which, not the collection's id. */
const seriesOf = (link: LinkRow, collectionId: string) => createHash("sha256").update(`${link.id}:${collectionId}`).digest("base64url").slice(0, 22);

/** The ε of the releases already made to this link's sector: the ledger. Withdrawn releases stay spent. */
async function spentEpsilons(db: Db, link: LinkRow): Promise<Epsilon[]> {
  const rows = await db.select({ numerator: sectorContribution.epsilonNumerator, denominator: sectorContribution.epsilonDenominator }).from(sectorContribution)
    .where(and(eq(sectorContribution.organizationId, link.organizationId), eq(sectorContribution.linkId, link.id), isNotNull(sectorContribution.epsilonNumerator)));
  return rows.map((r) => ({ numerator: r.numerator!, denominator: r.denominator! }));
}

export async function budgetOf(db: Db, link: LinkRow) {
  const spent = await spentEpsilons(db, link);
  const budget = { numerator: link.budgetNumerator, denominator: link.budgetDenominator };
  const total = spent.reduce((sum, e) => sum + e.numerator / e.denominator, 0);
  return { budget: budget.numerator / budget.denominator, spent: total, releases: spent.length };
}

interface Stored { id: string; kind: string; version: number; document: Record<string, unknown> }

async function storeSigned(db: Db, link: LinkRow, values: { collectionId: string; storyId?: string; kind: "aggregates" | "story"; month: string; version: number; document: Record<string, unknown>; epsilon?: Epsilon }): Promise<Stored> {
  const { privateKey } = await signingKeysOf(db, link.organizationId);
  const id = randomUUID();
  const document = { ...values.document, kind: values.kind, month: values.month, sectorId: link.sectorId, version: values.version };
  const signed = signDocument(document as never, privateKey);
  await db.insert(sectorContribution).values({
    id, organizationId: link.organizationId, linkId: link.id, collectionId: values.collectionId, storyId: values.storyId ?? null, kind: values.kind, month: values.month,
    version: values.version, document, signature: signed.signature, epsilonNumerator: values.epsilon?.numerator ?? null, epsilonDenominator: values.epsilon?.denominator ?? null,
  });
  return { id, kind: values.kind, version: values.version, document };
}

async function storiesOfMonth(db: Db, organizationId: string, collectionId: string, month: string) {
  const { from, to } = monthRange(month);
  return db.select({ id: story.id, frameworkId: story.frameworkId, frameworkVersion: story.frameworkVersion, answers: story.answers, title: story.title, text: story.text, language: story.language, research: story.consentResearch, sector: story.consentSector })
    .from(story).where(and(eq(story.organizationId, organizationId), eq(story.collectionId, collectionId), gte(story.toldAt, from), lt(story.toldAt, to)));
}

/** The core a story counts under: the last adoption at or before its framework version. */
function coreForStory(adoptions: Awaited<ReturnType<typeof adoptionsOf>>, frameworkVersion: number): CoreVersion | undefined {
  return adoptions.filter((a) => a.frameworkVersion <= frameworkVersion).at(-1)?.core;
}

export interface ReleaseResult {
  aggregates: Stored & { epsilon: Epsilon; plusMinus: number; sensitivity: number };
  stories: Stored[];
  budget: { budget: number; spent: number; releases: number };
}

export async function releaseMonth(db: Db, organizationId: string, collectionId: string, month: string, onQueued: () => void): Promise<ReleaseResult> {
  const participation = await participationOf(db, organizationId, collectionId);
  if (!participation) throw conflict("sectorNotAdopted");
  const link = await findLink(db, organizationId, participation.linkId);
  const rows = await storiesOfMonth(db, organizationId, collectionId, month);
  const { frameworkId } = await findCollection(db, organizationId, collectionId);
  const adoptions = (await adoptionsOf(db, organizationId, frameworkId)).filter((a) => a.linkId === link.id);
  const newest = adoptions.at(-1)?.core;
  if (!newest) throw conflict("sectorNotAdopted");

  const epsilon = { numerator: participation.epsilonNumerator, denominator: participation.epsilonDenominator };
  const decision = decideRelease({ numerator: link.budgetNumerator, denominator: link.budgetDenominator }, await spentEpsilons(db, link), epsilon);
  if (!decision.allowed) {
    throw new Problem(409, "conflict", "privacyBudgetExhausted", undefined, { type: PRIVACY_BUDGET_EXHAUSTED, code: "privacyBudgetExhausted" });
  }
  const counted: CountedStory[] = rows.flatMap((r) => {
    const core = r.research ? coreForStory(adoptions, r.frameworkVersion) : undefined;
    return core ? [{ answers: r.answers as Answers, core }] : [];
  });
  const release = noisyRelease(countStories(newest, counted), epsilon, await smallCellKOf(db, organizationId), randomInt);
  const cells = new Map(countStories(newest, []).map((h) => [h.key, h.cells]));
  const organization = await organizationName(db, organizationId);
  // The hub's members see the name only where the organization allows it (the coordinator knows it anyway).
  const showName = await sectorShowNameOf(db, organizationId);
  const series = seriesOf(link, collectionId);
  const [previous] = await db.select({ n: count() }).from(sectorContribution)
    .where(and(eq(sectorContribution.organizationId, organizationId), eq(sectorContribution.collectionId, collectionId), eq(sectorContribution.kind, "aggregates"), eq(sectorContribution.month, month)));
  const aggregates = await storeSigned(db, link, {
    collectionId, kind: "aggregates", month, version: Number(previous?.n ?? 0) + 1, epsilon,
    document: {
      organization, showName, series, coreVersion: newest.version, epsilon: { ...epsilon }, sensitivity: release.sensitivity, plusMinus: release.plusMinus,
      histograms: release.histograms.map((h) => ({ key: h.key, cells: cells.get(h.key)!, counts: h.counts })),
    },
  });

  const shared = await db.select({ storyId: sectorContribution.storyId }).from(sectorContribution)
    .where(and(eq(sectorContribution.organizationId, organizationId), eq(sectorContribution.collectionId, collectionId), eq(sectorContribution.kind, "story")));
  const alreadyShared = new Set(shared.map((s) => s.storyId));
  const stories: Stored[] = [];
  for (const r of rows) {
    const core = coreForStory(adoptions, r.frameworkVersion);
    if (!r.sector || !core || alreadyShared.has(r.id)) continue;
    stories.push(await storeSigned(db, link, {
      collectionId, storyId: r.id, kind: "story", month, version: 1,
      document: { organization, showName, coreVersion: core.version, title: r.title, text: r.text, language: r.language, answers: coreAnswers(r.answers as Answers, core) },
    }));
  }
  await deliverOrQueue(db, link, [aggregates, ...stories].map((c) => ({ contributionId: c.id, operation: "deliver" as const })));
  onQueued();
  return { aggregates: { ...aggregates, epsilon, plusMinus: release.plusMinus, sensitivity: release.sensitivity }, stories, budget: await budgetOf(db, link) };
}

async function withdraw(db: Db, organizationId: string, where: ReturnType<typeof and>, onQueued: () => void) {
  const rows = await db.update(sectorContribution).set({ withdrawnAt: new Date() })
    .where(and(eq(sectorContribution.organizationId, organizationId), isNull(sectorContribution.withdrawnAt), where))
    .returning({ id: sectorContribution.id, linkId: sectorContribution.linkId });
  const byLink = new Map<string, typeof rows>();
  for (const row of rows) byLink.set(row.linkId, [...(byLink.get(row.linkId) ?? []), row]);
  for (const [linkId, items] of byLink) {
    await deliverOrQueue(db, await findLink(db, organizationId, linkId), items.map((r) => ({ contributionId: r.id, operation: "withdraw" as const })));
  }
  if (rows.length > 0) onQueued();
  return rows.length;
}

/** The stories were withdrawn or erased (one, or all of a client's): they leave the sector too, in one update. */
export const withdrawStoriesFromSector = async (db: Db, organizationId: string, storyIds: string[], onQueued: () => void) =>
  storyIds.length === 0 ? 0 : withdraw(db, organizationId, inArray(sectorContribution.storyId, storyIds), onQueued);

/** The collection stops contributing (or the organization leaves): everything it contributed is withdrawn. */
export const withdrawCollectionFromSector = (db: Db, organizationId: string, collectionId: string, onQueued: () => void) =>
  withdraw(db, organizationId, eq(sectorContribution.collectionId, collectionId), onQueued);
