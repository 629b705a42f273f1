// Stories: what a teller sends (core/story.ts), a story as the caller may see it, the story list
// with its search passages, and the anonymous teller's receipt.
import { z } from "@hono/zod-openapi";
import { storyChannels, storyInput } from "../core/story.ts";
import { dateTime } from "./common.ts";

export const StoryInput = storyInput.meta({ id: "StoryInput" });
export const IdempotencyHeader = z.object({
  "idempotency-key": z.string().min(1).max(200).optional().openapi({
    param: { name: "idempotency-key", in: "header" }, description: "A retry with the same key and the same body returns the first story; the same key with another body answers 422. A key counts for this route, this collection and this caller, for 24 hours",
  }),
});

export const Story = z.object({
  id: z.string().uuid(),
  collectionId: z.string().uuid(),
  frameworkId: z.string().uuid(),
  frameworkVersion: z.number().int(),
  title: z.string().nullable(),
  text: z.string(),
  language: z.string(),
  promptId: z.string().nullable(),
  answers: z.record(z.string(), z.unknown()),
  channel: z.enum(storyChannels),
  subjectPseudonym: z.string().nullable().openapi({ description: "Keyed pseudonym of the client; shown to analysts and admins" }),
  teamId: z.string().uuid().nullable(),
  consent: z.object({
    research: z.boolean(),
    quoting: z.boolean(),
    sector: z.boolean().openapi({ description: "The teller agreed that the story may be shared with the sector" }),
    confirmedAloud: z.boolean().openapi({ description: "Interview: a colleague asked for consent aloud and recorded it" }),
    keepRecording: z.boolean().openapi({ description: "The teller agreed that the voice recording is kept" }),
  }),
  transcriptSource: z.enum(["service", "colleague"]).nullable()
    .openapi({ description: "The text is (partly) a transcript of the recording: by the transcription service or typed by a colleague; null when typed by the teller" }),
  toldByMe: z.boolean(),
  toldAt: dateTime,
  createdAt: dateTime,
}).openapi("Story");

/** What a teller gets back right after telling. */
export const StoryCreated = Story.pick({ id: true, collectionId: true, frameworkVersion: true, language: true, channel: true, createdAt: true })
  .extend({
    receiptUrl: z.string().url().optional().openapi({ description: "Anonymous tellers only: a private link to see what happened with the story, or to withdraw it" }),
    recordingUpload: z.object({
      url: z.string().openapi({ description: "The tus endpoint to upload the recording to" }),
      token: z.string().openapi({ description: "Send it in the Upload-Token header of every upload request" }),
      expiresAt: dateTime,
    }).optional().openapi({ description: "With consent.keepRecording: where and with what to upload the voice recording" }),
  })
  .openapi("StoryCreated");

export const StoryQuery = z.object({
  collectionId: z.string().uuid().optional(),
  frameworkId: z.string().uuid().optional().openapi({ description: "Only stories told in the collections of this framework" }),
  q: z.string().max(500).optional().openapi({ description: "Dutch full-text search: words, \"phrases\", OR, -not" }),
  from: dateTime.optional(),
  to: dateTime.optional(),
  teamId: z.string().uuid().optional(),
  toldBy: z.enum(["me"]).optional().openapi({ description: "me: only the stories the caller told" }),
  channels: z.string().max(100).optional().openapi({ description: "Comma-separated: web, interview, kiosk, import" }),
  tags: z.string().max(2000).optional().openapi({ description: "Comma-separated: only stories a colleague gave any of these tags when interpreting" }),
  audience: z.string().max(100).optional().openapi({ description: "Comma-separated: professionals, clients (the audience of the story's collection)" }),
  answers: z.string().max(4000).optional().openapi({
    description: "With collectionId or frameworkId: JSON array of answer conditions as the pattern routes take them; lists only the stories those routes count (research consent given)",
  }),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const StoryListItem = Story.extend({
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })).optional()
    .openapi({ description: "With q: the passages that match, as text segments; match = a search word" }),
}).openapi("StoryListItem");
export const StoryPage = z.object({ items: z.array(StoryListItem), nextCursor: z.string().nullable() }).openapi("StoryPage");

export const ReceiptFollowUp = z.object({ kind: z.enum(["action", "response"]), text: z.string(), createdAt: dateTime }).openapi("FollowUp");
export const Receipt = z.object({
  collectionName: z.string(),
  title: z.string().nullable(),
  text: z.string(),
  toldAt: dateTime,
  interpretations: z.number().int().openapi({ description: "How many times colleagues interpreted the story" }),
  followUps: z.array(ReceiptFollowUp),
}).openapi("Receipt");

/** One client over time: the stories told about one pseudonymous client, oldest first. */
export const Timeline = z.object({ subjectPseudonym: z.string(), items: z.array(Story) }).openapi("SubjectTimeline");

export type StoryInput = z.input<typeof StoryInput>;
export type Story = z.infer<typeof Story>;
export type Channel = Story["channel"];
export type StoryCreated = z.infer<typeof StoryCreated>;
export type StoryListItem = z.infer<typeof StoryListItem>;
export type StoryPage = z.infer<typeof StoryPage>;
export type Receipt = z.infer<typeof Receipt>;
export type SubjectTimeline = z.infer<typeof Timeline>;
