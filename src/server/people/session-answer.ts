// The answer to every way of signing in (password, password + code, single sign-on): the session
// cookie, a bearer token and who the caller is, including where they stand with two-factor.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Db } from "../../db/client.ts";
import { identify, type Identity } from "../caller.ts";
import { unauthorized } from "../problem.ts";
import { mustEnrolFirst } from "./two-factor.ts";

export const Me = z.object({
  userId: z.string().uuid(),
  organizationId: z.string().uuid(),
  role: z.enum(["admin", "analyst", "colleague", "teller"]),
  isOperator: z.boolean(),
  teamIds: z.array(z.string().uuid()),
  twoFactorEnabled: z.boolean(),
  twoFactorEnrolmentRequired: z.boolean().openapi({ description: "An admin or analyst without two-factor sign-in yet (not signed in through single sign-on): set it up (POST /two-factor-enrolments); until then other routes answer 403 (code twoFactorEnrolmentRequired)" }),
}).openapi("Me");

export const SessionCreated = z.object({ token: z.string(), me: Me }).openapi("SessionCreated");

export function describeMe(identity: Identity): z.infer<typeof Me> {
  return { ...identity.caller, twoFactorEnabled: identity.twoFactorEnabled, twoFactorEnrolmentRequired: mustEnrolFirst(identity) };
}

/**
 * Passes better-auth's cookies on and answers 201 with the token and the caller. `via`: a password
 * sign-in, or one completed with a second factor.
 */
export async function answerWithSession(c: Context, db: Db, session: { token: string; userId: string; headers: Headers }, via: "password" | "two-factor") {
  const identity = await identify(db, session.userId, via);
  if (!identity) throw unauthorized("badCredentials");
  for (const cookie of session.headers.getSetCookie()) c.header("Set-Cookie", cookie, { append: true });
  return c.json({ token: session.token, me: describeMe(identity) }, 201);
}
