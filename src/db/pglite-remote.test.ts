import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase, queryRows } from "./client.ts";
import { DataDirInUseError } from "./data-dir-lock.ts";
import { Worker } from "node:worker_threads";
import { startPgliteThread, ThreadConnection } from "./pglite-remote.ts";
import { instanceSetting } from "./schema/index.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "vp-thread-"));
  dirs.push(dir);
  return dir;
};
let database: Database;

beforeAll(async () => {
  database = await openDatabase({ dataDir: tempDir() });
});
afterAll(async () => {
  await database.close();
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const settingValue = async (key: string) =>
  (await database.db.select().from(instanceSetting).where(eq(instanceSetting.key, key)))[0]?.value;

describe("the embedded database in its own thread", () => {
  it("is migrated and returns values typed as drizzle expects", async () => {
    const [row] = await queryRows<{ n: number; at: string; doc: { a: number[] }; nothing: null; words: string[] }>(database.db, sql`
      select 1::int as n, timestamptz '2026-12-04 10:00:00+00' as at, '{"a":[1,2]}'::jsonb as doc, null as nothing, array['een','twee'] as words`);
    expect(row).toEqual({ n: 1, at: "2026-12-04 10:00:00+00", doc: { a: [1, 2] }, nothing: null, words: ["een", "twee"] });
    await database.db.insert(instanceSetting).values({ key: "thread-test", value: "één" });
    expect(await settingValue("thread-test")).toBe("één");
  });

  it("commits a transaction, and rolls back one that throws", async () => {
    await database.db.transaction(async (tx) => {
      await tx.insert(instanceSetting).values({ key: "kept", value: "ja" });
    });
    await expect(database.db.transaction(async (tx) => {
      await tx.insert(instanceSetting).values({ key: "dropped", value: "nee" });
      throw new Error("changed my mind");
    })).rejects.toThrow("changed my mind");
    expect(await settingValue("kept")).toBe("ja");
    expect(await settingValue("dropped")).toBeUndefined();
  });

  it("rolls back a nested savepoint only", async () => {
    await database.db.transaction(async (tx) => {
      await tx.insert(instanceSetting).values({ key: "outer", value: "ja" });
      await tx.transaction(async (inner) => {
        await inner.insert(instanceSetting).values({ key: "inner", value: "nee" });
        inner.rollback();
      }).catch(() => {});
    });
    expect(await settingValue("outer")).toBe("ja");
    expect(await settingValue("inner")).toBeUndefined();
  });

  it("passes PostgreSQL's error code and constraint through (a retry's unique violation)", async () => {
    await database.db.insert(instanceSetting).values({ key: "unique", value: "1" });
    const error = await database.db.insert(instanceSetting).values({ key: "unique", value: "2" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const cause = (error as { cause?: { code?: string; constraint?: string } }).cause;
    expect(cause).toMatchObject({ code: "23505", constraint: "instance_setting_pkey" });
  });

  it("lets a query outside a transaction wait until the open transaction has ended", async () => {
    let releaseTransaction!: () => void;
    const held = new Promise<void>((resolve) => (releaseTransaction = resolve));
    const transaction = database.db.transaction(async (tx) => {
      await tx.insert(instanceSetting).values({ key: "in-flight", value: "ja" });
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    let outsideDone = false;
    const outside = settingValue("in-flight").then((value) => {
      outsideDone = true;
      return value;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outsideDone).toBe(false);
    releaseTransaction();
    await transaction;
    expect(await outside).toBe("ja");
  });

  it("makes commits durable on request", async () => {
    await database.db.insert(instanceSetting).values({ key: "durable", value: "ja" });
    await expect(database.syncToDisk()).resolves.toBeUndefined();
  });

  it("refuses a parser it cannot carry to the thread, and rejects calls once the thread has stopped", async () => {
    const client = await startPgliteThread(tempDir());
    await expect(client.query("select 1", [], { parsers: { 23: (text) => Number(text) * 2 } })).rejects.toThrow(/custom parser/);
    await expect(client.query("select $1::text as x", [() => "a function"])).rejects.toThrow(/could not be cloned/);
    expect((await client.query<{ n: number }>("select 41 + 1 as n")).rows).toEqual([{ n: 42 }]);
    await client.close();
    await expect(client.query("select 1")).rejects.toThrow(/database thread stopped/);
  });

  it("reports a directory it cannot open, and leaves it unlocked", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "PG_VERSION"), "not a database");
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow();
    await expect(openDatabase({ dataDir: dir })).rejects.not.toBeInstanceOf(DataDirInUseError);
  });

  it("reports a thread that stopped by itself once, and fails what waited for it", async () => {
    const lost: Error[] = [];
    // A stand-in for a crashing database thread: it never answers and exits after a moment.
    const connection = new ThreadConnection(new Worker("setTimeout(() => process.exit(3), 100)", { eval: true }), (error) => lost.push(error));
    await expect(connection.call({ op: "sync" })).rejects.toThrow("the database thread stopped (exit code 3)");
    await expect(connection.call({ op: "sync" })).rejects.toThrow("exit code 3");
    expect(lost.map((error) => error.message)).toEqual(["the database thread stopped (exit code 3)"]);
  });

  it("does not report a thread that was stopped on purpose", async () => {
    const lost: Error[] = [];
    const connection = new ThreadConnection(new Worker("setInterval(() => {}, 1000)", { eval: true }), (error) => lost.push(error));
    await connection.terminate();
    await expect(connection.call({ op: "sync" })).rejects.toThrow(/stopped/);
    expect(lost).toEqual([]);
  });
});
