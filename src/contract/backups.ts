// A backup of the whole embedded database (POST /backups): a gzipped tar of its data directory,
// which `vertelpunt restore` puts back.
import { z } from "@hono/zod-openapi";

export const BACKUP_CONTENT_TYPE = "application/gzip";

export const BackupArchive = z.string().openapi("BackupArchive", {
  format: "binary",
  description: "PGlite's data directory as a gzipped tar (with recordings/ when the recordings are kept there); restore it with `vertelpunt restore`",
});
