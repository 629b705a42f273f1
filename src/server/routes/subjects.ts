// One client over time: the stories (with their answers) told about one pseudonymous client, oldest
// first. Analysts and admins only; every story read this way is in the audit log, as any full read.
import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import { Timeline } from "../../contract/stories.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonContent, signedIn } from "../openapi.ts";
import { presentStory } from "../stories/present.ts";
import { auditTimelineRead } from "../stories/subject-timeline.ts";

const PseudonymParam = z.object({ pseudonym: z.string().regex(/^[A-Za-z0-9_-]{43}$/).openapi({ param: { name: "pseudonym", in: "path" } }) });

export function registerSubjectRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "get", path: "/subjects/{pseudonym}/timeline", tags: ["Stories"], operationId: "getSubjectTimeline", security: signedIn,
      summary: "The stories and answers of one pseudonymous client, oldest first (analyst; audited)",
      request: { params: PseudonymParam }, errors: [401, 403, 404], responses: { 200: jsonContent(Timeline, "The client's stories") } }),
    async (c) => {
      const { pseudonym } = c.req.valid("param");
      const { caller, resource: rows } = await reach(db, c.get("caller"), "subject", pseudonym, "analysis:read");
      await auditTimelineRead(db, caller, rows);
      return c.json({ subjectPseudonym: pseudonym, items: rows.map((row) => presentStory(row, caller)) }, 200);
    },
  );
}
