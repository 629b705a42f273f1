// The answer to every way of signing in (password, password + code, single sign-on): the session
// cookie, a bearer token and who the caller is, including where they stand with two-factor.
import type { Context } from "hono";
import type { Me } from "../../contract/people.ts";
import type { Db } from "../../db/client.ts";
import { identify, type Identity } from "../caller.ts";
import { unauthorized } from "../problem.ts";
import { mustEnrolFirst } from "./two-factor.ts";

export function describeMe(identity: Identity): Me {
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
