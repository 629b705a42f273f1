// Collections (vertelpunten), their listening rounds, and what the public form reads of one.
import { z } from "@hono/zod-openapi";
import { dateTime } from "./common.ts";
import { frameworkContent } from "./frameworks.ts";
import { StoryInput } from "./stories.ts";

const Audience = z.enum(["professionals", "clients"]);
const OpenState = z.enum(["open", "notYetOpen", "closed"]);

export const CollectionInput = z.object({
  name: z.string().trim().min(1).max(200),
  frameworkId: z.string().uuid(),
  audience: Audience,
  anonymous: z.boolean(),
  opensAt: dateTime.optional(),
  closesAt: dateTime.optional(),
  teamId: z.string().uuid().optional(),
  retentionMonths: z.number().int().min(1).max(240).optional().openapi({ description: "Stories older than this are removed automatically" }),
}).openapi("CollectionInput");
export const CollectionUpdate = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  opensAt: dateTime.nullable().optional(),
  closesAt: dateTime.nullable().optional(),
  retentionMonths: z.number().int().min(1).max(240).nullable().optional(),
}).openapi("CollectionUpdate");
export const Collection = z.object({
  id: z.string().uuid(),
  name: z.string(),
  frameworkId: z.string().uuid(),
  audience: Audience,
  anonymous: z.boolean(),
  opensAt: dateTime.nullable(),
  closesAt: dateTime.nullable(),
  teamId: z.string().uuid().nullable(),
  retentionMonths: z.number().int().nullable(),
  slug: z.string(),
  publicUrl: z.string().url(),
  state: OpenState,
  demo: z.boolean().openapi({ description: "Invented stories to show how Vertelpunt works (POST /demo-collections)" }),
  createdAt: dateTime,
}).openapi("Collection");
/** A form opened longer ago than this no longer proves anything: a week of home visits offline. */
export const FORM_TOKEN_VALID_MS = 7 * 24 * 60 * 60 * 1000;

const FormToken = z.string().openapi({
  description: `Proof of when the form was opened, signed by the server. Send it back with a story as formToken: a story told while the collection was open (its toldAt before closesAt) is then still taken after the collection closed, for ${FORM_TOKEN_VALID_MS / 86_400_000} days after the form was opened`,
});

export const CollectionDetail = Collection.extend({
  sharesWithSector: z.boolean().openapi({ description: "Contributes to a sector: the story form asks for sector consent" }),
  formToken: FormToken,
}).openapi("CollectionDetail");

export const RoundInput = z.object({
  name: z.string().trim().min(1).max(200),
  startsAt: dateTime,
  endsAt: dateTime.openapi({ description: "Exclusive" }),
  reminderAfterDays: z.number().int().min(1).max(90).nullable().optional()
    .openapi({ description: "Personal invitations get one reminder this many days after the invitation; null (default) sends none" }),
}).openapi("ListeningRoundInput");
export const RoundUpdate = RoundInput.partial().openapi("ListeningRoundUpdate");
export const ListeningRound = z.object({
  id: z.string().uuid(),
  collectionId: z.string().uuid(),
  name: z.string(),
  startsAt: dateTime,
  endsAt: dateTime,
  slug: z.string(),
  publicUrl: z.string().url(),
  state: OpenState,
  reminderAfterDays: z.number().int().nullable(),
}).openapi("ListeningRound");

export const PublicCollection = z.object({
  slug: z.string(),
  name: z.string(),
  audience: Audience,
  closesAt: dateTime.nullable(),
  framework: z.object({
    ...frameworkContent,
    languages: z.array(z.string()).openapi({ description: "The languages the form can be shown in, the source language first" }),
    easyLanguages: z.array(z.string()).openapi({ description: "The languages with easy-language texts" }),
  }),
  sharesWithSector: z.boolean().openapi({ description: "The collection contributes to a sector: the form asks for the separate sector consent" }),
  formToken: FormToken,
}).openapi("PublicCollection");
/** A story as a form sends it: the public form, a personal invitation, or a colleague's form (interview mode). */
export const PublicStoryInput = StoryInput.extend({
  formToken: z.string().max(200).optional().openapi({
    description: "The formToken of the collection as the form got it. Needed only when the collection has closed since the story was told (offline): then the story needs its toldAt too",
  }),
}).meta({ id: "PublicStoryInput" });

export type CollectionInput = z.input<typeof CollectionInput>;
export type CollectionUpdate = z.input<typeof CollectionUpdate>;
export type Collection = z.infer<typeof Collection>;
export type CollectionState = Collection["state"];
export type RoundInput = z.input<typeof RoundInput>;
export type ListeningRound = z.infer<typeof ListeningRound>;
export type PublicCollection = z.infer<typeof PublicCollection>;
export type CollectionDetail = z.infer<typeof CollectionDetail>;
