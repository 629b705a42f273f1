// Sends a story's voice recording after the story itself, with the tus protocol (tus-js-client):
// a broken connection resumes where it stopped, and so does a reload, because the upload's address
// is remembered under the story's id (the fingerprint) until the upload is done. The offline queue
// calls this in its afterStory hook for stories that wait with a recording.
// tus-js-client is loaded only when there is a recording to send, so the form stays small.
import type { StoryCreated } from "../../contract/stories.ts";

/** The server's answer to telling a story, as far as the upload needs it. */
export type CreatedStory = Pick<StoryCreated, "id" | "recordingUpload">;

export interface RecordingUploadOptions {
  /** The recording's length in seconds, as the recorder measured it. */
  durationSeconds?: number;
  onProgress?: (sent: number, total: number) => void;
}

/** Part size: a broken connection costs at most this much again. */
const CHUNK_BYTES = 512 * 1024;

/**
 * Uploads `recording` for the story `created` describes. Resolves when the server has all of it;
 * rejects when the story came without an upload offer (no consent to keep the recording) or the
 * server refuses it. Retries by itself on a broken connection, and resumes an earlier attempt.
 */
export async function uploadRecording(created: CreatedStory, recording: Blob, options: RecordingUploadOptions = {}): Promise<void> {
  const offer = created.recordingUpload;
  if (!offer) throw new Error("This story has no recording upload (no consent to keep the recording).");
  const { Upload } = await import("tus-js-client");
  const upload = new Upload(recording, {
    endpoint: offer.url,
    headers: { "Upload-Token": offer.token },
    metadata: {
      filetype: recording.type || "audio/webm",
      ...(options.durationSeconds !== undefined ? { duration: String(Math.round(options.durationSeconds)) } : {}),
    },
    chunkSize: CHUNK_BYTES,
    retryDelays: [0, 1000, 3000, 5000, 10_000, 20_000],
    fingerprint: async () => `vertelpunt-recording-${created.id}`,
    removeFingerprintOnSuccess: true,
    onProgress: options.onProgress,
  });
  const earlier = await upload.findPreviousUploads();
  if (earlier[0]) upload.resumeFromPreviousUpload(earlier[0]);
  await new Promise<void>((resolve, reject) => {
    upload.options.onSuccess = () => resolve();
    upload.options.onError = (error) => reject(error);
    upload.start();
  });
}
