// An admin changes a member's role, deactivates (or reactivates) or removes them. Access ends at
// once: sessions and API tokens are deleted, and every request checks the member row itself
// (caller.ts), so no app process can go on trusting a stale answer. An organization always keeps
// at least one active admin.
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { apiToken, member, session, team, teamMember, user } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { Caller, Role } from "../policy.ts";
import { conflict, notFound } from "../problem.ts";

/** The member with this id in the organization; 404 otherwise (before any role check, see policy.ts). */
export async function findMember(db: Db, organizationId: string, memberId: string) {
  const [row] = await db.select({ id: member.id }).from(member).where(and(eq(member.id, memberId), eq(member.organizationId, organizationId)));
  if (!row) throw notFound();
  return row;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface MemberChange {
  role?: Role;
  active?: boolean;
}

/**
 * Locks the organization's memberships (so two admins cannot demote each other at the same time),
 * finds the member and refuses a change that would leave no active admin.
 */
async function lockAndCheck(tx: Tx, caller: Caller, memberId: string, stillAdmin: (row: { role: string; active: boolean }) => boolean) {
  const rows = await tx.select({ id: member.id, userId: member.userId, role: member.role, deactivatedAt: member.deactivatedAt })
    .from(member).where(eq(member.organizationId, caller.organizationId)).for("update");
  const target = rows.find((r) => r.id === memberId);
  if (!target) throw notFound();
  const isActiveAdmin = (r: { role: string; deactivatedAt: Date | null }) => r.role === "admin" && r.deactivatedAt === null;
  const otherAdmins = rows.filter((r) => r.id !== memberId && isActiveAdmin(r)).length;
  if (isActiveAdmin(target) && otherAdmins === 0 && !stillAdmin({ role: target.role, active: true })) throw conflict("lastAdmin");
  return target;
}

/** Ends every session and API token of the person, in the organization the change is made in. */
async function endAccess(tx: Tx, organizationId: string, userId: string) {
  await tx.delete(session).where(eq(session.userId, userId));
  await tx.delete(apiToken).where(and(eq(apiToken.userId, userId), eq(apiToken.organizationId, organizationId)));
}

export async function changeMember(db: Db, caller: Caller, memberId: string, change: MemberChange) {
  await db.transaction(async (tx) => {
    const target = await lockAndCheck(tx, caller, memberId, (current) =>
      (change.role ?? current.role) === "admin" && (change.active ?? current.active));
    const wasActive = target.deactivatedAt === null;
    if (change.role && change.role !== target.role) {
      await tx.update(member).set({ role: change.role }).where(eq(member.id, memberId));
      await audit(tx, caller, "member.role-changed", "member", target.userId, { from: target.role, to: change.role });
    }
    if (change.active !== undefined && change.active !== wasActive) {
      await tx.update(member).set({ deactivatedAt: change.active ? null : new Date() }).where(eq(member.id, memberId));
      // Reactivating also clears sessions begun while deactivated (they were refused, but exist).
      await endAccess(tx, caller.organizationId, target.userId);
      await audit(tx, caller, change.active ? "member.reactivated" : "member.deactivated", "member", target.userId);
    }
  });
}

/**
 * Takes the person out of the organization; their account goes too when it belongs to no other
 * organization (so the address can be invited again). What they wrote stays.
 */
export async function removeMember(db: Db, caller: Caller, memberId: string) {
  await db.transaction(async (tx) => {
    const target = await lockAndCheck(tx, caller, memberId, () => false);
    await endAccess(tx, caller.organizationId, target.userId);
    const teams = tx.select({ id: team.id }).from(team).where(eq(team.organizationId, caller.organizationId));
    await tx.delete(teamMember).where(and(eq(teamMember.userId, target.userId), inArray(teamMember.teamId, teams)));
    await tx.delete(member).where(eq(member.id, memberId));
    const [elsewhere] = await tx.select({ id: member.id }).from(member).where(and(eq(member.userId, target.userId), ne(member.id, memberId))).limit(1);
    if (!elsewhere) await tx.delete(user).where(eq(user.id, target.userId));
    await audit(tx, caller, "member.removed", "member", target.userId, { role: target.role });
  });
}
