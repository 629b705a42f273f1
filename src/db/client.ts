// One schema, two engines: embedded PGlite (default, in ./data) or PostgreSQL (DATABASE_URL).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema/index.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import { syncTree } from "./durability.ts";
import { dumpGzipped } from "./dump.ts";
import { startPgliteThread } from "./pglite-remote.ts";

// biome-ignore lint: the two drivers differ only in their query-result type.
export type Db = PgDatabase<any, typeof schema>;

export interface Database {
  db: Db;
  /**
   * For reads that tolerate a little lag (patterns, search, exports): a streaming replica's pool
   * when DATABASE_READ_URL is set, otherwise `db` itself. Never for reads inside a write, nor for
   * reads that decide who may do what.
   */
  readDb: Db;
  /** Resolves once readDb has replayed every commit made on db before the call (at once without a replica). */
  readCaughtUp(): Promise<void>;
  engine: "pglite" | "postgres";
  /**
   * Resolves once every commit made before the call is on disk (survives a power cut). Await it
   * before acknowledging a write. PGlite: a group fsync of its WAL; PostgreSQL: nothing to do, its
   * commit already waited for the fsync.
   */
  syncToDisk(): Promise<void>;
  /** PGlite only: a consistent backup of the running database as a gzipped tarball (dump.ts). */
  backup?(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… selects PostgreSQL; otherwise PGlite. */
  databaseUrl?: string;
  /** PostgreSQL only: a streaming replica of databaseUrl for lag-tolerant reads (see Database.readDb). */
  databaseReadUrl?: string;
  /** PGlite data directory, or "memory://" for a throw-away database. */
  dataDir?: string;
  /** memory:// only: start from this dump (see dumpMigratedTemplate) instead of an empty database. */
  template?: Blob;
  /** PGlite on a directory: its thread stopped by itself (a crash); nothing can be stored any more. */
  onLost?: (error: Error) => void;
}

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
// Serialises migrations when several app processes start at once on one PostgreSQL.
const MIGRATION_LOCK_ID = 7_240_001;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.databaseReadUrl);
  return openPglite(options.dataDir ?? "./data", options);
}

/**
 * A migrated, empty database as a tarball. Creating PGlite from it takes a fraction of initdb plus
 * migrations, which is what makes a fresh database per test file affordable.
 */
export async function dumpMigratedTemplate(): Promise<Blob> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
  const dump = await client.dumpDataDir("none");
  await client.close();
  return dump;
}

async function openPostgres(url: string, readUrl?: string): Promise<Database> {
  const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzleNodePg(pool, { schema });
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => {});
    client.release();
  }
  const replica = readUrl ? new pg.Pool({ connectionString: readUrl, max: poolSize }) : undefined;
  return {
    db: db as unknown as Db,
    readDb: (replica ? drizzleNodePg(replica, { schema }) : db) as unknown as Db,
    readCaughtUp: replica ? () => replicaCaughtUp(pool, replica) : async () => {},
    engine: "postgres",
    syncToDisk: async () => {},
    close: async () => {
      await Promise.all([pool.end(), replica?.end()]);
    },
  };
}

const REPLICA_POLL_MS = 50;

/** Waits until the replica has replayed the primary's WAL up to where it stood at the call. */
async function replicaCaughtUp(primary: pg.Pool, replica: pg.Pool): Promise<void> {
  const { rows } = await primary.query<{ lsn: string }>("select pg_current_wal_lsn()::text as lsn");
  const target = rows[0]!.lsn;
  for (;;) {
    const replayed = await replica.query<{ done: boolean }>("select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true) as done", [target]);
    if (replayed.rows[0]!.done) return;
    await new Promise((resolve) => setTimeout(resolve, REPLICA_POLL_MS));
  }
}

async function openPglite(dataDir: string, { template, onLost }: DatabaseOptions): Promise<Database> {
  if (dataDir.startsWith("memory://")) {
    const client = await PGlite.create(template ? { loadDataDir: template } : {});
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as unknown as Db, readDb: db as unknown as Db, readCaughtUp: async () => {}, engine: "pglite", syncToDisk: async () => {},
      backup: () => dumpGzipped(client), close: () => client.close(),
    };
  }
  const release = lockDataDir(dataDir);
  try {
    // initdb's files are copied in without fsync: make a new directory durable once, as a whole.
    const fresh = !existsSync(join(dataDir, "PG_VERSION"));
    const client = await startPgliteThread(dataDir, onLost);
    try {
      const db = drizzlePglite(client as unknown as PGlite, { schema });
      await migratePglite(db, { migrationsFolder });
      if (fresh) await syncTree(dataDir);
      await client.sync();
      return {
        db: db as unknown as Db,
        readDb: db as unknown as Db,
        readCaughtUp: async () => {},
        engine: "pglite",
        syncToDisk: () => client.sync(),
        backup: () => client.dump(),
        async close() {
          await client.close(); // its shutdown checkpoint fsyncs through our hook
          release();
        },
      };
    } catch (error) {
      await client.close().catch(() => {}); // the first error is the one to report
      throw error;
    }
  } catch (error) {
    release();
    throw error;
  }
}

/** Rows of a raw SQL query on either engine. */
export async function queryRows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
