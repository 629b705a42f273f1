import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, queryRows } from "../db/client.ts";
import { DataDirInUseError, LOCK_FILE, lockDataDir } from "../db/data-dir-lock.ts";
import { instanceSecret } from "../db/instance.ts";
import { backupCommand, backupDataDir } from "./backup.ts";
import { restoreCommand, restoreDataDir } from "./restore.ts";

const root = mkdtempSync(join(tmpdir(), "vp-backup-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const source = join(root, "source");
const file = join(root, "backup.tar.gz");

async function rowsIn(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    const rows = await queryRows<{ id: number; text: string }>(database.db, sql`select id, text from backup_probe order by id`);
    return { rows, secret: await instanceSecret(database.db) };
  } finally {
    await database.close();
  }
}

// Embedded database only: skipped in the PostgreSQL run of the API tests.
const postgresRun = process.env.TEST_DATABASE === "postgres" && !!process.env.DATABASE_URL;

describe.skipIf(postgresRun)("backup and restore of the embedded database", () => {
  let original: Awaited<ReturnType<typeof rowsIn>>;

  it("backs up a data directory, and refuses while it is in use", async () => {
    const database = await openDatabase({ dataDir: source });
    await database.db.execute(sql`create table backup_probe (id int primary key, text text)`);
    await database.db.execute(sql`insert into backup_probe select i, 'verhaal ' || i from generate_series(1, 500) i`);
    original = {
      rows: await queryRows(database.db, sql`select id, text from backup_probe order by id`),
      secret: await instanceSecret(database.db),
    };
    expect(original.rows).toHaveLength(500);
    await expect(backupDataDir(source, file)).rejects.toThrow(DataDirInUseError);
    await database.close();

    expect(await backupCommand([file], { dataDir: source })).toMatch(/^Backed up .* MB\)\.$/);
    expect(readdirSync(root).sort()).toEqual(["backup.tar.gz", "source"]); // no temporary file left
  });

  it("restores it into a new directory with the same rows", async () => {
    const target = join(root, "restored");
    expect(await restoreCommand([file], { dataDir: target })).toContain(`into ${target}`);
    expect(existsSync(join(target, LOCK_FILE))).toBe(false);
    expect(await rowsIn(target)).toEqual(original);
    expect(readdirSync(root).filter((name) => name.includes(".restore-"))).toEqual([]);
  });

  it("replaces a database only with --force, moving the old files aside", async () => {
    const target = join(root, "restored");
    const database = await openDatabase({ dataDir: target });
    await database.db.execute(sql`delete from backup_probe where id > 10`);
    await database.close();
    const before = readdirSync(target);
    await expect(restoreDataDir(file, target)).rejects.toThrow(/is not empty. Pass --force/);
    expect(readdirSync(target)).toEqual(before);

    const { movedAside } = await restoreDataDir(file, target, { force: true });
    expect(await rowsIn(target)).toEqual(original);
    expect(existsSync(join(movedAside!, "PG_VERSION"))).toBe(true);
  });

  it("refuses to restore while the directory is in use, and refuses a file that is no backup", async () => {
    const target = join(root, "restored");
    const release = lockDataDir(target);
    await expect(restoreDataDir(file, target, { force: true })).rejects.toThrow(DataDirInUseError);
    release();
    const junk = join(root, "junk.tar.gz");
    writeFileSync(junk, "no backup");
    const empty = join(root, "empty");
    await expect(restoreDataDir(junk, empty)).rejects.toThrow(/is not a Vertelpunt backup/);
    expect(existsSync(empty)).toBe(false);
  });

  it("points to pg_dump when the database is PostgreSQL", async () => {
    await expect(backupCommand([file], { dataDir: source, databaseUrl: "postgres://x/y" })).rejects.toThrow(/pg_dump/);
    await expect(restoreCommand([file], { dataDir: source, databaseUrl: "postgres://x/y" })).rejects.toThrow(/pg_restore/);
  });

  it("asks a server for the backup only with a token, and says plainly when none answers", async () => {
    await expect(backupCommand([file, "--url", "http://127.0.0.1:9"], { dataDir: source })).rejects.toThrow(/--token or VERTELPUNT_TOKEN/);
    await expect(backupCommand([file, "--url", "http://127.0.0.1:9"], { dataDir: source, token: "vpt_x" })).rejects.toThrow(/Cannot reach the server at http:\/\/127.0.0.1:9/);
    await expect(backupCommand([file, "--bogus"], { dataDir: source })).rejects.toThrow(/Usage: vertelpunt backup/);
  });
});
