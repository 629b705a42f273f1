// A pattern to follow up, as the page's address carries it: one query parameter per choice question,
// its value the chosen option, or empty where the question is in the pattern but its answer is still
// to be chosen (a discovered pattern names questions, not answers). Pure.
import type { Signifier } from "../../core/framework.ts";

/** Choice question id → option id, or "" while the answer is open. */
export type PatternDraft = Record<string, string>;

/** The server records a follow-up on one to four chosen answers. */
export const MAX_ANSWERS = 4;

export const patternFollowUpPath = (collectionId: string, draft: PatternDraft) =>
  `/collections/${encodeURIComponent(collectionId)}/pattern-follow-ups?${new URLSearchParams(draft)}`;

/** The draft in an address: only the framework's choice questions, only their options (an unknown option reads as open). */
export function draftFrom(search: URLSearchParams, signifiers: Signifier[]): PatternDraft {
  const draft: PatternDraft = {};
  for (const s of signifiers) {
    const option = search.get(s.id);
    if (s.type !== "choice" || option === null) continue;
    draft[s.id] = s.options.some((o) => o.id === option) ? option : "";
  }
  return draft;
}

/** The answers chosen so far: the pattern the API takes. */
export const chosenAnswers = (draft: PatternDraft): Record<string, string> => Object.fromEntries(Object.entries(draft).filter(([, option]) => option !== ""));

/**
 * The draft for a discovered pattern between two variables: each that is a choice question, with
 * its option where the variable is one option of a multiple choice ("id=option"); none without a choice.
 */
export function discoveryDraft(signifiers: Signifier[], variables: string[]): PatternDraft | undefined {
  const draft: PatternDraft = {};
  for (const variable of variables) {
    const [id, option = ""] = variable.split("=") as [string, string | undefined];
    if (signifiers.some((s) => s.id === id && s.type === "choice")) draft[id] = option;
  }
  return Object.keys(draft).length > 0 ? draft : undefined;
}
