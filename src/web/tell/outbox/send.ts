// Sending stories: straight away, or later from the outbox. Each story carries its Idempotency-Key,
// so a send repeated after a lost answer (or by a second tab) returns the stored story instead of
// making a second one. A story with a recording is stored first, then its audio is uploaded (tus,
// resumable). A story leaves the outbox only once it and its recording are stored and afterStory is done.
import type { StoryCreated } from "../../../contract/stories.ts";
import { api, ApiError } from "../../toolkit/api.ts";
import { RecordingRefused, uploadRecording } from "../recording-upload.ts";
import { markRejected, type OutboxEntry, removeFromOutbox, waitingEntries } from "./store.ts";

/** What the outbox needs of the server's answer to a told story. */
export type CreatedStory = Pick<StoryCreated, "id" | "receiptUrl" | "recordingUpload">;

/**
 * Runs after the story (and its recording) is stored and before it leaves the outbox. It runs again
 * when it failed, the story's own POST then answering with the same story: make it safe to repeat.
 * Throwing keeps the entry for the next try.
 */
export type AfterStory = (entry: OutboxEntry, created: CreatedStory) => Promise<void>;

/**
 * Stores the story, then uploads its recording. Repeating it is safe: the POST answers with the
 * same story and upload token, and the upload resumes, or finds the audio already whole.
 */
export async function deliver(entry: OutboxEntry, afterStory?: AfterStory): Promise<CreatedStory> {
  const created = await api<CreatedStory>(entry.postPath, { method: "POST", json: entry.body, headers: { "Idempotency-Key": entry.id } });
  if (entry.recording && created.recordingUpload) {
    await uploadRecording(created, entry.recording.blob, { durationSeconds: entry.recording.seconds });
  }
  await afterStory?.(entry, created);
  return created;
}

/** Worth trying again later: no connection, server trouble, or a colleague's session that ended. */
export const worthRetrying = (error: unknown) =>
  !(error instanceof ApiError) || (!(error instanceof RecordingRefused) && (error.status >= 500 || [401, 408, 429].includes(error.status)));

let sending: Promise<void> | undefined;

/**
 * Sends what waits, oldest first; stops at the first failure worth retrying (the connection is
 * probably gone). One run at a time in this tab, and across tabs where the browser has Web Locks.
 */
export function sendWaiting(afterStory?: AfterStory): Promise<void> {
  const run = async () => {
    for (const entry of await waitingEntries()) {
      try {
        await deliver(entry, afterStory);
        await removeFromOutbox(entry.id);
      } catch (error) {
        if (worthRetrying(error)) return;
        await markRejected(entry.id, error instanceof ApiError ? error.detail || error.title : String(error));
      }
    }
  };
  const locked = () => (navigator.locks ? navigator.locks.request("vertelpunt-outbox", { ifAvailable: true }, (lock) => (lock ? run() : undefined)) : run());
  return (sending ??= locked().finally(() => (sending = undefined)));
}
