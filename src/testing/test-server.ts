// Test helper: runs `vertelpunt <command>` as a real child process (the lock and SIGKILL tests need
// separate processes): the built CLI, as `npm start` runs it, started by node itself (not npm or npx,
// which add a process in between, and then a SIGKILL would hit that one, not the server).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface CliProcess {
  child: ChildProcess;
  output(): string;
  /** Exit code (or the signal's name), once the process ended. */
  exited: Promise<number | string>;
}

/** The server as `npm start` runs it, built by `npm run build:server` (scripts/build-server.mjs). */
export const BUILT_CLI = "dist/server/main.mjs";

/** Runs the built CLI, as `npm start` does; the test projects' global setup builds it first. */
export function runCli(args: string[], env: Record<string, string> = {}): CliProcess {
  if (!existsSync(join(repoRoot, BUILT_CLI))) throw new Error(`${BUILT_CLI} is missing: run \`npm run build:server\` first`);
  const child = spawn(process.execPath, ["--enable-source-maps", BUILT_CLI, ...args], {
    cwd: repoRoot,
    // DATABASE_URL="" selects PGlite even when the test run itself has DATABASE_URL set.
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "warn", VERTELPUNT_WEB_ROOT: "/nonexistent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, output: () => output, exited };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer extends CliProcess {
  url: string;
  /** Sends a JSON request; returns the status and parsed body. */
  api(path: string, init?: { method?: string; token?: string; json?: unknown }): Promise<{ status: number; body: any }>;
}

/** `vertelpunt start` on a free port; resolves once it printed that it listens. */
export async function startServer(env: Record<string, string>, timeoutMs = Number(process.env.VP_TEST_SERVER_START_MS ?? 60_000)): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cli = runCli(["start"], { PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: url, ...env });
  const started = Date.now();
  while (!cli.output().includes("Vertelpunt is running")) {
    const ended = await Promise.race([cli.exited, new Promise((r) => setTimeout(r, 100, undefined))]);
    if (ended !== undefined) throw new Error(`the server exited (${ended}):\n${cli.output()}`);
    if (Date.now() - started > timeoutMs) {
      cli.child.kill("SIGKILL");
      throw new Error(`the server did not start within ${timeoutMs} ms:\n${cli.output()}`);
    }
  }
  const api: RunningServer["api"] = async (path, init = {}) => {
    const headers: Record<string, string> = { origin: url };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.json !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(`${url}/api/v1${path}`, { method: init.method ?? "GET", headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return { ...cli, url, api };
}

/** A new, empty PostgreSQL database on the server of adminUrl; drop() removes it. */
export async function freshPostgresDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `vp_proc_${randomBytes(6).toString("hex")}`;
  const run = async (query: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // A non-superuser cannot end an autovacuum worker that happens to be in the database: retry a
  // few times, then leave the throw-away database for the cluster to be reset with.
  const drop = async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        return await run(`drop database if exists ${name} with (force)`);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };
  return { url: url.toString(), drop };
}
