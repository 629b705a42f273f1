// Group commit for stories: stories that arrive while a write is under way are stored together in
// the next transaction, so under load one commit (and one fsync) carries many stories. A write waits
// for the end of the current event-loop turn (setImmediate) before it starts, and so does each next
// batch: requests whose bodies arrived in the same turn then join it. Starting at once gave 1.3
// stories per transaction under 16 clients on PGlite, waiting gives 4 to 6. Each story is
// acknowledged only after the transaction that holds it has committed. If a batch fails (say two
// retries raced with the same Idempotency-Key), its stories are written one by one so that one bad
// row never costs another its place.
import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { idempotencyKey, story } from "../../db/schema/index.ts";
import type { StoryRow } from "./columns.ts";
import type { IdempotencyRecord } from "./idempotency.ts";

/** A story as stored, minus what the database fills in; the search vector is an SQL expression. */
export type StoryInsert = Omit<StoryRow, "createdAt"> & { searchVector: string };

function asStored({ searchVector: _databaseOnly, ...row }: StoryInsert, createdAt: Date): StoryRow {
  return { ...row, createdAt };
}

interface Pending {
  row: StoryInsert;
  key?: IdempotencyRecord;
  resolve(row: StoryRow): void;
  reject(error: unknown): void;
}

interface WriterOptions {
  maxBatch: number;
  concurrency: number;
  /**
   * A statement to run inside the batch's transaction, after the stories: the live events on
   * PostgreSQL, so that they go out exactly when the stories commit, even if the process dies
   * right after the commit (other processes' pattern indexes would otherwise miss the stories).
   */
  withinCommit?: (rows: StoryRow[]) => SQL;
  /** Stories stored (for the pattern index and live events). */
  onCommitted?: (rows: StoryRow[]) => void;
  /** onCommitted threw: the stories are stored and answered all the same. */
  onCommittedFailed?: (error: unknown) => void;
}

export class StoryBatchWriter {
  private queue: Pending[] = [];
  private running = 0;

  constructor(private readonly db: Db, private readonly options: WriterOptions) {}

  write(row: StoryInsert, key?: IdempotencyRecord): Promise<StoryRow> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, key, resolve, reject });
      if (this.running < this.options.concurrency) {
        this.running++;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain() {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.options.maxBatch);
        await this.writeBatch(batch).catch(() => this.writeOneByOne(batch));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.running--;
    }
  }

  private async writeBatch(batch: Pending[]) {
    const rows = await this.insert(batch);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const pending of batch) pending.resolve(byId.get(pending.row.id)!);
    this.announce(rows);
  }

  private async writeOneByOne(batch: Pending[]) {
    for (const pending of batch) {
      await this.insert([pending]).then(([row]) => {
        pending.resolve(row!);
        this.announce([row!]);
      }, pending.reject);
    }
  }

  /** A failure after the commit must neither store the batch again nor hold back the next one. */
  private announce(rows: StoryRow[]) {
    try {
      this.options.onCommitted?.(rows);
    } catch (error) {
      this.options.onCommittedFailed?.(error);
    }
  }

  private insert(batch: Pending[]): Promise<StoryRow[]> {
    return this.db.transaction(async (tx) => {
      // Only what the database fills in comes back: reading text and answers back would cost the
      // embedded database and the event loop time for values we already hold.
      const stored = await tx.insert(story).values(batch.map((p) => p.row)).returning({ id: story.id, createdAt: story.createdAt });
      const keys = batch.filter((p) => p.key).map((p) => ({ organizationId: p.row.organizationId, ...p.key!, storyId: p.row.id }));
      if (keys.length > 0) await tx.insert(idempotencyKey).values(keys);
      const createdAt = new Map(stored.map((r) => [r.id, r.createdAt]));
      const rows = batch.map((p) => asStored(p.row, createdAt.get(p.row.id)!));
      if (this.options.withinCommit) await tx.execute(this.options.withinCommit(rows));
      return rows;
    });
  }
}
