// Getting contributions and withdrawals to the hub. On this instance the hub's functions are called
// at once. To a hub elsewhere every message waits in the outbox, in the same database as the
// contribution, until the hub acknowledges it: a hub that is down delays delivery but loses
// nothing, and the contribution's id as Idempotency-Key keeps a retry from counting twice.
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sectorContribution, sectorOutbox } from "../../db/schema/index.ts";
import type { Logger } from "../logger.ts";
import type { SignedContribution } from "./hub.ts";
import { HubRefused } from "./hub-client.ts";
import { findLink, hubFor, type LinkRow } from "./links.ts";

export interface Outgoing { contributionId: string; operation: "deliver" | "withdraw" }

async function signedContribution(db: Db, organizationId: string, contributionId: string): Promise<SignedContribution> {
  const [row] = await db.select().from(sectorContribution).where(and(eq(sectorContribution.organizationId, organizationId), eq(sectorContribution.id, contributionId)));
  return { id: row!.id, document: row!.document as SignedContribution["document"], signature: row!.signature };
}

async function send(db: Db, link: LinkRow, item: Outgoing) {
  const hub = await hubFor(db, link);
  if (item.operation === "withdraw") await hub.withdraw(item.contributionId);
  else await hub.deliver(await signedContribution(db, link.organizationId, item.contributionId));
}

export async function deliverOrQueue(db: Db, link: LinkRow, items: Outgoing[]) {
  if (items.length === 0) return;
  if (!link.hubUrl) {
    for (const item of items) await send(db, link, item);
    return;
  }
  await db.insert(sectorOutbox).values(items.map((item) => ({ organizationId: link.organizationId, linkId: link.id, ...item })));
}

/** Seconds to wait after the n-th failed try: 2, 4, 8 … up to five minutes. */
export const retryDelaySeconds = (attempts: number) => Math.min(300, 2 ** Math.min(attempts, 9));
const CLAIM_SECONDS = 60;

/**
 * Sends what is due, oldest first. Rows are claimed by moving their next attempt a minute ahead
 * first (skipping rows another process holds), so two app processes never send the same row at
 * once, and a process that dies mid-send leaves the row to be retried.
 */
export async function sendDue(db: Db, logger: Logger, limit = 50): Promise<number> {
  const due = db.select({ id: sectorOutbox.id }).from(sectorOutbox)
    .where(and(isNull(sectorOutbox.deliveredAt), lte(sectorOutbox.nextAttemptAt, sql`now()`)))
    .orderBy(asc(sectorOutbox.createdAt)).limit(limit).for("update", { skipLocked: true });
  const claimed = await db.update(sectorOutbox).set({ nextAttemptAt: sql`now() + make_interval(secs => ${CLAIM_SECONDS})`, attempts: sql`${sectorOutbox.attempts} + 1` })
    .where(inArray(sectorOutbox.id, due)).returning();
  claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let sent = 0;
  const blocked = new Set<string>();
  for (const row of claimed) {
    // Keep each link's order: once one message to a hub fails, its later ones wait for the next round.
    if (blocked.has(row.linkId)) {
      await db.update(sectorOutbox).set({ nextAttemptAt: sql`now()` , attempts: sql`${sectorOutbox.attempts} - 1` }).where(eq(sectorOutbox.id, row.id));
      continue;
    }
    try {
      await send(db, await findLink(db, row.organizationId, row.linkId), { contributionId: row.contributionId, operation: row.operation as Outgoing["operation"] });
      await db.update(sectorOutbox).set({ deliveredAt: new Date(), lastError: null }).where(eq(sectorOutbox.id, row.id));
      sent++;
    } catch (error) {
      const refused = error instanceof HubRefused;
      if (!refused) blocked.add(row.linkId);
      logger.warn({ err: (error as Error).message, attempts: row.attempts }, "sector delivery failed; it will be retried");
      await db.update(sectorOutbox).set({ lastError: (error as Error).message.slice(0, 500), nextAttemptAt: sql`now() + make_interval(secs => ${retryDelaySeconds(row.attempts)})` })
        .where(eq(sectorOutbox.id, row.id));
    }
  }
  return sent;
}

/** Runs sendDue every intervalMs and when kicked (right after something was queued). */
export class OutboxSender {
  private timer: NodeJS.Timeout;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly db: Db, private readonly logger: Logger, intervalMs: number) {
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  kick = () => {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = sendDue(this.db, this.logger)
      .then(() => undefined, (error: Error) => this.logger.error({ err: error.message }, "sector outbox round failed"))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  };

  async close() {
    clearInterval(this.timer);
    await this.running;
  }
}
