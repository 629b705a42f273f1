// Transcripts of voice recordings. The organization runs its own speech-to-text service with an
// OpenAI-compatible `/v1/audio/transcriptions` endpoint (whisper.cpp's server, faster-whisper-server,
// …): the audio goes there and nowhere else, and nothing is downloaded at run time. The transcript
// passes the same personal-data removal as a typed story before it is stored, and the story is
// marked as (partly) transcribed. See docs/algorithm-register/transcriptie.md.
import { and, eq, sql } from "drizzle-orm";
import { searchConfigFor } from "../../core/language.ts";
import { redactInLanguage } from "../../core/privacy/sentence-start.ts";
import { MAX_STORY_TEXT } from "../../core/story.ts";
import type { Db } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";

export interface TranscriptionConfig {
  /** The service's base URL, e.g. http://whisper.intern:8080 (or the full …/v1/audio/transcriptions). */
  url: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
}

export type TranscriptSource = "service" | "colleague";

export function transcriptionFromEnv(env: NodeJS.ProcessEnv): TranscriptionConfig | undefined {
  if (!env.TRANSCRIPTION_URL) return undefined;
  return { url: env.TRANSCRIPTION_URL, apiKey: env.TRANSCRIPTION_API_KEY || undefined, model: env.TRANSCRIPTION_MODEL ?? "whisper-1" };
}

const endpointOf = (url: string) =>
  /\/v1\/audio\/transcriptions\/?$/.test(url) ? url : `${url.replace(/\/$/, "")}/v1/audio/transcriptions`;

/** Sends the audio to the service; the text it heard, or an error saying what the service answered. */
export async function transcribe(config: TranscriptionConfig, audio: Blob, fileName: string, language: string): Promise<string> {
  const form = new FormData();
  form.set("file", audio, fileName);
  form.set("model", config.model);
  form.set("language", language);
  form.set("response_format", "json");
  const response = await fetch(endpointOf(config.url), {
    method: "POST", body: form,
    headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
    signal: AbortSignal.timeout(config.timeoutMs ?? 10 * 60_000),
  });
  if (!response.ok) throw new Error(`transcription service answered ${response.status}`);
  const body = await response.json() as { text?: unknown };
  if (typeof body.text !== "string") throw new Error("transcription service answered without text");
  return body.text.trim();
}

/**
 * Adds a transcript to a story: it becomes the text of a spoken story, or follows the typed text.
 * Redacted in the story's language, and the search vector follows. Returns false when the story has
 * a transcript already (or is gone), so a transcript is never added twice.
 */
export async function addTranscript(db: Db, organizationId: string, storyId: string, transcript: string, source: TranscriptSource): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ title: story.title, text: story.text, language: story.language, transcriptSource: story.transcriptSource })
      .from(story).where(and(eq(story.organizationId, organizationId), eq(story.id, storyId))).for("update");
    if (!row || row.transcriptSource) return false;
    const heard = redactInLanguage(transcript.trim(), row.language).text;
    const text = (row.text ? `${row.text}\n\n${heard}` : heard).slice(0, MAX_STORY_TEXT);
    await tx.update(story).set({
      text, transcriptSource: source,
      searchVector: sql`to_tsvector(${searchConfigFor(row.language)}::regconfig, ${`${row.title ?? ""} ${text}`})` as unknown as string,
    }).where(and(eq(story.organizationId, organizationId), eq(story.id, storyId)));
    return true;
  });
}
