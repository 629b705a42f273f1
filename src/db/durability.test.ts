import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDurablePglite, type FsyncOps, GroupCommit, realFsync, syncTree } from "./durability.ts";

/** Records fsync calls; async ones wait until the test releases them (or pass through to disk). */
function spyOps(passThrough = false) {
  const calls: string[] = [];
  const syncCalls: string[] = [];
  const pending: Array<{ path: string; done: (error?: Error) => void }> = [];
  const ops: FsyncOps = {
    fsync: (path) => {
      calls.push(path);
      if (passThrough) return realFsync.fsync(path);
      return new Promise<void>((resolve, reject) => pending.push({ path, done: (error) => (error ? reject(error) : resolve()) }));
    },
    fsyncSync: (path, fd) => {
      syncCalls.push(path);
      if (passThrough) realFsync.fsyncSync(path, fd);
    },
  };
  const release = (error?: Error) => pending.splice(0).forEach((p) => p.done(error));
  return { ops, calls, syncCalls, pending, release };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("GroupCommit", () => {
  it("does nothing when nothing was written", async () => {
    const spy = spyOps();
    await new GroupCommit(spy.ops).sync();
    expect(spy.calls).toEqual([]);
  });

  it("coalesces waiters, and one that arrives during an fsync gets the next one", async () => {
    const spy = spyOps();
    const commit = new GroupCommit(spy.ops);
    commit.markDirty("/wal/1");
    const first = commit.sync();
    expect(spy.calls).toEqual(["/wal/1"]);
    // Arriving while that fsync runs: their commits may not be in it, so they share the next one.
    commit.markDirty("/wal/1");
    commit.markDirty("/wal/2");
    const second = commit.sync();
    const third = commit.sync();
    expect(third).toBe(second);
    let secondDone = false;
    void second.then(() => (secondDone = true));
    expect(spy.calls).toEqual(["/wal/1"]);
    spy.release();
    await first;
    await tick();
    expect(secondDone).toBe(false);
    expect(spy.calls.slice(1).sort()).toEqual(["/wal/1", "/wal/2"]);
    spy.release();
    await second;
    expect(spy.calls).toHaveLength(3);
  });

  it("acknowledges nothing more after a failed fsync", async () => {
    const spy = spyOps();
    const commit = new GroupCommit(spy.ops);
    commit.markDirty("/wal/1");
    const failing = commit.sync();
    commit.markDirty("/wal/1");
    const queued = commit.sync();
    spy.release(Object.assign(new Error("EIO: i/o error"), { code: "EIO" }));
    await expect(failing).rejects.toThrow(/restart Vertelpunt/);
    await expect(queued).rejects.toThrow(/restart Vertelpunt/);
    await expect(commit.sync()).rejects.toThrow(/restart Vertelpunt/);
  });

  it("ignores a WAL segment that a checkpoint removed meanwhile", async () => {
    const commit = new GroupCommit(realFsync);
    commit.markDirty(join(tmpdir(), "no-such-wal-segment-000000010000000000000009"));
    await commit.sync();
    commit.markDirty(join(tmpdir(), "no-such-wal-segment-000000010000000000000009"));
    expect(() => commit.flushSync()).not.toThrow();
  });

  it("flushSync covers files noted and files whose async fsync is still running", () => {
    const spy = spyOps();
    const commit = new GroupCommit(spy.ops);
    commit.markDirty("/wal/1");
    void commit.sync();
    commit.markDirty("/wal/2");
    commit.flushSync();
    expect(spy.syncCalls.sort()).toEqual(["/wal/1", "/wal/2"]);
    spy.release();
  });
});

describe("syncTree", () => {
  it("fsyncs every file, and each directory after its contents", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vp-tree-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "a"), "a");
    writeFileSync(join(dir, "sub", "b"), "b");
    const spy = spyOps(true);
    await syncTree(dir, spy.ops);
    expect(spy.calls.map((p) => p.slice(dir.length))).toEqual(expect.arrayContaining(["/a", "/sub/b", "/sub", ""]));
    expect(spy.calls.indexOf(join(dir, "sub", "b"))).toBeLessThan(spy.calls.indexOf(join(dir, "sub")));
    expect(spy.calls.at(-1)).toBe(dir);
    rmSync(dir, { recursive: true, force: true });
  });
});

// Skipped in the PostgreSQL run of the API tests: this is about PGlite only.
const postgresRun = process.env.TEST_DATABASE === "postgres" && !!process.env.DATABASE_URL;

describe.skipIf(postgresRun)("PGlite with durable commits", () => {
  const dir = mkdtempSync(join(tmpdir(), "vp-durable-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fsyncs the WAL segment a commit wrote, and the WAL before pg_control at a checkpoint", async () => {
    const spy = spyOps(true);
    const { client, commit } = await createDurablePglite(dir, { ops: spy.ops });
    try {
      expect((await client.query<{ fsync: string }>("show fsync")).rows[0]!.fsync).toBe("on");
      await client.exec("create table t (id int)");
      spy.calls.length = 0;
      await client.query("insert into t values (1)");
      await commit.sync();
      expect(spy.calls.map((p) => p.slice(dir.length))).toEqual([expect.stringMatching(/^\/pg_wal\/[0-9A-F]{24}$/)]);

      spy.syncCalls.length = 0;
      await client.query("insert into t values (2)");
      await client.exec("CHECKPOINT");
      const control = spy.syncCalls.indexOf(join(dir, "global", "pg_control"));
      expect(control).toBeGreaterThan(0);
      const lastWal = spy.syncCalls.findLastIndex((p) => /^[0-9A-F]{24}$/.test(basename(p)));
      expect(lastWal).toBeGreaterThanOrEqual(0);
      expect(lastWal).toBeLessThan(control);
      expect(spy.syncCalls.some((p) => p.includes(`${join(dir, "base")}/`))).toBe(true); // data files
    } finally {
      await client.close();
    }
  });
});
