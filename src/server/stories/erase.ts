// Erasing one story for good: gone from the database, in the audit log, and out of every process's
// pattern index (through the story.erased event).
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { EventBus } from "../events/bus.ts";
import type { Caller } from "../policy.ts";
import type { StoryRow } from "./columns.ts";

export async function eraseStory(db: Db, events: EventBus, caller: Caller, row: StoryRow) {
  await db.transaction(async (tx) => {
    await tx.delete(story).where(and(eq(story.organizationId, caller.organizationId), eq(story.id, row.id)));
    await audit(tx, caller, "story.erased", "story", row.id);
  });
  await events.publish({ type: "story.erased", organizationId: caller.organizationId, collectionId: row.collectionId, data: { storyId: row.id } });
}
