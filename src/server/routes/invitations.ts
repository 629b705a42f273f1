// Inviting people by e-mail (admins), and the invited person's side: what the link is for, and
// accepting it with their own password.
import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import { AcceptanceInput, Invitation, InvitationCreated, InvitationInput, InvitationPreview, InvitationPreviewInput, SessionCreated } from "../../contract/people.ts";
import type { Api, AppDeps } from "../context.ts";
import { IdParam, defineRoute, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { startSignIn } from "../people/accounts.ts";
import { acceptInvitation, findOpenInvitation, pendingInvitations, revokeInvitation } from "../people/invitations.ts";
import { invite } from "../people/mailed-links.ts";
import { answerWithSession } from "../people/session-answer.ts";
import { twoFactorRequiredFor } from "../people/two-factor.ts";
import { authorize, type Role } from "../policy.ts";
import { unauthorized } from "../problem.ts";

const present = (row: { id: string; name: string; email: string; role: string; expiresAt: Date }) =>
  ({ id: row.id, name: row.name, email: row.email, role: row.role as Role, expiresAt: row.expiresAt.toISOString() });

export function registerInvitationRoutes(api: Api, { database, auth, config, mailer, logger }: AppDeps) {
  const { db } = database;
  const mailDeps = { db, mailer, logger, publicUrl: config.publicUrl };

  api.openapi(
    defineRoute({ method: "post", path: "/invitations", tags: ["People"], operationId: "createInvitation",
      summary: "Invite someone by e-mail (admin); without mail set up, the answer holds the link to pass on", security: signedIn,
      request: { body: jsonBody(InvitationInput) }, errors: [401, 403, 409],
      responses: { 201: jsonContent(InvitationCreated, "Invited") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "member:manage");
      const input = c.req.valid("json");
      const lang = input.lang ?? c.get("lang");
      const { invitation, mailed, link } = await invite(mailDeps, caller, { ...input, lang });
      return c.json({ ...present(invitation), mailed, ...(mailed ? {} : { link }) }, 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/invitations", tags: ["People"], operationId: "listInvitations",
      summary: "Invitations not accepted yet and not expired (admin)", security: signedIn, errors: [401, 403],
      responses: { 200: jsonContent(z.object({ items: z.array(Invitation) }).openapi("InvitationList"), "Open invitations") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "member:manage");
      return c.json({ items: (await pendingInvitations(db, caller.organizationId)).map(present) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/invitations/{id}", tags: ["People"], operationId: "deleteInvitation",
      summary: "Withdraw an invitation: its link stops working (admin)", security: signedIn,
      request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 204: { description: "Withdrawn" } } }),
    async (c) => {
      const { caller, resource: { id } } = await reach(db, c.get("caller"), "invitation", c.req.valid("param").id, "member:manage");
      await revokeInvitation(db, caller, id);
      return c.body(null, 204);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/invitation-previews", tags: ["People"], operationId: "previewInvitation",
      summary: "What an invitation link is for (the secret travels in the body, never in a URL)",
      request: { body: jsonBody(InvitationPreviewInput) }, errors: [404],
      responses: { 200: jsonContent(InvitationPreview, "The open invitation") } }),
    async (c) => {
      const { invitation, organizationName } = await findOpenInvitation(db, c.req.valid("json").token);
      const role = invitation.role as Role;
      return c.json({
        organizationName, name: invitation.name, email: invitation.email, role, lang: invitation.lang as "nl" | "en",
        twoFactorRequired: twoFactorRequiredFor(role),
      }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/invitation-acceptances", tags: ["People"], operationId: "acceptInvitation",
      summary: "Accept an invitation with your own password: signs you in (admins and analysts then set up two-step verification)",
      request: { body: jsonBody(AcceptanceInput) }, errors: [404, 409],
      responses: { 201: jsonContent(SessionCreated, "Account made and signed in") } }),
    async (c) => {
      const { token, password } = c.req.valid("json");
      const { email } = await acceptInvitation(auth, db, token, password);
      const signedInNow = await startSignIn(auth, email, password, c.req.raw.headers);
      if (signedInNow.twoFactorRequired) throw unauthorized("badCredentials");
      return answerWithSession(c, db, signedInNow, "password");
    },
  );
}
