// The Hono application: middleware (security headers, version header, language, body limit,
// caller), the API under /api/v1, and the built web app.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { ZodError } from "zod";
import type { Database } from "../db/client.ts";
import { createAuth } from "./auth.ts";
import { PatternIndex } from "../index/pattern-index.ts";
import { StoryBatchWriter } from "./stories/batch-writer.ts";
import type { StoryRow } from "./stories/columns.ts";
import { type EventBus, type LiveEvent, LocalEventBus, PostgresEventBus, PROCESS_ID } from "./events/bus.ts";
import { resolveIdentity } from "./caller.ts";
import { mustEnrolFirst } from "./people/two-factor.ts";
import { isReadOnly } from "../core/token-scope.ts";
import { languageOf } from "./messages.ts";
import { API_VERSION } from "./openapi.ts";
import { crossSiteRequest, Problem, problemResponse, tokenScopeForbids } from "./problem.ts";
import { validationProblem } from "./zod-messages.ts";
import type { Api, ApiEnv, AppConfig, AppDeps } from "./context.ts";
import { registerApiRoutes } from "./routes/index.ts";
import { inputHygiene } from "./input-hygiene.ts";
import { serveWebApp } from "./web.ts";
import { compression } from "./compression.ts";
import { type Logger, loggableError } from "./logger.ts";
import { createSmtpMailer } from "./mail/mailer.ts";
import { createRecordings } from "./recordings/service.ts";
import { MAX_RECORDING_BYTES, RECORDING_UPLOAD_PATH } from "./recordings/uploads.ts";
import { OutboxSender } from "./sector/delivery.ts";

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export function createApi(deps: AppDeps): Api {
  const api: Api = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return problemResponse(c, validationProblem(result.error as ZodError, c.get("lang")));
    },
  });
  api.use("*", async (c, next) => {
    c.set("lang", languageOf(c.req.header("accept-language")));
    const identity = await resolveIdentity(deps.database.db, deps.auth, c.req.raw.headers);
    c.set("identity", identity);
    // A read-only API token (core/token-scope.ts) changes nothing, whatever the route.
    if (identity?.tokenScope && isReadOnly(identity.tokenScope) && !SAFE_METHODS.has(c.req.method)) throw tokenScopeForbids();
    // Held back until they enrol: only routes defined with beforeTwoFactorEnrolment see them.
    c.set("caller", identity && !mustEnrolFirst(identity) ? identity.caller : undefined);
    await next();
  });
  registerApiRoutes(api, deps);
  return api;
}

function onError(deps: AppDeps) {
  return (error: Error, c: Context) => {
    if (error instanceof Problem) return problemResponse(c, error);
    if (error instanceof HTTPException && error.status === 413) {
      // The rest of the body is never read: closing the connection keeps it from being taken for
      // the client's next request on the same connection.
      const response = problemResponse(c, new Problem(413, "tooLarge", "tooLargeDetail"));
      response.headers.set("Connection", "close");
      return response;
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, new Problem(error.status, "badRequest", error.message || "badRequestDetail"));
    }
    deps.logger.error({ err: loggableError(error), path: loggablePath(c.req.path) }, "unexpected error");
    return problemResponse(c, new Problem(500, "serverError", "serverErrorDetail"));
  };
}

/**
 * The path as it may be logged: no receipt link (its secret lets anyone read or withdraw the story),
 * no personal round-invitation link (its secret tells a story once)
 * and no client pseudonym (personal data).
 */
export const loggablePath = (path: string) => path.replace(/\/(receipts|subjects|round-invitations)\/[^/]+/g, "/$1/{hidden}");

