// API tokens: made with a name, a scope and an expiry, listed, revoked.
import { z } from "@hono/zod-openapi";
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, tokenScopes } from "../core/token-scope.ts";
import { dateTime } from "./common.ts";

const Scope = z.enum(tokenScopes).openapi("ApiTokenScope", {
  description: "read: read as a colleague (GET only); analyse: read as an analyst (GET only); write: act as the owner, up to an analyst; admin: act as the (admin) owner. Never more than the owner's role",
});
export const ApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  scope: Scope.optional().openapi({ description: "Default: admin for admins, write for everyone else" }),
  expiresAt: dateTime.optional().openapi({ description: `In the future, at most ${MAX_TOKEN_DAYS} days ahead; default ${DEFAULT_TOKEN_DAYS} days from now` }),
}).openapi("ApiTokenInput");
export const ApiTokenCreated = z.object({
  id: z.string().uuid(), name: z.string(), token: z.string(), scope: Scope, expiresAt: dateTime, createdAt: dateTime,
}).openapi("ApiTokenCreated");
export const ApiToken = z.object({
  id: z.string().uuid(),
  name: z.string(),
  scope: Scope.nullable().openapi({ description: "null: a token made before scopes existed; it acts as its owner" }),
  createdAt: dateTime,
  expiresAt: dateTime.nullable(),
  lastUsedAt: dateTime.nullable().openapi({ description: "To the minute" }),
  owner: z.object({ id: z.string().uuid(), name: z.string() }),
}).openapi("ApiToken");
export const ApiTokenList = z.object({ items: z.array(ApiToken) }).openapi("ApiTokenList");

export type ApiTokenInput = z.input<typeof ApiTokenInput>;
export type ApiTokenCreated = z.infer<typeof ApiTokenCreated>;
export type ApiToken = z.infer<typeof ApiToken>;
export type ApiTokenList = z.infer<typeof ApiTokenList>;
