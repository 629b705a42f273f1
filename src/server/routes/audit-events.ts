// The audit log (admins): who read which story in full, who exported or erased what, newest first,
// filtered by action and paged with a cursor.
import { z } from "@hono/zod-openapi";
import { listAuditEvents } from "../audit/read.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";

const AuditEvent = z.object({
  id: z.string().uuid(),
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string().datetime({ offset: true }),
}).openapi("AuditEvent");
const AuditQuery = z.object({
  before: z.string().datetime({ offset: true }).optional().openapi({ description: "Only events before this moment" }),
  action: z.string().max(500).optional().openapi({ description: "Comma-separated actions, e.g. story.read,export.created" }),
  cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page" }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function registerAuditRoutes(api: Api, { database }: AppDeps) {
  api.openapi(
    defineRoute({ method: "get", path: "/audit-events", tags: ["Trust"], operationId: "listAuditEvents", security: signedIn,
      summary: "Who read which story in full and who exported or erased what (admin)", request: { query: AuditQuery }, errors: [401, 403],
      responses: { 200: jsonContent(z.object({ items: z.array(AuditEvent), nextCursor: z.string().nullable() }), "Newest first") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "member:manage");
      return c.json(await listAuditEvents(database.db, caller, c.req.valid("query")), 200);
    },
  );
}
