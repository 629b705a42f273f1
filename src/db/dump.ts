// A consistent copy of a PGlite database while it runs: its whole data directory as a gzipped
// tarball (PGlite's dumpDataDir), for backups (cli/backup.ts, the server's backups).
import type { PGlite } from "@electric-sql/pglite";

/**
 * PGlite copies the files under its query lock, so no statement runs during the copy: the copy is
 * what a crash at that instant would leave, and PostgreSQL's WAL makes every commit before it whole
 * again on restore. The checkpoint first keeps that replay short.
 */
export async function dumpGzipped(client: PGlite): Promise<Uint8Array> {
  await client.exec("CHECKPOINT");
  return new Uint8Array(await (await client.dumpDataDir("gzip")).arrayBuffer());
}
