// The audit log (admins): who did what, when, about what.
import { z } from "@hono/zod-openapi";

export const AuditEvent = z.object({
  id: z.string().uuid(),
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string().datetime({ offset: true }),
}).openapi("AuditEvent");
export const AuditQuery = z.object({
  before: z.string().datetime({ offset: true }).optional().openapi({ description: "Only events before this moment" }),
  action: z.string().max(500).optional().openapi({ description: "Comma-separated actions, e.g. story.read,export.created" }),
  cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page" }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export type AuditEvent = z.infer<typeof AuditEvent>;
export const AuditPage = z.object({ items: z.array(AuditEvent), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;
