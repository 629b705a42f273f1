// A backup of the running embedded database, asked for through the API (by the instance's operator)
// or by `vertelpunt backup` on the server's own machine (db/online-backup.ts). The copy holds every
// organization's data, so each backup is in the audit log of every organization.
import type { Database } from "../db/client.ts";
import { organization } from "../db/schema/index.ts";
import { audit } from "./audit.ts";
import { Problem } from "./problem.ts";

export type BackupVia = "api" | "command";

/** The database as a gzipped tarball (see dump.ts); with PostgreSQL a 409 that points to pg_dump. */
export async function takeBackup(database: Database, via: BackupVia, userId?: string): Promise<Uint8Array> {
  if (!database.backup) throw new Problem(409, "conflict", "backupUsePgDump");
  const startedAt = new Date().toISOString();
  const tarball = await database.backup();
  const organizations = await database.db.select({ id: organization.id }).from(organization);
  for (const { id } of organizations) {
    await audit(database.db, { organizationId: id, userId }, "backup.created", "instance", "backup", { via, bytes: tarball.byteLength, startedAt });
  }
  return tarball;
}
