// How many of the organization's stories a booklet may quote, and why the others may not: the teller
// gave no consent to quote, or the story is gone (withdrawn by its teller, erased on request, or past
// its retention period; counted from the audit log, as the stories themselves no longer exist).
import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { auditEvent, bookletStory, story } from "../../db/schema/index.ts";
import type { BookletRow } from "./repository.ts";

export interface Quotability {
  /** Stories the organization has now. */
  stories: number;
  quotable: number;
  noQuotingConsent: number;
  withdrawn: number;
  erased: number;
  /** Stories chosen for this booklet that are left out now: their teller no longer allows quoting. */
  leftOut: number;
}

/** Audit actions that remove stories, and how many stories each event removed. */
const removed = sql<number>`coalesce(sum(case when ${auditEvent.action} = 'story.withdrawn' or ${auditEvent.action} = 'story.erased' then 1
  else coalesce((${auditEvent.detail}->>'erased')::int, (${auditEvent.detail}->>'removed')::int, 0) end), 0)`;

export async function quotability(db: Db, row: BookletRow): Promise<Quotability> {
  const [stories] = await db.select({ all: count(), quotable: sql<number>`count(*) filter (where ${story.consentQuoting})` })
    .from(story).where(eq(story.organizationId, row.organizationId));
  const gone = await db.select({ action: auditEvent.action, stories: removed }).from(auditEvent)
    .where(and(eq(auditEvent.organizationId, row.organizationId), inArray(auditEvent.action, ["story.withdrawn", "story.erased", "subject.erased", "retention.purged"])))
    .groupBy(auditEvent.action);
  const [leftOut] = await db.select({ n: count() }).from(bookletStory).innerJoin(story, eq(story.id, bookletStory.storyId))
    .where(and(eq(bookletStory.organizationId, row.organizationId), eq(bookletStory.bookletId, row.id), eq(story.consentQuoting, false)));
  const all = Number(stories?.all ?? 0);
  const quotable = Number(stories?.quotable ?? 0);
  const goneBy = (action: string) => Number(gone.find((g) => g.action === action)?.stories ?? 0);
  return {
    stories: all, quotable, noQuotingConsent: all - quotable,
    withdrawn: goneBy("story.withdrawn"), erased: goneBy("story.erased") + goneBy("subject.erased") + goneBy("retention.purged"),
    leftOut: Number(leftOut?.n ?? 0),
  };
}
