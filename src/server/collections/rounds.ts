// Listening rounds of a collection: finding them and checking their periods (the public form of a
// round is the collection's, see collections/repository.ts).
import { and, asc, eq, gt, lt, ne } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { listeningRound } from "../../db/schema/index.ts";
import { notFound } from "../problem.ts";

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
