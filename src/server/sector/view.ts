// What a sector's members see on the hub: the combined aggregates (each organization's latest
// release per month) and the shared stories, both without anything withdrawn.
import { and, desc, eq, isNull } from "drizzle-orm";
import { combineReleases, type ReleasedAggregates } from "../../core/sector/combine.ts";
import type { Db } from "../../db/client.ts";
import { sectorReceived } from "../../db/schema/index.ts";

interface AggregatesDocument extends ReleasedAggregates { organization: string; series: string; month: string; version: number }

export async function combinedAggregates(db: Db, sectorId: string, month?: string) {
  const rows = await db.select({ contributorId: sectorReceived.contributorId, document: sectorReceived.document }).from(sectorReceived)
    .where(and(eq(sectorReceived.sectorId, sectorId), eq(sectorReceived.kind, "aggregates"), isNull(sectorReceived.withdrawnAt), month ? eq(sectorReceived.month, month) : undefined));
  const latest = new Map<string, AggregatesDocument>();
  for (const { contributorId, document } of rows) {
    const doc = document as AggregatesDocument;
    const key = `${contributorId}:${doc.series}:${doc.month}`;
    if ((latest.get(key)?.version ?? 0) < doc.version) latest.set(key, doc);
  }
  const releases = [...latest.values()];
  return {
    month: month ?? null,
    releases: releases.length,
    organizations: [...new Set(releases.map((r) => r.organization))].length,
    histograms: combineReleases(releases),
  };
}

export async function sharedStories(db: Db, sectorId: string, limit: number) {
  const rows = await db.select({ id: sectorReceived.contributionId, document: sectorReceived.document }).from(sectorReceived)
    .where(and(eq(sectorReceived.sectorId, sectorId), eq(sectorReceived.kind, "story"), isNull(sectorReceived.withdrawnAt)))
    .orderBy(desc(sectorReceived.month), desc(sectorReceived.receivedAt)).limit(limit);
  return rows.map(({ id, document }) => {
    const doc = document as { organization: string; month: string; title: string | null; text: string; language: string; answers: Record<string, unknown>; coreVersion: number };
    return { id, organization: doc.organization, month: doc.month, title: doc.title, text: doc.text, language: doc.language, coreVersion: doc.coreVersion, answers: doc.answers };
  });
}
