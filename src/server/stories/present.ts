import { z } from "@hono/zod-openapi";
import { storyChannels } from "../../core/story.ts";
import { isAllowed, type Caller } from "../policy.ts";
import type { StoryRow } from "./columns.ts";

const dateTime = z.string().datetime({ offset: true });

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
    sector: z.boolean(),
    confirmedAloud: z.boolean().openapi({ description: "Interview: a colleague asked for consent aloud and recorded it" }),
  }),
  toldByMe: z.boolean(),
  toldAt: dateTime,
  createdAt: dateTime,
}).openapi("Story");
export type StoryView = z.infer<typeof Story>;

/** A story as the caller may see it: no teller identities, pseudonyms only for analysts and up. */
export function presentStory(row: StoryRow, caller?: Caller): StoryView {
  return {
    id: row.id,
    collectionId: row.collectionId,
    frameworkId: row.frameworkId,
    frameworkVersion: row.frameworkVersion,
    title: row.title,
    text: row.text,
    language: row.language,
    promptId: row.promptId,
    answers: row.answers as Record<string, unknown>,
    channel: row.channel as StoryView["channel"],
    subjectPseudonym: caller && isAllowed(caller, "analysis:read") ? row.subjectPseudonym : null,
    teamId: row.teamId,
    consent: { research: row.consentResearch, quoting: row.consentQuoting, sector: row.consentSector, confirmedAloud: row.consentRecordedBy !== null },
    toldByMe: Boolean(caller && row.tellerUserId === caller.userId),
    toldAt: row.toldAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

/** What a teller gets back right after telling. */
export const StoryCreated = Story.pick({ id: true, collectionId: true, frameworkVersion: true, language: true, channel: true, createdAt: true })
  .extend({ receiptUrl: z.string().url().optional().openapi({ description: "Anonymous tellers only: a private link to see what happened with the story, or to withdraw it" }) })
  .openapi("StoryCreated");

export const presentCreated = (row: StoryRow) => ({
  id: row.id, collectionId: row.collectionId, frameworkVersion: row.frameworkVersion, language: row.language,
  channel: row.channel as StoryView["channel"], createdAt: row.createdAt.toISOString(),
});
