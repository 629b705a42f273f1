// Retention: stories older than their collection's retention period are removed for good. The purge
// runs at start and then every hour; it is idempotent, so several app processes may run it.
import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { collection, story } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { EventBus } from "../events/bus.ts";
import type { Logger } from "../logger.ts";
import { purgeExpiredKeys } from "../stories/idempotency.ts";

export interface PurgeResult {
  collectionId: string;
  organizationId: string;
  removed: number;
}

export async function purgeExpiredStories(db: Db, now = new Date()): Promise<PurgeResult[]> {
  const limited = await db.select({ id: collection.id, organizationId: collection.organizationId, months: collection.retentionMonths })
    .from(collection).where(isNotNull(collection.retentionMonths));
  const results: PurgeResult[] = [];
  for (const c of limited) {
    const cutoff = sql`${now.toISOString()}::timestamptz - make_interval(months => ${c.months!})`;
    const removed = await db.transaction(async (tx) => {
      const gone = await tx.delete(story)
        .where(and(eq(story.organizationId, c.organizationId), eq(story.collectionId, c.id), lt(story.toldAt, cutoff)))
        .returning({ id: story.id });
      if (gone.length > 0) {
        await audit(tx, { organizationId: c.organizationId }, "retention.purged", "collection", c.id, { removed: gone.length, retentionMonths: c.months });
      }
      return gone.length;
    });
    if (removed > 0) results.push({ collectionId: c.id, organizationId: c.organizationId, removed });
  }
  return results;
}

/**
 * Runs the purge now and every `everyMs`. Each collection that lost stories is announced on the bus,
 * so that the stories leave the pattern index of every app process.
 */
export function scheduleRetention(db: Db, events: EventBus, logger: Logger, everyMs = 60 * 60_000, sweepRecordings?: () => Promise<number>): () => void {
  const run = () =>
    purgeExpiredStories(db)
      .then(async (results) => {
        for (const r of results) {
          logger.info({ collectionId: r.collectionId, removed: r.removed }, "retention purge removed stories");
          await events.publish({ type: "stories.purged", organizationId: r.organizationId, collectionId: r.collectionId, data: { removed: r.removed } });
        }
      })
      .catch((error: Error) => logger.error({ err: error.message }, "retention purge failed"))
      // Purged stories (and any erased while a sweep failed) leave their audio behind until swept.
      .then(() => sweepRecordings?.())
      .catch((error: Error) => logger.error({ err: error.message }, "removing erased stories' recordings failed"))
      // Clients' Idempotency-Keys live a day (stories/idempotency.ts).
      .then(() => purgeExpiredKeys(db))
      .catch((error: Error) => logger.error({ err: error.message }, "purging expired idempotency keys failed"));
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
