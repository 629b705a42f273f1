// `vertelpunt backup <file>`: the embedded database as one tarball (PGlite's dumpDataDir). With no
// server running it opens the directory itself, under its lock; while a server runs (PGlite allows
// one process per directory, and copying the files under it would give a torn copy) it asks that
// server for the tarball (online-backup.ts). With --url it asks a server anywhere, over its API.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DataDirInUseError, lockDataDir } from "../db/data-dir-lock.ts";
import { createDurablePglite, realFsync } from "../db/durability.ts";
import { dumpGzipped } from "../db/dump.ts";
import { requestOnlineBackup } from "../db/online-backup.ts";
import { CliError, reach, serverProblem } from "./cli-error.ts";

export function embeddedOnly(databaseUrl: string | undefined, command: string): void {
  if (databaseUrl) {
    throw new CliError(`vertelpunt ${command} is for the embedded database; with DATABASE_URL, use PostgreSQL's pg_dump and pg_restore `
      + "(see \"Backup and restore\" in the README for the commands and for point-in-time recovery).");
  }
}

/** Writes data to file all at once: a crash leaves the old file or the new one, never half of one. */
export async function writeFileDurably(file: string, data: Uint8Array): Promise<void> {
  const temp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await realFsync.fsync(dirname(file));
}

/** Dumps the data directory to file; returns the tarball's size in bytes. */
export async function backupDataDir(dataDir: string, file: string): Promise<number> {
  if (!existsSync(join(dataDir, "PG_VERSION"))) throw new CliError(`There is no embedded database in ${dataDir}.`);
  let release: () => void;
  try {
    release = lockDataDir(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    const tarball = await requestOnlineBackup(dataDir).catch(() => Promise.reject(error)); // no server answers: say who holds it
    await writeFileDurably(resolve(file), tarball);
    return tarball.byteLength;
  }
  try {
    const { client } = await createDurablePglite(dataDir);
    try {
      const tarball = await dumpGzipped(client);
      await writeFileDurably(resolve(file), tarball);
      return tarball.byteLength;
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/** Asks a running server (local or not) for a backup through its API; needs the instance operator's token. */
export async function backupFromServer(url: string, token: string, file: string): Promise<number> {
  const res = await reach(`${url.replace(/\/$/, "")}/api/v1/backups`, { method: "POST", headers: { authorization: `Bearer ${token}`, "accept-language": "en" } });
  if (!res.ok) throw serverProblem(res.status, await res.json().catch(() => ({})));
  const tarball = new Uint8Array(await res.arrayBuffer());
  await writeFileDurably(resolve(file), tarball);
  return tarball.byteLength;
}

const usage = "Usage: vertelpunt backup <file.tar.gz> [--url <server> --token <token>]";

export async function backupCommand(args: string[], env: { dataDir: string; databaseUrl?: string; token?: string }): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { url: { type: "string" }, token: { type: "string" } } });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${usage}`);
  }
  const { positionals: [file, ...rest], values } = parsed;
  if (!file || rest.length > 0) throw new CliError(usage);
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (values.url) {
    const token = values.token ?? env.token;
    if (!token) throw new CliError("Give the instance operator's API token with --token or VERTELPUNT_TOKEN.");
    return `Backed up the server at ${values.url} to ${resolve(file)} (${megabytes(await backupFromServer(values.url, token, file))}).`;
  }
  embeddedOnly(env.databaseUrl, "backup");
  return `Backed up ${env.dataDir} to ${resolve(file)} (${megabytes(await backupDataDir(env.dataDir, file))}).`;
}
