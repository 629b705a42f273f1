// Starts the HTTP server on the configured database and stops it gracefully on SIGTERM/SIGINT:
// no new connections, in-flight requests finish, then the database closes cleanly.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { type Database, openDatabase } from "../db/client.ts";
import { scheduleEmbeddedStatistics } from "../db/embedded-statistics.ts";
import { serveOnlineBackups } from "../db/online-backup.ts";
import { takeBackup } from "./backups.ts";
import { buildApp } from "./app.ts";
import type { ServerConfig } from "./config.ts";
import { embedderFromEnv } from "./embeddings.ts";
import { createLogger } from "./logger.ts";
import { scheduleRetention } from "./privacy/retention.ts";
import { scheduleRoundJobs } from "./rounds/round-jobs.ts";

/** How long requests in flight may take to finish once a stop was asked. */
const SHUTDOWN_GRACE_MS = 20_000;

export async function startServer(config: ServerConfig) {
  const logger = createLogger(config.logLevel);
  const embedder = await embedderFromEnv();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl, databaseReadUrl: config.databaseReadUrl, dataDir: config.dataDir,
    // Without its database the server can store nothing: stop, so that a service manager restarts it
    // (the data directory's lock is then stale and taken over, as after a crash).
    onLost(error) {
      logger.fatal({ err: error.message }, "the embedded database stopped; exiting");
      process.exit(1);
    },
  });
  const webRoot = config.webRoot && existsSync(join(config.webRoot, "index.html")) ? config.webRoot : undefined;
  if (!webRoot) logger.warn("the web app is not built (npm run build); serving the API only");
  if (config.databaseUrl && config.recordingStorage.kind === "files") {
    logger.warn("voice recordings are kept in a directory: with several app processes, set S3_* so that they share them");
  }
  const { app, deps, endStreams, close: closeApp } = await buildApp(database, {
    publicUrl: config.publicUrl, databaseUrl: config.databaseUrl, webRoot, embedder, sso: config.sso, mail: config.mail,
    recordingStorage: config.recordingStorage, transcription: config.transcription, sectorRetryMs: config.sectorRetryMs,
    indexSnapshots: config.indexSnapshots,
  }, logger);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info({ port, engine: database.engine }, "listening");
  const stopRoundJobs = scheduleRoundJobs({ db: database.db, mailer: deps.mailer, logger, links: { publicUrl: deps.config.publicUrl, secret: deps.config.secret } });
  const stopRetention = scheduleRetention({ db: database.db, events: deps.events, logger, recordings: deps.recordings, sectorOutbox: deps.sectorOutbox });
  const stopStatistics = scheduleEmbeddedStatistics(database, (error) => logger.error({ err: error.message }, "refreshing planner statistics failed"));
  const stopBackups = await serveBackups(database, config.dataDir, logger);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info("shutting down");
      stopRetention();
      stopRoundJobs();
      stopStatistics();
      await stopBackups();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Requests in flight finish and get their answer. Open event streams never end by themselves,
      // so they are ended; keep-alive connections are closed as soon as they fall idle.
      endStreams();
      const http = server as unknown as { closeIdleConnections(): void; closeAllConnections(): void };
      const sweep = setInterval(() => http.closeIdleConnections(), 50);
      const deadline = setTimeout(() => http.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await closed;
      clearInterval(sweep);
      clearTimeout(deadline);
      await closeApp();
      await database.close();
    })();
    return stopping;
  };
  return { port, stop, engine: database.engine, logger };
}

/** `vertelpunt backup` reaches a running embedded database through its data directory (online-backup.ts). */
async function serveBackups(database: Database, dataDir: string, logger: ReturnType<typeof createLogger>): Promise<() => Promise<void>> {
  if (!database.backup) return async () => {};
  try {
    return await serveOnlineBackups(dataDir, () => takeBackup(database, "command"));
  } catch (error) {
    // A path too long for a Unix socket, say: the server runs, only backups need it stopped.
    logger.warn({ err: (error as Error).message }, "backups while running are not available; stop the server to back up");
    return async () => {};
  }
}
