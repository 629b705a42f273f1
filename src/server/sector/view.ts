// What a sector's members see on the hub: the combined aggregates (each contributor's latest release
// per series and month) without anything withdrawn, and who contributes, by name only where the
// organization allows it. The coordinating organization admitted every contributor by name, so it
// sees the names.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { combineReleases, type ReleasedAggregates } from "../../core/sector/combine.ts";
import type { Db } from "../../db/client.ts";
import { sectorContributor, sectorReceived } from "../../db/schema/index.ts";

const count = z.number().int().nullable();
/** A release as the view reads it; a signed document of another shape is left out rather than break the view. */
const aggregatesDocument = z.object({
  organization: z.string(), showName: z.boolean().optional(), series: z.string(), month: z.string(), version: z.number().int().min(1),
  epsilon: z.object({ numerator: z.number().int().min(1), denominator: z.number().int().min(1) }), sensitivity: z.number().int().min(1),
  histograms: z.array(z.object({ key: z.string(), cells: z.array(z.string()), counts: z.array(count) })),
});
type AggregatesDocument = z.infer<typeof aggregatesDocument> & ReleasedAggregates;
export interface Release extends AggregatesDocument {
  contributorId: string;
  /** The member organization on this instance that made it (topology a); null for an instance elsewhere. */
  localOrganizationId: string | null;
}

/** Every contributor's latest release per series and month, oldest month first. */
export async function latestReleases(db: Db, sectorId: string): Promise<Release[]> {
  const rows = await db.select({ contributorId: sectorReceived.contributorId, local: sectorContributor.localOrganizationId, document: sectorReceived.document })
    .from(sectorReceived).innerJoin(sectorContributor, eq(sectorContributor.id, sectorReceived.contributorId))
    .where(and(eq(sectorReceived.sectorId, sectorId), eq(sectorReceived.kind, "aggregates"), isNull(sectorReceived.withdrawnAt)));
  const latest = new Map<string, Release>();
  for (const { contributorId, local, document } of rows) {
    const parsed = aggregatesDocument.safeParse(document);
    if (!parsed.success) continue;
    const doc = parsed.data;
    const key = `${contributorId}:${doc.series}:${doc.month}`;
    if ((latest.get(key)?.version ?? 0) < doc.version) latest.set(key, { ...doc, contributorId, localOrganizationId: local });
  }
  return [...latest.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

export async function combinedAggregates(db: Db, sectorId: string, month?: string) {
  const releases = (await latestReleases(db, sectorId)).filter((r) => !month || r.month === month);
  return {
    month: month ?? null,
    releases: releases.length,
    organizations: new Set(releases.map((r) => r.contributorId)).size,
    histograms: combineReleases(releases),
  };
}

/**
 * Per contributor: whether its newest document (release or story) lets members see its name. A
 * change of the setting reaches the hub with the organization's next contribution.
 */
export async function namesShown(db: Db, sectorId: string): Promise<Map<string, string | null>> {
  const rows = await db.select({ contributorId: sectorReceived.contributorId, document: sectorReceived.document }).from(sectorReceived)
    .where(and(eq(sectorReceived.sectorId, sectorId), isNull(sectorReceived.withdrawnAt))).orderBy(sectorReceived.receivedAt);
  const names = new Map<string, string | null>();
  for (const { contributorId, document } of rows) {
    const doc = document as { organization?: string; showName?: boolean };
    names.set(contributorId, doc.showName === true && doc.organization ? doc.organization : null);
  }
  return names;
}

/** The name a viewer may see: every name for the coordinator, otherwise only where allowed. */
export const visibleName = (coordinating: boolean, doc: { organization?: string; showName?: boolean }, allowed: string | null | undefined) =>
  coordinating ? (doc.organization ?? null) : (allowed ?? null);
