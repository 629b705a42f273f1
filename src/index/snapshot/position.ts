// Where the index stands against the database, durably: a PostgreSQL snapshot (pg_current_snapshot,
// the transactions it sees). Every story row carries the transaction that last changed it
// (story.changed_xid) and every deletion leaves a row in story_removal (triggers, migration 0023),
// so "every story changed since position P" is the rows whose transaction P does not see. Those
// are read again, which is idempotent: reading a story twice, or one already in step, changes
// nothing. Transaction ids are 64 bits (xid8) and never wrap.
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";

/** Tombstones older than this are removed; a snapshot must be younger than SNAPSHOT_MAX_AGE_DAYS. */
export const REMOVALS_KEPT_DAYS = 30;
export const SNAPSHOT_MAX_AGE_DAYS = 7;

/** The cluster and the database: another database (a restore elsewhere, a new one) never matches. */
export async function databaseId(db: Db): Promise<string> {
  const [row] = await queryRows<{ id: string }>(db, sql`
    select (select system_identifier::text from pg_control_system()) || '/' || (select oid::text from pg_database where datname = current_database()) as id`);
  return row!.id;
}

/** Every transaction committed so far is seen by this position; later ones are not. */
export async function currentPosition(db: Db): Promise<string> {
  const [row] = await queryRows<{ position: string }>(db, sql`select pg_current_snapshot()::text as position`);
  return row!.position;
}

/**
 * False when the database has gone back behind the position (an older backup restored into the
 * same cluster): transactions the position counts as seen may never have happened here.
 */
export async function positionReachable(db: Db, position: string): Promise<boolean> {
  const [row] = await queryRows<{ ok: boolean }>(db, sql`
    select pg_snapshot_xmax(${position}::pg_snapshot) <= pg_snapshot_xmax(pg_current_snapshot()) as ok`);
  return row!.ok;
}

/**
 * Ids of stories changed or removed in transactions the position does not see, or "everything"
 * when the story table was emptied since (truncate) and only a full load is right.
 */
export async function changedSince(db: Db, position: string): Promise<string[] | "everything"> {
  const rows = await queryRows<{ id: string | null }>(db, sql`
    select id::text from story
      where changed_xid >= pg_snapshot_xmin(${position}::pg_snapshot) and not pg_visible_in_snapshot(changed_xid, ${position}::pg_snapshot)
    union
    select story_id::text from story_removal
      where xid >= pg_snapshot_xmin(${position}::pg_snapshot) and not pg_visible_in_snapshot(xid, ${position}::pg_snapshot)`);
  return rows.some((r) => r.id === null) ? "everything" : rows.map((r) => r.id!);
}

/** Consenting stories per framework, as the index should hold them. */
export async function consentingCounts(db: Db): Promise<Map<string, number>> {
  const rows = await queryRows<{ framework_id: string; n: number | string }>(db, sql`
    select framework_id, count(*) as n from story where consent_research group by framework_id`);
  return new Map(rows.map((r) => [r.framework_id, Number(r.n)]));
}

/** Forgets old tombstones: no snapshot that old is used. */
export async function pruneRemovals(db: Db): Promise<void> {
  await db.execute(sql`delete from story_removal where removed_at < now() - make_interval(days => ${REMOVALS_KEPT_DAYS})`);
}
