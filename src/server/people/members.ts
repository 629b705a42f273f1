// The organization's people: an admin adds someone with an account of their own (and their teams),
// colleagues and up list them with their teams; anyone signed in lists the teams. Routes check the policy.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { member, team, teamMember, user } from "../../db/schema/index.ts";
import type { Auth } from "../auth.ts";
import type { Caller, Role } from "../policy.ts";
import { badRequest } from "../problem.ts";
import { addMember, createAccount, type NewAccount } from "./accounts.ts";

export async function addPerson(auth: Auth, db: Db, caller: Caller, input: NewAccount & { role: Role; teamIds?: string[] }) {
  const teamIds = [...new Set(input.teamIds ?? [])];
  if (teamIds.length > 0) {
    const found = await db.select({ id: team.id }).from(team)
      .where(and(eq(team.organizationId, caller.organizationId), inArray(team.id, teamIds)));
    if (found.length !== teamIds.length) throw badRequest([{ name: "teamIds", reason: "unknown team", code: "unknownTeam" }]);
  }
  const userId = await createAccount(auth, db, { name: input.name, email: input.email, password: input.password });
  const added = await addMember(auth, db, caller.organizationId, userId, input.role, teamIds);
  return { id: added!.id, userId, role: input.role };
}

/** The organization's members by name, each with the teams they are in. */
export async function listMembers(db: Db, caller: Caller) {
  const rows = await db
    .select({ id: member.id, userId: member.userId, name: user.name, email: user.email, role: member.role, deactivatedAt: member.deactivatedAt, createdAt: member.createdAt })
    .from(member).innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, caller.organizationId))
    .orderBy(user.name);
  const memberships = await db.select({ userId: teamMember.userId, teamId: teamMember.teamId })
    .from(teamMember).innerJoin(team, eq(team.id, teamMember.teamId))
    .where(eq(team.organizationId, caller.organizationId));
  return rows.map(({ deactivatedAt, ...r }) => ({
    ...r,
    role: r.role as Role,
    active: deactivatedAt === null,
    createdAt: r.createdAt.toISOString(),
    teamIds: memberships.filter((m) => m.userId === r.userId).map((m) => m.teamId),
  }));
}

export async function listTeams(db: Db, caller: Caller) {
  return db.select().from(team).where(eq(team.organizationId, caller.organizationId)).orderBy(team.name);
}
