// The answer to every way of signing in (password, password + code, single sign-on): the session
// cookie, a bearer token and who the caller is, including where they stand with two-factor.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Db } from "../../db/client.ts";
import { callerForUser } from "../caller.ts";
import type { Caller } from "../policy.ts";
import { unauthorized } from "../problem.ts";
import { hasTwoFactor, twoFactorRequiredFor } from "./two-factor.ts";

export const Me = z.object({
  userId: z.string().uuid(),
  organizationId: z.string().uuid(),
  role: z.enum(["admin", "analyst", "colleague", "teller"]),
  isOperator: z.boolean(),
  teamIds: z.array(z.string().uuid()),
  twoFactorEnabled: z.boolean(),
  twoFactorEnrolmentRequired: z.boolean().openapi({ description: "An admin or analyst without two-factor sign-in yet: set it up (POST /two-factor-enrolments)" }),
}).openapi("Me");

export const SessionCreated = z.object({ token: z.string(), me: Me }).openapi("SessionCreated");

export async function describeMe(db: Db, caller: Caller): Promise<z.infer<typeof Me>> {
  const twoFactorEnabled = await hasTwoFactor(db, caller.userId);
  return { ...caller, twoFactorEnabled, twoFactorEnrolmentRequired: !twoFactorEnabled && twoFactorRequiredFor(caller.role) };
}

/** Passes better-auth's cookies on and answers 201 with the token and the caller. */
export async function answerWithSession(c: Context, db: Db, session: { token: string; userId: string; headers: Headers }) {
  const caller = await callerForUser(db, session.userId);
  if (!caller) throw unauthorized("badCredentials");
  for (const cookie of session.headers.getSetCookie()) c.header("Set-Cookie", cookie, { append: true });
  return c.json({ token: session.token, me: await describeMe(db, caller) }, 201);
}
