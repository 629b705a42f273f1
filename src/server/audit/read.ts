// Reading the audit log (admins): newest first, filtered by moment and action, paged with a cursor.
// The route checks member:manage first.
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { auditEvent, user } from "../../db/schema/index.ts";
import type { Caller } from "../policy.ts";
import { badRequest } from "../problem.ts";

export interface AuditFilter {
  before?: string;
  /** Comma-separated actions. */
  action?: string;
  cursor?: string;
  limit: number;
}

const encodeCursor = (id: string) => Buffer.from(id).toString("base64url");
function decodeCursor(cursor: string) {
  const id = Buffer.from(cursor, "base64url").toString();
  if (!z.string().uuid().safeParse(id).success) throw badRequest([{ name: "cursor", reason: "invalid cursor", code: "invalidCursor" }]);
  return id;
}

export async function listAuditEvents(db: Db, caller: Caller, { before, action, cursor, limit }: AuditFilter) {
  const actions = action?.split(",").map((a) => a.trim()).filter(Boolean) ?? [];
  // The cursor is the last event's id: compared in the database at full (microsecond) precision,
  // with the id breaking ties between events of one moment, so paging skips none.
  const after = cursor ? decodeCursor(cursor) : undefined;
  const rows = await db.select({ event: auditEvent, actorName: user.name }).from(auditEvent)
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
  return {
    items: page.map(({ event, actorName }) => ({
      id: event.id, actorName, action: event.action, subjectType: event.subjectType, subjectId: event.subjectId,
      detail: event.detail as Record<string, unknown> | null, createdAt: event.createdAt.toISOString(),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null,
  };
}
