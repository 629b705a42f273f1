// What happens to an intervisie session: it starts with stories chosen by hand or by a search, is
// listed, and closes with conclusions and agreed actions that reach the tellers (as follow-ups).
// The routes (routes/intervision-sessions.ts) reach the session or collection first (access.ts).
import { and, desc, eq, inArray } from "drizzle-orm";
import { redact, redactedText } from "../../core/privacy/index.ts";
import type { Db } from "../../db/client.ts";
import { followUp, intervisionSession, story } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { CollectionRow } from "../collections/repository.ts";
import type { EventBus } from "../events/bus.ts";
import { type Lang, message } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { badRequest, conflict } from "../problem.ts";
import { listStories, visibleTo } from "../stories/queries.ts";
import { presentSession, type SessionRow } from "./repository.ts";

export interface SessionStart {
  title: string;
  /** Stories chosen by hand, in this order; or else the newest stories matching filter. */
  storyIds?: string[];
  filter?: { q?: string; from?: string; to?: string; limit: number };
}

export interface SessionClosure {
  conclusions: string;
  actions: { text: string; storyIds: string[] }[];
}

const storyUnknown = (name: string, lang: Lang) => ({ name, code: "sessionStoryUnknown", reason: message("sessionStoryUnknown", lang) });

/** The chosen stories, checked to be in the collection and visible to the facilitator. */
async function chooseStories(db: Db, caller: Caller, collectionId: string, input: SessionStart, lang: Lang): Promise<string[]> {
  if (input.filter) {
    const page = await listStories(db, caller, { collectionId, ...input.filter });
    return page.items.map((s) => s.id);
  }
  const ids = [...new Set(input.storyIds)];
  const found = await db.select({ id: story.id }).from(story)
    .where(and(visibleTo(caller), eq(story.collectionId, collectionId), inArray(story.id, ids)));
  const known = new Set(found.map((r) => r.id));
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw badRequest([storyUnknown(`storyIds.${unknown}`, lang)]);
  return ids;
}

export async function startSession(db: Db, caller: Caller, collection: CollectionRow, input: SessionStart, lang: Lang): Promise<SessionRow> {
  const storyIds = await chooseStories(db, caller, collection.id, input, lang);
  if (storyIds.length === 0) throw badRequest([{ name: "filter", code: "sessionNoStories", reason: message("sessionNoStories", lang) }]);
  const [row] = await db.insert(intervisionSession).values({
    organizationId: caller.organizationId, collectionId: collection.id, title: redactedText(input.title), facilitatorUserId: caller.userId, storyIds,
  }).returning();
  return row!;
}

/** The session as its participants see it. They read the stories in full: each read is in the audit log like any other. */
export async function readSession(db: Db, caller: Caller, row: SessionRow, publicUrl: string) {
  const session = await presentSession(db, caller, row, publicUrl);
  for (const s of session.stories) await audit(db, caller, "story.read", "story", s.id, { sessionId: row.id });
  return session;
}

/** The organization's sessions, newest first (at most 100). */
export async function listSessions(db: Db, caller: Caller): Promise<SessionRow[]> {
  return db.select().from(intervisionSession).where(eq(intervisionSession.organizationId, caller.organizationId))
    .orderBy(desc(intervisionSession.createdAt)).limit(100);
}

/** Closes an open session; each action becomes a follow-up on each of its stories, which must still be there. */
export async function closeSession(db: Db, events: EventBus, caller: Caller, row: SessionRow, input: SessionClosure, lang: Lang): Promise<SessionRow> {
  if (row.closedAt) throw conflict("sessionClosed");
  const present = new Set((await db.select({ id: story.id }).from(story)
    .where(and(eq(story.organizationId, row.organizationId), inArray(story.id, row.storyIds)))).map((r) => r.id));
  const invalid = input.actions.flatMap((a, i) => a.storyIds.flatMap((id, j) => (present.has(id) ? [] : [`actions.${i}.storyIds.${j}`])));
  if (invalid.length > 0) throw badRequest(invalid.map((name) => storyUnknown(name, lang)));
  const closed = await db.transaction(async (tx) => {
    const [updated] = await tx.update(intervisionSession).set({ conclusions: redact(input.conclusions).text, closedAt: new Date() })
      .where(eq(intervisionSession.id, row.id)).returning();
    const actions = input.actions.flatMap((a) => a.storyIds.map((storyId) => ({
      organizationId: row.organizationId, storyId, kind: "action", text: redact(a.text).text, createdBy: caller.userId, sessionId: row.id,
    })));
    if (actions.length > 0) await tx.insert(followUp).values(actions);
    return updated!;
  });
  await events.publish({ type: "session.closed", organizationId: row.organizationId, collectionId: row.collectionId, data: { sessionId: row.id } });
  return closed;
}
