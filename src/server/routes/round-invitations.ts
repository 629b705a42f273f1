// Personal invitations for a listening round. Analysts send a list of addresses (optionally with a
// client reference each) and see the round's response; the invited person opens their link and tells
// once. Contact data is never answered here, except the links to pass on when no mail went out.
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonBody, jsonContent, RoundParams, signedIn } from "../openapi.ts";
import { isAllowed } from "../policy.ts";
import { inviteToRound } from "../rounds/invitations.ts";
import { openInvitation, tellThroughInvitation } from "../rounds/invited-telling.ts";
import { roundResponse, suppressResponse } from "../rounds/response.ts";
import { smallCellKOf } from "../stories/organization-keys.ts";
import { presentCreated } from "../stories/present.ts";
import { recordingUploadOffer } from "../recordings/upload-offer.ts";
import { receiptToken, receiptUrl } from "../stories/receipts.ts";
import { PublicStoryInput } from "../../contract/collections.ts";
import { IdempotencyHeader, StoryCreated } from "../../contract/stories.ts";
import { InvitationListInput, InvitationOpening, InvitationOutcome, InvitationPreview, RoundResponse, TokenParam } from "../../contract/round-invitations.ts";
import { reach } from "../access.ts";
import { checkedInvitees, previewInvitations } from "../rounds/invite-request.ts";

export function registerRoundInvitationRoutes(api: Api, { database, stories, config, mailer, logger }: AppDeps) {
  const { db } = database;
  const links = { publicUrl: config.publicUrl, secret: config.secret };

  api.openapi(
    defineRoute({ method: "post", path: "/collections/{id}/listening-rounds/{roundId}/invitations", tags: ["Collections"], operationId: "inviteToListeningRound",
      summary: "Invite people to a listening round by e-mail, each with a personal one-time link (analyst); dryRun checks the list first",
      security: signedIn, request: { params: RoundParams, body: jsonBody(InvitationListInput) }, errors: [401, 403, 404, 409],
      responses: { 200: jsonContent(InvitationPreview, "What would be sent (dryRun)"), 201: jsonContent(InvitationOutcome, "Invited") } }),
    async (c) => {
      const { id: collectionId, roundId } = c.req.valid("param");
      const { caller, resource: round } = await reach(db, c.get("caller"), "round", { collectionId, roundId }, "round:invite");
      const input = c.req.valid("json");
      const invitees = await checkedInvitees(db, caller, round, input.list, c.get("lang"));
      if (input.dryRun) return c.json(await previewInvitations(db, caller, round, invitees, mailer !== undefined), 200);
      return c.json(await inviteToRound({ db, mailer, logger, links }, caller, round, invitees, input.lang ?? c.get("lang")), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/listening-rounds/{roundId}/invitation-response", tags: ["Collections"], operationId: "getListeningRoundResponse",
      summary: "How many were invited, opened their link and told, in all and per day (colleagues see small counts hidden)",
      security: signedIn, request: { params: RoundParams }, errors: [401, 403, 404],
      responses: { 200: jsonContent(RoundResponse, "The round's response") } }),
    async (c) => {
      const { id: collectionId, roundId } = c.req.valid("param");
      const { caller, resource: round } = await reach(db, c.get("caller"), "round", { collectionId, roundId }, "aggregate:read");
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
      request: { params: TokenParam, headers: IdempotencyHeader, body: jsonBody(PublicStoryInput) }, errors: [404, 409, 413, 422],
      responses: { 201: jsonContent(StoryCreated, "Stored") } }),
    async (c) => {
      const { formToken, ...input } = c.req.valid("json");
      const { story } = await tellThroughInvitation({ db, writer: stories }, {
        token: c.req.valid("param").token, input, idempotencyKey: c.req.valid("header")["idempotency-key"], lang: c.get("lang"),
        late: { secret: config.secret, formToken, toldAt: input.toldAt },
      });
      return c.json({ ...presentCreated(story), receiptUrl: receiptUrl(config.publicUrl, receiptToken(config.secret, story.id)), ...recordingUploadOffer(config.secret, story) }, 201);
    },
  );
}
