// Inviting a person by e-mail: the admin names them and their role; the person opens the link, picks
// a password and becomes a member (then sets up two-step verification where the role needs it).
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { memberInvitation, organization, user } from "../../db/schema/index.ts";
import type { Auth } from "../auth.ts";
import { audit } from "../audit.ts";
import type { Lang } from "../messages.ts";
import type { Caller, Role } from "../policy.ts";
import { conflict, notFound, Problem } from "../problem.ts";
import { addMember, createAccount } from "./accounts.ts";
import { hashLinkToken, newLinkToken } from "./link-tokens.ts";

export const INVITATION_DAYS = 7;

export interface NewInvitation {
  name: string;
  email: string;
  role: Role;
  lang: Lang;
}

export const invitationGone = () => new Problem(404, "notFound", "linkGone");

export async function createInvitation(db: Db, caller: Caller, input: NewInvitation) {
  const email = input.email.toLowerCase();
  const [taken] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  if (taken) throw conflict("emailTaken");
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000);
  const row = await db.transaction(async (tx) => {
    // A new invitation replaces an earlier one to the same address: only the newest link works.
    await tx.delete(memberInvitation).where(and(
      eq(memberInvitation.organizationId, caller.organizationId), eq(memberInvitation.email, email), isNull(memberInvitation.acceptedAt)));
    const [inserted] = await tx.insert(memberInvitation).values({
      organizationId: caller.organizationId, name: input.name, email, role: input.role, lang: input.lang,
      inviterUserId: caller.userId, tokenHash, expiresAt,
    }).returning();
    await audit(tx, caller, "member.invited", "invitation", inserted!.id, { role: input.role });
    return inserted!;
  });
  return { invitation: row, token };
}

/** Names for the mail: the organization and the person who invites. */
export async function invitationContext(db: Db, caller: Caller) {
  const [org] = await db.select({ name: organization.name }).from(organization).where(eq(organization.id, caller.organizationId));
  const [inviter] = await db.select({ name: user.name }).from(user).where(eq(user.id, caller.userId));
  return { organizationName: org?.name ?? "", inviterName: inviter?.name ?? "" };
}

export async function pendingInvitations(db: Db, organizationId: string) {
  return db.select().from(memberInvitation)
    .where(and(eq(memberInvitation.organizationId, organizationId), isNull(memberInvitation.acceptedAt), gt(memberInvitation.expiresAt, new Date())))
    .orderBy(memberInvitation.createdAt);
}

/** An invitation of the organization not accepted yet; 404 otherwise (before any role check, see policy.ts). */
export async function findOpenInvitationById(db: Db, organizationId: string, id: string) {
  const [row] = await db.select({ id: memberInvitation.id }).from(memberInvitation)
    .where(and(eq(memberInvitation.id, id), eq(memberInvitation.organizationId, organizationId), isNull(memberInvitation.acceptedAt)));
  if (!row) throw notFound();
  return row;
}

export async function revokeInvitation(db: Db, caller: Caller, id: string) {
  await db.delete(memberInvitation).where(and(eq(memberInvitation.id, id), eq(memberInvitation.organizationId, caller.organizationId)));
}

/** The open invitation behind a link, with its organization's name; 404 when used, expired or unknown. */
export async function findOpenInvitation(db: Db, token: string) {
  const [row] = await db.select({ invitation: memberInvitation, organizationName: organization.name })
    .from(memberInvitation).innerJoin(organization, eq(organization.id, memberInvitation.organizationId))
    .where(and(eq(memberInvitation.tokenHash, hashLinkToken(token)), isNull(memberInvitation.acceptedAt), gt(memberInvitation.expiresAt, new Date())));
  if (!row) throw invitationGone();
  return row;
}

/**
 * Uses the link (once: the first acceptance claims it), makes the account with the chosen password
 * and the membership. Returns the e-mail address to sign in with.
 */
export async function acceptInvitation(auth: Auth, db: Db, token: string, password: string): Promise<{ email: string; userId: string }> {
  const [claimed] = await db.update(memberInvitation).set({ acceptedAt: new Date() })
    .where(and(eq(memberInvitation.tokenHash, hashLinkToken(token)), isNull(memberInvitation.acceptedAt), gt(memberInvitation.expiresAt, new Date())))
    .returning();
  if (!claimed) throw invitationGone();
  let userId: string;
  try {
    userId = await createAccount(auth, db, { name: claimed.name, email: claimed.email, password });
  } catch (error) {
    // A refused password leaves the link usable for the next try.
    await db.update(memberInvitation).set({ acceptedAt: null }).where(eq(memberInvitation.id, claimed.id));
    throw error;
  }
  await addMember(auth, db, claimed.organizationId, userId, claimed.role as Role, []);
  await audit(db, { organizationId: claimed.organizationId, userId }, "member.joined", "member", userId, { role: claimed.role, invitationId: claimed.id });
  return { email: claimed.email, userId };
}