/** One line per request: method, path (no query string: it may hold search words), status, time. */
function logRequests(logger: Logger) {
  return async (c: Context, next: () => Promise<void>) => {
    const started = performance.now();
    await next();
    logger.info({ method: c.req.method, path: loggablePath(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) }, "request");
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection: a write carried by the session cookie must come from our own pages (Origin, or
 * Sec-Fetch-Site for browsers that leave Origin out). Bearer tokens are never sent by a browser on
 * its own, so they need no such check.
 */
function requireSameOriginForCookies(publicUrl: string) {
  const ownOrigin = new URL(publicUrl).origin;
  return async (c: Context, next: () => Promise<void>) => {
    const cookieOnly = c.req.header("cookie") && !c.req.header("authorization");
    if (cookieOnly && !SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header("origin");
      const sameSite = origin ? origin === ownOrigin : c.req.header("sec-fetch-site") === "same-origin";
      if (!sameSite) throw crossSiteRequest();
    }
    await next();
  };
}

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<ApiEnv>();
  app.use("*", secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      // The story form plays a recording back from memory (a blob: URL) before it is sent.
      mediaSrc: ["'self'", "blob:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
    },
    strictTransportSecurity: deps.config.publicUrl.startsWith("https://") ? "max-age=31536000; includeSubDomains" : false,
  }));
  app.use("*", compression((path) => path.startsWith("/assets/")));
  app.use("/api/*", async (c, next) => {
    c.set("lang", languageOf(c.req.header("accept-language")));
    await next();
    c.header("API-Version", API_VERSION);
  });
  app.use("/api/*", logRequests(deps.logger));
  app.use("/api/*", requireSameOriginForCookies(deps.config.publicUrl));
  app.use("/api/*", async (c, next) => {
    const limit = c.req.path.endsWith("/story-imports") ? MAX_IMPORT_BYTES
      : c.req.path.startsWith(RECORDING_UPLOAD_PATH) ? MAX_RECORDING_BYTES : MAX_BODY_BYTES;
    return bodyLimit({ maxSize: limit, onError: () => { throw new HTTPException(413); } })(c, next);
  });
  app.use("/api/*", inputHygiene);
  app.use("/api/*", async (c, next) => {
    await next();
    // A write is acknowledged only once it is on disk. PGlite never fsyncs by itself; syncToDisk
    // fsyncs its WAL in one group commit for all requests waiting (a no-op on PostgreSQL).
    if (!SAFE_METHODS.has(c.req.method)) await deps.database.syncToDisk();
  });
  app.onError(onError(deps));
  const api = createApi(deps);
  api.onError(onError(deps));
  api.notFound((c) => problemResponse(c, new Problem(404, "notFound", "notFoundDetail")));
  app.route("/api/v1", api);
  app.all("/api/*", (c) => problemResponse(c, new Problem(404, "notFound", "notFoundDetail")));
  if (deps.config.webRoot) serveWebApp(app, deps.config.webRoot);
  return app;
}

/**
 * Stories stored or erased by other app processes reach this process's index through the bus. A
 * change in bulk (another process's import, a retention purge) names only its collection.
 */
function keepIndexInStep(patterns: PatternIndex, events: EventBus, logger: Logger) {
  events.subscribe((event) => {
    const storyId = typeof event.data.storyId === "string" ? event.data.storyId : undefined;
    const fromElsewhere = event.data.origin !== PROCESS_ID;
    const bulk = event.type === "stories.purged" || (event.type === "stories.imported" && fromElsewhere);
    const change = bulk && event.collectionId ? patterns.resyncCollection(event.collectionId)
      : !storyId ? undefined
      : event.type === "story.erased" ? patterns.remove(storyId)
      : event.type === "story.created" && fromElsewhere ? patterns.reload([storyId]) : undefined;
    change?.catch((error: Error) => logger.error({ err: error.message }, "pattern index update failed"));
  });
}

const storyCreated = (row: StoryRow): LiveEvent =>
  ({ type: "story.created", organizationId: row.organizationId, collectionId: row.collectionId, data: { storyId: row.id, origin: PROCESS_ID } });

export async function buildApp(database: Database, config: Omit<AppConfig, "secret"> & { secret?: string }, logger: Logger) {
  const { instanceSecret } = await import("../db/instance.ts");
  const secret = config.secret ?? (await instanceSecret(database.db));
  const auth = createAuth({ db: database.db, baseURL: config.publicUrl, secret, rateLimit: config.rateLimit, sso: config.sso });
  const events: EventBus = config.databaseUrl ? await PostgresEventBus.connect(config.databaseUrl, logger) : new LocalEventBus();
  const snapshots = config.indexSnapshots && { ...config.indexSnapshots, log: (level: "info" | "warn", message: string) => logger[level](message) };
  const patterns = PatternIndex.start(database.db, { db: database.readDb, caughtUp: database.readCaughtUp }, snapshots);
  patterns.ready.catch((error: Error) => logger.error({ err: error.message }, "pattern index did not load"));
  keepIndexInStep(patterns, events, logger);
  const stories = new StoryBatchWriter(database.db, {
    maxBatch: 250,
    concurrency: database.engine === "pglite" ? 1 : 4,
    withinCommit: events.publishWithin ? (rows) => events.publishWithin!(rows.map(storyCreated)) : undefined,
    onCommitted: (rows) => {
      for (const row of rows) {
        patterns.append(row).catch((error: Error) => logger.error({ err: error.message }, "pattern index append failed"));
        if (!events.publishWithin) events.publish(storyCreated(row)).catch((error: Error) => logger.warn({ err: error.message }, "live event not sent"));
      }
    },
    onCommittedFailed: (error) => logger.error({ err: (error as Error).message }, "stories stored, but the index and live events were not told"),
  });
  const mailer = config.mail ? createSmtpMailer(config.mail) : undefined;
  const recordings = config.recordingStorage
    ? createRecordings(database.db, { storage: config.recordingStorage, secret, transcription: config.transcription }, logger) : undefined;
  const sectorOutbox = new OutboxSender(database.db, logger, config.sectorRetryMs ?? 30_000);
  const deps: AppDeps = { database, stories, events, patterns, auth, config: { ...config, secret }, logger, mailer, recordings, sectorOutbox };
  const close = async () => {
    await patterns.close();
    mailer?.close();
    await sectorOutbox.close();
    await recordings?.settled();
    await events.close();
  };
  return { app: createApp(deps), deps, endStreams: () => events.endSubscriptions(), close };
}
