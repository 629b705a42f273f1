// Sends a story's voice recording after the story itself, with the tus protocol (tus-js-client):
// a broken connection resumes where it stopped, and so does a reload, because the upload's address
// is remembered under the story's id (the fingerprint) until the upload is done. Both the form's
// own send and the outbox (for stories that waited offline with a recording) go through deliver()
// in outbox/send.ts, which calls this.
// tus-js-client is loaded only when there is a recording to send, so the form stays small.
import type { DetailedError } from "tus-js-client";
import type { StoryCreated } from "../../contract/stories.ts";
import { ApiError } from "../toolkit/api.ts";

/** The server's answer to telling a story, as far as the upload needs it. */
export type CreatedStory = Pick<StoryCreated, "id" | "recordingUpload">;

/** The story arrived, its recording not (yet): sending again finds the same story and resumes the upload. */
export class RecordingNotSent extends Error {}

/** The server refused the recording for good (no consent, a token a day old, too long): sending again will not change that. */
export class RecordingRefused extends ApiError {}

export interface RecordingUploadOptions {
  /** The recording's length in seconds, as the recorder measured it. */
  durationSeconds?: number;
  onProgress?: (sent: number, total: number) => void;
}

/** Part size: a broken connection costs at most this much again. */
const CHUNK_BYTES = 512 * 1024;

const statusOf = (error: Error | DetailedError) => ("originalResponse" in error ? error.originalResponse?.getStatus() : undefined);

/**
 * A new upload refused with 409: this story's recording is already whole on the server (an earlier
 * try finished, but the device did not hear of it). Sent exactly once, so nothing left to do.
 */
const alreadyStored = (error: Error | DetailedError) =>
  statusOf(error) === 409 && "originalRequest" in error && error.originalRequest?.getMethod() === "POST";

/**
 * A refusal for good, with the server's problem; anything else may pass later: no connection, server
 * trouble, or a part that arrived at another offset than expected (409 on PATCH: ask again, resume).
 */
function failureOf(error: Error | DetailedError): Error {
  const status = statusOf(error);
  if (status === undefined || status < 400 || status >= 500 || [408, 409, 423, 429].includes(status)) return new RecordingNotSent(error.message);
  let problem: { title?: string; detail?: string } = {};
  try {
    problem = JSON.parse((error as DetailedError).originalResponse!.getBody());
  } catch {
    // Not a problem document: the status says enough.
  }
  return new RecordingRefused(status, problem.title ?? "", problem.detail ?? "");
}

/**
 * Uploads `recording` for the story `created` describes. Resolves when the server has all of it
 * (also when an earlier try already gave it all); rejects when the story came without an upload
 * offer (no consent to keep the recording), with RecordingRefused when the server refuses it for good,
 * and with RecordingNotSent when the connection is gone (tus retries by itself a while first).
 */
export async function uploadRecording(created: CreatedStory, recording: Blob, options: RecordingUploadOptions = {}): Promise<void> {
  const offer = created.recordingUpload;
  if (!offer) throw new Error("This story has no recording upload (no consent to keep the recording).");
  const { Upload, defaultOptions } = await import("tus-js-client");
  const upload = new Upload(recording, {
    endpoint: offer.url,
    headers: { "Upload-Token": offer.token },
    metadata: {
      filetype: recording.type || "audio/webm",
      ...(options.durationSeconds !== undefined ? { duration: String(Math.round(options.durationSeconds)) } : {}),
    },
    chunkSize: CHUNK_BYTES,
    retryDelays: [0, 1000, 3000, 5000, 10_000, 20_000],
    onShouldRetry: (error, attempt, settings) => !alreadyStored(error) && defaultOptions.onShouldRetry!(error, attempt, settings),
    fingerprint: async () => `vertelpunt-recording-${created.id}`,
    removeFingerprintOnSuccess: true,
    onProgress: options.onProgress,
  });
  const earlier = await upload.findPreviousUploads();
  if (earlier[0]) upload.resumeFromPreviousUpload(earlier[0]);
  await new Promise<void>((resolve, reject) => {
    upload.options.onSuccess = () => resolve();
    upload.options.onError = (error) => (alreadyStored(error) ? resolve() : reject(failureOf(error)));
    upload.start();
  });
}
