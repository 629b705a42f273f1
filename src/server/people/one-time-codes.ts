// A TOTP code works once (RFC 6238 §5.2). better-auth accepts a code of the current time step and
// of its neighbours, as often as it is sent; so after it accepts one, we find the step the code
// belongs to and claim it: the last accepted step is kept per person, and a code of that step or
// an earlier one is refused, on every app process (the claim is one conditional UPDATE).
import { createOTP } from "@better-auth/utils/otp";
import { symmetricDecrypt } from "better-auth/crypto";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { session, twoFactor } from "../../db/schema/index.ts";
import type { Auth } from "../auth.ts";
import { unauthorized } from "../problem.ts";
import { BACKUP_CODE } from "../../contract/sign-in.ts";

const PERIOD_SECONDS = 30;
// better-auth accepts one step either side; one more covers a step that ended between its check and ours.
const STEPS_AROUND = 2;

/** The time step whose code `code` is, near now; undefined when none is. */
async function stepOf(secret: string, code: string, now: number): Promise<number | undefined> {
  const otp = createOTP(secret, { period: PERIOD_SECONDS, digits: 6 });
  const current = Math.floor(now / 1000 / PERIOD_SECONDS);
  for (let step = current - STEPS_AROUND; step <= current + STEPS_AROUND; step++) {
    if ((await otp.hotp(step)) === code) return step;
  }
  return undefined;
}

/** Claims the time step of an accepted code for `userId`; false when it (or a later one) was used before. */
export async function claimCode(db: Db, auth: Auth, userId: string, code: string, now = Date.now()): Promise<boolean> {
  const [row] = await db.select({ secret: twoFactor.secret }).from(twoFactor).where(eq(twoFactor.userId, userId)).limit(1);
  if (!row) return false;
  const secret = await symmetricDecrypt({ key: (await auth.$context).secretConfig, data: row.secret });
  const step = await stepOf(secret, code, now);
  if (step === undefined) return false;
  const claimed = await db.update(twoFactor).set({ lastAcceptedStep: step })
    .where(and(eq(twoFactor.userId, userId), or(isNull(twoFactor.lastAcceptedStep), lt(twoFactor.lastAcceptedStep, step))))
    .returning({ id: twoFactor.id });
  return claimed.length > 0;
}

/**
 * After better-auth accepted `code` and made a session: keeps it when the code's step was not used
 * before, else ends that session at once and answers 401. Backup codes are one-time by themselves.
 */
export async function refuseReplayedCode(db: Db, auth: Auth, signedIn: { userId: string; token: string }, code: string): Promise<void> {
  if (BACKUP_CODE.test(code) || (await claimCode(db, auth, signedIn.userId, code))) return;
  await db.delete(session).where(eq(session.token, signedIn.token));
  throw unauthorized("codeAlreadyUsed");
}
