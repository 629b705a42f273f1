// Test helper: a throw-away PostgreSQL 15 primary with a streaming replica, and nginx as a load
// balancer, all on loopback in one temporary directory. The README's "Scale" recipe does the same by
// hand. PostgreSQL refuses to run as root: as root, its programs run as the `postgres` user.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "./test-server.ts";

const PG_BIN = "/usr/lib/postgresql/15/bin";
const NGINX = "/usr/sbin/nginx";

/** Why the cluster cannot run here, or undefined when it can. */
export function clusterUnavailable(): string | undefined {
  if (!existsSync(NGINX)) return `nginx is not installed at ${NGINX}`;
  for (const tool of ["initdb", "postgres", "pg_basebackup"]) {
    if (!existsSync(join(PG_BIN, tool))) return `PostgreSQL 15 is not installed (${join(PG_BIN, tool)} is missing)`;
  }
  if (process.getuid?.() === 0 && !postgresUser()) return "running as root and there is no `postgres` user to run PostgreSQL as";
  return undefined;
}

function postgresUser(): { uid: number; gid: number } | undefined {
  try {
    return { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) };
  } catch {
    return undefined;
  }
}

/** As root: the postgres user's ids, to run PostgreSQL's programs (and own their files) with. */
const runAs = () => (process.getuid?.() === 0 ? postgresUser() : undefined);

export class Cluster {
  readonly dir = mkdtempSync(join(tmpdir(), "vp-cluster-"));
  /** Servers started, each with the signal that stops it with its own children (a SIGKILL would orphan them). */
  private readonly children: { child: ChildProcess; signal: NodeJS.Signals }[] = [];
  private output = "";

  /** postgres:// URLs of the app database on the primary and on the replica. */
  primaryUrl = "";
  replicaUrl = "";

  constructor() {
    const owner = runAs();
    if (owner) chownSync(this.dir, owner.uid, owner.gid);
  }

  private spawnTool(tool: string, args: string[], asPostgres = true): ChildProcess {
    const child = spawn(tool, args, { cwd: this.dir, stdio: ["ignore", "pipe", "pipe"], ...(asPostgres ? runAs() : {}), env: { PATH: process.env.PATH, LANG: "C.UTF-8" } });
    child.stdout!.on("data", (chunk) => (this.output += chunk));
    child.stderr!.on("data", (chunk) => (this.output += chunk));
    return child;
  }

  private async run(tool: string, args: string[]): Promise<void> {
    const child = this.spawnTool(tool, args);
    const code = await new Promise((resolve) => child.once("exit", resolve));
    if (code !== 0) throw new Error(`${tool} ${args.join(" ")} exited with ${code}:\n${this.output}`);
  }

  /** A long-running server; stopped by stop(). */
  private daemon(tool: string, args: string[], signal: NodeJS.Signals, asPostgres = true): ChildProcess {
    const child = this.spawnTool(tool, args, asPostgres);
    this.children.push({ child, signal });
    return child;
  }

  private async startPostgres(dataDir: string, port: number): Promise<void> {
    const child = this.daemon(join(PG_BIN, "postgres"), ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${this.dir}`], "SIGQUIT");
    const ready = `postgres://vertelpunt@127.0.0.1:${port}/postgres`;
    const started = Date.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`postgres on ${dataDir} exited (${child.exitCode}):\n${this.output}`);
      const client = new pg.Client({ connectionString: ready });
      try {
        await client.connect();
        await client.query("select 1");
        return;
      } catch (error) {
        if (Date.now() - started > 60_000) throw new Error(`postgres did not accept connections within 60 s: ${(error as Error).message}\n${this.output}`);
        await new Promise((resolve) => setTimeout(resolve, 100)); // poll until it accepts connections
      } finally {
        await client.end().catch(() => {});
      }
    }
  }

  /** initdb, start the primary, make the app database, pg_basebackup -R a replica and start it. */
  async startPostgresPair(): Promise<void> {
    const primaryDir = join(this.dir, "primary");
    const replicaDir = join(this.dir, "replica");
    const [primaryPort, replicaPort] = [await freePort(), await freePort()];
    // Loopback only and throw-away: trust authentication; the default pg_hba lets loopback replicate.
    await this.run(join(PG_BIN, "initdb"), ["-D", primaryDir, "-U", "vertelpunt", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
    await this.startPostgres(primaryDir, primaryPort);
    const admin = new pg.Client({ connectionString: `postgres://vertelpunt@127.0.0.1:${primaryPort}/postgres` });
    await admin.connect();
    await admin.query("create database vertelpunt");
    await admin.end();
    await this.run(join(PG_BIN, "pg_basebackup"), ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "vertelpunt", "-D", replicaDir, "-R", "-X", "stream", "--checkpoint=fast", "--no-sync"]);
    await this.startPostgres(replicaDir, replicaPort);
    this.primaryUrl = `postgres://vertelpunt@127.0.0.1:${primaryPort}/vertelpunt`;
    this.replicaUrl = `postgres://vertelpunt@127.0.0.1:${replicaPort}/vertelpunt`;
  }

  private nginxPort = 0;

  /** nginx's address, chosen before the app processes start (their PUBLIC_URL). */
  async reserveNginx(): Promise<string> {
    this.nginxPort = await freePort();
    return `http://127.0.0.1:${this.nginxPort}`;
  }

  /**
   * nginx in front of the app processes: round robin, the live-event stream unbuffered, and the
   * upstream that answered in `X-Upstream`, so a test can see which process served what.
   */
  async startNginx(upstreams: string[]): Promise<void> {
    const dir = join(this.dir, "nginx");
    mkdirSync(join(dir, "temp"), { recursive: true });
    chmodSync(join(dir, "temp"), 0o777); // nginx's workers may run as nobody
    const port = this.nginxPort || (await freePort());
    writeFileSync(join(dir, "nginx.conf"), `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  upstream vertelpunt {
${upstreams.map((u) => `    server ${u.replace(/^http:\/\//, "")} max_fails=1 fail_timeout=5s;`).join("\n")}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://vertelpunt;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_buffering off;
      proxy_read_timeout 1h;
      proxy_connect_timeout 2s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`);
    const child = this.daemon(NGINX, ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")], "SIGTERM", false);
    const url = `http://127.0.0.1:${port}`;
    const started = Date.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${this.output}`);
      try {
        if ((await fetch(`${url}/api/v1/health`)).ok) return;
      } catch {
        if (Date.now() - started > 30_000) throw new Error(`nginx did not answer within 30 s:\n${this.output}`);
        await new Promise((resolve) => setTimeout(resolve, 100)); // poll until it listens
      }
    }
  }

  /**
   * Ends every server it started, newest first (nginx: fast shutdown; PostgreSQL: immediate
   * shutdown, which ends its backends too), SIGKILL after 10 s, and removes the directory.
   */
  async stop(): Promise<void> {
    for (const { child, signal } of this.children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
