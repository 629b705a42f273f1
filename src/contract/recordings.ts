// A story's voice recording as colleagues see it, and the transcript a colleague types.
import { z } from "@hono/zod-openapi";

/** The audio formats browsers record in that the server keeps. */
export const RECORDING_TYPES = ["audio/webm", "audio/ogg", "audio/mp4", "audio/wav"] as const;

export const Recording = z.object({
  mimeType: z.enum(RECORDING_TYPES),
  sizeBytes: z.number().int(),
  durationSeconds: z.number().int().nullable().openapi({ description: "As the recorder measured it" }),
  complete: z.boolean().openapi({ description: "false while the upload is still under way" }),
  audioUrl: z.string().openapi({ description: "Where to play it (each play is in the audit log)" }),
}).openapi("Recording");
export const TranscriptInput = z.object({ text: z.string().trim().min(1).max(20_000) }).openapi("TranscriptInput");

export type Recording = z.infer<typeof Recording>;
