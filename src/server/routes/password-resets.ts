// "Wachtwoord vergeten": ask for a link by mail; choose a new password with it.
import { z } from "@hono/zod-openapi";
import { CompletionInput, ResetInput, ResetLink } from "../../contract/sign-in.ts";
import type { Api, AppDeps } from "../context.ts";
import { loggableError } from "../logger.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { invitationContext } from "../people/invitations.ts";
import { findMember } from "../people/membership.ts";
import { linkTo } from "../people/link-tokens.ts";
import { passwordResetMail } from "../people/mail-texts.ts";
import { completePasswordReset, createPasswordReset, createPasswordResetForMember } from "../people/password-resets.ts";
import { authorize } from "../policy.ts";
import { FixedWindowLimiter, clientAddress } from "../rate-limit.ts";
import { notFound, Problem } from "../problem.ts";

export function registerPasswordResetRoutes(api: Api, { database, auth, config, mailer, logger }: AppDeps) {
  const { db } = database;
  // Against mail bombing: a few links per address, and per client, per hour.
  const perAddress = new FixedWindowLimiter(3, 3600_000);
  const perClient = new FixedWindowLimiter(30, 3600_000);

  api.openapi(
    defineRoute({ method: "post", path: "/password-resets", tags: ["People"], operationId: "requestPasswordReset",
      summary: "Ask for a link to choose a new password; the answer is the same whether the address is known or not",
      request: { body: jsonBody(ResetInput) }, errors: [429],
      responses: { 202: jsonContent(z.object({}).openapi("Accepted"), "If the address belongs to an account, a link is on its way") } }),
    async (c) => {
      const { email } = c.req.valid("json");
      if (config.rateLimit !== false && Math.max(perAddress.hit(email.toLowerCase()), perClient.hit(clientAddress(c))) > 0) {
        throw new Problem(429, "rateLimited", "rateLimitedDetail");
      }
      const lang = c.get("lang");
      // Not awaited: how long the answer takes must not tell whether a mail was sent.
      void (async () => {
        const reset = mailer && (await createPasswordReset(db, email));
        if (!reset) return;
        await mailer.send(passwordResetMail({ to: reset.person.email, name: reset.person.name, link: linkTo(config.publicUrl, "wachtwoord-herstellen", reset.token), lang }));
      })().catch((error: Error) => logger.warn({ err: loggableError(error) }, "password reset mail not sent"));
      return c.json({}, 202);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/password-reset-completions", tags: ["People"], operationId: "completePasswordReset",
      summary: "Choose a new password with the link's secret; signs the person out everywhere",
      request: { body: jsonBody(CompletionInput) }, errors: [404],
      responses: { 204: { description: "The new password is set" } } }),
    async (c) => {
      const { token, password } = c.req.valid("json");
      await completePasswordReset(auth, db, token, password);
      return c.body(null, 204);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/members/{id}/password-resets", tags: ["People"], operationId: "createMemberPasswordReset",
      summary: "A link for a member to choose a new password (admin): mailed, or in the answer to pass on without mail", security: signedIn,
      request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 201: jsonContent(ResetLink, "The link is made") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const { id } = await findMember(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "member:manage");
      const reset = await createPasswordResetForMember(db, caller.organizationId, id);
      if (!reset) throw notFound();
      const link = linkTo(config.publicUrl, "wachtwoord-herstellen", reset.token);
      const { inviterName: admin } = await invitationContext(db, caller);
      const mail = passwordResetMail({ to: reset.person.email, name: reset.person.name, link, lang: c.get("lang"), admin });
      const mailed = mailer ? await mailer.send(mail).then(() => true, (error: Error) => {
        logger.warn({ err: loggableError(error) }, "password reset mail not sent");
        return false;
      }) : false;
      return c.json({ mailed, ...(mailed ? {} : { link }) }, 201);
    },
  );
}
