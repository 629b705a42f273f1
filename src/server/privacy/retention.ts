// Retention: stories older than their collection's retention period are removed for good. The purge
// runs at start and then every hour; it is idempotent, so several app processes may run it. Like an
// erasure, it withdraws the stories from the sector first (stories/erase.ts).
import { and, eq, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { collection, story } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { Logger } from "../logger.ts";
import { type ErasureDeps, withdrawFromSector } from "../stories/erase.ts";
import { purgeExpiredKeys } from "../stories/idempotency.ts";

export interface PurgeResult {
  collectionId: string;
  organizationId: string;
  removed: number;
}

export async function purgeExpiredStories(deps: Pick<ErasureDeps, "db" | "sectorOutbox">, now = new Date()): Promise<PurgeResult[]> {
  const { db } = deps;
  const limited = await db.select({ id: collection.id, organizationId: collection.organizationId, months: collection.retentionMonths })
    .from(collection).where(isNotNull(collection.retentionMonths));
  const results: PurgeResult[] = [];
  for (const c of limited) {
    const cutoff = sql`${now.toISOString()}::timestamptz - make_interval(months => ${c.months!})`;
    const expired = await db.select({ id: story.id }).from(story)
      .where(and(eq(story.organizationId, c.organizationId), eq(story.collectionId, c.id), lt(story.toldAt, cutoff)));
    if (expired.length === 0) continue;
    const ids = expired.map((s) => s.id);
    // Out of the sector before out of the database: a failure here leaves the stories for the next run.
    await withdrawFromSector(deps, c.organizationId, ids);
    const removed = await db.transaction(async (tx) => {
      const gone = await tx.delete(story)
        .where(and(eq(story.organizationId, c.organizationId), inArray(story.id, ids)))
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
export function scheduleRetention(deps: ErasureDeps & { logger: Logger }, everyMs = 60 * 60_000): () => void {
  const { db, events, logger, recordings } = deps;
  const run = () =>
    purgeExpiredStories(deps)
      .then(async (results) => {
        for (const r of results) {
          logger.info({ collectionId: r.collectionId, removed: r.removed }, "retention purge removed stories");
          await events.publish({ type: "stories.purged", organizationId: r.organizationId, collectionId: r.collectionId, data: { removed: r.removed } });
        }
      })
      .catch((error: Error) => logger.error({ err: error.message }, "retention purge failed"))
      // Purged stories (and any erased while a sweep failed) leave their audio behind until swept.
      .then(() => recordings?.sweep())
      .catch((error: Error) => logger.error({ err: error.message }, "removing erased stories' recordings failed"))
      // Clients' Idempotency-Keys live a day (stories/idempotency.ts).
      .then(() => purgeExpiredKeys(db))
      .catch((error: Error) => logger.error({ err: error.message }, "purging expired idempotency keys failed"));
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
