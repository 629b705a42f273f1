// One client over time: the stories (with their answers) told about one pseudonymous client, oldest
// first. Analysts and admins only; every story read this way is in the audit log, as any full read.
import { z } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import { story } from "../../db/schema/index.ts";
import { Timeline } from "../../contract/stories.ts";
import type { Api, AppDeps } from "../context.ts";
import { audit } from "../audit.ts";
import { defineRoute, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { notFound } from "../problem.ts";
import { storyColumns } from "../stories/columns.ts";
import { presentStory } from "../stories/present.ts";

const PseudonymParam = z.object({ pseudonym: z.string().regex(/^[A-Za-z0-9_-]{43}$/).openapi({ param: { name: "pseudonym", in: "path" } }) });
const MAX_STORIES = 500;

export function registerSubjectRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "get", path: "/subjects/{pseudonym}/timeline", tags: ["Stories"], operationId: "getSubjectTimeline", security: signedIn,
      summary: "The stories and answers of one pseudonymous client, oldest first (analyst; audited)",
      request: { params: PseudonymParam }, errors: [401, 403, 404], responses: { 200: jsonContent(Timeline, "The client's stories") } }),
    async (c) => {
      // Look the pseudonym up first, so another organization's answers 404 whatever the role.
      const caller = authorize(c.get("caller"), "story:tell");
      const { pseudonym } = c.req.valid("param");
      const rows = await db.select(storyColumns).from(story)
        .where(and(eq(story.organizationId, caller.organizationId), eq(story.subjectPseudonym, pseudonym)))
        .orderBy(asc(story.toldAt), asc(story.id)).limit(MAX_STORIES);
      if (rows.length === 0) throw notFound();
      authorize(caller, "analysis:read");
      await db.transaction(async (tx) => {
        for (const row of rows) await audit(tx, caller, "story.read", "story", row.id, { via: "subjectTimeline" });
      });
      return c.json({ subjectPseudonym: pseudonym, items: rows.map((row) => presentStory(row, caller)) }, 200);
    },
  );
}
