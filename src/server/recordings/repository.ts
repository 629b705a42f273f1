// The recording rows: one per story, scoped by organization; the sweep removes the audio of
// stories that are gone.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { story, storyRecording } from "../../db/schema/index.ts";
import type { RecordingStorage } from "./storage.ts";

export type RecordingRow = typeof storyRecording.$inferSelect;

export async function recordingOf(db: Db, organizationId: string, storyId: string): Promise<RecordingRow | undefined> {
  const [row] = await db.select().from(storyRecording)
    .where(and(eq(storyRecording.organizationId, organizationId), eq(storyRecording.storyId, storyId)));
  return row;
}

/** The story an upload token names, across organizations: the token is the teller's only credential. */
export async function storyForUpload(db: Db, storyId: string) {
  const [row] = await db.select({ id: story.id, organizationId: story.organizationId, consentVoice: story.consentVoice })
    .from(story).where(eq(story.id, storyId));
  return row;
}

export async function markCompleted(db: Db, storageKey: string): Promise<RecordingRow | undefined> {
  const [row] = await db.update(storyRecording).set({ completedAt: new Date() })
    .where(eq(storyRecording.storageKey, storageKey)).returning();
  return row;
}

/**
 * Removes the audio of every recording whose story was erased (withdrawn, erased on request, purged
 * by retention, or gone with its collection): the story's deletion left the row without a story.
 * Idempotent, so several app processes may run it; returns how many recordings it removed.
 */
export async function sweepErasedRecordings(db: Db, storage: RecordingStorage): Promise<number> {
  const orphans = await db.select({ id: storyRecording.id, storageKey: storyRecording.storageKey })
    .from(storyRecording).where(isNull(storyRecording.storyId));
  for (const orphan of orphans) {
    // Already gone (another process swept it, or the upload never started): only the row is left.
    await storage.remove(orphan.storageKey).catch((error: { status_code?: number }) => {
      if (error?.status_code !== 404) throw error;
    });
    await db.delete(storyRecording).where(eq(storyRecording.id, orphan.id));
  }
  return orphans.length;
}
