// A fresh app per test file: PGlite in memory by default; with TEST_DATABASE=postgres, a new
// database created on the server of DATABASE_URL and dropped afterwards.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freshPostgresDatabase } from "./test-server.ts";
import type { Embedder } from "../core/text/embeddings.ts";
import { type Database, openDatabase } from "../db/client.ts";
import { buildApp } from "../server/app.ts";
import type { AppDeps } from "../server/context.ts";
import { createLogger } from "../server/logger.ts";
import type { SsoConfig } from "../server/people/single-sign-on.ts";
import type { MailConfig } from "../server/mail/mailer.ts";
import type { RecordingStorageConfig } from "../server/recordings/storage.ts";
import type { TranscriptionConfig } from "../server/recordings/transcription.ts";

export const TEST_ORIGIN = "http://localhost:3000";

export const testEngine = (): "pglite" | "postgres" =>
  process.env.TEST_DATABASE === "postgres" && process.env.DATABASE_URL ? "postgres" : "pglite";

/** Logs to the given array (every level) when asked to, so a test can read what was logged. */
function testLogger(lines?: string[]) {
  if (!lines) return createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  return createLogger("trace", { write: (line: string) => void lines.push(line) });
}

/** The template made by global-setup.ts, when the run has one. */
async function migratedTemplate(): Promise<Blob | undefined> {
  const file = process.env.VERTELPUNT_TEST_TEMPLATE;
  return file && existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

export interface TestApp {
  request(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  database: Database;
  /** On PostgreSQL: the test database, so a second app process can share it (`alongside`). */
  databaseUrl?: string;
  /** The app's event bus and pattern index, for tests of what runs beside the routes. */
  deps: Pick<AppDeps, "events" | "patterns" | "logger" | "recordings" | "config" | "sectorOutbox">;
  /** The app's fetch handler, to serve it over real HTTP (see recording-uploads.test.ts). */
  fetch: (request: Request) => Response | Promise<Response>;
  close(): Promise<void>;
}

export async function createTestApp(options: {
  rateLimit?: boolean; logLines?: string[]; embedder?: Embedder; sso?: SsoConfig; webRoot?: string; mail?: MailConfig;
  /** Another app on the same PostgreSQL database, as a second app process would be. */
  alongside?: TestApp;
  /** On PGlite: a data directory of its own instead of memory, so a command can open it after close(). */
  dataDir?: string;
  /** Where recordings go; a fresh temporary directory (removed on close) unless given. */
  recordingStorage?: RecordingStorageConfig;
  transcription?: TranscriptionConfig;
} = {}): Promise<TestApp> {
  // Inside the run's folder when there is one (global-setup.ts), which goes at the end of the run:
  // removing it at close races the tus file store's own mkdir, which throws outside any promise.
  const runDir = process.env.VERTELPUNT_TEST_TMP;
  const recordingsDir = options.recordingStorage ? undefined : mkdtempSync(join(runDir ?? tmpdir(), "vp-recordings-"));
  const recordingStorage = options.recordingStorage ?? { kind: "files" as const, directory: recordingsDir! };
  let drop = async () => {};
  let database: Database;
  let databaseUrl: string | undefined;
  if (options.alongside?.databaseUrl) {
    databaseUrl = options.alongside.databaseUrl;
    database = await openDatabase({ databaseUrl });
  } else if (testEngine() === "postgres") {
    const fresh = await freshPostgresDatabase(process.env.DATABASE_URL!);
    drop = fresh.drop;
    databaseUrl = fresh.url;
    database = await openDatabase({ databaseUrl });
  } else {
    database = await openDatabase({ dataDir: options.dataDir ?? "memory://", template: await migratedTemplate() });
  }
  const { app, deps, close } = await buildApp(database, { publicUrl: TEST_ORIGIN, databaseUrl, rateLimit: options.rateLimit ?? false, embedder: options.embedder, sso: options.sso, webRoot: options.webRoot, mail: options.mail,
    recordingStorage, transcription: options.transcription }, testLogger(options.logLines));
  return {
    database,
    databaseUrl,
    deps,
    fetch: (request) => app.fetch(request),
    request(path, init = {}) {
      const headers = new Headers(init.headers);
      if (init.token) headers.set("authorization", `Bearer ${init.token}`);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set("content-type", "application/json");
        body = JSON.stringify(init.json);
      }
      if (!headers.has("origin")) headers.set("origin", TEST_ORIGIN);
      return Promise.resolve(app.request(path, { ...init, headers, body }));
    },
    async close() {
      await close();
      await database.close();
      await drop();
      if (recordingsDir && !runDir) rmSync(recordingsDir, { recursive: true, force: true });
    },
  };
}
