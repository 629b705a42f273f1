// Durable commits for PGlite. PGlite starts PostgreSQL with fsync off (-F), and even with fsync on,
// its Emscripten file system (NODEFS) has no fsync: a commit only reaches the OS page cache, which
// survives a killed process but not a power cut.
//
// We start PostgreSQL with fsync=on and wal_sync_method=fsync, and give NODEFS an fsync hook:
// - an fsync of a WAL segment (every commit asks for one) is only noted: GroupCommit fsyncs the noted
//   segments later, off the event loop, one fsync for all requests waiting at that moment. The API
//   answers a write only after that (Database.syncToDisk), so an acknowledged story is on disk.
// - any other fsync (checkpoints: data files, pg_control; a new WAL segment's rename and directory)
//   is done at once, after the noted WAL: PostgreSQL's own ordering (WAL before data, data before
//   pg_control) then holds on disk too. Checkpoints are rare here: PGlite runs single-user, so only
//   at startup after a crash, at close and on CHECKPOINT.
// What is left: in the milliseconds between a commit and its group fsync, the OS could write a data
// page that PostgreSQL evicted ahead of that WAL, and a power cut just then could leave the page
// ahead of the WAL on disk. Rare: PGlite keeps 128 MB of pages in memory and seldom evicts one.
import { closeSync, fsyncSync, openSync } from "node:fs";
import { open, readdir } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

export interface FsyncOps {
  /** fsync a file or directory by path, off the event loop. */
  fsync(path: string): Promise<void>;
  /** The same, blocking (inside PostgreSQL's own fsync calls, which cannot wait); fd when it is open. */
  fsyncSync(path: string, fd?: number): void;
}

export const realFsync: FsyncOps = {
  async fsync(path) {
    const handle = await open(path, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  fsyncSync(path, openFd) {
    if (openFd !== undefined) return fsyncSync(openFd);
    const fd = openSync(path, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
};

// A WAL segment that is gone was removed or recycled by a checkpoint, which flushed it first.
const unlessGone = (error: NodeJS.ErrnoException) => {
  if (error.code !== "ENOENT") throw error;
};

/** Coalesces fsyncs of the WAL: every sync() is covered by an fsync that started after it was called. */
export class GroupCommit {
  #dirty = new Set<string>();
  #inFlight = new Set<string>();
  #running: Promise<void> | undefined;
  #queued: Promise<void> | undefined;
  #failure: Error | undefined;

  constructor(private readonly ops: FsyncOps = realFsync) {}

  markDirty(path: string): void {
    this.#dirty.add(path);
  }

  /** Resolves once every WAL write made before the call is on disk. */
  sync(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    // The running fsync may have listed its files before our commit was written: wait for the next.
    if (this.#queued) return this.#queued;
    if (!this.#running) return this.#start();
    const after = this.#running.catch(() => {});
    this.#queued = after.then(() => {
      this.#queued = undefined;
      return this.#failure ? Promise.reject(this.#failure) : this.#start();
    });
    return this.#queued;
  }

  /** fsyncs every WAL file not yet known to be on disk, now (before PostgreSQL fsyncs anything else). */
  flushSync(): void {
    for (const path of [...this.#inFlight, ...this.#dirty]) {
      try {
        this.ops.fsyncSync(path);
      } catch (error) {
        unlessGone(error as NodeJS.ErrnoException);
      }
    }
    this.#dirty.clear();
  }

  #start(): Promise<void> {
    const files = [...this.#dirty];
    this.#dirty.clear();
    for (const file of files) this.#inFlight.add(file);
    const run = Promise.all(files.map((file) => this.ops.fsync(file).catch(unlessGone)))
      .then(() => undefined, (error: Error) => {
        // Like PostgreSQL's PANIC: after a failed fsync the kernel may have dropped the pages, and a
        // retry would "succeed" without them. Acknowledge nothing more until a restart replays the WAL.
        this.#failure = new Error(`Writing the database to disk failed (${error.message}); restart Vertelpunt`, { cause: error });
        throw this.#failure;
      })
      .finally(() => {
        for (const file of files) this.#inFlight.delete(file);
        if (this.#running === run) this.#running = undefined;
      });
    this.#running = run;
    return run;
  }
}

const WAL_SEGMENT = /^[0-9A-F]{24}$/;

interface EmscriptenNodeFs {
  stream_ops: { fsync?: (stream: { node: unknown; nfd?: number }) => void };
  realPath(node: unknown): string;
  tryFSOperation<T>(operation: () => T): T;
}

/** PGlite's Node file system, with an fsync that reaches the disk (see the top of this file). */
class DurableNodeFS extends NodeFS {
  constructor(dataDir: string, private readonly commit: GroupCommit, private readonly ops: FsyncOps) {
    super(dataDir);
  }

  override async init(pg: PGlite, options: Parameters<NodeFS["init"]>[1]) {
    const result = await super.init(pg, options);
    const walDir = join(this.rootDir, "pg_wal");
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [...preRun, (mod) => {
      const nodefs = (mod as unknown as { NODEFS: EmscriptenNodeFs }).NODEFS;
      // tryFSOperation turns a Node error into an errno, so PostgreSQL sees a failed fsync (and PANICs).
      nodefs.stream_ops.fsync = (stream) => nodefs.tryFSOperation(() => {
        const path = nodefs.realPath(stream.node);
        if (dirname(path) === walDir && WAL_SEGMENT.test(basename(path))) return this.commit.markDirty(path);
        this.commit.flushSync();
        this.ops.fsyncSync(path, stream.nfd);
      });
    }];
    return result;
  }
}

// PGlite's defaults say -F (fsync off); a later -c wins.
export const DURABLE_START_PARAMS = [...PGlite.defaultStartParams, "-c", "fsync=on", "-c", "wal_sync_method=fsync"];

/**
 * Opens PGlite on a directory with durable commits; commit.sync() makes the commits so far durable.
 * loadDataDir: a tarball from dumpDataDir() to fill an empty directory with (restore).
 */
export async function createDurablePglite(dataDir: string, options: { ops?: FsyncOps; loadDataDir?: Blob } = {}) {
  const ops = options.ops ?? realFsync;
  const commit = new GroupCommit(ops);
  const fs = new DurableNodeFS(resolve(dataDir), commit, ops);
  const client = await PGlite.create({ dataDir, fs, startParams: DURABLE_START_PARAMS, loadDataDir: options.loadDataDir });
  return { client, commit };
}

/** fsyncs every file and directory under dir (children before their directory). */
export async function syncTree(dir: string, ops: FsyncOps = realFsync): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  await Promise.all(entries.map((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return syncTree(path, ops);
    return entry.isFile() ? ops.fsync(path) : undefined;
  }));
  await ops.fsync(dir);
}
