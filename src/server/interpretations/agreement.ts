// Agreement among the interpreters of a collection's stories, and between tellers and interpreters,
// per signifier (core/agreement.ts). The route reaches the collection first (analysis:read).
import { and, eq } from "drizzle-orm";
import { agreement, type StoryReadings } from "../../core/agreement.ts";
import type { Db } from "../../db/client.ts";
import { interpretation, story } from "../../db/schema/index.ts";
import type { CollectionRow } from "../collections/repository.ts";
import { findFramework } from "../frameworks/repository.ts";
import type { Caller } from "../policy.ts";

export async function collectionAgreement(db: Db, caller: Caller, collection: CollectionRow) {
  const framework = await findFramework(db, caller.organizationId, collection.frameworkId);
  // One row per interpretation of a story with research consent: bounded by the interpretation
  // work people did, not by the number of stories.
  const rows = await db.select({ storyId: story.id, teller: story.answers, answers: interpretation.answers })
    .from(interpretation).innerJoin(story, eq(story.id, interpretation.storyId))
    .where(and(eq(interpretation.organizationId, caller.organizationId), eq(interpretation.collectionId, collection.id), eq(story.consentResearch, true)));
  const byStory = new Map<string, StoryReadings>();
  for (const r of rows) {
    const readings = byStory.get(r.storyId) ?? { teller: r.teller as Record<string, unknown>, interpreters: [] };
    readings.interpreters.push(r.answers as Record<string, unknown>);
    byStory.set(r.storyId, readings);
  }
  return { items: agreement(framework, [...byStory.values()]), interpretedStories: byStory.size };
}
