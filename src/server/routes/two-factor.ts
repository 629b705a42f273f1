// Two-factor sign-in with an authenticator app (TOTP): enrol, confirm, and the second step of
// signing in. The work is done by better-auth's twoFactor plugin (see people/two-factor.ts).
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { claimCode, refuseReplayedCode } from "../people/one-time-codes.ts";
import { SessionCreated } from "../../contract/people.ts";
import { ConfirmationInput, Enrolment, EnrolmentInput, VerificationInput } from "../../contract/sign-in.ts";
import { answerWithSession } from "../people/session-answer.ts";
import { confirmEnrolment, startEnrolment, verifySignIn } from "../people/two-factor.ts";
import { authorize } from "../policy.ts";

export function registerTwoFactorRoutes(api: Api, { database, auth }: AppDeps) {
  api.openapi(
    defineRoute({ method: "post", path: "/two-factor-enrolments", tags: ["People"], operationId: "startTwoFactorEnrolment",
      summary: "Start two-factor sign-in: a new authenticator key (needs the password again)", security: signedIn, beforeTwoFactorEnrolment: true,
      request: { body: jsonBody(EnrolmentInput) }, errors: [401, 409],
      responses: { 201: jsonContent(Enrolment, "Scan the key, then confirm with a code (POST /two-factor-confirmations)") } }),
    async (c) => {
      authorize(c.get("caller"), "story:tell");
      const enrolment = await startEnrolment(auth, c.req.valid("json").password, c.req.raw.headers, c.get("lang"));
      return c.json(enrolment, 201);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/two-factor-confirmations", tags: ["People"], operationId: "confirmTwoFactorEnrolment",
      summary: "Turn two-factor sign-in on with a first code; answers a new session (the old token stops working)", security: signedIn, beforeTwoFactorEnrolment: true,
      request: { body: jsonBody(ConfirmationInput) }, errors: [401, 409, 429],
      responses: { 201: jsonContent(SessionCreated, "Two-factor sign-in is on") } }),
    async (c) => {
      authorize(c.get("caller"), "story:tell");
      const { code } = c.req.valid("json");
      const session = await confirmEnrolment(auth, code, c.req.raw.headers, c.get("lang"));
      // The first code is used up too: it cannot sign in a second time.
      await claimCode(database.db, auth, session.userId, code);
      return answerWithSession(c, database.db, session, "two-factor");
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/two-factor-verifications", tags: ["People"], operationId: "verifyTwoFactorSignIn",
      summary: "Second step of signing in: the code from the authenticator app (each code works once)",
      request: { body: jsonBody(VerificationInput) }, errors: [401, 429],
      responses: { 201: jsonContent(SessionCreated, "Signed in") } }),
    async (c) => {
      const { code, challenge } = c.req.valid("json");
      const session = await verifySignIn(auth, code, challenge, c.req.raw.headers, c.get("lang"));
      await refuseReplayedCode(database.db, auth, session, code);
      return answerWithSession(c, database.db, session, "two-factor");
    },
  );
}
