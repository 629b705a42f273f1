// Interpretations (a colleague's reading of a story) and the follow-ups that reach the tellers.
import { z } from "@hono/zod-openapi";
import { interpretationInput } from "../core/interpretation.ts";
import { dateTime } from "./common.ts";

export const InterpretationInput = interpretationInput.meta({ id: "InterpretationInput" });
export const Interpretation = z.object({
  id: z.string().uuid(),
  storyId: z.string().uuid(),
  interpreterName: z.string().nullable().openapi({ description: "Shown to colleagues and up; tellers see readings without names" }),
  mine: z.boolean(),
  answers: z.record(z.string(), z.unknown()),
  tags: z.array(z.string()),
  note: z.string().nullable(),
  annotations: z.array(z.object({ start: z.number().int(), end: z.number().int(), quote: z.string(), comment: z.string().optional(), code: z.string().optional() })),
  sessionId: z.string().uuid().nullable(),
  createdAt: dateTime,
  updatedAt: dateTime.openapi({ description: "When the colleague last changed this reading" }),
}).openapi("Interpretation");

const FollowUpKind = z.enum(["action", "response"]);
export const FollowUpInput = z.object({ kind: FollowUpKind, text: z.string().trim().min(1).max(2000) }).openapi("FollowUpInput");
export const StoredFollowUp = z.object({
  id: z.string().uuid(), kind: FollowUpKind, text: z.string(), createdAt: dateTime,
}).openapi("StoredFollowUp");
/** A pattern as choice answers: signifier id → option id, one to four. */
export const PatternAnswers = z.record(z.string().max(64), z.string().max(64)).refine((p) => Object.keys(p).length >= 1 && Object.keys(p).length <= 4, "one to four choices");
export const PatternFollowUpInput = FollowUpInput.extend({
  pattern: PatternAnswers
    .openapi({ description: "The pattern as choice answers, e.g. { situatie: schulden, aanpak: huisbezoek }", example: { situatie: "schulden", aanpak: "huisbezoek" } }),
}).openapi("PatternFollowUpInput");
export const PatternFollowUpResult = z.object({ storyCount: z.number().int() }).openapi("PatternFollowUpResult");
/** The pattern of GET …/pattern-follow-ups: its choice answers as JSON, as the body of a new one has them. */
export const PatternFollowUpQuery = z.object({
  pattern: z.string().max(2000).openapi({ description: "The pattern as JSON choice answers, e.g. {\"situatie\":\"schulden\",\"aanpak\":\"huisbezoek\"}" }),
});
export const PatternFollowUp = z.object({
  kind: FollowUpKind, text: z.string(), createdAt: dateTime,
  storyCount: z.number().int().openapi({ description: "How many of the pattern's stories it is on: all of them when it was recorded on the pattern, 1 when on one story" }),
}).openapi("PatternFollowUp");

export const SignifierAgreement = z.object({
  signifierId: z.string(),
  type: z.enum(["choice", "triad", "dyad"]),
  stories: z.number().int().openapi({ description: "Stories that at least two colleagues answered this question for" }),
  alpha: z.number().nullable().openapi({ description: "Krippendorff's alpha among interpreters (nominal for choices, interval for dyads)" }),
  tellerAlpha: z.number().nullable().openapi({ description: "The same alpha with the teller as one more coder of their own story" }),
  meanInterpreterDistance: z.number().nullable(),
  meanTellerDistance: z.number().nullable(),
  tellerMatchShare: z.number().nullable(),
}).openapi("SignifierAgreement");
export const Agreement = z.object({ items: z.array(SignifierAgreement), interpretedStories: z.number().int() }).openapi("Agreement");

export type InterpretationInput = z.input<typeof InterpretationInput>;
export type Interpretation = z.infer<typeof Interpretation>;
export type FollowUpInput = z.input<typeof FollowUpInput>;
export type FollowUp = z.infer<typeof StoredFollowUp>;
export type PatternFollowUp = z.infer<typeof PatternFollowUp>;
export type PatternFollowUpResult = z.infer<typeof PatternFollowUpResult>;
export type SignifierAgreement = z.infer<typeof SignifierAgreement>;
export type Agreement = z.infer<typeof Agreement>;
