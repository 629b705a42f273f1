// Backups of the embedded database while the server runs. Only one process may open a data
// directory, so `vertelpunt backup` cannot open it beside the server; it asks the server instead,
// over a Unix socket that only the server's own user can reach (a 0700 folder of that user's), so
// the socket gives no one more than the data directory's files already do, and no port is opened.
// The socket cannot sit in the data directory itself: PGlite's dump fails on a socket file there.
//
// The protocol is one answer per connection: a JSON header line, then the tarball's bytes.
//   {"ok":true,"bytes":N}\n<N bytes>      or      {"ok":false,"error":"…"}\n
import { createHash } from "node:crypto";
import { chmodSync, lstatSync, mkdirSync, realpathSync, rmSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The socket for dataDir: the same path for the server and the CLI, short enough for any data directory. */
export function backupSocketPath(dataDir: string): string {
  const folder = join(process.env.XDG_RUNTIME_DIR || tmpdir(), `vertelpunt-${process.getuid?.() ?? "user"}`);
  const name = createHash("sha256").update(realpathSync(dataDir)).digest("hex").slice(0, 24);
  return join(folder, `${name}.sock`);
}

/** Makes the socket's folder, or checks that the one there is ours alone (not a link, mode 0700). */
function privateFolder(socketPath: string): void {
  const folder = join(socketPath, "..");
  mkdirSync(folder, { mode: 0o700, recursive: true });
  const stat = lstatSync(folder);
  const ours = process.getuid ? stat.uid === process.getuid() : true;
  if (!stat.isDirectory() || !ours || (stat.mode & 0o077) !== 0) throw new Error(`${folder} is not a private folder of this user`);
}

/**
 * Answers backup requests on the data directory's socket with dump(). The caller holds the data
 * directory's lock, so a socket already there was left by a killed process and is replaced.
 * Resolves with a function that stops serving and removes the socket.
 */
export async function serveOnlineBackups(dataDir: string, dump: () => Promise<Uint8Array>): Promise<() => Promise<void>> {
  const path = backupSocketPath(dataDir);
  privateFolder(path);
  rmSync(path, { force: true });
  const server: Server = createServer((socket) => {
    socket.on("error", () => socket.destroy()); // a client that went away: nothing to answer
    dump().then(
      (tarball) => {
        socket.write(`${JSON.stringify({ ok: true, bytes: tarball.byteLength })}\n`);
        socket.end(tarball);
      },
      (error: Error) => socket.end(`${JSON.stringify({ ok: false, error: error.message })}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return () => new Promise<void>((resolve) => server.close(() => {
    rmSync(path, { force: true });
    resolve();
  }));
}

/** Asks the server running on dataDir for a backup; rejects when none answers on the socket. */
export function requestOnlineBackup(dataDir: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(backupSocketPath(dataDir));
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const answer = Buffer.concat(chunks);
      const newline = answer.indexOf(0x0a);
      if (newline < 0) return reject(new Error("the server closed the backup connection without an answer"));
      const header = JSON.parse(answer.subarray(0, newline).toString("utf8")) as { ok: boolean; bytes?: number; error?: string };
      if (!header.ok) return reject(new Error(`the server could not make a backup: ${header.error}`));
      const tarball = answer.subarray(newline + 1);
      if (tarball.byteLength !== header.bytes) return reject(new Error(`the backup was cut off (${tarball.byteLength} of ${header.bytes} bytes)`));
      resolve(new Uint8Array(tarball));
    });
  });
}
