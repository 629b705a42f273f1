// The audit log (admins): who read which story in full, who exported or erased what, newest first,
// filtered by action and paged with a cursor.
import { z } from "@hono/zod-openapi";
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { auditEvent, user } from "../../db/schema/index.ts";
import { AuditPage, AuditQuery } from "../../contract/audit.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { badRequest } from "../problem.ts";

const encodeCursor = (id: string) => Buffer.from(id).toString("base64url");
function decodeCursor(cursor: string) {
  const id = Buffer.from(cursor, "base64url").toString();
  if (!z.string().uuid().safeParse(id).success) throw badRequest([{ name: "cursor", reason: "invalid cursor", code: "invalidCursor" }]);
  return id;
}

export function registerAuditRoutes(api: Api, { database }: AppDeps) {
  api.openapi(
    defineRoute({ method: "get", path: "/audit-events", tags: ["Trust"], operationId: "listAuditEvents", security: signedIn,
      summary: "Who read which story in full and who exported or erased what (admin)", request: { query: AuditQuery }, errors: [401, 403],
      responses: { 200: jsonContent(AuditPage, "Newest first") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "member:manage");
      const { before, action, cursor, limit } = c.req.valid("query");
      const actions = action?.split(",").map((a) => a.trim()).filter(Boolean) ?? [];
      // The cursor is the last event's id: compared in the database at full (microsecond) precision,
      // with the id breaking ties between events of one moment, so paging skips none.
      const after = cursor ? decodeCursor(cursor) : undefined;
      const rows = await database.db.select({ event: auditEvent, actorName: user.name }).from(auditEvent)
        .leftJoin(user, eq(user.id, auditEvent.actorUserId))
        .where(and(
          eq(auditEvent.organizationId, caller.organizationId),
          before ? lt(auditEvent.createdAt, new Date(before)) : undefined,
          actions.length > 0 ? inArray(auditEvent.action, actions) : undefined,
          after ? sql`(${auditEvent.createdAt}, ${auditEvent.id}) < (select created_at, id from audit_event where id = ${after} and organization_id = ${caller.organizationId})` : undefined,
        ))
        .orderBy(desc(auditEvent.createdAt), desc(auditEvent.id)).limit(limit + 1);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1]?.event;
      return c.json({
        items: page.map(({ event, actorName }) => ({
          id: event.id, actorName, action: event.action, subjectType: event.subjectType, subjectId: event.subjectId,
          detail: event.detail as Record<string, unknown> | null, createdAt: event.createdAt.toISOString(),
        })),
        nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null,
      }, 200);
    },
  );
}
