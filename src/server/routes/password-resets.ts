// "Wachtwoord vergeten": ask for a link by mail; choose a new password with it.
import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import { CompletionInput, ResetInput, ResetLink } from "../../contract/sign-in.ts";
import type { Api, AppDeps } from "../context.ts";
import { loggableError } from "../logger.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { mailResetLink, resetLinkForMember } from "../people/mailed-links.ts";
import { completePasswordReset } from "../people/password-resets.ts";
import { FixedWindowLimiter, clientAddress } from "../rate-limit.ts";
import { Problem } from "../problem.ts";

export function registerPasswordResetRoutes(api: Api, { database, auth, config, mailer, logger }: AppDeps) {
  const { db } = database;
  const mailDeps = { db, mailer, logger, publicUrl: config.publicUrl };
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
      // Not awaited: how long the answer takes must not tell whether a mail was sent.
      void mailResetLink(mailDeps, email, c.get("lang")).catch((error: Error) => logger.warn({ err: loggableError(error) }, "password reset mail not sent"));
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
      const { caller, resource: { id } } = await reach(db, c.get("caller"), "member", c.req.valid("param").id, "member:manage");
      const { mailed, link } = await resetLinkForMember(mailDeps, caller, id, c.get("lang"));
      return c.json({ mailed, ...(mailed ? {} : { link }) }, 201);
    },
  );
}
