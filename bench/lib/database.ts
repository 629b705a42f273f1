// A throw-away database for a bench: a new database on the PostgreSQL server of DATABASE_URL when it
// is set, PGlite in a temporary directory otherwise; drop() removes it again.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Database, openDatabase } from "../../src/db/client.ts";

export async function openBenchDatabase(prefix: string): Promise<{ database: Database; engine: string; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const database = await openDatabase({ dataDir: dir });
    return { database, engine: "pglite", drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `vp_bench_${randomBytes(5).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString() });
  return { database, engine: "postgres", drop: () => admin(`drop database if exists ${name} with (force)`) };
}
