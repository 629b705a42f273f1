// What a colleague adds when interpreting a story: answers to the interpretation signifiers, codes
// (the situation/intervention/outcome choices), free tags, a note, and annotations on passages.
import { z } from "zod";
import type { AnswerIssue } from "./answers.ts";
import { validateAnswers } from "./answers.ts";
import type { FrameworkDefinition, Signifier } from "./framework.ts";

export const annotation = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  /** The quoted passage: lets the annotation find its place again after the text was redacted. */
  quote: z.string().min(1).max(2000),
  comment: z.string().trim().max(1000).optional(),
  code: z.string().trim().max(64).optional(),
});
export type Annotation = z.infer<typeof annotation>;

export const interpretationInput = z.object({
  answers: z.record(z.string(), z.unknown()).default({}),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).default([]),
  note: z.string().trim().max(5000).optional(),
  annotations: z.array(annotation).max(100).default([]),
  sessionId: z.string().uuid().optional(),
});
export type InterpretationInput = z.infer<typeof interpretationInput>;

/**
 * The questions an interpreter answers: those meant for interpreters or both, and every choice with
 * a role, so colleagues code situation, intervention and outcome in their own right. Nothing is
 * required of an interpreter: a partial reading is still a reading.
 */
export function interpreterSignifiers(definition: Pick<FrameworkDefinition, "signifiers">): Signifier[] {
  return definition.signifiers
    .filter((s) => s.audience !== "teller" || (s.type === "choice" && s.role !== undefined))
    .map((s) => ({ ...s, required: false }));
}

export function validateInterpretation(definition: FrameworkDefinition, input: InterpretationInput, storyText: string) {
  const issues: { name: string; code: AnswerIssue["code"] | "annotationOutOfText" | "annotationQuote" }[] = validateAnswers(
    interpreterSignifiers(definition), input.answers,
  ).map((i) => ({ name: i.signifierId ? `answers.${i.signifierId}` : "answers", code: i.code }));
  input.annotations.forEach((a, index) => {
    if (a.end <= a.start || a.end > storyText.length) issues.push({ name: `annotations.${index}.end`, code: "annotationOutOfText" });
    else if (storyText.slice(a.start, a.end) !== a.quote) issues.push({ name: `annotations.${index}.quote`, code: "annotationQuote" });
  });
  return issues;
}

/** Re-anchors an annotation in a changed text (for example after redaction) by its quote. */
export function reanchor(a: Annotation, text: string): Annotation | undefined {
  if (text.slice(a.start, a.end) === a.quote) return a;
  const at = text.indexOf(a.quote);
  return at < 0 ? undefined : { ...a, start: at, end: at + a.quote.length };
}
