// Turns a validated story into the row to insert: pseudonym instead of the client reference,
// detected language, and the full-text vector in the configuration of that language.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { type AnswerIssue, validateAnswers } from "../../core/answers.ts";
import { type FrameworkDefinition, tellerSignifiers } from "../../core/framework.ts";
import { detectLanguage, searchConfigFor } from "../../core/language.ts";
import { redactStory } from "../../core/privacy/sentence-start.ts";
import { pseudonymise } from "../../core/pseudonym.ts";
import type { StoryInput } from "../../core/story.ts";
import type { CollectionRow } from "../collections/repository.ts";
import type { Lang } from "../messages.ts";
import { message } from "../messages.ts";
import type { Caller } from "../policy.ts";
import type { InvalidParam } from "../problem.ts";
import type { StoryInsert } from "./batch-writer.ts";

export interface FrameworkAt {
  version: number;
  definition: FrameworkDefinition;
}

export interface StoryContext {
  collection: CollectionRow;
  framework: FrameworkAt;
  pseudonymKey: string;
  caller?: Caller;
}

export function answerIssuesAsParams(issues: AnswerIssue[], lang: Lang): InvalidParam[] {
  return issues.map((issue) => ({
    name: issue.signifierId ? `answers.${issue.signifierId}` : "answers",
    reason: issue.detail ? `${message(issue.code, lang)} (${issue.detail})` : message(issue.code, lang),
    code: issue.code,
  }));
}

/** The problems with a story that the schema alone cannot see. */
// A story is told in the past; a client's clock may run a few minutes ahead. A date far ahead would
// pin the story on top of every list (newest first).
export const TOLD_AT_CLOCK_SKEW_MS = 5 * 60_000;

export function storyIssues(input: StoryInput, ctx: StoryContext, lang: Lang): InvalidParam[] {
  const issues = answerIssuesAsParams(validateAnswers(tellerSignifiers(ctx.framework.definition), input.answers), lang);
  if (input.promptId && !ctx.framework.definition.prompts.some((p) => p.id === input.promptId)) {
    issues.push({ name: "promptId", reason: message("unknownOption", lang), code: "unknownOption" });
  }
  if (input.toldAt && Date.parse(input.toldAt) > Date.now() + TOLD_AT_CLOCK_SKEW_MS) {
    issues.push({ name: "toldAt", reason: message("toldAtInFuture", lang), code: "toldAtInFuture" });
  }
  // A spoken story may come without typed words: its recording (kept with consent) carries it.
  if (input.text === "" && input.consent.keepRecording !== true) {
    issues.push({ name: "text", reason: message("textOrRecording", lang), code: "textOrRecording" });
  }
  if (input.channel === "interview" && input.consent.confirmedAloud !== true) {
    issues.push({ name: "consent.confirmedAloud", reason: message("interviewConsent", lang), code: "interviewConsent" });
  }
  return issues;
}


/**
 * Personal data never reaches the database: the text is stored as redacted (the teller saw and
 * confirmed the redaction beforehand, see routes/redaction-previews.ts), so colleagues, analysts,
 * exports and the search index only ever hold the redacted story.
 */
export function storyRow(input: StoryInput, ctx: StoryContext, channel: string): StoryInsert {
  const language = input.language ?? detectLanguage(`${input.title ?? ""} ${input.text}`, ctx.framework.definition.language);
  // The detectors read Dutch; in English, French and German a sentence start is not taken for a name.
  const { title, text, answers } = redactStory(input, language).story;
  const searchable = `${title ?? ""} ${text}`;
  return {
    id: randomUUID(),
    organizationId: ctx.collection.organizationId,
    collectionId: ctx.collection.id,
    frameworkId: ctx.collection.frameworkId,
    frameworkVersion: ctx.framework.version,
    title: title || null,
    text,
    language,
    promptId: input.promptId ?? null,
    answers,
    channel,
    subjectPseudonym: input.subjectRef ? pseudonymise(input.subjectRef, ctx.pseudonymKey) : null,
    tellerUserId: ctx.caller?.userId ?? null,
    teamId: ctx.collection.teamId ?? ctx.caller?.teamIds[0] ?? null,
    consentResearch: input.consent.research,
    consentQuoting: input.consent.quoting ?? false,
    consentSector: input.consent.sector ?? false,
    consentRecordedBy: channel === "interview" ? (ctx.caller?.userId ?? null) : null,
    consentVoice: input.consent.keepRecording ?? false,
    transcriptSource: null,
    toldAt: input.toldAt ? new Date(input.toldAt) : new Date(),
    searchVector: sql`to_tsvector(${searchConfigFor(language)}::regconfig, ${searchable})` as unknown as string,
  };
}
