// Backups of the running embedded database over HTTP, for a backup job on another machine or outside
// the server's container: `vertelpunt backup FILE --url … --token …`. Only the instance's operator:
// the copy holds every organization's data.
import { BACKUP_CONTENT_TYPE, BackupArchive } from "../../contract/backups.ts";
import { takeBackup } from "../backups.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, signedIn } from "../openapi.ts";
import { authorizeOperator } from "../policy.ts";

export function registerBackupRoutes(api: Api, { database }: AppDeps) {
  api.openapi(
    defineRoute({ method: "post", path: "/backups", tags: ["Instance"], operationId: "createBackup", security: signedIn,
      summary: "A consistent backup of the running embedded database (instance operator only; with PostgreSQL use pg_dump: 409)",
      errors: [401, 403, 409],
      responses: { 200: { description: "The backup; every story acknowledged before the request is in it", content: { [BACKUP_CONTENT_TYPE]: { schema: BackupArchive } } } } }),
    async (c) => {
      const caller = authorizeOperator(c.get("caller"));
      const tarball = await takeBackup(database, "api", caller.userId);
      const name = `vertelpunt-${new Date().toISOString().slice(0, 10)}.tar.gz`;
      return c.body(tarball as Uint8Array<ArrayBuffer>, 200, { "Content-Type": BACKUP_CONTENT_TYPE, "Content-Disposition": `attachment; filename="${name}"` });
    },
  );
}
