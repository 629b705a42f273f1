import { ApiTokenCreated, ApiTokenInput, ApiTokenList } from "../../contract/api-tokens.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, signedIn, jsonBody, jsonContent } from "../openapi.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "../people/api-tokens.ts";
import { authorize } from "../policy.ts";

const iso = (at: Date | null) => at?.toISOString() ?? null;

export function registerApiTokenRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/api-tokens", tags: ["People"], operationId: "createApiToken",
      summary: "A token that acts as the caller within its scope, until it expires or is revoked; shown once", security: signedIn,
      request: { body: jsonBody(ApiTokenInput) }, errors: [401],
      responses: { 201: jsonContent(ApiTokenCreated, "The token; store it, it is not shown again") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const created = await createApiToken(db, caller, c.req.valid("json"), c.get("lang"));
      return c.json({ ...created, expiresAt: created.expiresAt.toISOString(), createdAt: created.createdAt.toISOString() }, 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/api-tokens", tags: ["People"], operationId: "listApiTokens",
      summary: "The caller's live API tokens (admins: the organization's), newest first; never the token itself", security: signedIn,
      errors: [401], responses: { 200: jsonContent(ApiTokenList, "Tokens that are not revoked (expired ones too, with their date)") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const rows = await listApiTokens(db, caller);
      return c.json({
        items: rows.map((r) => ({
          id: r.id, name: r.name, scope: r.scope, createdAt: r.createdAt.toISOString(), expiresAt: iso(r.expiresAt),
          lastUsedAt: iso(r.lastUsedAt), owner: { id: r.ownerId, name: r.ownerName },
        })),
      }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/api-tokens/{id}", tags: ["People"], operationId: "revokeApiToken",
      summary: "Revoke a token (one's own; admins: any of the organization's); it answers 401 from the next request on", security: signedIn,
      request: { params: IdParam }, errors: [401, 404], responses: { 204: { description: "Revoked" } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      await revokeApiToken(db, caller, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
}
