// API tokens: made with a name, a scope (core/token-scope.ts) and an expiry, listed, revoked.
// Only a SHA-256 of the token is stored; the token itself is shown once. Revoking keeps the row
// (revokedAt) for the record; caller.ts refuses a revoked or expired token on its next request.
import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { apiToken, user } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import { API_TOKEN_PREFIX, hashApiToken } from "../caller.ts";
import { type Lang, message } from "../messages.ts";
import { type Caller, isAllowed } from "../policy.ts";
import { badRequest, notFound } from "../problem.ts";
import { asTokenScope, DEFAULT_TOKEN_DAYS, defaultScope, MAX_TOKEN_DAYS, scopesFor, type TokenScope } from "../../core/token-scope.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TokenRequest {
  name: string;
  scope?: TokenScope;
  expiresAt?: string;
}

function checkedExpiry(expiresAt: string | undefined, lang: Lang, now: number): Date {
  if (expiresAt === undefined) return new Date(now + DEFAULT_TOKEN_DAYS * DAY_MS);
  const at = new Date(expiresAt);
  if (at.getTime() <= now || at.getTime() > now + MAX_TOKEN_DAYS * DAY_MS) {
    throw badRequest([{ name: "expiresAt", reason: message("tokenExpiryRange", lang), code: "tokenExpiryRange" }]);
  }
  return at;
}

export async function createApiToken(db: Db, caller: Caller, request: TokenRequest, lang: Lang, now = Date.now()) {
  const scope = request.scope ?? defaultScope(caller.role);
  if (!scopesFor(caller.role).includes(scope)) {
    throw badRequest([{ name: "scope", reason: message("tokenScopeTooWide", lang), code: "tokenScopeTooWide" }]);
  }
  const expiresAt = checkedExpiry(request.expiresAt, lang, now);
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(apiToken)
      .values({ organizationId: caller.organizationId, userId: caller.userId, name: request.name, tokenHash: hashApiToken(token), scope, expiresAt })
      .returning({ id: apiToken.id, createdAt: apiToken.createdAt });
    await audit(tx, caller, "apiToken.created", "apiToken", row!.id, { name: request.name, scope, expiresAt: expiresAt.toISOString() });
    return { id: row!.id, name: request.name, token, scope, expiresAt, createdAt: row!.createdAt };
  });
}

/** Admins may see and revoke every token of the organization; everyone else their own. */
function visibleTo(caller: Caller): SQL {
  const ofOrganization = eq(apiToken.organizationId, caller.organizationId);
  return isAllowed(caller, "member:manage") ? ofOrganization : and(ofOrganization, eq(apiToken.userId, caller.userId))!;
}

export async function listApiTokens(db: Db, caller: Caller) {
  const rows = await db.select({
    id: apiToken.id, name: apiToken.name, scope: apiToken.scope, createdAt: apiToken.createdAt, expiresAt: apiToken.expiresAt,
    lastUsedAt: apiToken.lastUsedAt, ownerId: apiToken.userId, ownerName: user.name,
  }).from(apiToken).innerJoin(user, eq(user.id, apiToken.userId))
    .where(and(visibleTo(caller), isNull(apiToken.revokedAt))).orderBy(desc(apiToken.createdAt));
  return rows.map((r) => ({ ...r, scope: asTokenScope(r.scope) }));
}

/** Revokes a live token the caller may see; 404 for any other id. */
export async function revokeApiToken(db: Db, caller: Caller, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.update(apiToken).set({ revokedAt: new Date() })
      .where(and(visibleTo(caller), eq(apiToken.id, id), isNull(apiToken.revokedAt)))
      .returning({ id: apiToken.id, name: apiToken.name, ownerId: apiToken.userId });
    if (!row) throw notFound();
    await audit(tx, caller, "apiToken.revoked", "apiToken", row.id, { name: row.name, ownerId: row.ownerId });
  });
}
