// Personal invitations for a listening round: the analyst's list, what sending would do and did,
// the round's response per day, and the invited person's link.
import { z } from "@hono/zod-openapi";

export const InvitationListInput = z.object({
  list: z.string().max(1_000_000).openapi({ description: "One person a line: an e-mail address, optionally followed by a client reference (CSV: comma, semicolon or tab; a header line is skipped)" }),
  lang: z.enum(["nl", "en"]).optional().openapi({ description: "Language of the mails; the caller's language by default" }),
  dryRun: z.boolean().optional().openapi({ description: "Check the list and answer what would be sent, without storing or sending anything" }),
}).openapi("RoundInvitationListInput");
export const InvitationPreview = z.object({
  invitees: z.number().int().openapi({ description: "New addresses that would be invited" }),
  withClientRef: z.number().int(),
  alreadyInvited: z.number().int().openapi({ description: "Addresses this round invited before; they are not invited again" }),
  mail: z.boolean().openapi({ description: "Whether invitations go out by mail (SMTP set up); otherwise the links come back to pass on" }),
}).openapi("RoundInvitationPreview");
export const InvitationOutcome = z.object({
  invited: z.number().int(),
  mailed: z.number().int(),
  alreadyInvited: z.number().int(),
  links: z.array(z.object({ email: z.string(), link: z.string().url() })).openapi({ description: "Links to pass on yourself: all of them without SMTP, and those whose mail failed" }),
}).openapi("RoundInvitationOutcome");
const nullableCount = z.number().int().nullable();
export const RoundResponse = z.object({
  totals: z.object({ invited: nullableCount, opened: nullableCount, told: nullableCount, reminded: nullableCount }),
  days: z.array(z.object({ date: z.string().date().openapi({ example: "2026-03-01", description: "The day (UTC)" }), invited: nullableCount, opened: nullableCount, told: nullableCount })),
  contactsKept: z.number().int().openapi({ description: "Addresses still kept; 0 once the round closed" }),
  suppressed: z.boolean().openapi({ description: "Counts of 1 to k − 1 are hidden (null) for roles below analyst" }),
}).openapi("RoundInvitationResponse");
export const TokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/).openapi({ param: { name: "token", in: "path" } }) });
export const InvitationOpening = z.object({
  slug: z.string().openapi({ description: "The round's public form" }),
  state: z.enum(["open", "notYetOpen", "closed", "told"]).openapi({ description: "told: a story was told with this link already" }),
}).openapi("RoundInvitationOpening");

export type InvitationPreview = z.infer<typeof InvitationPreview>;
export type InvitationOutcome = z.infer<typeof InvitationOutcome>;
export type RoundResponse = z.infer<typeof RoundResponse>;
export type InvitationOpening = z.infer<typeof InvitationOpening>;
