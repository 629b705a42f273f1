// State and sending of one story. What was typed survives a failed send (and, for the public form,
// a reload: a draft in sessionStorage). One Idempotency-Key per story, reused on every retry, so a
// retry after a lost answer returns the stored story instead of making a second one. Before the
// first send the teller sees which personal data will be hidden, and confirms (redaction.ts).
// Without a connection (or when the teller chooses so after a failed send) the story waits in the
// outbox and is sent later, with the time it was told (outbox/); so does a recording the teller
// agreed to keep, sealed beside it.
import { useEffect, useMemo, useRef, useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { ApiError, NetworkError } from "../toolkit/api.ts";
import {
  type Draft, draftErrors, emptyDraft, type FieldErrors, isDirty, newIdempotencyKey, parseSavedDraft, serverErrors, storyBody,
} from "./draft.ts";
import type { TellMessage } from "./messages.ts";
import { type AfterStory, deliver } from "./outbox/send.ts";
import { addToOutbox, outboxAvailable, type OutboxEntry } from "./outbox/store.ts";
import { freeTexts, previewRedaction, type ReviewedPiece } from "./redaction.ts";
import type { Recording } from "./Recorder.tsx";
import { RecordingNotSent, RecordingRefused } from "./recording-upload.ts";

export interface Failure {
  /** Our explanation; undefined: show the server's detail. */
  message?: TellMessage;
  detail?: string;
  /** Worth sending again unchanged (no connection, server trouble). */
  retry: boolean;
}

export type Status =
  | { kind: "editing" }
  | { kind: "invalid"; attempt: number }
  | { kind: "sending" }
  /** Personal data found: the teller sees the story as it will be kept, and confirms or edits. */
  | { kind: "review"; pieces: ReviewedPiece[]; sending?: boolean; failure?: Failure }
  | { kind: "failed"; failure: Failure }
  /** receiptUrl: the anonymous teller's private link (never kept for a kiosk). queued: waits in the outbox. */
  | { kind: "sent"; receiptUrl?: string; reflectionPath?: string; queued?: boolean };

export function failureOf(error: unknown): Failure {
  if (error instanceof RecordingNotSent) return { message: "recordingFailed", retry: true };
  // The story arrived; its recording was refused (e.g. too long): the server says why.
  if (error instanceof RecordingRefused) return { detail: error.detail || error.title, retry: false };
  if (error instanceof NetworkError) return { message: "failedNetwork", retry: true };
  if (!(error instanceof ApiError) || error.status >= 500 || error.status === 429) return { message: "failedServer", retry: true };
  if (error.status === 409) return { message: "failedClosed", retry: false };
  if (error.status === 413) return { message: "failedTooLarge", retry: false };
  return { detail: error.detail || error.title, retry: false };
}

// Storage can be switched off or full; the form works without it.
function readStorage(key: string | undefined) {
  try {
    return key ? parseSavedDraft(sessionStorage.getItem(key)) : undefined;
  } catch {
    return undefined;
  }
}
function writeStorage(key: string, value: string | undefined) {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Nothing to do: the draft still lives in memory.
  }
}

/** Draft fields whose server-side name sits under "consent.". */
const consentFields = new Set(["research", "quoting", "sector", "confirmedAloud"]);

export interface StoryFormOptions {
  prompts: readonly { id: string }[];
  signifiers: readonly Signifier[];
  /** API path to POST the story to. */
  postPath: string;
  channel: "web" | "kiosk";
  /** The language the form was shown in, kept with the story. */
  language?: string;
  /** sessionStorage key for the draft; leave out to keep nothing on the device (kiosk, staff). */
  storageKey?: string;
  /** The public form's proof of when it was opened (a story may arrive after the collection closed). */
  formToken?: string;
  /** Runs after a story is stored, before it counts as sent (outbox/send.ts). */
  afterStory?: AfterStory;
}

