// The story being written, its checks before sending, the body sent, and the field names the
// server uses in invalidParams (so its errors land next to the same fields as ours).
import type { Channel as StoryChannel } from "../../contract/stories.ts";
import { type AnswerIssueCode, validateAnswers } from "../../core/answers.ts";
import type { Signifier } from "../../core/framework.ts";
import type { InvalidParam } from "../toolkit/api.ts";
import type { TellMessage } from "./messages.ts";

/** Mirrors MAX_STORY_TEXT of core/story.ts, which is not imported: that module loads zod. */
export const MAX_STORY_TEXT = 20_000;
const MAX_TITLE = 200;
const MAX_SUBJECT_REF = 200;

export interface Draft {
  promptId?: string;
  title: string;
  text: string;
  answers: Record<string, unknown>;
  /** Undefined until the teller chooses: research consent must be a real choice. */
  research?: boolean;
  quoting: boolean;
  /** May the story, without personal data, be shared with the sector? Asked only where the collection contributes. */
  sector: boolean;
  /** Interview mode: a colleague writes down a client's story. */
  interview: boolean;
  subjectRef: string;
  confirmedAloud: boolean;
  /** The separate consent to keep the voice recording (only asked once there is one). */
  keepRecording: boolean;
}

export const emptyDraft = (prompts: readonly { id: string }[]): Draft => ({
  // With a single prompt there is nothing to choose.
  promptId: prompts.length === 1 ? prompts[0]!.id : undefined,
  title: "",
  text: "",
  answers: {},
  quoting: false,
  sector: false,
  interview: false,
  subjectRef: "",
  confirmedAloud: false,
  keepRecording: false,
});

/** A field's problem: one of our messages, an answer check's code, or the server's own words. */
export type FieldError = { message: TellMessage } | { answer: AnswerIssueCode } | { text: string };
export type FieldErrors = Record<string, FieldError>;

export interface FormContext {
  prompts: readonly { id: string }[];
  signifiers: readonly Signifier[];
  /** A voice recording was made (it lives beside the draft, not in it). */
  hasRecording?: boolean;
}

export function draftErrors(draft: Draft, { prompts, signifiers, hasRecording }: FormContext): FieldErrors {
  const errors: FieldErrors = {};
  if (prompts.length > 1 && !draft.promptId) errors.promptId = { message: "promptRequired" };
  if (draft.title.trim().length > MAX_TITLE) errors.title = { message: "titleTooLong" };
  // A kept recording tells the story by itself; one that may not be kept is not sent.
  if (!draft.text.trim() && !(hasRecording && draft.keepRecording)) errors.text = { message: hasRecording ? "textOrRecordingRequired" : "textRequired" };
  else if (draft.text.length > MAX_STORY_TEXT) errors.text = { message: "textTooLong" };
  for (const issue of validateAnswers(signifiers, sentAnswers(draft.answers))) {
    errors[`answers.${issue.signifierId}`] = { answer: issue.code };
  }
  if (draft.interview && draft.subjectRef.trim().length > MAX_SUBJECT_REF) errors.subjectRef = { message: "subjectRefTooLong" };
  if (draft.research === undefined) errors["consent.research"] = { message: "researchRequired" };
  if (draft.interview && !draft.confirmedAloud) errors["consent.confirmedAloud"] = { message: "confirmedAloudRequired" };
  return errors;
}

/** Unanswered questions are left out; "does not apply" is sent as null. */
const sentAnswers = (answers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));

/** The channels the form tells through (imports come in another way). */
export type Channel = Exclude<StoryChannel, "import">;

export function storyBody(draft: Draft, channel: Exclude<Channel, "interview">, hasRecording = false) {
  const title = draft.title.trim();
  const subjectRef = draft.subjectRef.trim();
  const research = draft.research === true;
  return {
    ...(title ? { title } : {}),
    text: draft.text,
    ...(draft.promptId ? { promptId: draft.promptId } : {}),
    answers: sentAnswers(draft.answers),
    channel: draft.interview ? "interview" : channel,
    ...(draft.interview && subjectRef ? { subjectRef } : {}),
    consent: {
      research,
      // Quoting is only asked when research is allowed; a "no" to research is a "no" to quoting.
      quoting: research && draft.quoting,
      ...(draft.sector ? { sector: true } : {}),
      ...(draft.interview ? { confirmedAloud: draft.confirmedAloud } : {}),
      ...(hasRecording && draft.keepRecording ? { keepRecording: true } : {}),
    },
  };
}

export function serverErrors(params: readonly InvalidParam[]): FieldErrors {
  return Object.fromEntries(params.map((p) => [p.name, { text: p.reason }]));
}

/**
 * The element an error links to. Question ids get their own "q" prefix so a signifier called
 * "text" cannot collide with the story text.
 */
export function fieldDomId(prefix: string, name: string): string {
  if (name.startsWith("answers.")) return `${prefix}-q-${name.slice("answers.".length)}`;
  const ids: Record<string, string> = {
    promptId: "prompt", title: "title", text: "text", subjectRef: "subject",
    "consent.research": "research", "consent.quoting": "quoting", "consent.sector": "sector", "consent.confirmedAloud": "aloud",
  };
  return `${prefix}-${ids[name] ?? "form"}`;
}

/** A random UUID; crypto.randomUUID exists only on https, a kiosk on a local network may lack it. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface SavedDraft {
  draft: Draft;
  idempotencyKey: string;
  /** Set once the story was sent the first time. */
  toldAt?: string;
}

/** A saved draft, or undefined when there is none or it is not one of ours. */
export function parseSavedDraft(json: string | null): SavedDraft | undefined {
  if (!json) return undefined;
  try {
    const saved = JSON.parse(json) as SavedDraft;
    const d = saved?.draft;
    const ok = typeof saved.idempotencyKey === "string" && typeof d?.text === "string" && typeof d.title === "string"
      && typeof d.answers === "object" && d.answers !== null;
    return ok ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** Whether anything was typed or chosen: the kiosk only asks "are you still there?" then. */
export const isDirty = (draft: Draft, blank: Draft) => JSON.stringify(draft) !== JSON.stringify(blank);
