// Resolves who is calling: an API token (vpt_…), a better-auth session token as Bearer, or the
// session cookie. The caller's organization and role come from their membership; how they signed
// in and whether they have two-factor sign-in decide whether they must enrol first
// (people/two-factor.ts).
import { createHash } from "node:crypto";
import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { apiToken, member, teamMember, user } from "../db/schema/index.ts";
import type { Auth, SignInMethod } from "./auth.ts";
import type { Caller, Role } from "./policy.ts";
import { actsAsOwner, asTokenScope, cappedRole, type TokenScope } from "../core/token-scope.ts";

export const API_TOKEN_PREFIX = "vpt_";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The caller, how their credential came about, and whether they have two-factor sign-in. */
export interface Identity {
  caller: Caller;
  via: SignInMethod | "api-token";
  twoFactorEnabled: boolean;
  /** With an API token: its scope (null for a token from before scopes). */
  tokenScope?: TokenScope | null;
}

// When a token was last used is kept to the minute: one write per token per minute at most.
const LAST_USED_PRECISION_MS = 60_000;

/**
 * The owner and scope of a live token. Read from the database on every request (no cache), so a
 * revoked or expired token is refused at once on every app process.
 */
async function liveApiToken(db: Db, token: string): Promise<{ userId: string; scope: TokenScope | null } | undefined> {
  const [row] = await db
    .select({ id: apiToken.id, userId: apiToken.userId, scope: apiToken.scope, lastUsedAt: apiToken.lastUsedAt })
    .from(apiToken)
    .where(and(eq(apiToken.tokenHash, hashApiToken(token)), isNull(apiToken.revokedAt), or(isNull(apiToken.expiresAt), gt(apiToken.expiresAt, sql`now()`))))
    .limit(1);
  if (!row) return undefined;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.update(apiToken).set({ lastUsedAt: sql`now()` }).where(eq(apiToken.id, row.id));
  }
  return { userId: row.userId, scope: asTokenScope(row.scope) };
}

export async function identify(db: Db, userId: string, via: Identity["via"], tokenScope?: TokenScope | null): Promise<Identity | undefined> {
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
    role: tokenScope === undefined ? (row.role as Role) : cappedRole(row.role as Role, tokenScope),
    isOperator: row.isOperator && (tokenScope === undefined || actsAsOwner(tokenScope)),
    teamIds: teams.map((t) => t.teamId),
  };
  return { caller, via, twoFactorEnabled: row.twoFactorEnabled === true, ...(tokenScope === undefined ? {} : { tokenScope }) };
}

export async function callerForUser(db: Db, userId: string): Promise<Caller | undefined> {
  return (await identify(db, userId, "password"))?.caller;
}

const signInMethods = new Set<string>(["password", "two-factor", "sso"] satisfies SignInMethod[]);

export async function resolveIdentity(db: Db, auth: Auth, headers: Headers): Promise<Identity | undefined> {
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer?.startsWith(API_TOKEN_PREFIX)) {
    const token = await liveApiToken(db, bearer);
    return token ? identify(db, token.userId, "api-token", token.scope) : undefined;
  }
  if (!bearer && !headers.get("cookie")) return undefined;
  const session = await auth.api.getSession({ headers });
  if (!session) return undefined;
  // Sessions from before the method was recorded count as password sessions.
  const method = session.session.signInMethod;
  return identify(db, session.user.id, method && signInMethods.has(method) ? (method as SignInMethod) : "password");
}
