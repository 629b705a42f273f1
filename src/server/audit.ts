// The audit log: every full-text read of a story, every export and every removal, with who and when.
import type { Db } from "../db/client.ts";
import { auditEvent } from "../db/schema/index.ts";

export type AuditAction = "story.read" | "story.erased" | "story.withdrawn" | "subject.erased" | "retention.purged" | "export.created";

/** Who acted: a signed-in person, or nobody (an anonymous teller, the retention purge). */
export interface AuditActor {
  organizationId: string;
  userId?: string;
}

/** Writes through `db` or, to be part of the change it records, through a transaction. */
export async function audit(
  db: Pick<Db, "insert">, actor: AuditActor, action: AuditAction, subjectType: string, subjectId: string, detail?: Record<string, unknown>,
) {
  await db.insert(auditEvent).values({
    organizationId: actor.organizationId, actorUserId: actor.userId ?? null, action, subjectType, subjectId, detail: detail ?? null,
  });
}
