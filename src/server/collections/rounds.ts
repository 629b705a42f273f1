// Listening rounds of a collection: finding, creating and changing them, periods never overlapping (the public form of a
// round is the collection's, see collections/repository.ts).
import { and, asc, eq, gt, lt, ne } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { redactedText } from "../../core/privacy/index.ts";
import { listeningRound } from "../../db/schema/index.ts";
import type { Caller } from "../policy.ts";
import { badRequest, conflict, notFound } from "../problem.ts";
import { deleteClosedRoundContacts } from "../rounds/round-jobs.ts";
import { forgetCollection, newSlug } from "./repository.ts";

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
async function overlappingRound(db: Db, organizationId: string, collectionId: string, startsAt: Date, endsAt: Date, exceptId?: string): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(listeningRound).where(and(
    eq(listeningRound.organizationId, organizationId), eq(listeningRound.collectionId, collectionId),
    lt(listeningRound.startsAt, endsAt), gt(listeningRound.endsAt, startsAt), exceptId ? ne(listeningRound.id, exceptId) : undefined,
  )).limit(1);
  return row;
}

export interface RoundPeriod {
  name: string;
  startsAt: string;
  /** Exclusive. */
  endsAt: string;
  /** Days after a personal invitation that its one reminder goes out; null sends none. */
  reminderAfterDays?: number | null;
}

async function checkPeriod(db: Db, organizationId: string, collectionId: string, startsAt: Date, endsAt: Date, exceptId?: string) {
  if (endsAt <= startsAt) throw badRequest([{ name: "endsAt", reason: "endsAt must be after startsAt", code: "endsBeforeStarts" }]);
  if (await overlappingRound(db, organizationId, collectionId, startsAt, endsAt, exceptId)) throw conflict("roundOverlaps");
}

export async function createRound(db: Db, caller: Caller, collectionId: string, input: RoundPeriod): Promise<RoundRow> {
  const [startsAt, endsAt] = [new Date(input.startsAt), new Date(input.endsAt)];
  await checkPeriod(db, caller.organizationId, collectionId, startsAt, endsAt);
  const [row] = await db.insert(listeningRound).values({
    organizationId: caller.organizationId, collectionId, name: redactedText(input.name), slug: newSlug(), startsAt, endsAt,
    reminderAfterDays: input.reminderAfterDays ?? null,
  }).returning();
  return row!;
}

/** Renames the round or moves its period (what input leaves out stays); closing it is an endsAt of now. */
export async function changeRound(db: Db, caller: Caller, round: RoundRow, input: Partial<RoundPeriod>): Promise<RoundRow> {
  const startsAt = input.startsAt ? new Date(input.startsAt) : round.startsAt;
  const endsAt = input.endsAt ? new Date(input.endsAt) : round.endsAt;
  await checkPeriod(db, caller.organizationId, round.collectionId, startsAt, endsAt, round.id);
  const reminderAfterDays = input.reminderAfterDays === undefined ? round.reminderAfterDays : input.reminderAfterDays;
  const name = input.name === undefined ? round.name : redactedText(input.name);
  const [row] = await db.update(listeningRound).set({ name, startsAt, endsAt, reminderAfterDays })
    .where(and(eq(listeningRound.organizationId, caller.organizationId), eq(listeningRound.id, round.id))).returning();
  forgetCollection(round.slug);
  // Closing a round deletes its invitees' addresses at once, not at the next run of the job.
  if (endsAt <= new Date()) await deleteClosedRoundContacts(db);
  return row!;
}
