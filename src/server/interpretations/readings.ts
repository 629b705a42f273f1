// A colleague's reading of a story: one per colleague per story (a second save changes the first),
// given in an open intervisie session or on its own, listed with the story, withdrawn only by the
// colleague who gave it. The routes reach the story first (access.ts).
import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import { type InterpretationInput, validateInterpretation } from "../../core/interpretation.ts";
import { redact, redactTextAnswers } from "../../core/privacy/index.ts";
import type { Db } from "../../db/client.ts";
import { interpretation, user } from "../../db/schema/index.ts";
import type { EventBus } from "../events/bus.ts";
import { frameworkDefinitionAt } from "../frameworks/repository.ts";
import { assertOpenSessionHolds } from "../intervision/repository.ts";
import { type Lang, message } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { badRequest, notFound } from "../problem.ts";
import type { StoryRow } from "../stories/columns.ts";
import { type InterpretationRow, presentInterpretation } from "./present.ts";
import { refreshInterpretationVector } from "./searchable.ts";

const reasons: Record<string, { nl: string; en: string }> = {
  annotationOutOfText: { nl: "Deze markering valt buiten de tekst.", en: "This annotation lies outside the text." },
  annotationQuote: { nl: "Het citaat komt niet overeen met de tekst op deze plek.", en: "The quote does not match the text at this place." },
};

/** Stores the caller's reading of the story, or changes their earlier one; created tells which. */
export async function saveReading(db: Db, events: EventBus, caller: Caller, story: StoryRow, input: InterpretationInput, lang: Lang)
  : Promise<{ row: InterpretationRow; created: boolean }> {
  const definition = await frameworkDefinitionAt(db, caller.organizationId, story.frameworkId, story.frameworkVersion);
  const issues = validateInterpretation(definition, input, story.text);
  if (issues.length > 0) {
    throw badRequest(issues.map((i) => ({ name: i.name, code: i.code, reason: reasons[i.code]?.[lang] ?? message(i.code as never, lang) })));
  }
  if (input.sessionId) await assertOpenSessionHolds(db, caller.organizationId, input.sessionId, story.id);
  const values = {
    // Notes, comments, tags and free-text answers are about a client's life: redacted like the story itself.
    answers: redactTextAnswers(input.answers), tags: input.tags.map((tag) => redact(tag).text), note: input.note ? redact(input.note).text : null,
    annotations: input.annotations.map((a) => (a.comment ? { ...a, comment: redact(a.comment).text } : a)),
  };
  // One reading per colleague per story: a second save changes the first (xmax is 0 only for a new row).
  const saved = await db.transaction(async (tx) => {
    const [row] = await tx.insert(interpretation).values({
      ...values, organizationId: caller.organizationId, storyId: story.id, collectionId: story.collectionId, interpreterUserId: caller.userId, sessionId: input.sessionId ?? null,
    }).onConflictDoUpdate({
      target: [interpretation.organizationId, interpretation.storyId, interpretation.interpreterUserId],
      set: { ...values, sessionId: sql`coalesce(excluded.session_id, ${interpretation.sessionId})`, updatedAt: sql`now()` },
    }).returning({ ...getTableColumns(interpretation), created: sql<boolean>`(xmax = 0)` });
    await refreshInterpretationVector(tx, caller.organizationId, story.id, story.language);
    const { created, ...rest } = row!;
    return { row: rest, created };
  });
  await events.publish({
    type: saved.created ? "interpretation.created" : "interpretation.updated", organizationId: caller.organizationId, collectionId: story.collectionId,
    data: { storyId: story.id, interpretationId: saved.row.id, sessionId: saved.row.sessionId },
  });
  return saved;
}

/** The caller's reading as they see it, with their name. */
export async function presentOwnReading(db: Db, caller: Caller, row: InterpretationRow) {
  const [me] = await db.select({ name: user.name }).from(user).where(eq(user.id, caller.userId));
  return presentInterpretation(row, me?.name ?? null, caller);
}

/** The story's readings, oldest first, as the caller may see them. */
export async function listReadings(db: Db, caller: Caller, story: StoryRow) {
  const rows = await db.select({ row: interpretation, name: user.name }).from(interpretation)
    .leftJoin(user, eq(user.id, interpretation.interpreterUserId))
    .where(and(eq(interpretation.organizationId, caller.organizationId), eq(interpretation.storyId, story.id)))
    .orderBy(asc(interpretation.createdAt));
  return rows.map((r) => presentInterpretation(r.row, r.name, caller));
}

/** Withdraws the caller's own reading; someone else's id is not found (404). */
export async function withdrawReading(db: Db, events: EventBus, caller: Caller, story: StoryRow, interpretationId: string) {
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx.delete(interpretation).where(and(eq(interpretation.organizationId, caller.organizationId), eq(interpretation.storyId, story.id),
      eq(interpretation.id, interpretationId), eq(interpretation.interpreterUserId, caller.userId))).returning();
    if (row) await refreshInterpretationVector(tx, caller.organizationId, story.id, story.language);
    return row;
  });
  if (!removed) throw notFound();
  await events.publish({ type: "interpretation.withdrawn", organizationId: caller.organizationId, collectionId: story.collectionId, data: { storyId: story.id, interpretationId: removed.id, sessionId: removed.sessionId } });
}
