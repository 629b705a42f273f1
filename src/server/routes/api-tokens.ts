import { randomBytes } from "node:crypto";
import { z } from "@hono/zod-openapi";
import type { Api, AppDeps } from "../app.ts";
import { API_TOKEN_PREFIX, hashApiToken } from "../caller.ts";
import { apiToken } from "../../db/schema/index.ts";
import { defineRoute, signedIn, jsonBody, jsonContent } from "../openapi.ts";
import { authorize } from "../policy.ts";

const ApiTokenInput = z.object({ name: z.string().trim().min(1).max(100) }).openapi("ApiTokenInput");
const ApiTokenCreated = z.object({ id: z.string().uuid(), name: z.string(), token: z.string() }).openapi("ApiTokenCreated");

export function registerApiTokenRoutes(api: Api, { database }: AppDeps) {
  api.openapi(
    defineRoute({ method: "post", path: "/api-tokens", tags: ["People"], operationId: "createApiToken",
      summary: "A token that acts as the caller; shown once", security: signedIn,
      request: { body: jsonBody(ApiTokenInput) }, errors: [401],
      responses: { 201: jsonContent(ApiTokenCreated, "The token; store it, it is not shown again") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const { name } = c.req.valid("json");
      const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
      const [row] = await database.db
        .insert(apiToken)
        .values({ organizationId: caller.organizationId, userId: caller.userId, name, tokenHash: hashApiToken(token) })
        .returning({ id: apiToken.id });
      return c.json({ id: row!.id, name, token }, 201);
    },
  );
}
