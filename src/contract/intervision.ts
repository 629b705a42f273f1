// Intervisie sessions: stories chosen by hand or by a search, the placements made in the session,
// and how it closes (conclusions and actions that reach the tellers).
import { z } from "@hono/zod-openapi";
import { dateTime } from "./common.ts";
import { Interpretation } from "./interpretations.ts";
import { Story } from "./stories.ts";

const MAX_STORIES = 30;
export const SessionInput = z.object({
  collectionId: z.string().uuid(),
  title: z.string().trim().min(1).max(200),
  storyIds: z.array(z.string().uuid()).min(1).max(MAX_STORIES).optional().openapi({ description: "Stories chosen by hand, in this order" }),
  filter: z.object({
    q: z.string().trim().min(1).max(200).optional().openapi({ description: "Search words (web-search syntax)" }),
    from: dateTime.optional(),
    to: dateTime.optional(),
    limit: z.number().int().min(1).max(MAX_STORIES).default(10),
  }).optional().openapi({ description: "Or: the newest stories of the collection that match" }),
}).refine((input) => (input.storyIds === undefined) !== (input.filter === undefined), { path: ["storyIds"], message: "Give either storyIds or filter." })
  .openapi("IntervisionSessionInput");

export const SessionSummary = z.object({
  id: z.string().uuid(), title: z.string(), collectionId: z.string().uuid(), status: z.enum(["open", "closed"]),
  storyCount: z.number().int(), createdAt: dateTime, closedAt: dateTime.nullable(),
}).openapi("IntervisionSessionSummary");

export const Session = z.object({
  id: z.string().uuid(),
  title: z.string(),
  collectionId: z.string().uuid(),
  facilitatorName: z.string().nullable(),
  facilitatedByMe: z.boolean(),
  status: z.enum(["open", "closed"]),
  joinUrl: z.string().url().openapi({ description: "The link participants open (also as QR code)" }),
  createdAt: dateTime,
  closedAt: dateTime.nullable(),
  conclusions: z.string().nullable(),
  stories: z.array(Story),
  placements: z.array(Interpretation).openapi({ description: "Every interpretation placed in this session, oldest first" }),
  actions: z.array(z.object({ id: z.string().uuid(), storyId: z.string().uuid(), text: z.string(), createdAt: dateTime })),
}).openapi("IntervisionSession");

export const ClosureInput = z.object({
  conclusions: z.string().trim().min(1).max(10_000),
  actions: z.array(z.object({
    text: z.string().trim().min(1).max(2000),
    storyIds: z.array(z.string().uuid()).min(1).max(MAX_STORIES),
  })).max(50).default([]),
}).openapi("IntervisionClosureInput");

export type SessionInput = z.input<typeof SessionInput>;
export type SessionSummary = z.infer<typeof SessionSummary>;
export type Session = z.infer<typeof Session>;
export type ClosureInput = z.input<typeof ClosureInput>;
