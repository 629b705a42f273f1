// Erasing one story for good: gone from the database, in the audit log (erased by a member, or
// withdrawn by its anonymous teller), out of every process's pattern index (story.erased), and its
// voice recording's audio with it; a story shared with a sector is withdrawn there too.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import { audit, type AuditActor } from "../audit.ts";
import type { EventBus } from "../events/bus.ts";
import { withdrawStoriesFromSector } from "../sector/contribute.ts";

/** What an erasure reaches beyond the database: other processes, stored audio (recordings/service.ts), the sector. */
export interface ErasureDeps {
  db: Db;
  events: EventBus;
  recordings?: { sweep(): Promise<unknown> };
  sectorOutbox: { kick(): void };
}

/** A story shared with a sector leaves it first, so a failure leaves the story to erase again. */
export const withdrawFromSector = ({ db, sectorOutbox }: Pick<ErasureDeps, "db" | "sectorOutbox">, organizationId: string, storyIds: string[]) =>
  withdrawStoriesFromSector(db, organizationId, storyIds, sectorOutbox.kick);

export async function eraseStory(
  deps: ErasureDeps, actor: AuditActor, row: { id: string; organizationId: string; collectionId: string },
  how: "story.erased" | "story.withdrawn" = "story.erased",
) {
  const { db, events, recordings } = deps;
  await withdrawFromSector(deps, row.organizationId, [row.id]);
  await db.transaction(async (tx) => {
    await tx.delete(story).where(and(eq(story.organizationId, row.organizationId), eq(story.id, row.id)));
    await audit(tx, actor, how, "story", row.id);
  });
  await events.publish({ type: "story.erased", organizationId: row.organizationId, collectionId: row.collectionId, data: { storyId: row.id } });
  // The story's deletion left its recording without a story; the sweep removes the audio now.
  await recordings?.sweep();
}
