// Starts a real Vertelpunt server in a child process (as `npm start` would), for benchmarks and for
// tests that need real processes, on a fresh PGlite directory or a fresh PostgreSQL database.
import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { freshDataDir } from "./data-dir-template.ts";
import { freshPostgresDatabase, startServer } from "./test-server.ts";
import { freshTotp, keyFromTotpUri } from "./totp.ts";

export type Engine = "pglite" | "postgres";

export const freshDatabaseUrl = freshPostgresDatabase;

export interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** Runs after the process has stopped, e.g. to drop its database. */
  cleanup?: () => Promise<void>;
  /** More environment for the server, e.g. SMTP_URL. */
  env?: Record<string, string>;
}

/** Runs the built `vertelpunt start` (as `npm start` does) serving the built web app, and stops it gracefully. */
export async function startServerProcess({ databaseUrl, dataDir, cleanup = async () => {}, env: extraEnv }: ServerProcessOptions): Promise<RunningServer> {
  const env: Record<string, string> = { VERTELPUNT_WEB_ROOT: "dist/web", ...extraEnv };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  if (dataDir) env.VERTELPUNT_DATA_DIR = dataDir;
  const server = await startServer(env);
  return {
    baseUrl: server.url,
    process: server.child,
    async stop() {
      if (server.child.exitCode === null) {
        server.child.kill("SIGTERM");
        await server.exited;
      }
      await cleanup();
    },
  };
}

/**
 * A server on a fresh PGlite directory (under `dataRoot`, the temporary directory by default; a copy
 * of the run's migrated template when it has one, see data-dir-template.ts), or on a fresh database
 * on DATABASE_URL's server.
 */
export async function startBenchServer(engine: Engine, dataRoot = tmpdir(), env?: Record<string, string>): Promise<RunningServer> {
  if (engine === "postgres") {
    if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is needed for PostgreSQL");
    const fresh = await freshDatabaseUrl(process.env.DATABASE_URL);
    return startServerProcess({ databaseUrl: fresh.url, cleanup: fresh.drop, env });
  }
  const dir = freshDataDir(dataRoot);
  return startServerProcess({ dataDir: dir, env, cleanup: async () => rmSync(dir, { recursive: true, force: true }) });
}

export async function call<T = any>(baseUrl: string, path: string, init: { method?: string; token?: string; json?: unknown; body?: string; headers?: Record<string, string> } = {}): Promise<T> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.json !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(baseUrl + path, { method: init.method ?? "GET", headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

/**
 * Sets up two-factor sign-in for the admin or analyst behind a fresh password session (the server
 * lets them do nothing else until then). Returns the session that replaces it, and the key.
 */
export async function enrolInTwoFactor(baseUrl: string, token: string, password = "een-lang-wachtwoord") {
  const { totpUri } = await call(baseUrl, "/api/v1/two-factor-enrolments", { method: "POST", token, json: { password } });
  const key = keyFromTotpUri(totpUri);
  const confirmed = await call(baseUrl, "/api/v1/two-factor-confirmations", { method: "POST", token, json: { code: await freshTotp(key) } });
  return { token: confirmed.token as string, key };
}

/**
 * Organization, the klantmanagers template as framework, and an open anonymous collection. The
 * token is that of the instance's first admin (seed@), who has two-factor sign-in; bench@ is a
 * second admin without it, for browser tests that sign in and set it up as a person would.
 */
export async function seedCollection(baseUrl: string) {
  const setup = await call(baseUrl, "/api/v1/setup", {
    method: "POST", json: { organizationName: "Bench", name: "Bench", email: "seed@example.nl", password: "een-lang-wachtwoord" },
  });
  const { token } = await enrolInTwoFactor(baseUrl, setup.token);
  await call(baseUrl, "/api/v1/members", {
    method: "POST", token, json: { name: "Bench", email: "bench@example.nl", password: "een-lang-wachtwoord", role: "admin" },
  });
  const templates = await call(baseUrl, "/api/v1/framework-templates", { token });
  const framework = await call(baseUrl, "/api/v1/frameworks", { method: "POST", token, json: templates.items[0].framework });
  const collection = await call(baseUrl, "/api/v1/collections", {
    method: "POST", token, json: { name: "Bench", frameworkId: framework.id, audience: "professionals", anonymous: true },
  });
  return { token, framework, collection };
}
