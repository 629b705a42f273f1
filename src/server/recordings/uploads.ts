// Resumable upload of a story's voice recording (the tus protocol, @tus/server). The teller proves
// with the upload token from the answer to telling which story the audio belongs to; every request
// on an upload (HEAD, PATCH, DELETE) must carry the same token, and an upload's id starts with its
// story's id, so one story's token reaches no other story's audio.
import { randomBytes } from "node:crypto";
import { Server } from "@tus/server";
import type { Upload } from "@tus/utils";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { storyRecording } from "../../db/schema/index.ts";
import type { MessageKey } from "../messages.ts";
import { markCompleted, storyForUpload, type RecordingRow } from "./repository.ts";
import type { RecordingStorage } from "./storage.ts";
import { storyIdFromUploadToken, UPLOAD_TOKEN_HEADER } from "./upload-token.ts";
import { RECORDING_TYPES } from "../../contract/recordings.ts";

export const RECORDING_UPLOAD_PATH = "/api/v1/recording-uploads";
/** A few minutes of speech: compressed (Opus, AAC) that is well under a megabyte a minute; WAV is larger. */
export const MAX_RECORDING_BYTES = 10 * 1024 * 1024;
export const MAX_RECORDING_SECONDS = 5 * 60;

/** What the tus server answers when a hook refuses; the body is a message key (see routes/recordings.ts). */
const refuse = (status_code: number, key: MessageKey) => ({ status_code, body: key });

const baseType = (mime: string | null | undefined) => (mime ?? "").split(";")[0]!.trim().toLowerCase();

function tokenStory(secret: string, req: Request): string {
  const storyId = storyIdFromUploadToken(secret, req.headers.get(UPLOAD_TOKEN_HEADER));
  if (!storyId) throw refuse(401, "uploadTokenInvalid");
  return storyId;
}

export interface UploadHooks {
  /** Called once the whole recording is stored (transcription starts here). */
  onRecordingStored(row: RecordingRow): void;
}

export function recordingUploadServer(db: Db, storage: RecordingStorage, secret: string, hooks: UploadHooks): Server {
  return new Server({
    path: RECORDING_UPLOAD_PATH,
    datastore: storage.datastore,
    maxSize: MAX_RECORDING_BYTES,
    relativeLocation: true,
    disableTerminationForFinishedUploads: true,
    allowedHeaders: [UPLOAD_TOKEN_HEADER],
    namingFunction: (req) => `${tokenStory(secret, req)}-${randomBytes(12).toString("hex")}`,
    onIncomingRequest: async (req, uploadId) => {
      if (!uploadId.startsWith(`${tokenStory(secret, req)}-`)) throw refuse(404, "notFoundDetail");
    },
    onUploadCreate: async (req, upload) => {
      await registerRecording(db, storage, tokenStory(secret, req), upload);
      return {};
    },
    onUploadFinish: async (_req, upload) => {
      const row = await markCompleted(db, upload.id);
      if (row) hooks.onRecordingStored(row);
      return {};
    },
  });
}

/** Checks a new upload against the story and its consent, and records where its audio goes. */
async function registerRecording(db: Db, storage: RecordingStorage, storyId: string, upload: Upload) {
  const target = await storyForUpload(db, storyId);
  if (!target) throw refuse(404, "notFoundDetail");
  if (!target.consentVoice) throw refuse(403, "recordingConsentMissing");
  const mimeType = baseType(upload.metadata?.filetype);
  if (!(RECORDING_TYPES as readonly string[]).includes(mimeType)) throw refuse(415, "recordingTypeNotAllowed");
  if (upload.size === undefined) throw refuse(400, "recordingLengthMissing");
  const duration = upload.metadata?.duration ? Math.round(Number(upload.metadata.duration)) : null;
  if (duration !== null && !(duration >= 0 && duration <= MAX_RECORDING_SECONDS)) throw refuse(413, "recordingTooLong");
  await db.transaction(async (tx) => {
    const [earlier] = await tx.select().from(storyRecording)
      .where(and(eq(storyRecording.organizationId, target.organizationId), eq(storyRecording.storyId, storyId)));
    if (earlier?.completedAt) throw refuse(409, "recordingExists");
    // An upload whose address the teller lost (the answer to its creation never arrived) is replaced.
    if (earlier) {
      await tx.delete(storyRecording).where(eq(storyRecording.id, earlier.id));
      await storage.remove(earlier.storageKey).catch(() => undefined);
    }
    await tx.insert(storyRecording).values({
      organizationId: target.organizationId, storyId, storageKey: upload.id, mimeType,
      sizeBytes: upload.size!, durationSeconds: duration, consentKeep: true,
    });
  });
}
