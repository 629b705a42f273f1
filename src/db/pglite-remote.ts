// The embedded database in its own thread. PGlite is PostgreSQL compiled to WebAssembly and runs on
// the thread that calls it: in-process, its engine and the HTTP server took turns on one core, and
// under 16 clients the database was about a third of that core's time. On a data directory it runs
// in a worker thread (pglite-thread.ts) and the app talks to it through the client below, which
// offers what drizzle's PGlite driver uses (query and transaction) and sends each call as a message.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Results } from "@electric-sql/pglite";
import { deserializeError, type Envelope, type QueryRequest, type Reply, type Request } from "./pglite-messages.ts";

type Parser = (text: string) => unknown;
interface QueryOptions {
  rowMode?: "array" | "object";
  parsers?: Record<number, Parser>;
}

/** The part of PGlite's interface that drizzle-orm/pglite calls. */
export interface RemoteQueries {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
}

export interface RemotePglite extends RemoteQueries {
  transaction<T>(run: (tx: RemoteQueries) => Promise<T>): Promise<T>;
  /** Resolves once every commit made before the call is on disk (the thread's group fsync). */
  sync(): Promise<void>;
  /** A consistent gzipped tarball of the running database (see the thread's dump). */
  dump(): Promise<Uint8Array>;
  close(): Promise<void>;
}

// drizzle asks for a few types as PostgreSQL's text by passing parsers that return their input.
// Functions cannot cross threads, so only such parsers are accepted; anything else would be lost.
const RAW_PROBE = "2026-01-01 00:00:00+00";
function rawTypesOf(parsers: Record<number, Parser> | undefined): number[] | undefined {
  if (!parsers) return undefined;
  return Object.entries(parsers).map(([type, parse]) => {
    if (parse(RAW_PROBE) !== RAW_PROBE) throw new Error(`the database thread cannot apply a custom parser (type ${type})`);
    return Number(type);
  });
}

/**
 * Messages to one database thread and their answers. A thread that stops before close() was asked
 * (a crash) is reported once to onLost, and every call, waiting or later, fails with why.
 */
export class ThreadConnection {
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  private broken: Error | undefined;
  private closing = false;

  constructor(private readonly worker: Worker, private readonly onLost: (error: Error) => void = () => {}) {
    worker.on("message", (reply: Reply) => this.settle(reply));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => this.fail(new Error(`the database thread stopped (exit code ${code})`)));
  }

  call<T>(request: Request): Promise<T> {
    if (this.broken) return Promise.reject(this.broken);
    if (request.op === "close") this.closing = true;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        this.worker.postMessage({ ...request, id } satisfies Envelope);
      } catch (error) {
        this.pending.delete(id); // a parameter that cannot cross threads fails its query only
        reject(error);
      }
    });
  }

  /** Stops the thread on purpose (no onLost). */
  async terminate(): Promise<void> {
    this.closing = true;
    await this.worker.terminate();
  }

  /** Settles once the thread has opened the database (id 0). */
  ready(): Promise<unknown> {
    return new Promise((resolve, reject) => this.pending.set(0, { resolve, reject }));
  }

  private settle(reply: Reply) {
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (reply.ok) waiting?.resolve(reply.value);
    else waiting?.reject(deserializeError(reply.error));
  }

  private fail(error: Error) {
    if (!this.broken && !this.closing) this.onLost(error);
    this.broken ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

function queries(connection: ThreadConnection, tx?: number): RemoteQueries {
  return {
    async query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}) {
      const request: QueryRequest = { op: "query", sql, params, rowMode: options.rowMode, rawTypes: rawTypesOf(options.parsers), tx };
      return connection.call<Results<T>>(request);
    },
  };
}

/**
 * The built server (scripts/build-server.mjs) has the thread as JavaScript beside it; from the
 * sources the thread first registers tsx, then loads its TypeScript entry.
 */
function databaseThread(dataDir: string): Worker {
  const built = new URL("./pglite-thread.mjs", import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData: { dataDir } });
  const entry = new URL("./pglite-thread.ts", import.meta.url).href;
  return new Worker(new URL("./pglite-thread-boot.mjs", import.meta.url), { workerData: { dataDir, entry } });
}

/**
 * Starts the database thread on dataDir; rejects (and stops the thread) if it cannot open it.
 * onLost: the thread stopped by itself later (see ThreadConnection).
 */
export async function startPgliteThread(dataDir: string, onLost?: (error: Error) => void): Promise<RemotePglite> {
  const worker = databaseThread(dataDir);
  const connection = new ThreadConnection(worker, onLost);
  try {
    await connection.ready();
  } catch (error) {
    await connection.terminate();
    throw error;
  }
  return {
    ...queries(connection),
    async transaction(run) {
      const tx = await connection.call<number>({ op: "begin" });
      let result;
      try {
        result = await run(queries(connection, tx));
      } catch (error) {
        // If even the rollback fails, the thread is gone and every later call says so: report the first error.
        await connection.call({ op: "end", tx, commit: false }).catch(() => {});
        throw error;
      }
      await connection.call({ op: "end", tx, commit: true });
      return result;
    },
    sync: () => connection.call({ op: "sync" }),
    dump: () => connection.call({ op: "dump" }),
    async close() {
      try {
        await connection.call({ op: "close" });
      } finally {
        await connection.terminate();
      }
    },
  };
}
