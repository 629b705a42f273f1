// Resolves who is calling: an API token (vpt_…), a better-auth session token as Bearer, or the
// session cookie. The caller's organization and role come from their membership.
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { apiToken, member, teamMember, user } from "../db/schema/index.ts";
import type { Auth } from "./auth.ts";
import type { Caller, Role } from "./policy.ts";

export const API_TOKEN_PREFIX = "vpt_";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

async function userIdFromApiToken(db: Db, token: string): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: apiToken.userId })
    .from(apiToken)
    .where(eq(apiToken.tokenHash, hashApiToken(token)))
    .limit(1);
  return row?.userId;
}

export async function callerForUser(db: Db, userId: string): Promise<Caller | undefined> {
  const [row] = await db
    .select({ organizationId: member.organizationId, role: member.role, isOperator: user.isOperator })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.userId, userId))
    .limit(1);
  if (!row) return undefined;
  const teams = await db.select({ teamId: teamMember.teamId }).from(teamMember).where(eq(teamMember.userId, userId));
  return {
    userId,
    organizationId: row.organizationId,
    role: row.role as Role,
    isOperator: row.isOperator,
    teamIds: teams.map((t) => t.teamId),
  };
}

export async function resolveCaller(db: Db, auth: Auth, headers: Headers): Promise<Caller | undefined> {
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer?.startsWith(API_TOKEN_PREFIX)) {
    const userId = await userIdFromApiToken(db, bearer);
    return userId ? callerForUser(db, userId) : undefined;
  }
  if (!bearer && !headers.get("cookie")) return undefined;
  const session = await auth.api.getSession({ headers });
  return session ? callerForUser(db, session.user.id) : undefined;
}
