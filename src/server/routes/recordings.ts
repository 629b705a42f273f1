// Voice recordings: the resumable upload (tus) for the teller who just told a story, the audio for
// colleagues who may read the full story (each play in the audit log), and a transcript typed by a
// colleague when no transcription service is configured.
import { Readable } from "node:stream";
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Api, AppDeps } from "../context.ts";
import { audit } from "../audit.ts";
import type { MessageKey } from "../messages.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { conflict, notFound, Problem, problemResponse } from "../problem.ts";
import { recordingOf } from "../recordings/repository.ts";
import { addTranscript } from "../recordings/transcription.ts";
import { MAX_RECORDING_BYTES } from "../recordings/uploads.ts";
import { Recording, RECORDING_TYPES, TranscriptInput } from "../../contract/recordings.ts";
import { presentStory } from "../stories/present.ts";
import { Story } from "../../contract/stories.ts";
import { findStory } from "../stories/queries.ts";
import { reach } from "../access.ts";

// Header names in lower case, as the schema's keys (HTTP header names are case-insensitive).
const tusHeaders = {
  "upload-token": z.string().openapi({ param: { name: "upload-token", in: "header" }, description: "The recordingUpload.token from the answer to telling the story (valid for a day)" }),
  "tus-resumable": z.literal("1.0.0").openapi({ param: { name: "tus-resumable", in: "header" }, description: "The tus protocol version" }),
};
const UploadIdParam = z.object({ uploadId: z.string().regex(/^[0-9a-f-]{36}-[0-9a-f]{24}$/).openapi({ param: { name: "uploadId", in: "path" } }) });
const offsetHeader = { "Upload-Offset": { description: "How many bytes the server has", schema: { type: "integer" as const } } };
const octets = { content: { "application/offset+octet-stream": { schema: z.string().openapi({ format: "binary" }) } } };

const problemTitles: Record<number, MessageKey> = {
  400: "badRequest", 401: "unauthorized", 403: "forbidden", 404: "notFound", 409: "conflict", 413: "tooLarge", 415: "unsupportedMediaType",
};

