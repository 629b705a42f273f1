// What an API token may do: its scope, never more than its owner's role. read and analyse only
// read (GET); read sees what a colleague sees, analyse what an analyst sees; write does what its
// owner may, up to an analyst (tell, interpret, import, export); admin does all its (admin) owner
// may. A token's caller is its owner with the role capped by the scope, so every policy check
// applies unchanged; the read-only scopes are refused any other method before the route runs.
import { type Role, roles } from "./roles.ts";

export const tokenScopes = ["read", "analyse", "write", "admin"] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** How long a token lives when no expiry is asked for, and at most. */
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 366;

const roleCap: Record<TokenScope, Role> = { read: "colleague", analyse: "analyst", write: "analyst", admin: "admin" };
/** The role a person needs to give a token this scope. */
const neededRole: Record<TokenScope, Role> = { read: "teller", analyse: "analyst", write: "teller", admin: "admin" };
const rank = (role: Role) => roles.indexOf(role);

export const isReadOnly = (scope: TokenScope) => scope === "read" || scope === "analyse";

/** Only an admin token (or one from before scopes) keeps its owner's instance-operator rights. */
export const actsAsOwner = (scope: TokenScope | null) => scope === null || scope === "admin";

export const scopesFor = (role: Role): TokenScope[] => tokenScopes.filter((s) => rank(role) >= rank(neededRole[s]));

/** What a token gets when none is asked for: the most its owner may give. */
export const defaultScope = (role: Role): TokenScope => (role === "admin" ? "admin" : "write");

/** The role a token of this scope acts with; a token from before scopes (null) acts as its owner. */
export function cappedRole(owner: Role, scope: TokenScope | null): Role {
  if (!scope) return owner;
  return rank(owner) <= rank(roleCap[scope]) ? owner : roleCap[scope];
}

/** A stored scope; null stays null (a token from before scopes), anything unknown reads only. */
export const asTokenScope = (value: string | null): TokenScope | null =>
  value === null ? null : (tokenScopes as readonly string[]).includes(value) ? (value as TokenScope) : "read";
