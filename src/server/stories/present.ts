import type { Story } from "../../contract/stories.ts";
import { isAllowed, type Caller } from "../policy.ts";
import type { StoryRow } from "./columns.ts";

/** A story as the caller may see it: no teller identities, pseudonyms only for analysts and up. */
export function presentStory(row: StoryRow, caller?: Caller): Story {
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
    channel: row.channel as Story["channel"],
    subjectPseudonym: caller && isAllowed(caller, "analysis:read") ? row.subjectPseudonym : null,
    teamId: row.teamId,
    consent: { research: row.consentResearch, quoting: row.consentQuoting, sector: row.consentSector, confirmedAloud: row.consentRecordedBy !== null, keepRecording: row.consentVoice },
    transcriptSource: row.transcriptSource as Story["transcriptSource"],
    toldByMe: Boolean(caller && row.tellerUserId === caller.userId),
    toldAt: row.toldAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

export const presentCreated = (row: StoryRow) => ({
  id: row.id, collectionId: row.collectionId, frameworkVersion: row.frameworkVersion, language: row.language,
  channel: row.channel as Story["channel"], createdAt: row.createdAt.toISOString(),
});
