// Personal invitations for a listening round. Analysts send a list of addresses (optionally with a
// client reference each) and see the round's response; the invited person opens their link and tells
// once. Contact data is never answered here, except the links to pass on when no mail went out.
import { z } from "@hono/zod-openapi";
import { parseInviteeList, type InviteeProblem } from "../../core/rounds/invitee-list.ts";
import type { Api, AppDeps } from "../context.ts";
import { findCollection, openState } from "../collections/repository.ts";
import { findRound } from "../collections/rounds.ts";
import { message, type Lang } from "../messages.ts";
import { defineRoute, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize, isAllowed } from "../policy.ts";
import { badRequest, conflict, type InvalidParam } from "../problem.ts";
import { alreadyInvited, inviteToRound } from "../rounds/invitations.ts";
import { openInvitation, tellThroughInvitation } from "../rounds/invited-telling.ts";
import { roundResponse, suppressResponse } from "../rounds/response.ts";
import { smallCellKOf } from "../stories/organization-keys.ts";
import { presentCreated, StoryCreated } from "../stories/present.ts";
import { receiptToken, receiptUrl } from "../stories/receipts.ts";
import { RoundParams } from "./listening-rounds.ts";
import { IdempotencyHeader, StoryInput } from "./stories.ts";

const InvitationListInput = z.object({
  list: z.string().max(1_000_000).openapi({ description: "One person a line: an e-mail address, optionally followed by a client reference (CSV: comma, semicolon or tab; a header line is skipped)" }),
  lang: z.enum(["nl", "en"]).optional().openapi({ description: "Language of the mails; the caller's language by default" }),
  dryRun: z.boolean().optional().openapi({ description: "Check the list and answer what would be sent, without storing or sending anything" }),
}).openapi("RoundInvitationListInput");
const InvitationPreview = z.object({
  invitees: z.number().int().openapi({ description: "New addresses that would be invited" }),
  withClientRef: z.number().int(),
  alreadyInvited: z.number().int().openapi({ description: "Addresses this round invited before; they are not invited again" }),
  mail: z.boolean().openapi({ description: "Whether invitations go out by mail (SMTP set up); otherwise the links come back to pass on" }),
}).openapi("RoundInvitationPreview");
const InvitationOutcome = z.object({
  invited: z.number().int(),
  mailed: z.number().int(),
  alreadyInvited: z.number().int(),
  links: z.array(z.object({ email: z.string(), link: z.string().url() })).openapi({ description: "Links to pass on yourself: all of them without SMTP, and those whose mail failed" }),
}).openapi("RoundInvitationOutcome");
const nullableCount = z.number().int().nullable();
const RoundResponse = z.object({
  totals: z.object({ invited: nullableCount, opened: nullableCount, told: nullableCount, reminded: nullableCount }),
  days: z.array(z.object({ date: z.string().date().openapi({ example: "2026-03-01", description: "The day (UTC)" }), invited: nullableCount, opened: nullableCount, told: nullableCount })),
  contactsKept: z.number().int().openapi({ description: "Addresses still kept; 0 once the round closed" }),
  suppressed: z.boolean().openapi({ description: "Counts of 1 to k − 1 are hidden (null) for roles below analyst" }),
}).openapi("RoundInvitationResponse");
const TokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/).openapi({ param: { name: "token", in: "path" } }) });
const InvitationOpening = z.object({
  slug: z.string().openapi({ description: "The round's public form" }),
  state: z.enum(["open", "notYetOpen", "closed", "told"]).openapi({ description: "told: a story was told with this link already" }),
}).openapi("RoundInvitationOpening");

/** Each unusable line as an invalid parameter "list.<line>", in the caller's language. */
const lineProblems = (problems: InviteeProblem[], lang: Lang): InvalidParam[] => problems.map((p) => ({
  name: `list.${p.line}`, code: p.code,
  reason: message("lineProblem", lang).replace("{line}", String(p.line)).replace("{reason}", message(p.code, lang)),
}));

