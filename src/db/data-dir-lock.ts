// PGlite takes no lock on its data directory, and two processes writing one directory corrupt it.
// We hold our own lock file, <dataDir>/vertelpunt.lock, describing its holder. A lock whose holder is
// gone is stale (the previous process was killed), and so is PGlite's own postmaster.pid, which
// otherwise makes the next open hang (electric-sql/pglite#1106).
//
// Deciding "gone": a pid alone is not enough, because pids are reused. The lock records the holder's
// start time (from /proc), the boot id and the pid namespace: the holder is alive only if a process
// with that pid exists AND started at that moment. Where we cannot see the holder's process (another
// pid namespace, e.g. a second container on the same volume, or another machine), the holder touches
// the lock file every few seconds, and we only take the lock once it has not been touched for a while.
import { randomUUID } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";

export const LOCK_FILE = "vertelpunt.lock";
const HEARTBEAT_MS = 5_000;
/** A lock we cannot check by pid is stale once its heartbeat is this old. */
const HEARTBEAT_STALE_MS = 20_000;
/** Lock files this process holds: a second open in the same process is refused too. */
const held = new Set<string>();

interface LockInfo {
  pid: number;
  /** Clock ticks since boot when the holder started (/proc/<pid>/stat field 22); null off Linux. */
  startTime: string | null;
  bootId: string | null;
  pidNamespace: string | null;
  instanceId: string;
  host: string;
  since: string;
  /** Written by an earlier version, which recorded only the pid (and ran beside us). */
  legacy?: boolean;
}

export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly pid: number, readonly host?: string) {
    super(
      `The data directory ${dataDir} is in use by another Vertelpunt process (pid ${pid}${host ? ` on ${host}` : ""}). ` +
        `Stop that process first, or set VERTELPUNT_DATA_DIR to another directory.`,
    );
  }
}

const readText = (path: string) => {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return null;
  }
};

/** Field 22 of /proc/<pid>/stat; the command name (field 2) may contain spaces, so split after ")". */
export function processStartTime(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return null;
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
}

function pidNamespace(): string | null {
  try {
    return readlinkSync("/proc/self/ns/pid");
  } catch {
    return null;
  }
}

function ownInfo(): LockInfo {
  return {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    bootId: readText("/proc/sys/kernel/random/boot_id"),
    pidNamespace: pidNamespace(),
    instanceId: randomUUID(),
    host: hostname(),
    since: new Date().toISOString(),
  };
}

function parseLock(text: string | null): LockInfo | null {
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    // A lock written by an earlier version held only the pid.
    return { pid: Number(text), startTime: null, bootId: null, pidNamespace: null, instanceId: text, host: "", since: "", legacy: true };
  }
  try {
    const info = JSON.parse(text) as LockInfo;
    return Number.isInteger(info.pid) ? info : null;
  } catch {
    return null; // unreadable: treated as stale
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the process that wrote the lock still runs. */
export function holderAlive(info: LockInfo, lockPath: string, me: LockInfo = ownInfo()): boolean {
  const sameKernelView = info.legacy || (info.bootId === me.bootId && info.pidNamespace === me.pidNamespace);
  if (sameKernelView) {
    // Our own pid in a lock we do not hold (see `held`) is a leftover of an earlier process.
    if (info.pid === me.pid || !pidExists(info.pid)) return false;
    // The pid exists: it is our holder only if it started when the holder did (else: reused pid).
    return info.startTime === null || processStartTime(info.pid) === info.startTime;
  }
  // We cannot see the holder's processes: trust its heartbeat.
  try {
    return Date.now() - statSync(lockPath).mtimeMs < HEARTBEAT_STALE_MS;
  } catch {
    return false;
  }
}

/** How long a process may take to break a stale lock; a break mutex older than this was left by a crash. */
const BREAK_STALE_MS = 10_000;

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Removes a stale lock, unless another process replaced it meanwhile. Breaking happens under a
 * second, short-lived lock file: without it, two processes that both read the same stale lock could
 * each remove a file, the second one removing the fresh lock the first had just created, and both
 * would end up believing they hold the directory.
 */
function breakStaleLock(lockPath: string, staleText: string | null, me: LockInfo): void {
  const mutexPath = `${lockPath}.break`;
  for (;;) {
    if (tryCreate(mutexPath, me)) break;
    try {
      if (Date.now() - statSync(mutexPath).mtimeMs > BREAK_STALE_MS) rmSync(mutexPath, { force: true });
    } catch {
      // released meanwhile
    }
    sleepSync(10);
  }
  try {
    if (readText(lockPath) === staleText) rmSync(lockPath, { force: true });
  } finally {
    rmSync(mutexPath, { force: true });
  }
}

/**
 * Creates the lock file if there is none, with its whole content at once: a half-written lock would
 * look stale to a process starting at that moment. A hard link does that; file systems without hard
 * links get an exclusive create instead.
 */
function tryCreate(lockPath: string, info: LockInfo): boolean {
  const temp = `${lockPath}.${info.instanceId}`;
  writeFileSync(temp, JSON.stringify(info));
  try {
    linkSync(temp, lockPath);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
    return createExclusive(lockPath, info);
  } finally {
    rmSync(temp, { force: true });
  }
}

function createExclusive(lockPath: string, info: LockInfo): boolean {
  try {
    writeFileSync(lockPath, JSON.stringify(info), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

function startHeartbeat(lockPath: string, info: LockInfo): () => void {
  const timer = setInterval(() => {
    const now = new Date();
    if (parseLock(readText(lockPath))?.instanceId !== info.instanceId) return; // no longer ours
    try {
      utimesSync(lockPath, now, now);
    } catch {
      // the lock file went away: nothing to keep fresh.
    }
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Throws DataDirInUseError if a running process holds the directory; takes nothing and writes
 * nothing. For failing fast before slow work; only lockDataDir makes sure.
 */
export function assertDataDirFree(dataDir: string): void {
  const lockPath = resolve(dataDir, LOCK_FILE);
  if (held.has(lockPath)) throw new DataDirInUseError(dataDir, process.pid);
  const holder = parseLock(readText(lockPath));
  const me = ownInfo();
  if (holder && holderAlive(holder, lockPath, me)) throw new DataDirInUseError(dataDir, holder.pid, holder.host !== me.host ? holder.host : undefined);
}

/** Takes the lock or throws DataDirInUseError. Returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = resolve(dataDir, LOCK_FILE);
  if (held.has(lockPath)) throw new DataDirInUseError(dataDir, process.pid);
  const me = ownInfo();
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(lockPath, me)) {
      // We own the directory now, so a postmaster.pid left behind can only be stale.
      rmSync(join(dataDir, "postmaster.pid"), { force: true });
      const stopHeartbeat = startHeartbeat(lockPath, me);
      held.add(lockPath);
      return () => {
        stopHeartbeat();
        held.delete(lockPath);
        if (parseLock(readText(lockPath))?.instanceId === me.instanceId) rmSync(lockPath, { force: true });
      };
    }
    const text = readText(lockPath);
    const holder = parseLock(text);
    if (holder && holderAlive(holder, lockPath, me)) throw new DataDirInUseError(dataDir, holder.pid, holder.host !== me.host ? holder.host : undefined);
    breakStaleLock(lockPath, text, me);
  }
  throw new Error(`Could not lock ${dataDir}: the lock file ${lockPath} keeps changing`);
}
