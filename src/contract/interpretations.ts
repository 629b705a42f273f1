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
export const PatternFollowUpInput = FollowUpInput.extend({
  pattern: z.record(z.string().max(64), z.string().max(64)).refine((p) => Object.keys(p).length >= 1 && Object.keys(p).length <= 4, "one to four choices")
    .openapi({ description: "The pattern as choice answers, e.g. { situatie: schulden, aanpak: huisbezoek }", example: { situatie: "schulden", aanpak: "huisbezoek" } }),
}).openapi("PatternFollowUpInput");

export type InterpretationInput = z.input<typeof InterpretationInput>;
export type Interpretation = z.infer<typeof Interpretation>;
export type FollowUpInput = z.input<typeof FollowUpInput>;
export type FollowUp = z.infer<typeof StoredFollowUp>;
