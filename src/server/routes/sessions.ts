import type { Api, AppDeps } from "../context.ts";
import { defineRoute, signedIn, jsonBody, jsonContent } from "../openapi.ts";
import { startSignIn } from "../people/accounts.ts";
import { Me, SessionCreated } from "../../contract/people.ts";
import { SessionInput, TwoFactorChallenge } from "../../contract/sign-in.ts";
import { answerWithSession, describeMe } from "../people/session-answer.ts";
import { challengeFrom } from "../people/two-factor.ts";
import { unauthorized } from "../problem.ts";
import { signInLimiter } from "../rate-limit.ts";

export function registerSessionRoutes(api: Api, { database, auth, config }: AppDeps) {
  const limitSignIn = signInLimiter();
  api.openapi(
    defineRoute({ method: "post", path: "/sessions", tags: ["People"], operationId: "createSession",
      summary: "Sign in: sets the session cookie and returns a bearer token, or asks for the two-factor code",
      request: { body: jsonBody(SessionInput) }, errors: [401, 429],
      responses: {
        201: jsonContent(SessionCreated, "Signed in"),
        202: jsonContent(TwoFactorChallenge, "Password correct; send the code from the authenticator app to POST /two-factor-verifications"),
      } }),
    async (c) => {
      const { email, password } = c.req.valid("json");
      if (config.rateLimit !== false) limitSignIn(c, email);
      const result = await startSignIn(auth, email, password, c.req.raw.headers);
      if (!result.twoFactorRequired) return answerWithSession(c, database.db, result, "password");
      for (const cookie of result.headers.getSetCookie()) c.header("Set-Cookie", cookie, { append: true });
      return c.json({ twoFactorRequired: true as const, challenge: challengeFrom(result.headers) ?? "" }, 202);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sessions/current", tags: ["People"], operationId: "getCurrentSession",
      summary: "Who is signed in", security: signedIn, errors: [401], beforeTwoFactorEnrolment: true,
      responses: { 200: jsonContent(Me, "The caller") } }),
    async (c) => {
      const identity = c.get("identity");
      if (!identity) throw unauthorized();
      return c.json(describeMe(identity), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/sessions/current", tags: ["People"], operationId: "deleteCurrentSession",
      summary: "Sign out", security: signedIn, beforeTwoFactorEnrolment: true,
      responses: { 204: { description: "Signed out" } } }),
    async (c) => {
      const { headers } = await auth.api.signOut({ headers: c.req.raw.headers, returnHeaders: true }).catch(() => ({ headers: new Headers() }));
      for (const cookie of headers.getSetCookie()) c.header("Set-Cookie", cookie, { append: true });
      return c.body(null, 204);
    },
  );
}
