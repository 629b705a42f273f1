// Story booklets: an ordered selection of quotable stories with an introduction, printed or
// published as a public story wall.
import { z } from "@hono/zod-openapi";
import { tellerRoles } from "../core/booklet/teller.ts";
import { dateTime } from "./common.ts";

export const BookletInput = z.object({
  title: z.string().trim().min(1).max(200),
  introduction: z.string().trim().max(5000).default(""),
  storyIds: z.array(z.string().uuid()).max(100).openapi({ description: "The stories in their order; each needs the teller's consent to quote" }),
  published: z.boolean().default(false).openapi({ description: "Shown on the public story wall at /verhalen/{slug}" }),
}).openapi("BookletInput");
export const BookletStory = z.object({
  id: z.string().uuid(), title: z.string().nullable(), text: z.string(), toldAt: dateTime,
  tellerRole: z.enum(tellerRoles).openapi({ description: "Who told it: a client (interview), a professional, a resident (public form or kiosk), or unknown (imported)" }),
}).openapi("BookletStory");
export const Quotability = z.object({
  stories: z.number().int().openapi({ description: "The organization's stories now" }),
  quotable: z.number().int().openapi({ description: "Of those, the ones whose teller allowed quoting: only these can go in a booklet" }),
  noQuotingConsent: z.number().int().openapi({ description: "Stories whose teller did not allow quoting" }),
  withdrawn: z.number().int().openapi({ description: "Stories their teller withdrew (gone for good)" }),
  erased: z.number().int().openapi({ description: "Stories erased on request or after their retention period" }),
  leftOut: z.number().int().openapi({ description: "Stories chosen for this booklet that are left out because their teller no longer allows quoting" }),
}).openapi("Quotability");
export const BookletSummary = z.object({
  id: z.string().uuid(), title: z.string(), introduction: z.string(), slug: z.string(), published: z.boolean(),
  publicUrl: z.string().url(), createdAt: dateTime, updatedAt: dateTime,
}).openapi("BookletSummary");
export const BookletSharedStory = z.object({
  id: z.string().uuid().openapi({ description: "The shared story's id in its sector" }),
  sectorId: z.string().uuid(), sectorName: z.string(),
  month: z.string(), title: z.string().nullable(), text: z.string(), language: z.string(),
}).openapi("BookletSharedStory", { description: "A story shared with a sector: its redacted text and month only, never a pseudonym, team, person or exact time. For the organization's own use: not on the public story wall nor in the PDF, as its teller agreed to sharing within the sector only." });
export const BookletSharedStoryInput = z.object({ sectorId: z.string().uuid(), storyId: z.string().uuid() }).openapi("BookletSharedStoryInput");
export const Booklet = BookletSummary.extend({
  stories: z.array(BookletStory), quoting: Quotability,
  sharedStories: z.array(BookletSharedStory).openapi({ description: "Stories shared with the organization's sectors, in their order; a story withdrawn from the sector, or a sector the organization left, drops out" }),
}).openapi("Booklet");
export const PublicBooklet = z.object({
  organization: z.string().openapi({ description: "The name of the organization that published it" }),
  title: z.string(), introduction: z.string(), stories: z.array(BookletStory),
}).openapi("PublicBooklet");

export type BookletInput = z.input<typeof BookletInput>;
export type BookletStory = z.infer<typeof BookletStory>;
export type TellerRole = BookletStory["tellerRole"];
export type Quotability = z.infer<typeof Quotability>;
export type BookletSummary = z.infer<typeof BookletSummary>;
export type BookletSharedStory = z.infer<typeof BookletSharedStory>;
export type Booklet = z.infer<typeof Booklet>;
export type PublicBooklet = z.infer<typeof PublicBooklet>;
