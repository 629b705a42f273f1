// The hub's releases as the sector view reads them: each contributor's latest release per series and
// month, without anything withdrawn. A sector of hundreds of organizations holds tens of thousands
// of releases of several kilobytes each, too many to read and parse on every view. Received
// documents never change (a withdrawal removes one), so each process keeps them parsed, and keeps
// the latest releases and their combined figures for as long as the sector's stamp (how many
// releases it received and withdrew, and when last) stays the same; every view reads the stamp
// first, so a release or withdrawal through any process is seen by the next view.
import { and, asc, count, eq, inArray, isNull, max } from "drizzle-orm";
import { z } from "zod";
import { type CombinedCell, combineReleases, type ReleasedAggregates } from "../../core/sector/combine.ts";
import type { Db } from "../../db/client.ts";
import { sectorContributor, sectorReceived } from "../../db/schema/index.ts";

/** A sector as the hub stores it: its rows carry the coordinating organization's id. */
export interface HubSector { id: string; organizationId: string }

const cellCount = z.number().int().nullable();
/** A release as the view reads it; a signed document of another shape is left out rather than break the view. */
const aggregatesDocument = z.object({
  organization: z.string(), showName: z.boolean().optional(), series: z.string(), month: z.string(), version: z.number().int().min(1),
  epsilon: z.object({ numerator: z.number().int().min(1), denominator: z.number().int().min(1) }), sensitivity: z.number().int().min(1),
  histograms: z.array(z.object({ key: z.string(), cells: z.array(z.string()), counts: z.array(cellCount) })),
});
type AggregatesDocument = z.infer<typeof aggregatesDocument> & ReleasedAggregates;
export interface Release extends AggregatesDocument {
  contributorId: string;
  /** The member organization on this instance that made it (topology a); null for an instance elsewhere. */
  localOrganizationId: string | null;
}

interface Snapshot {
  stamp: string;
  /** Parsed documents by contributor and contribution id; null where the document has another shape. */
  documents: Map<string, AggregatesDocument | null>;
  /** Each cells array once (see interned). */
  cells: Map<string, string[]>;
  releases: Release[];
  /** Combined figures by the releases they cover (a period, a month), made once per snapshot. */
  combined: Map<string, Map<string, CombinedCell[]>>;
}

const snapshots = new Map<string, Snapshot>();
const MAX_COMBINED = 200;
/** Past this many missing documents one query reads them all rather than list their ids. */
const LISTED_AT_MOST = 500;

const received = (sector: HubSector, ...more: Parameters<typeof and>) =>
  and(eq(sectorReceived.organizationId, sector.organizationId), eq(sectorReceived.sectorId, sector.id), eq(sectorReceived.kind, "aggregates"), ...more);
const keyOf = (contributorId: string, contributionId: string) => `${contributorId}:${contributionId}`;

async function stampOf(db: Db, sector: HubSector): Promise<string> {
  const [row] = await db.select({ n: count(), withdrawn: count(sectorReceived.withdrawnAt), newest: max(sectorReceived.receivedAt), lastWithdrawn: max(sectorReceived.withdrawnAt) })
    .from(sectorReceived).where(received(sector));
  return JSON.stringify(row);
}

/** Cells arrays repeat in every release of a core version: one shared copy each keeps the snapshot small. */
function interned(doc: AggregatesDocument, cells: Map<string, string[]>): AggregatesDocument {
  for (const h of doc.histograms) {
    const key = `${h.key}\u0000${h.cells.join("\u0000")}`;
    const known = cells.get(key);
    if (known) h.cells = known;
    else cells.set(key, h.cells);
  }
  return doc;
}

async function missingDocuments(db: Db, sector: HubSector, keys: { contributorId: string; contributionId: string }[], { documents, cells }: Pick<Snapshot, "documents" | "cells">) {
  const missing = keys.filter((k) => !documents.has(keyOf(k.contributorId, k.contributionId)));
  if (missing.length === 0) return;
  const listed = missing.length <= LISTED_AT_MOST ? inArray(sectorReceived.contributionId, missing.map((k) => k.contributionId)) : undefined;
  const rows = await db.select({ contributorId: sectorReceived.contributorId, contributionId: sectorReceived.contributionId, document: sectorReceived.document })
    .from(sectorReceived).where(received(sector, isNull(sectorReceived.withdrawnAt), listed));
  for (const { contributorId, contributionId, document } of rows) {
    const key = keyOf(contributorId, contributionId);
    if (documents.has(key)) continue;
    const parsed = aggregatesDocument.safeParse(document);
    documents.set(key, parsed.success ? interned(parsed.data, cells) : null);
  }
}

async function snapshotOf(db: Db, sector: HubSector): Promise<Snapshot> {
  const stamp = await stampOf(db, sector);
  const cached = snapshots.get(sector.id);
  if (cached?.stamp === stamp) return cached;
  const keys = await db.select({ contributorId: sectorReceived.contributorId, contributionId: sectorReceived.contributionId, local: sectorContributor.localOrganizationId })
    .from(sectorReceived).innerJoin(sectorContributor, eq(sectorContributor.id, sectorReceived.contributorId))
    .where(received(sector, isNull(sectorReceived.withdrawnAt))).orderBy(asc(sectorReceived.receivedAt));
  const documents = new Map<string, AggregatesDocument | null>();
  for (const k of keys) {
    const key = keyOf(k.contributorId, k.contributionId);
    const known = cached?.documents.get(key);
    if (known !== undefined) documents.set(key, known);
  }
  const cells = cached?.cells ?? new Map<string, string[]>();
  await missingDocuments(db, sector, keys, { documents, cells });
  const latest = new Map<string, Release>();
  for (const { contributorId, contributionId, local } of keys) {
    const doc = documents.get(keyOf(contributorId, contributionId));
    if (!doc) continue;
    const series = `${contributorId}:${doc.series}:${doc.month}`;
    if ((latest.get(series)?.version ?? 0) < doc.version) latest.set(series, { ...doc, contributorId, localOrganizationId: local });
  }
  const releases = [...latest.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const snapshot = { stamp, documents, cells, releases, combined: new Map() };
  snapshots.set(sector.id, snapshot);
  return snapshot;
}

/** Every contributor's latest release per series and month, oldest month first. */
export async function latestReleases(db: Db, sector: HubSector): Promise<Release[]> {
  return (await snapshotOf(db, sector)).releases;
}

export interface SectorReleases {
  all: Release[];
  /** The combined figures (by question key) of the releases `named` selects, made once per stamp. */
  combined(named: string, select: (r: Release) => boolean): Map<string, CombinedCell[]>;
}

/** The latest releases with their combined figures, kept until the sector receives or withdraws a release. */
export async function sectorReleases(db: Db, sector: HubSector): Promise<SectorReleases> {
  const snapshot = await snapshotOf(db, sector);
  return {
    all: snapshot.releases,
    combined(named, select) {
      const known = snapshot.combined.get(named);
      if (known) return known;
      const made = new Map(combineReleases(snapshot.releases.filter(select)).map((h) => [h.key, h.cells]));
      if (snapshot.combined.size >= MAX_COMBINED) snapshot.combined.clear();
      snapshot.combined.set(named, made);
      return made;
    },
  };
}
