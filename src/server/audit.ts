// The audit log: every full-text read of a story, every export and every removal, with who and when.
import type { Db } from "../db/client.ts";
import { auditEvent } from "../db/schema/index.ts";

export type AuditAction = "story.read" | "story.erased" | "story.withdrawn" | "subject.erased" | "retention.purged" | "export.created"
  | "apiToken.created" | "apiToken.revoked"
  | "member.invited" | "member.joined" | "member.role-changed" | "member.deactivated" | "member.reactivated" | "member.removed" | "password.reset"
  | "round.invited" | "round.contacts-deleted"
  | "recording.played" | "recording.transcribed"
  | "backup.created";

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

/** A list that shows stories' full text is a read of each of them: one row per story, one insert. */
export async function auditStoryReads(db: Pick<Db, "insert">, actor: AuditActor, storyIds: readonly string[], via: string) {
  if (storyIds.length === 0) return;
  await db.insert(auditEvent).values(storyIds.map((id) => ({
    organizationId: actor.organizationId, actorUserId: actor.userId ?? null, action: "story.read", subjectType: "story", subjectId: id, detail: { via },
  })));
}
