// Starts the HTTP server on the configured database and stops it gracefully on SIGTERM/SIGINT:
// no new connections, in-flight requests finish, then the database closes cleanly.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { openDatabase } from "../db/client.ts";
import { buildApp } from "./app.ts";
import type { ServerConfig } from "./config.ts";
import { embedderFromEnv } from "./embeddings.ts";
import { createLogger } from "./logger.ts";
import { scheduleRetention } from "./privacy/retention.ts";

export async function startServer(config: ServerConfig) {
  const logger = createLogger(config.logLevel);
  const embedder = await embedderFromEnv();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const webRoot = config.webRoot && existsSync(join(config.webRoot, "index.html")) ? config.webRoot : undefined;
  if (!webRoot) logger.warn("the web app is not built (npm run build); serving the API only");
  const { app, close: closeApp } = await buildApp(database, { publicUrl: config.publicUrl, databaseUrl: config.databaseUrl, webRoot, embedder, sso: config.sso }, logger);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info({ port, engine: database.engine }, "listening");
  const stopRetention = scheduleRetention(database.db, logger);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info("shutting down");
      stopRetention();
      // Open event streams never end by themselves; closing them lets server.close() finish.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeApp();
      await database.close();
    })();
    return stopping;
  };
  return { port, stop, engine: database.engine, logger };
}
