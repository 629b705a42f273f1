// The worker thread that owns the embedded database (see pglite-remote.ts for why). It opens PGlite
// on the data directory with durable commits and answers the main thread's messages: queries, the
// start and end of transactions, group fsyncs and close. It knows nothing of the schema.
import { parentPort, workerData } from "node:worker_threads";
import type { PGlite, QueryOptions, Transaction } from "@electric-sql/pglite";
import { dumpGzipped } from "./dump.ts";
import { createDurablePglite, type GroupCommit } from "./durability.ts";
import { type Envelope, type QueryRequest, type Reply, serializeError } from "./pglite-messages.ts";

const port = parentPort!;
const ROLLBACK = Symbol("rollback");

interface OpenTransaction {
  tx: Transaction;
  decide(commit: boolean): void;
  /** Settles once PGlite has committed or rolled back. */
  ended: Promise<void>;
}

class DatabaseHost {
  private readonly transactions = new Map<number, OpenTransaction>();
  private readonly options = new Map<string, QueryOptions>();
  private nextTransaction = 1;

  constructor(private readonly client: PGlite, private readonly commit: GroupCommit) {}

  handle(message: Envelope): Promise<unknown> {
    switch (message.op) {
      case "query": return this.query(message);
      case "begin": return this.begin();
      case "end": return this.end(message.tx, message.commit);
      case "sync": return this.commit.sync();
      case "dump": return dumpGzipped(this.client); // while the server keeps running
      case "close": return this.client.close();
    }
  }

  private async query({ sql, params, rowMode, rawTypes, tx }: QueryRequest) {
    const target = tx === undefined ? this.client : this.transactions.get(tx)?.tx;
    if (!target) throw new Error(`transaction ${tx} has already ended`);
    const { rows, fields, affectedRows, rowCount, command } = await target.query(sql, params, this.optionsFor(rowMode, rawTypes));
    return { rows, fields, affectedRows, rowCount, command };
  }

  /** The parsers drizzle sends only keep some types as text; functions cannot cross threads. */
  private optionsFor(rowMode: QueryRequest["rowMode"], rawTypes: number[] = []): QueryOptions {
    const key = `${rowMode}:${rawTypes.join(",")}`;
    let options = this.options.get(key);
    if (!options) {
      options = { rowMode, parsers: Object.fromEntries(rawTypes.map((type) => [type, (text: string) => text])) };
      this.options.set(key, options);
    }
    return options;
  }

  /** Opens a transaction (once PGlite's own lock allows) and resolves with its number. */
  private begin(): Promise<number> {
    const id = this.nextTransaction++;
    return new Promise((started, failed) => {
      let decide!: (commit: boolean) => void;
      const decision = new Promise<boolean>((resolve) => (decide = resolve));
      const ended = this.client.transaction(async (tx) => {
        this.transactions.set(id, { tx, decide, ended });
        started(id);
        if (!(await decision)) throw ROLLBACK;
      }).then(
        () => undefined,
        (error: unknown) => {
          if (error !== ROLLBACK) throw error;
        },
      ).finally(() => this.transactions.delete(id));
      ended.catch(failed); // a failed BEGIN; after the start this reaches end() instead
    });
  }

  private async end(id: number, commit: boolean) {
    const open = this.transactions.get(id);
    if (!open) throw new Error(`transaction ${id} has already ended`);
    open.decide(commit);
    await open.ended;
  }
}

async function serve() {
  const { dataDir } = workerData as { dataDir: string };
  let host: DatabaseHost;
  try {
    const { client, commit } = await createDurablePglite(dataDir);
    host = new DatabaseHost(client, commit);
  } catch (error) {
    port.postMessage({ id: 0, ok: false, error: serializeError(error) } satisfies Reply);
    return;
  }
  const fail = (id: number, error: unknown) => port.postMessage({ id, ok: false, error: serializeError(error) } satisfies Reply);
  port.on("message", (message: Envelope) => {
    host.handle(message).then((value) => {
      try {
        port.postMessage({ id: message.id, ok: true, value } satisfies Reply);
      } catch (error) {
        fail(message.id, error); // a value that cannot cross threads fails its query, not the thread
      }
    }, (error: unknown) => fail(message.id, error));
  });
  port.postMessage({ id: 0, ok: true, value: "ready" } satisfies Reply);
}

await serve();
