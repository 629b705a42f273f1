// The audit log (admins): who read which story in full, who exported or erased what, newest first,
// filtered by action and paged with a cursor.
import { listAuditEvents } from "../audit/read.ts";
import { AuditPage, AuditQuery } from "../../contract/audit.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";


export function registerAuditRoutes(api: Api, { database }: AppDeps) {
  api.openapi(
    defineRoute({ method: "get", path: "/audit-events", tags: ["Trust"], operationId: "listAuditEvents", security: signedIn,
      summary: "Who read which story in full and who exported or erased what (admin)", request: { query: AuditQuery }, errors: [401, 403],
      responses: { 200: jsonContent(AuditPage, "Newest first") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "member:manage");
      return c.json(await listAuditEvents(database.db, caller, c.req.valid("query")), 200);
    },
  );
}
