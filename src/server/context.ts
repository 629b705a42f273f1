// What every route module is given: the typed Hono API, the application's dependencies and its
// configuration. Route modules import these types from here, not from app.ts, so the application
// (which imports every route module) and its routes form no import circle.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Database } from "../db/client.ts";
import type { Embedder } from "../core/text/embeddings.ts";
import type { PatternIndex } from "../index/pattern-index.ts";
import type { Auth } from "./auth.ts";
import type { StoryBatchWriter } from "./stories/batch-writer.ts";
import type { EventBus } from "./events/bus.ts";
import type { Identity } from "./caller.ts";
import type { Lang } from "./messages.ts";
import type { Caller } from "./policy.ts";
import type { Logger } from "./logger.ts";
import type { SsoConfig } from "./people/single-sign-on.ts";
import type { MailConfig, Mailer } from "./mail/mailer.ts";
import type { Recordings } from "./recordings/service.ts";
import type { RecordingStorageConfig } from "./recordings/storage.ts";
import type { TranscriptionConfig } from "./recordings/transcription.ts";

/**
 * caller: who may act (undefined for anonymous callers, and for admins and analysts who must set up
 * two-factor sign-in first); identity: whoever presented a valid credential, with how.
 */
export type ApiEnv = { Variables: { caller: Caller | undefined; identity: Identity | undefined; lang: Lang } };
export type Api = OpenAPIHono<ApiEnv>;

export interface AppConfig {
  /** Where people reach this instance, e.g. http://localhost:3000 (public links, QR codes, CSRF). */
  publicUrl: string;
  /** Set on PostgreSQL: live events then travel between app processes through LISTEN/NOTIFY. */
  databaseUrl?: string;
  secret: string;
  webRoot?: string;
  rateLimit?: boolean;
  /** Semantic embeddings for similar stories; off (undefined) by default, see embeddings.ts. */
  embedder?: Embedder;
  /** Single sign-on with the organization's OpenID Connect provider (people/single-sign-on.ts). */
  sso?: SsoConfig;
  /** Outgoing mail; unset on a laptop (see mail/mailer.ts). */
  mail?: MailConfig;
  /** Where voice recordings are kept (recordings/storage.ts); without it, recordings are refused. */
  recordingStorage?: RecordingStorageConfig;
  /** The organization's own speech-to-text service (recordings/transcription.ts); off when unset. */
  transcription?: TranscriptionConfig;
  /** How often the sector outbox retries deliveries to a hub elsewhere (sector/delivery.ts); 30 s by default. */
  sectorRetryMs?: number;
  /** Where the pattern index keeps its snapshot for a quick start (index/snapshot/); none when unset. */
  indexSnapshots?: { dir: string; everyMs: number };
}

export interface AppDeps {
  database: Database;
  /** Stores stories in group commits (see stories/batch-writer.ts). */
  stories: StoryBatchWriter;
  events: EventBus;
  /** The in-process column index that answers pattern queries. */
  patterns: PatternIndex;
  auth: Auth;
  config: AppConfig;
  logger: Logger;
  /** Set when SMTP is configured. */
  mailer?: Mailer;
  /** Set when recordingStorage is configured. */
  recordings?: Recordings;
  /** Sends queued sector contributions and withdrawals; kick() right after queueing. */
  sectorOutbox: { kick(): void };
}

