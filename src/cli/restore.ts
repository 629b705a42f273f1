// `vertelpunt restore <file> [--force]`: puts a backup (see backup.ts) in the embedded database's
// directory. The backup is first unpacked and opened in a directory beside it: a broken file fails
// there, before the data directory is touched. With --force, the current contents are moved aside,
// never deleted.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { LOCK_FILE, lockDataDir } from "../db/data-dir-lock.ts";
import { createDurablePglite, realFsync, syncTree } from "../db/durability.ts";
import { embeddedOnly } from "./backup.ts";
import { CliError } from "./cli-error.ts";

/** Names in a tar archive (512-byte headers: name at 0, size in octal at 124). */
export function tarEntryNames(tar: Uint8Array): string[] {
  const names: string[] = [];
  const text = (from: number, length: number) => Buffer.from(tar.subarray(from, from + length)).toString("latin1").replace(/\0.*$/s, "");
  for (let offset = 0; offset + 512 <= tar.length && tar[offset] !== 0;) {
    names.push(text(offset, 100));
    const size = Number.parseInt(text(offset + 124, 12).trim() || "0", 8);
    if (!Number.isFinite(size)) break;
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

/**
 * The backup as an uncompressed tar, checked to hold a PostgreSQL data directory. Checked here,
 * because PGlite throws a broken gzip stream's error where no caller can catch it.
 */
function readBackup(bytes: Uint8Array, file: string): Uint8Array<ArrayBuffer> {
  let tar: Uint8Array;
  try {
    tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  } catch (error) {
    throw new CliError(`${file} is not a Vertelpunt backup: ${(error as Error).message}`);
  }
  if (!tarEntryNames(tar).some((name) => name.replace(/^\/+/, "") === "PG_VERSION")) {
    throw new CliError(`${file} is not a Vertelpunt backup: it holds no database directory.`);
  }
  return new Uint8Array(tar);
}

/** Unpacks and opens the backup in dir; PostgreSQL replays its WAL and shuts down cleanly. */
async function unpackInto(dir: string, tarball: Uint8Array<ArrayBuffer>, file: string): Promise<void> {
  try {
    const { client } = await createDurablePglite(dir, { loadDataDir: new Blob([tarball]) });
    await client.query("select 1");
    await client.close();
  } catch (error) {
    throw new CliError(`${file} is not a usable Vertelpunt backup: ${(error as Error).message}`);
  }
  // The backup was made under the lock of the process that made it: that lock and PGlite's pid
  // file are stale here.
  await rm(join(dir, LOCK_FILE), { force: true });
  await rm(join(dir, "postmaster.pid"), { force: true });
  await syncTree(dir);
}

async function moveEntries(from: string, to: string, names: string[]): Promise<void> {
  for (const name of names) await rename(join(from, name), join(to, name));
}

export async function restoreDataDir(file: string, dataDir: string, { force = false } = {}): Promise<{ movedAside?: string }> {
  const source = resolve(file);
  if (!existsSync(source)) throw new CliError(`There is no backup file ${source}.`);
  const tarball = readBackup(await readFile(source), source);
  const release = lockDataDir(dataDir);
  // Beside the data directory, so that the final moves are renames within one file system.
  const staging = `${dataDir}.restore-${randomBytes(4).toString("hex")}`;
  try {
    const current = (await readdir(dataDir)).filter((name) => name !== LOCK_FILE);
    if (current.length > 0 && !force) {
      throw new CliError(`${dataDir} is not empty. Pass --force to replace its contents (they are moved aside, not deleted).`);
    }
    await unpackInto(staging, tarball, source);
    let movedAside: string | undefined;
    if (current.length > 0) {
      movedAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      await mkdir(movedAside);
      await moveEntries(dataDir, movedAside, current);
      await realFsync.fsync(movedAside);
    }
    await moveEntries(staging, dataDir, await readdir(staging));
    await realFsync.fsync(dataDir);
    await realFsync.fsync(dirname(dataDir));
    return { movedAside };
  } finally {
    await rm(staging, { recursive: true, force: true });
    release();
  }
}

export async function restoreCommand(args: string[], env: { dataDir: string; databaseUrl?: string }): Promise<string> {
  embeddedOnly(env.databaseUrl, "restore");
  const force = args.includes("--force");
  const [file, ...rest] = args.filter((arg) => arg !== "--force");
  if (!file || file.startsWith("-") || rest.length > 0) throw new CliError("Usage: vertelpunt restore <file.tar.gz> [--force]");
  const { movedAside } = await restoreDataDir(file, env.dataDir, { force });
  return `Restored ${resolve(file)} into ${env.dataDir}.` + (movedAside ? `\nThe previous contents are in ${movedAside}.` : "");
}
