// Everything configurable comes from the environment (twelve-factor), read once at start.
import { join, resolve } from "node:path";
import { type SsoConfig, ssoFromEnv } from "./people/single-sign-on.ts";
import { type MailConfig, mailConfigFromEnv } from "./mail/mailer.ts";
import { type RecordingStorageConfig, recordingStorageFromEnv } from "./recordings/storage.ts";
import { type TranscriptionConfig, transcriptionFromEnv } from "./recordings/transcription.ts";

export interface ServerConfig {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl?: string;
  /** A streaming replica of DATABASE_URL for reads that tolerate a little lag. */
  databaseReadUrl?: string;
  dataDir: string;
  webRoot?: string;
  logLevel: string;
  sso?: SsoConfig;
  /** Outgoing mail (SMTP_URL, SMTP_FROM); without it, invitation links are shown to the admin. */
  mail?: MailConfig;
  /** Voice recordings: a directory under the data directory, or S3-compatible storage (S3_*). */
  recordingStorage: RecordingStorageConfig;
  /** The organization's speech-to-text service (TRANSCRIPTION_URL, …); off when unset. */
  transcription?: TranscriptionConfig;
  /** VERTELPUNT_SECTOR_RETRY_MS: how often undelivered sector contributions are retried. */
  sectorRetryMs?: number;
  /** VERTELPUNT_INDEX_DIR (default: `index` in the data directory; "off": none), VERTELPUNT_INDEX_SNAPSHOT_MINUTES (10). */
  indexSnapshots?: { dir: string; everyMs: number };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const dataDir = resolve(env.VERTELPUNT_DATA_DIR ?? "./data");
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: (env.DATABASE_URL && env.DATABASE_READ_URL) || undefined,
    dataDir,
    webRoot: env.VERTELPUNT_WEB_ROOT ?? resolve("dist/web"),
    logLevel: env.LOG_LEVEL ?? "info",
    sso: ssoFromEnv(env),
    mail: mailConfigFromEnv(env),
    recordingStorage: recordingStorageFromEnv(env, dataDir),
    transcription: transcriptionFromEnv(env),
    sectorRetryMs: env.VERTELPUNT_SECTOR_RETRY_MS ? Number(env.VERTELPUNT_SECTOR_RETRY_MS) : undefined,
    indexSnapshots: env.VERTELPUNT_INDEX_DIR === "off" ? undefined
      : { dir: resolve(env.VERTELPUNT_INDEX_DIR ?? join(dataDir, "index")), everyMs: Number(env.VERTELPUNT_INDEX_SNAPSHOT_MINUTES ?? 10) * 60_000 },
  };
}
