import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, LOCK_FILE, lockDataDir, processStartTime } from "./data-dir-lock.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "vp-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const lockInfo = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"));
const writeLock = (dir: string, lock: Record<string, unknown>) => writeFileSync(join(dir, LOCK_FILE), JSON.stringify(lock));
/** What this process writes in a lock (pid, start time, boot id, pid namespace, …). */
function ownInfo() {
  const dir = tempDir();
  const release = lockDataDir(dir);
  const info = lockInfo(dir);
  release();
  return info;
}
/** A pid that surely ran and ended. */
const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid!;

describe("lockDataDir", () => {
  it("records who holds the directory and refuses a second lock, also in the same process", () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(lockInfo(dir)).toMatchObject({ pid: process.pid, startTime: processStartTime(process.pid) });
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir)();
  });

  it("takes over the lock of a process that is gone, and clears PGlite's stale postmaster.pid", () => {
    const dir = tempDir();
    writeLock(dir, { ...ownInfo(), pid: deadPid() });
    writeFileSync(join(dir, "postmaster.pid"), "-42");
    const release = lockDataDir(dir);
    expect(lockInfo(dir).pid).toBe(process.pid);
    expect(existsSync(join(dir, "postmaster.pid"))).toBe(false);
    release();
  });

  it("refuses while the holder runs, naming the directory and the pid, and leaves its files alone", () => {
    const dir = tempDir();
    const parent = process.ppid;
    writeLock(dir, { ...ownInfo(), pid: parent, startTime: processStartTime(parent) });
    writeFileSync(join(dir, "postmaster.pid"), "-42");
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`${dir}.*pid ${parent}\\)`));
    expect(existsSync(join(dir, "postmaster.pid"))).toBe(true);
  });

  it("sees through a reused pid: a live process that started at another time is not the holder", () => {
    const dir = tempDir();
    writeLock(dir, { ...ownInfo(), pid: process.ppid, startTime: "1" });
    lockDataDir(dir)();
  });

  it("trusts the heartbeat of a holder in another pid namespace (another container or machine)", () => {
    const dir = tempDir();
    writeLock(dir, { pid: 1, startTime: "5", bootId: "other-boot", pidNamespace: "pid:[1]", instanceId: "y", host: "elsewhere", since: "" });
    expect(() => lockDataDir(dir)).toThrow(/pid 1 on elsewhere/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, LOCK_FILE), old, old);
    lockDataDir(dir)();
  });

  it("understands the lock file of earlier versions (only a pid)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), String(deadPid()));
    lockDataDir(dir)();
    writeFileSync(join(dir, LOCK_FILE), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
  });

  it("leaves no temporary files behind", () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    release();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("lockDataDir across processes", () => {
  it("lets exactly one of several processes, racing to break a stale lock, take it", async () => {
    const dir = tempDir();
    writeLock(dir, { ...ownInfo(), pid: deadPid() });
    // All try at the same moment (after their start-up), once. The winner holds the lock until every
    // racer has answered (its stdin closes): a racer that starts late on a busy machine must still
    // meet a live holder, not a lock left behind by a winner that already exited.
    const at = Date.now() + 4000;
    const script = `import { lockDataDir } from "./src/db/data-dir-lock.ts";
      while (Date.now() < ${at});
      try { lockDataDir(${JSON.stringify(dir)}); console.log("got"); await new Promise((r) => process.stdin.on("end", r).resume()); }
      catch (error) { console.log(error.constructor.name); }`;
    const children = Array.from({ length: 4 }, () =>
      spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: process.cwd() }));
    const answers = children.map((child) => new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (chunk) => {
        out += chunk;
        if (out.includes("\n")) resolve(out.trim());
      });
      child.on("exit", () => resolve(out.trim()));
    }));
    const results = await Promise.all(answers);
    children.forEach((child) => child.stdin.end());
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on("exit", resolve)))));
    expect(results.filter((r) => r === "got")).toHaveLength(1);
    expect(results.filter((r) => r === "DataDirInUseError")).toHaveLength(3);
  });
});
