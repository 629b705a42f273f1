// What an organization's link to a sector carries: which collections contribute (with their ε per
// release), and every release made (its ε, which spends the budget even once withdrawn).
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { collection, sectorContribution, sectorParticipation } from "../../db/schema/index.ts";
import type { LinkRow } from "./links.ts";

export async function participationsOf(db: Db, link: LinkRow) {
  const rows = await db.select({ collectionId: collection.id, collectionName: collection.name, numerator: sectorParticipation.epsilonNumerator, denominator: sectorParticipation.epsilonDenominator })
    .from(sectorParticipation).innerJoin(collection, and(eq(collection.id, sectorParticipation.collectionId), eq(collection.organizationId, link.organizationId)))
    .where(and(eq(sectorParticipation.organizationId, link.organizationId), eq(sectorParticipation.linkId, link.id))).orderBy(collection.name);
  return rows.map((r) => ({ collectionId: r.collectionId, collectionName: r.collectionName, epsilon: { numerator: r.numerator, denominator: r.denominator } }));
}

/** The releases, newest first, each with the number of stories its collection shares for that month. */
export async function releasesOf(db: Db, link: LinkRow) {
  const scope = and(eq(sectorContribution.organizationId, link.organizationId), eq(sectorContribution.linkId, link.id));
  const releases = await db.select({
    id: sectorContribution.id, collectionId: sectorContribution.collectionId, collectionName: collection.name, month: sectorContribution.month, version: sectorContribution.version,
    numerator: sectorContribution.epsilonNumerator, denominator: sectorContribution.epsilonDenominator, releasedAt: sectorContribution.createdAt, withdrawnAt: sectorContribution.withdrawnAt,
  }).from(sectorContribution).leftJoin(collection, and(eq(collection.id, sectorContribution.collectionId), eq(collection.organizationId, link.organizationId)))
    .where(and(scope, eq(sectorContribution.kind, "aggregates"))).orderBy(desc(sectorContribution.createdAt));
  const stories = await db.select({ collectionId: sectorContribution.collectionId, month: sectorContribution.month, n: count() }).from(sectorContribution)
    .where(and(scope, eq(sectorContribution.kind, "story"), isNull(sectorContribution.withdrawnAt)))
    .groupBy(sectorContribution.collectionId, sectorContribution.month);
  const storiesOf = new Map(stories.map((s) => [`${s.collectionId}:${s.month}`, Number(s.n)]));
  return releases.map((r) => ({
    id: r.id, collectionId: r.collectionId, collectionName: r.collectionName, month: r.month, version: r.version,
    epsilon: { numerator: r.numerator ?? 0, denominator: r.denominator ?? 1 },
    stories: r.withdrawnAt ? 0 : storiesOf.get(`${r.collectionId}:${r.month}`) ?? 0,
    releasedAt: r.releasedAt.toISOString(), withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
  }));
}
