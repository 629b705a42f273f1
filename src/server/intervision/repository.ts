// Reading an intervisie session with everything its participants see: the stories (redacted text
// and the teller's own answers), every placement made in the session, and the agreed actions.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { followUp, interpretation, intervisionSession, story, user } from "../../db/schema/index.ts";
import { presentInterpretation } from "../interpretations/present.ts";
import type { Caller } from "../policy.ts";
import { conflict, notFound } from "../problem.ts";
import { storyColumns } from "../stories/columns.ts";
import { presentStory } from "../stories/present.ts";

export type SessionRow = typeof intervisionSession.$inferSelect;

export async function findSession(db: Db, organizationId: string, id: string): Promise<SessionRow> {
  const [row] = await db.select().from(intervisionSession).where(and(eq(intervisionSession.organizationId, organizationId), eq(intervisionSession.id, id)));
  if (!row) throw notFound();
  return row;
}

/** A placement may only go to an open session that holds the story. */
export async function assertOpenSessionHolds(db: Db, organizationId: string, sessionId: string, storyId: string) {
  const session = await findSession(db, organizationId, sessionId);
  if (session.closedAt) throw conflict("sessionClosed");
  if (!session.storyIds.includes(storyId)) throw notFound();
}

export const joinUrlOf = (publicUrl: string, id: string) => `${publicUrl.replace(/\/$/, "")}/intervisie/${id}`;

export async function presentSession(db: Db, caller: Caller, row: SessionRow, publicUrl: string) {
  // inArray needs at least one value; a session always has stories, but erasure may empty it.
  const ids = row.storyIds.length > 0 ? row.storyIds : [row.id];
  const org = row.organizationId;
  const [stories, placements, actions, people] = await Promise.all([
    db.select(storyColumns).from(story).where(and(eq(story.organizationId, org), inArray(story.id, ids))),
    db.select({ row: interpretation, name: user.name }).from(interpretation).leftJoin(user, eq(user.id, interpretation.interpreterUserId))
      .where(and(eq(interpretation.organizationId, org), inArray(interpretation.storyId, ids), eq(interpretation.sessionId, row.id)))
      .orderBy(asc(interpretation.createdAt)),
    db.select().from(followUp)
      .where(and(eq(followUp.organizationId, org), inArray(followUp.storyId, ids), eq(followUp.sessionId, row.id))).orderBy(asc(followUp.createdAt)),
    db.select({ name: user.name }).from(user).where(eq(user.id, row.facilitatorUserId)),
  ]);
  const byId = new Map(stories.map((s) => [s.id, s]));
  return {
    id: row.id,
    title: row.title,
    collectionId: row.collectionId,
    facilitatorName: people[0]?.name ?? null,
    facilitatedByMe: row.facilitatorUserId === caller.userId,
    status: row.closedAt ? ("closed" as const) : ("open" as const),
    joinUrl: joinUrlOf(publicUrl, row.id),
    createdAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    conclusions: row.conclusions,
    // Erased stories have left the database; the session keeps its order for the rest.
    stories: row.storyIds.flatMap((id) => (byId.has(id) ? [presentStory(byId.get(id)!, caller)] : [])),
    placements: placements.map((p) => presentInterpretation(p.row, p.name, caller)),
    actions: actions.map((a) => ({ id: a.id, storyId: a.storyId, text: a.text, createdAt: a.createdAt.toISOString() })),
  };
}
