// Live events (a story was told, a placement moved) reach every app process: within one process
// through an in-memory emitter; across processes on one PostgreSQL through LISTEN/NOTIFY.
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { type SQL, sql } from "drizzle-orm";
import pg from "pg";
import type { Logger } from "../logger.ts";

export interface LiveEvent {
  type: string;
  organizationId: string;
  collectionId?: string;
  /** Small identifiers only: NOTIFY payloads are limited to 8000 bytes and must not carry story text. */
  data: Record<string, string | number | boolean | null>;
}

/** This app process, so that it can tell its own events (`data.origin`) from other processes'. */
export const PROCESS_ID = randomUUID();

export type Listener = (event: LiveEvent) => void;

export interface EventBus {
  publish(event: LiveEvent): Promise<void>;
  /**
   * Where events can go out with a transaction (PostgreSQL's NOTIFY is delivered at commit): the
   * statement that publishes them from inside it. Undefined: publish after the commit instead.
   */
  publishWithin?(events: LiveEvent[]): SQL;
  /** `onEnd` runs when the bus stops delivering (shutdown), so that open event streams can finish. */
  subscribe(listener: Listener, onEnd?: () => void): () => void;
  /** Stops delivering and ends every subscription; publishing still works until close(). */
  endSubscriptions(): void;
  close(): Promise<void>;
}

export class LocalEventBus implements EventBus {
  protected readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(event: LiveEvent) {
    this.emitter.emit("event", event);
  }

  subscribe(listener: Listener, onEnd?: () => void) {
    this.emitter.on("event", listener);
    if (onEnd) this.emitter.once("end", onEnd);
    return () => {
      this.emitter.off("event", listener);
      if (onEnd) this.emitter.off("end", onEnd);
    };
  }

  endSubscriptions() {
    this.emitter.emit("end");
    this.emitter.removeAllListeners();
  }

  async close() {
    this.endSubscriptions();
  }
}

const CHANNEL = "vertelpunt_events";

/** Publishes with NOTIFY and hears every process's events (its own too) on one listening connection. */
export class PostgresEventBus extends LocalEventBus {
  private constructor(private readonly listener: pg.Client, private readonly pool: pg.Pool, private readonly logger: Logger) {
    super();
  }

  static async connect(databaseUrl: string, logger: Logger): Promise<PostgresEventBus> {
    const listener = new pg.Client({ connectionString: databaseUrl });
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    await listener.connect();
    const bus = new PostgresEventBus(listener, pool, logger);
    listener.on("notification", (message) => bus.receive(message.payload));
    listener.on("error", (error) => logger.error({ err: error.message }, "event listener connection failed"));
    await listener.query(`listen ${CHANNEL}`);
    return bus;
  }

  private receive(payload: string | undefined) {
    try {
      this.emitter.emit("event", JSON.parse(payload ?? "") as LiveEvent);
    } catch {
      this.logger.warn("ignored a malformed live event");
    }
  }

  override async publish(event: LiveEvent) {
    await this.pool.query("select pg_notify($1, $2)", [CHANNEL, JSON.stringify(event)]);
  }

  publishWithin(events: LiveEvent[]): SQL {
    const payloads = sql.join(events.map((event) => sql`${JSON.stringify(event)}`), sql`, `);
    return sql`select pg_notify(${CHANNEL}, payload) from unnest(array[${payloads}]::text[]) as payload`;
  }

  override async close() {
    await super.close();
    await this.listener.end();
    await this.pool.end();
  }
}
