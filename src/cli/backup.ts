// `vertelpunt backup <file>`: the embedded database as one tarball (PGlite's dumpDataDir). With no
// server running it opens the directory itself, under its lock; while a server runs (PGlite allows
// one process per directory, and copying the files under it would give a torn copy) it asks that
// server for the tarball (online-backup.ts).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { DataDirInUseError, lockDataDir } from "../db/data-dir-lock.ts";
import { createDurablePglite, realFsync } from "../db/durability.ts";
import { requestOnlineBackup } from "../db/online-backup.ts";
import { CliError } from "./cli-error.ts";

export function embeddedOnly(databaseUrl: string | undefined, command: string): void {
  if (databaseUrl) {
    throw new CliError(`vertelpunt ${command} is for the embedded database; with DATABASE_URL, use PostgreSQL's pg_dump and pg_restore.`);
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
      // Written out, the data files need no crash recovery when the backup is restored.
      await client.exec("CHECKPOINT");
      const tarball = new Uint8Array(await (await client.dumpDataDir("gzip")).arrayBuffer());
      await writeFileDurably(resolve(file), tarball);
      return tarball.byteLength;
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

export async function backupCommand(args: string[], env: { dataDir: string; databaseUrl?: string }): Promise<string> {
  embeddedOnly(env.databaseUrl, "backup");
  const [file] = args;
  if (!file || file.startsWith("-")) throw new CliError("Usage: vertelpunt backup <file.tar.gz>");
  const bytes = await backupDataDir(env.dataDir, file);
  return `Backed up ${env.dataDir} to ${resolve(file)} (${(bytes / 1024 / 1024).toFixed(1)} MB).`;
}
