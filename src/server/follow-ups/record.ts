// Closing the loop: actions and responses recorded on a story, or on a pattern (every story in it
// with research consent), reach the tellers. The routes reach the story or collection first (access.ts).
import { and, asc, eq, sql } from "drizzle-orm";
import { redact } from "../../core/privacy/index.ts";
import type { Db } from "../../db/client.ts";
import { followUp, story } from "../../db/schema/index.ts";
import type { CollectionRow } from "../collections/repository.ts";
import { findFramework } from "../frameworks/repository.ts";
import { type Lang, message } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { badRequest } from "../problem.ts";
import type { StoryRow } from "../stories/columns.ts";

export type FollowUpRow = typeof followUp.$inferSelect;

export interface FollowUpInput {
  kind: "action" | "response";
  text: string;
}

export async function addFollowUp(db: Db, caller: Caller, on: StoryRow, input: FollowUpInput): Promise<FollowUpRow> {
  const [row] = await db.insert(followUp).values({
    organizationId: caller.organizationId, storyId: on.id, kind: input.kind, text: redact(input.text).text, createdBy: caller.userId,
  }).returning();
  return row!;
}

/** Records the follow-up on every story of the collection in the pattern; answers how many. */
export async function addPatternFollowUp(db: Db, caller: Caller, collection: CollectionRow, input: FollowUpInput & { pattern: Record<string, string> }, lang: Lang): Promise<number> {
  const { signifiers } = await findFramework(db, caller.organizationId, collection.frameworkId);
  // jsonb containment: {"situatie": "schulden"} for one choice, {"tags": ["a"]} for a multiple choice.
  const contained: Record<string, string | string[]> = {};
  const invalid = Object.entries(input.pattern).flatMap(([id, option]) => {
    const s = signifiers.find((x) => x.id === id);
    if (s?.type !== "choice" || !s.options.some((o) => o.id === option)) return [{ name: `pattern.${id}`, code: "unknownOption", reason: message("unknownOption", lang) }];
    contained[id] = s.multiple ? [option] : option;
    return [];
  });
  if (invalid.length > 0) throw badRequest(invalid);
  const inserted = await db.insert(followUp).select(db.select({
    id: sql`gen_random_uuid()`.as("id"), organizationId: story.organizationId, storyId: story.id, kind: sql`${input.kind}`.as("kind"),
    text: sql`${redact(input.text).text}`.as("text"), createdBy: sql`${caller.userId}::uuid`.as("created_by"),
    sessionId: sql`null::uuid`.as("session_id"), createdAt: sql`now()`.as("created_at"),
  }).from(story).where(and(
    eq(story.organizationId, caller.organizationId), eq(story.collectionId, collection.id), eq(story.consentResearch, true),
    sql`${story.answers} @> ${JSON.stringify(contained)}::jsonb`,
  ))).returning({ id: followUp.id });
  return inserted.length;
}

/** What was done with the story, oldest first. */
export async function listFollowUps(db: Db, caller: Caller, on: StoryRow): Promise<FollowUpRow[]> {
  return db.select().from(followUp)
    .where(and(eq(followUp.organizationId, caller.organizationId), eq(followUp.storyId, on.id))).orderBy(asc(followUp.createdAt));
}
