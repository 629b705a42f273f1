// Listening rounds of a collection: finding them, and the public form of a round, which is the
// collection's form limited to the round's period.
import { and, asc, eq, gt, lt, ne } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { collection, listeningRound } from "../../db/schema/index.ts";
import { notFound } from "../problem.ts";
import type { CollectionRow } from "./repository.ts";

export type RoundRow = typeof listeningRound.$inferSelect;

export async function listRounds(db: Db, organizationId: string, collectionId: string): Promise<RoundRow[]> {
  return db.select().from(listeningRound)
    .where(and(eq(listeningRound.organizationId, organizationId), eq(listeningRound.collectionId, collectionId)))
    .orderBy(asc(listeningRound.startsAt));
}

export async function findRound(db: Db, organizationId: string, collectionId: string, roundId: string): Promise<RoundRow> {
  const [row] = await db.select().from(listeningRound).where(and(
    eq(listeningRound.organizationId, organizationId), eq(listeningRound.collectionId, collectionId), eq(listeningRound.id, roundId),
  ));
  if (!row) throw notFound();
  return row;
}

/** A round of the collection (other than exceptId) whose period overlaps [startsAt, endsAt), if any. */
export async function overlappingRound(db: Db, organizationId: string, collectionId: string, startsAt: Date, endsAt: Date, exceptId?: string): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(listeningRound).where(and(
    eq(listeningRound.organizationId, organizationId), eq(listeningRound.collectionId, collectionId),
    lt(listeningRound.startsAt, endsAt), gt(listeningRound.endsAt, startsAt), exceptId ? ne(listeningRound.id, exceptId) : undefined,
  )).limit(1);
  return row;
}

/**
 * The collection as a round's public form sees it: the round's slug, open only within both the
 * collection's and the round's period. Undefined when no round has this slug.
 */
export async function roundForm(db: Db, slug: string): Promise<CollectionRow | undefined> {
  const [found] = await db.select({ round: listeningRound, collection }).from(listeningRound)
    .innerJoin(collection, eq(collection.id, listeningRound.collectionId)).where(eq(listeningRound.slug, slug));
  if (!found) return undefined;
  const { round, collection: c } = found;
  const later = (a: Date | null, b: Date) => (a && a > b ? a : b);
  const earlier = (a: Date | null, b: Date) => (a && a < b ? a : b);
  return { ...c, slug: round.slug, opensAt: later(c.opensAt, round.startsAt), closesAt: earlier(c.closesAt, round.endsAt) };
}
