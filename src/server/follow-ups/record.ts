// Closing the loop: actions and responses recorded on a story, or on a pattern (every story in it
// with research consent), reach the tellers. The routes reach the story or collection first (access.ts).
import { and, asc, desc, eq, sql } from "drizzle-orm";
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

/**
 * The stories of the collection in the pattern, with research consent: jsonb containment,
 * {"situatie": "schulden"} for one choice, {"tags": ["a"]} for a multiple choice. An answer that is
 * not a choice of the framework answers 400.
 */
async function storiesInPattern(db: Db, caller: Caller, collection: CollectionRow, pattern: Record<string, string>, lang: Lang) {
  const { signifiers } = await findFramework(db, caller.organizationId, collection.frameworkId);
  const contained: Record<string, string | string[]> = {};
  const invalid = Object.entries(pattern).flatMap(([id, option]) => {
    const s = signifiers.find((x) => x.id === id);
    if (s?.type !== "choice" || !s.options.some((o) => o.id === option)) return [{ name: `pattern.${id}`, code: "unknownOption", reason: message("unknownOption", lang) }];
    contained[id] = s.multiple ? [option] : option;
    return [];
  });
  if (invalid.length > 0) throw badRequest(invalid);
  return and(
    eq(story.organizationId, caller.organizationId), eq(story.collectionId, collection.id), eq(story.consentResearch, true),
    sql`${story.answers} @> ${JSON.stringify(contained)}::jsonb`,
  );
}

/** Records the follow-up on every story of the collection in the pattern; answers how many. */
export async function addPatternFollowUp(db: Db, caller: Caller, collection: CollectionRow, input: FollowUpInput & { pattern: Record<string, string> }, lang: Lang): Promise<number> {
  const inPattern = await storiesInPattern(db, caller, collection, input.pattern, lang);
  const inserted = await db.insert(followUp).select(db.select({
    id: sql`gen_random_uuid()`.as("id"), organizationId: story.organizationId, storyId: story.id, kind: sql`${input.kind}`.as("kind"),
    text: sql`${redact(input.text).text}`.as("text"), createdBy: sql`${caller.userId}::uuid`.as("created_by"),
    sessionId: sql`null::uuid`.as("session_id"), createdAt: sql`now()`.as("created_at"),
  }).from(story).where(inPattern)).returning({ id: followUp.id });
  return inserted.length;
}

/** Follow-ups listed at most for one pattern: a team's record of what it did, not an archive. */
const PATTERN_FOLLOW_UPS_SHOWN = 200;

/**
 * What was done with the stories in a pattern, newest first. A follow-up recorded on a pattern is one
 * row per story, all with the same author and moment (one statement, one now()): grouped back into
 * one, with the number of the pattern's stories it is on. A follow-up on a single story of the
 * pattern shows too, on one story.
 */
export async function listPatternFollowUps(db: Db, caller: Caller, collection: CollectionRow, pattern: Record<string, string>, lang: Lang) {
  const inPattern = await storiesInPattern(db, caller, collection, pattern, lang);
  return db.select({ kind: followUp.kind, text: followUp.text, createdAt: followUp.createdAt, storyCount: sql<number>`count(*)::int` })
    .from(followUp).innerJoin(story, eq(story.id, followUp.storyId))
    .where(and(eq(followUp.organizationId, caller.organizationId), inPattern))
    .groupBy(followUp.kind, followUp.text, followUp.createdAt, followUp.createdBy, followUp.sessionId)
    .orderBy(desc(followUp.createdAt)).limit(PATTERN_FOLLOW_UPS_SHOWN);
}

/** What was done with the story, oldest first. */
export async function listFollowUps(db: Db, caller: Caller, on: StoryRow): Promise<FollowUpRow[]> {
  return db.select().from(followUp)
    .where(and(eq(followUp.organizationId, caller.organizationId), eq(followUp.storyId, on.id))).orderBy(asc(followUp.createdAt));
}
