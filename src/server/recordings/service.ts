// Voice recordings as one dependency of the app: where they are stored, the tus upload server, the
// sweep that removes erased stories' audio, and transcription when the organization runs a service.
import { and, eq } from "drizzle-orm";
import type { Server } from "@tus/server";
import type { Db } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { Logger } from "../logger.ts";
import type { RecordingRow } from "./repository.ts";
import { sweepErasedRecordings } from "./repository.ts";
import { openRecordingStorage, type RecordingStorage, type RecordingStorageConfig } from "./storage.ts";
import { addTranscript, transcribe, type TranscriptionConfig } from "./transcription.ts";
import { recordingUploadServer } from "./uploads.ts";

export interface Recordings {
  storage: RecordingStorage;
  uploads: Server;
  transcription?: TranscriptionConfig;
  /** Removes the audio of erased stories; call after erasing. */
  sweep(): Promise<number>;
  /** Resolves when the transcriptions under way have finished (tests, shutdown). */
  settled(): Promise<void>;
}

export function createRecordings(db: Db, options: { storage: RecordingStorageConfig; secret: string; transcription?: TranscriptionConfig }, logger: Logger): Recordings {
  const storage = openRecordingStorage(options.storage);
  const running = new Set<Promise<void>>();
  const onRecordingStored = (row: RecordingRow) => {
    if (!options.transcription) return;
    const job = transcribeRecording(db, storage, options.transcription, row)
      // The audio stays, so a colleague can still type the transcript.
      .catch((error: Error) => logger.warn({ err: error.message, recordingId: row.id }, "transcription failed"))
      .finally(() => running.delete(job));
    running.add(job);
  };
  return {
    storage,
    uploads: recordingUploadServer(db, storage, options.secret, { onRecordingStored }),
    transcription: options.transcription,
    sweep: () => sweepErasedRecordings(db, storage),
    settled: async () => void (await Promise.all([...running])),
  };
}

async function transcribeRecording(db: Db, storage: RecordingStorage, config: TranscriptionConfig, row: RecordingRow) {
  if (!row.storyId) return;
  const [told] = await db.select({ language: story.language }).from(story)
    .where(and(eq(story.organizationId, row.organizationId), eq(story.id, row.storyId)));
  if (!told) return;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of await storage.read(row.storageKey)) chunks.push(new Uint8Array(chunk as Buffer));
  const extension = row.mimeType.split("/")[1] ?? "webm";
  const text = await transcribe(config, new Blob(chunks, { type: row.mimeType }), `opname.${extension}`, told.language);
  if (text && await addTranscript(db, row.organizationId, row.storyId, text, "service")) {
    await audit(db, { organizationId: row.organizationId }, "recording.transcribed", "story", row.storyId, { by: "service" });
  }
}