export function registerRoundInvitationRoutes(api: Api, { database, stories, config, mailer, logger }: AppDeps) {
  const { db } = database;
  const links = { publicUrl: config.publicUrl, secret: config.secret };

  api.openapi(
    defineRoute({ method: "post", path: "/collections/{id}/listening-rounds/{roundId}/invitations", tags: ["Collections"], operationId: "inviteToListeningRound",
      summary: "Invite people to a listening round by e-mail, each with a personal one-time link (analyst); dryRun checks the list first",
      security: signedIn, request: { params: RoundParams, body: jsonBody(InvitationListInput) }, errors: [401, 403, 404, 409],
      responses: { 200: jsonContent(InvitationPreview, "What would be sent (dryRun)"), 201: jsonContent(InvitationOutcome, "Invited") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const { id, roundId } = c.req.valid("param");
      const collection = await findCollection(db, caller.organizationId, id);
      const round = await findRound(db, caller.organizationId, id, roundId);
      authorize(caller, "round:invite");
      if (!collection.anonymous) throw conflict("roundNeedsPublicForm");
      if (openState({ opensAt: round.startsAt, closesAt: round.endsAt }) === "closed" || openState(collection) === "closed") throw conflict("roundClosedForInvitations");
      const input = c.req.valid("json");
      const lang = c.get("lang");
      const { invitees, problems } = parseInviteeList(input.list);
      if (problems.length > 0) throw badRequest(lineProblems(problems, lang));
      if (invitees.length === 0) throw badRequest([{ name: "list", code: "emptyInviteeList", reason: message("emptyInviteeList", lang) }]);
      if (input.dryRun) {
        const earlier = await alreadyInvited(db, caller.organizationId, round.id, invitees.map((i) => i.email));
        const fresh = invitees.filter((i) => !earlier.has(i.email));
        return c.json({ invitees: fresh.length, withClientRef: fresh.filter((i) => i.clientRef).length, alreadyInvited: earlier.size, mail: mailer !== undefined }, 200);
      }
      const outcome = await inviteToRound({ db, mailer, logger, links }, caller, round, invitees, input.lang ?? lang);
      return c.json(outcome, 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/listening-rounds/{roundId}/invitation-response", tags: ["Collections"], operationId: "getListeningRoundResponse",
      summary: "How many were invited, opened their link and told, in all and per day (colleagues see small counts hidden)",
      security: signedIn, request: { params: RoundParams }, errors: [401, 403, 404],
      responses: { 200: jsonContent(RoundResponse, "The round's response") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const { id, roundId } = c.req.valid("param");
      const round = await findRound(db, caller.organizationId, id, roundId);
      authorize(caller, "aggregate:read");
      const response = await roundResponse(db, caller.organizationId, round.id);
      return c.json(isAllowed(caller, "analysis:read") ? response : suppressResponse(response, await smallCellKOf(db, caller.organizationId)), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/round-invitations/{token}/openings", tags: ["Public"], operationId: "openRoundInvitation",
      summary: "The invited person opened their personal link: which form it opens and whether a story can still be told with it",
      request: { params: TokenParam }, errors: [404],
      responses: { 200: jsonContent(InvitationOpening, "The invitation") } }),
    async (c) => c.json(await openInvitation(db, c.req.valid("param").token), 200),
  );

  api.openapi(
    defineRoute({ method: "post", path: "/round-invitations/{token}/stories", tags: ["Public"], operationId: "tellInvitedStory",
      summary: "Tell a story with a personal invitation link (once; the client's pseudonym from the invitation is kept with it)",
      request: { params: TokenParam, headers: IdempotencyHeader, body: jsonBody(StoryInput) }, errors: [404, 409, 413, 422],
      responses: { 201: jsonContent(StoryCreated, "Stored") } }),
    async (c) => {
      const { story } = await tellThroughInvitation({ db, writer: stories }, {
        token: c.req.valid("param").token, input: c.req.valid("json"), idempotencyKey: c.req.valid("header")["idempotency-key"], lang: c.get("lang"),
      });
      return c.json({ ...presentCreated(story), receiptUrl: receiptUrl(config.publicUrl, receiptToken(config.secret, story.id)) }, 201);
    },
  );
}
