// Resolves who is calling: an API token (vpt_…), a better-auth session token as Bearer, or the
// session cookie. The caller's organization and role come from their membership; how they signed
// in and whether they have two-factor sign-in decide whether they must enrol first
// (people/two-factor.ts).
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { apiToken, member, teamMember, user } from "../db/schema/index.ts";
import type { Auth, SignInMethod } from "./auth.ts";
import type { Caller, Role } from "./policy.ts";

export const API_TOKEN_PREFIX = "vpt_";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The caller, how their credential came about, and whether they have two-factor sign-in. */
export interface Identity {
  caller: Caller;
  via: SignInMethod | "api-token";
  twoFactorEnabled: boolean;
}

async function userIdFromApiToken(db: Db, token: string): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: apiToken.userId })
    .from(apiToken)
    .where(eq(apiToken.tokenHash, hashApiToken(token)))
    .limit(1);
  return row?.userId;
}

export async function identify(db: Db, userId: string, via: Identity["via"]): Promise<Identity | undefined> {
  const [row] = await db
    .select({ organizationId: member.organizationId, role: member.role, isOperator: user.isOperator, twoFactorEnabled: user.twoFactorEnabled })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    // A deactivated member is nobody: checked on every request, so it holds on every app process.
    .where(and(eq(member.userId, userId), isNull(member.deactivatedAt)))
    .limit(1);
  if (!row) return undefined;
  const teams = await db.select({ teamId: teamMember.teamId }).from(teamMember).where(eq(teamMember.userId, userId));
  const caller: Caller = {
    userId,
    organizationId: row.organizationId,
    role: row.role as Role,
    isOperator: row.isOperator,
    teamIds: teams.map((t) => t.teamId),
  };
  return { caller, via, twoFactorEnabled: row.twoFactorEnabled === true };
}

export async function callerForUser(db: Db, userId: string): Promise<Caller | undefined> {
  return (await identify(db, userId, "password"))?.caller;
}

const signInMethods = new Set<string>(["password", "two-factor", "sso"] satisfies SignInMethod[]);

export async function resolveIdentity(db: Db, auth: Auth, headers: Headers): Promise<Identity | undefined> {
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer?.startsWith(API_TOKEN_PREFIX)) {
    const userId = await userIdFromApiToken(db, bearer);
    return userId ? identify(db, userId, "api-token") : undefined;
  }
  if (!bearer && !headers.get("cookie")) return undefined;
  const session = await auth.api.getSession({ headers });
  if (!session) return undefined;
  // Sessions from before the method was recorded count as password sessions.
  const method = session.session.signInMethod;
  return identify(db, session.user.id, method && signInMethods.has(method) ? (method as SignInMethod) : "password");
}
