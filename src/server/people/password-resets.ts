// "Wachtwoord vergeten": a link by mail that lets the person choose a new password. The answer to a
// request is the same whether the address is known or not, so it cannot be used to find accounts.
import { and, eq, gt, isNull, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { member, passwordReset, session, user } from "../../db/schema/index.ts";
import type { Auth } from "../auth.ts";
import { audit } from "../audit.ts";
import { Problem } from "../problem.ts";
import { hashLinkToken, newLinkToken } from "./link-tokens.ts";

export const RESET_MINUTES = 60;

/** A reset link for an active member with this address; undefined for anyone else. */
export async function createPasswordReset(db: Db, email: string) {
  return issueReset(db, and(eq(user.email, email.toLowerCase()), isNull(member.deactivatedAt))!);
}

/** A reset link for an active member of the organization, made by an admin; undefined when there is none. */
export async function createPasswordResetForMember(db: Db, organizationId: string, memberId: string) {
  return issueReset(db, and(eq(member.id, memberId), eq(member.organizationId, organizationId), isNull(member.deactivatedAt))!);
}

async function issueReset(db: Db, which: SQL) {
  const [person] = await db.select({ id: user.id, name: user.name, email: user.email }).from(user)
    .innerJoin(member, eq(member.userId, user.id)).where(which).limit(1);
  if (!person) return undefined;
  const { token, tokenHash } = newLinkToken();
  await db.insert(passwordReset).values({ userId: person.id, tokenHash, expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) });
  return { person, token };
}

/** Sets the new password, uses up every open link of the person and signs them out everywhere. */
export async function completePasswordReset(auth: Auth, db: Db, token: string, password: string) {
  const [claimed] = await db.update(passwordReset).set({ usedAt: new Date() })
    .where(and(eq(passwordReset.tokenHash, hashLinkToken(token)), isNull(passwordReset.usedAt), gt(passwordReset.expiresAt, new Date())))
    .returning({ userId: passwordReset.userId });
  if (!claimed) throw new Problem(404, "notFound", "linkGone");
  const context = await auth.$context;
  await context.internalAdapter.updatePassword(claimed.userId, await context.password.hash(password));
  await db.update(passwordReset).set({ usedAt: new Date() }).where(and(eq(passwordReset.userId, claimed.userId), isNull(passwordReset.usedAt)));
  await db.delete(session).where(eq(session.userId, claimed.userId));
  const memberships = await db.select({ organizationId: member.organizationId }).from(member).where(eq(member.userId, claimed.userId));
  for (const { organizationId } of memberships) {
    await audit(db, { organizationId, userId: claimed.userId }, "password.reset", "member", claimed.userId);
  }
}