export function useStoryForm({ prompts, signifiers, postPath, channel, language, storageKey, formToken, afterStory }: StoryFormOptions) {
  const blank = useMemo(() => emptyDraft(prompts), [prompts]);
  const [saved] = useState(() => readStorage(storageKey));
  const [draft, setDraft] = useState<Draft>(saved?.draft ?? blank);
  const [idempotencyKey, setIdempotencyKey] = useState(() => saved?.idempotencyKey ?? newIdempotencyKey());
  // When the story was first sent: part of the body, so every retry sends the very same request.
  const [toldAt, setToldAt] = useState(saved?.toldAt);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: "editing" });
  const [attempts, setAttempts] = useState(0);
  const [recording, setRecording] = useState<Recording>();
  const inFlight = useRef(false);
  // The free texts as the teller last saw them reviewed (or found nothing to hide in): sending those
  // again, e.g. after a lost connection, needs no second review.
  const reviewed = useRef<string>(undefined);
  const dirty = isDirty(draft, blank);

  useEffect(() => {
    if (!storageKey || status.kind === "sent") return;
    writeStorage(storageKey, dirty ? JSON.stringify({ draft, idempotencyKey, toldAt }) : undefined);
  }, [storageKey, draft, idempotencyKey, toldAt, dirty, status.kind]);

  const clearErrors = (fields: string[]) =>
    setErrors((e) => {
      if (!fields.some((f) => f in e)) return e;
      const next = { ...e };
      for (const f of fields) delete next[f];
      return next;
    });
  /** Changes fields; their errors go away until the next send shows what is still wrong. */
  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    clearErrors(Object.keys(patch).map((k) => (consentFields.has(k) ? `consent.${k}` : k)));
  };
  const setAnswer = (signifierId: string, value: unknown) => {
    setDraft((d) => ({ ...d, answers: { ...d.answers, [signifierId]: value } }));
    clearErrors([`answers.${signifierId}`]);
  };

  const textIds = signifiers.filter((s) => s.type === "text").map((s) => s.id);

  /**
   * Runs a send step. A failure keeps the draft and says whether a retry may help; during the
   * review it stays on the review, so the teller keeps the confirmed text in view.
   */
  const guarded = async (step: () => Promise<void>, attempt: number, review?: ReviewedPiece[]) => {
    // A ref, not the status: a double press can come before the "sending" render.
    if (inFlight.current) return;
    inFlight.current = true;
    setStatus(review ? { kind: "review", pieces: review, sending: true } : { kind: "sending" });
    try {
      await step();
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.invalidParams.length > 0) {
        setErrors(serverErrors(error.invalidParams));
        setStatus({ kind: "invalid", attempt });
      } else {
        const failure = failureOf(error);
        setStatus(review ? { kind: "review", pieces: review, failure } : { kind: "failed", failure });
      }
    } finally {
      inFlight.current = false;
    }
  };

  const firstToldAt = () => {
    const at = toldAt ?? new Date().toISOString();
    setToldAt(at);
    return at;
  };
  // A recording goes along only with the consent to keep it: without, it never leaves this page's memory.
  const kept = recording && draft.keepRecording ? { recording: { blob: recording.blob, seconds: recording.seconds } } : {};
  const entry = (at: string): OutboxEntry => ({
    id: idempotencyKey, postPath, createdAt: Date.now(), ...kept,
    body: { ...storyBody(draft, channel, Boolean(recording)), toldAt: at, ...(language ? { language } : {}), ...(formToken ? { formToken } : {}) },
  });
  /** Into the outbox: sent by itself later, and off the form (and out of the draft) now. */
  const queue = async (at: string) => {
    await addToOutbox(entry(at));
    if (storageKey) writeStorage(storageKey, undefined);
    setStatus({ kind: "sent", queued: true });
  };
  const canWait = outboxAvailable();

  const post = async (at: string) => {
    const created = await deliver(entry(at), afterStory);
    if (storageKey) writeStorage(storageKey, undefined);
    // A kiosk keeps nothing for the next person; the others see their story among the rest.
    if (channel === "kiosk") return setStatus({ kind: "sent" });
    const receiptToken = created.receiptUrl?.split("/bon/")[1];
    setStatus({
      kind: "sent", receiptUrl: created.receiptUrl,
      reflectionPath: receiptToken ? `/receipts/${receiptToken}/reflection` : `/stories/${created.id}/reflection`,
    });
  };

  const submit = async () => {
    if (inFlight.current) return;
    const attempt = attempts + 1;
    setAttempts(attempt);
    const found = draftErrors(draft, { prompts, signifiers, hasRecording: Boolean(recording) });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus({ kind: "invalid", attempt });
      return;
    }
    const at = firstToldAt();
    // Offline there is nobody to show what will be hidden: the server still hides it on arrival.
    if (canWait && navigator.onLine === false) return guarded(() => queue(at), attempt);
    const texts = freeTexts(draft, textIds);
    const key = JSON.stringify(texts);
    await guarded(async () => {
      if (reviewed.current !== key) {
        // The language the story is sent with, so the preview reads it as storage will.
        const pieces = await previewRedaction(texts, language);
        if (pieces.length > 0) {
          setStatus({ kind: "review", pieces });
          return;
        }
        reviewed.current = key;
      }
      await post(at);
    }, attempt);
  };

  /** "Ja, verstuur zo": the teller saw what will be hidden. */
  const confirmReview = async () => {
    if (status.kind !== "review") return;
    reviewed.current = JSON.stringify(freeTexts(draft, textIds));
    const attempt = attempts + 1;
    setAttempts(attempt);
    await guarded(() => post(firstToldAt()), attempt, status.pieces);
  };
  /** After a failed send: let the outbox send it once the connection is back. */
  const sendLater = () => guarded(() => queue(firstToldAt()), attempts);
  const backToEditing = () => setStatus({ kind: "editing" });

  const reset = () => {
    setDraft(blank);
    setRecording(undefined);
    setIdempotencyKey(newIdempotencyKey());
    setToldAt(undefined);
    setErrors({});
    setStatus({ kind: "editing" });
    reviewed.current = undefined;
    if (storageKey) writeStorage(storageKey, undefined);
  };

  return {
    draft, update, setAnswer, errors, status, submit, confirmReview, backToEditing, reset, dirty, recording, setRecording,
    sendLater: canWait ? sendLater : undefined,
  };
}

export type StoryForm = ReturnType<typeof useStoryForm>;
