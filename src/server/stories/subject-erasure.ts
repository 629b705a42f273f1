// Erasure by client (AVG art. 17): every story of one client, found by the pseudonym of the client
// reference, removed for good; a preview first says what would go. The routes check story:erase.
import { and, count, eq, max, min } from "drizzle-orm";
import { pseudonymise } from "../../core/pseudonym.ts";
import type { Db } from "../../db/client.ts";
import { collection, story } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { Caller } from "../policy.ts";
import { type ErasureDeps, withdrawFromSector } from "./erase.ts";
import { pseudonymKeyOf } from "./organization-keys.ts";

/** The client by their own reference (as given when telling) or by its pseudonym. */
export type SubjectRef = { subjectRef?: string; subjectPseudonym?: string };

export async function pseudonymOf(db: Db, organizationId: string, input: SubjectRef): Promise<string> {
  return input.subjectPseudonym ?? pseudonymise(input.subjectRef!, await pseudonymKeyOf(db, organizationId));
}

/** What erasing the client would remove: their stories per collection, and the period. Changes nothing. */
export async function previewSubjectErasure(db: Db, caller: Caller, pseudonym: string) {
  const rows = await db.select({ id: collection.id, name: collection.name, stories: count(), first: min(story.toldAt), last: max(story.toldAt) })
    .from(story).innerJoin(collection, eq(collection.id, story.collectionId))
    .where(and(eq(story.organizationId, caller.organizationId), eq(story.subjectPseudonym, pseudonym)))
    .groupBy(collection.id, collection.name).orderBy(collection.name);
  const times = rows.flatMap((r) => [r.first, r.last]).filter((d): d is Date => d !== null).map((d) => new Date(d).getTime());
  return {
    subjectPseudonym: pseudonym,
    stories: rows.reduce((sum, r) => sum + Number(r.stories), 0),
    firstToldAt: times.length ? new Date(Math.min(...times)).toISOString() : null,
    lastToldAt: times.length ? new Date(Math.max(...times)).toISOString() : null,
    collections: rows.map((r) => ({ id: r.id, name: r.name, stories: Number(r.stories) })),
  };
}

/** Erases every story of the client; answers how many went. */
export async function eraseSubject(deps: ErasureDeps, caller: Caller, pseudonym: string): Promise<number> {
  const { db, events, recordings } = deps;
  const told = await db.select({ id: story.id }).from(story)
    .where(and(eq(story.organizationId, caller.organizationId), eq(story.subjectPseudonym, pseudonym)));
  await withdrawFromSector(deps, caller.organizationId, told.map((s) => s.id));
  const erased = await db.transaction(async (tx) => {
    const gone = await tx.delete(story)
      .where(and(eq(story.organizationId, caller.organizationId), eq(story.subjectPseudonym, pseudonym))).returning({ id: story.id });
    await audit(tx, caller, "subject.erased", "subject", pseudonym, { erased: gone.length });
    return gone;
  });
  for (const { id } of erased) await events.publish({ type: "story.erased", organizationId: caller.organizationId, data: { storyId: id } });
  await recordings?.sweep();
  return erased.length;
}
