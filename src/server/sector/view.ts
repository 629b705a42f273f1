// What a sector's members see on the hub: the combined aggregates (each contributor's latest release
// per series and month, releases.ts) without anything withdrawn, and who contributes, by name only
// where the organization allows it. The coordinating organization admitted every contributor by
// name, so it sees the names.
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { combineReleases } from "../../core/sector/combine.ts";
import type { Db } from "../../db/client.ts";
import { sectorContributor, sectorReceived } from "../../db/schema/index.ts";
import { type HubSector, latestReleases } from "./releases.ts";

export async function combinedAggregates(db: Db, sector: HubSector, month?: string) {
  const releases = (await latestReleases(db, sector)).filter((r) => !month || r.month === month);
  return {
    month: month ?? null,
    releases: releases.length,
    organizations: new Set(releases.map((r) => r.contributorId)).size,
    histograms: combineReleases(releases),
  };
}

/**
 * Per contributor (every one, or those given): whether its newest document (release or story) lets
 * members see its name. A change of the setting reaches the hub with the organization's next
 * contribution. One newest row per contributor (sector_received_latest_idx), not every story the
 * sector holds.
 */
export async function namesShown(db: Db, sector: HubSector, contributorIds?: string[]): Promise<Map<string, string | null>> {
  if (contributorIds?.length === 0) return new Map(); // a search that found nothing asks no names
  const newest = db.select({ organization: sql<unknown>`${sectorReceived.document}->'organization'`.as("organization"), showName: sql<unknown>`${sectorReceived.document}->'showName'`.as("show_name") })
    .from(sectorReceived)
    .where(and(eq(sectorReceived.contributorId, sectorContributor.id), eq(sectorReceived.organizationId, sector.organizationId), eq(sectorReceived.sectorId, sector.id), isNull(sectorReceived.withdrawnAt)))
    .orderBy(desc(sectorReceived.receivedAt)).limit(1).as("newest");
  const rows = await db.select({ contributorId: sectorContributor.id, organization: newest.organization, showName: newest.showName })
    .from(sectorContributor).innerJoinLateral(newest, sql`true`)
    .where(and(eq(sectorContributor.organizationId, sector.organizationId), eq(sectorContributor.sectorId, sector.id),
      contributorIds ? inArray(sectorContributor.id, contributorIds) : undefined));
  const names = new Map<string, string | null>();
  for (const { contributorId, organization, showName } of rows) {
    names.set(contributorId, showName === true && organization ? (organization as string) : null);
  }
  return names;
}

/** The name a viewer may see: every name for the coordinator, otherwise only where allowed. */
export const visibleName = (coordinating: boolean, doc: { organization?: string; showName?: boolean }, allowed: string | null | undefined) =>
  coordinating ? (doc.organization ?? null) : (allowed ?? null);
