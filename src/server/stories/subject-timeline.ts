// One client over time: the stories told about one pseudonymous client, oldest first. Every story
// read this way is in the audit log, as any full read.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { Caller } from "../policy.ts";
import { notFound } from "../problem.ts";
import { storyColumns, type StoryRow } from "./columns.ts";

const MAX_STORIES = 500;

/** The client's stories in the organization; 404 when there are none (before any role check, see access.ts). */
export async function findSubjectStories(db: Db, organizationId: string, pseudonym: string): Promise<StoryRow[]> {
  const rows = await db.select(storyColumns).from(story)
    .where(and(eq(story.organizationId, organizationId), eq(story.subjectPseudonym, pseudonym)))
    .orderBy(asc(story.toldAt), asc(story.id)).limit(MAX_STORIES);
  if (rows.length === 0) throw notFound();
  return rows;
}

export async function auditTimelineRead(db: Db, caller: Caller, rows: StoryRow[]) {
  await db.transaction(async (tx) => {
    for (const row of rows) await audit(tx, caller, "story.read", "story", row.id, { via: "subjectTimeline" });
  });
}
