import { z } from "@hono/zod-openapi";
import { and, desc, eq, lt } from "drizzle-orm";
import { auditEvent, user } from "../../db/schema/index.ts";
import type { Api, AppDeps } from "../app.ts";
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
  before: z.string().datetime({ offset: true }).optional().openapi({ description: "Only events before this moment (for paging)" }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function registerAuditRoutes(api: Api, { database }: AppDeps) {
  api.openapi(
    defineRoute({ method: "get", path: "/audit-events", tags: ["Trust"], operationId: "listAuditEvents", security: signedIn,
      summary: "Who read which story in full and who exported what (admin)", request: { query: AuditQuery }, errors: [401, 403],
      responses: { 200: jsonContent(z.object({ items: z.array(AuditEvent) }), "Newest first") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "member:manage");
      const { before, limit } = c.req.valid("query");
      const rows = await database.db.select({ event: auditEvent, actorName: user.name }).from(auditEvent)
        .leftJoin(user, eq(user.id, auditEvent.actorUserId))
        .where(and(eq(auditEvent.organizationId, caller.organizationId), before ? lt(auditEvent.createdAt, new Date(before)) : undefined))
        .orderBy(desc(auditEvent.createdAt)).limit(limit);
      return c.json({
        items: rows.map(({ event, actorName }) => ({
          id: event.id, actorName, action: event.action, subjectType: event.subjectType, subjectId: event.subjectId,
          detail: event.detail as Record<string, unknown> | null, createdAt: event.createdAt.toISOString(),
        })),
      }, 200);
    },
  );
}
