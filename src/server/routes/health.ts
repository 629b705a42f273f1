// Liveness and readiness for load balancers and orchestrators: live = the process answers;
// ready = it can reach its database.
import { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonContent } from "../openapi.ts";
import { Problem } from "../problem.ts";

const Health = z.object({ status: z.enum(["ok"]), engine: z.enum(["pglite", "postgres"]) }).openapi("Health");

export function registerHealthRoutes(api: Api, { database }: AppDeps) {
  api.openapi(
    defineRoute({ method: "get", path: "/health", tags: ["Health"], operationId: "getHealth", summary: "The process is alive",
      responses: { 200: jsonContent(Health, "Alive") } }),
    (c) => c.json({ status: "ok" as const, engine: database.engine }, 200),
  );
  api.openapi(
    defineRoute({ method: "get", path: "/health/ready", tags: ["Health"], operationId: "getReadiness",
      summary: "The process can serve requests: its database answers", errors: [503],
      responses: { 200: jsonContent(Health, "Ready") } }),
    async (c) => {
      try {
        await database.db.execute(sql`select 1`);
      } catch {
        throw new Problem(503, "serverError", "The database does not answer.");
      }
      return c.json({ status: "ok" as const, engine: database.engine }, 200);
    },
  );
}