export function registerRecordingRoutes(api: Api, { database, recordings }: AppDeps) {
  const { db } = database;
  const documented = [
    defineRoute({ method: "post", path: "/recording-uploads", tags: ["Public"], operationId: "createRecordingUpload",
      summary: "Start the resumable upload (tus 1.0) of the voice recording of a story just told",
      description: `The tus creation extension. Upload-Metadata carries filetype (${RECORDING_TYPES.join(", ")}) and duration in seconds; at most ${MAX_RECORDING_BYTES / 1024 / 1024} MB and 5 minutes. The story must have consent.keepRecording.`,
      request: { headers: z.object({ ...tusHeaders, "upload-length": z.string().regex(/^\d+$/).openapi({ param: { name: "upload-length", in: "header" } }), "upload-metadata": z.string().optional().openapi({ param: { name: "upload-metadata", in: "header" } }) }) },
      errors: [401, 403, 404, 409, 413, 415],
      responses: { 201: { description: "Created; Location names the upload", headers: { Location: { description: "The upload's address", schema: { type: "string" } } } } } }),
    defineRoute({ method: "head", path: "/recording-uploads/{uploadId}", tags: ["Public"], operationId: "getRecordingUploadOffset",
      summary: "How much of the upload the server has (to resume after a broken connection)",
      request: { params: UploadIdParam, headers: z.object(tusHeaders) }, errors: [401, 404],
      responses: { 200: { description: "The offset to resume from", headers: offsetHeader } } }),
    defineRoute({ method: "patch", path: "/recording-uploads/{uploadId}", tags: ["Public"], operationId: "continueRecordingUpload",
      summary: "Send (more of) the audio from the given offset",
      request: { params: UploadIdParam, headers: z.object({ ...tusHeaders, "upload-offset": z.string().regex(/^\d+$/).openapi({ param: { name: "upload-offset", in: "header" } }) }), body: { required: true, ...octets } },
      errors: [401, 404, 409, 413, 415],
      responses: { 204: { description: "Stored up to the new offset", headers: offsetHeader } } }),
  ];
  for (const route of documented) api.openAPIRegistry.registerPath(route);

  const tus = async (c: Context) => {
    if (!recordings) throw new Problem(503, "notAvailable", "recordingsOff");
    // Hono answers HEAD through GET routes; a GET itself would hand out the audio, which is for colleagues only.
    if (c.req.raw.method === "GET") throw notFound();
    const response = await recordings.uploads.handleWeb(c.req.raw);
    if (response.status < 400) return response;
    const key = (await response.text()).trim();
    const problem = problemResponse(c, new Problem(response.status, problemTitles[response.status] ?? "serverError", key || "serverErrorDetail"));
    problem.headers.set("Tus-Resumable", "1.0.0");
    return problem;
  };
  api.on("POST", "/recording-uploads", tus);
  api.on(["GET", "PATCH"], "/recording-uploads/:uploadId", tus);

  const playable = async (c: Context, id: string) => {
    const { caller, resource: told } = await reach(db, c.get("caller"), "story", id, "recording:play");
    const recording = await recordingOf(db, caller.organizationId, told.id);
    if (!recording) throw notFound();
    return { caller, told, recording };
  };

  api.openapi(
    defineRoute({ method: "get", path: "/stories/{id}/recording", tags: ["Stories"], operationId: "getStoryRecording", security: signedIn,
      summary: "The story's voice recording: what it is and where to play it", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: jsonContent(Recording, "The recording") } }),
    async (c) => {
      const { told, recording } = await playable(c, c.req.valid("param").id);
      return c.json({
        mimeType: recording.mimeType as (typeof RECORDING_TYPES)[number], sizeBytes: recording.sizeBytes, durationSeconds: recording.durationSeconds,
        complete: recording.completedAt !== null, audioUrl: `/api/v1/stories/${told.id}/recording/audio`,
      }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/stories/{id}/recording/audio", tags: ["Stories"], operationId: "playStoryRecording", security: signedIn,
      summary: "Play the voice recording (colleagues and up; every play is in the audit log)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: { description: "The audio", content: Object.fromEntries(RECORDING_TYPES.map((type) => [type, { schema: z.string().openapi({ format: "binary" }) }])) } } }),
    async (c) => {
      const { caller, told, recording } = await playable(c, c.req.valid("param").id);
      if (!recordings || !recording.completedAt) throw notFound();
      await audit(db, caller, "recording.played", "story", told.id);
      const audio = await recordings.storage.read(recording.storageKey);
      return new Response(Readable.toWeb(audio) as ReadableStream, {
        status: 200,
        headers: { "Content-Type": recording.mimeType, "Content-Length": String(recording.sizeBytes), "Cache-Control": "no-store", "Accept-Ranges": "none" },
      });
    },
  );

  api.openapi(
    defineRoute({ method: "put", path: "/stories/{id}/transcript", tags: ["Stories"], operationId: "typeStoryTranscript", security: signedIn,
      summary: "Type the transcript of a recorded story (when no transcription service made one)",
      request: { params: IdParam, body: jsonBody(TranscriptInput) }, errors: [401, 403, 404, 409],
      responses: { 200: jsonContent(Story, "The story with its transcript") } }),
    async (c) => {
      const { caller, resource: told } = await reach(db, c.get("caller"), "story", c.req.valid("param").id, "recording:transcribe");
      const recording = await recordingOf(db, caller.organizationId, told.id);
      if (!recording?.completedAt) throw notFound();
      if (!await addTranscript(db, caller.organizationId, told.id, c.req.valid("json").text, "colleague")) throw conflict("transcriptExists");
      await audit(db, caller, "recording.transcribed", "story", told.id, { by: "colleague" });
      return c.json(presentStory(await findStory(db, caller, told.id), caller), 200);
    },
  );
}
