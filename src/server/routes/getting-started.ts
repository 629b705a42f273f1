// The admin's first steps, read from what is there: a framework, a vertelpunt, its link used by a
// teller, the first stories, enough stories for patterns. The demo never counts.
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { DEFAULT_MIN_N } from "../../core/patterns/what-works.ts";
import type { Db } from "../../db/client.ts";
import { collection, framework, story } from "../../db/schema/index.ts";
import { GettingStarted, stepIds } from "../../contract/organization.ts";
import type { Api, AppDeps } from "../context.ts";
import { findDemo } from "../demo/demo-collection.ts";
import { defineRoute, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";

/** Stories per real collection, most first, with how many came in through its public link (no signed-in teller). */
async function storiesPerCollection(db: Db, organizationId: string) {
  const rows = await db.select({ id: collection.id, stories: count(story.id) }).from(collection)
    .leftJoin(story, and(eq(story.organizationId, organizationId), eq(story.collectionId, collection.id)))
    .where(and(eq(collection.organizationId, organizationId), eq(collection.demo, false)))
    .groupBy(collection.id).orderBy(desc(count(story.id)), desc(collection.createdAt));
  const [publicLink] = await db.select({ n: count() }).from(story).innerJoin(collection, eq(collection.id, story.collectionId))
    .where(and(eq(story.organizationId, organizationId), eq(collection.demo, false), isNull(story.tellerUserId)));
  return { rows: rows.map((r) => ({ id: r.id, stories: Number(r.stories) })), viaLink: Number(publicLink?.n ?? 0) };
}

export function registerGettingStartedRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "get", path: "/getting-started", tags: ["Collections"], operationId: "getGettingStarted", security: signedIn,
      summary: "The first steps of setting up Vertelpunt and which are done (admin)", errors: [401, 403],
      responses: { 200: jsonContent(GettingStarted, "The steps") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:manage");
      const demo = await findDemo(db, caller.organizationId);
      const frameworks = await db.select({ id: framework.id }).from(framework).where(eq(framework.organizationId, caller.organizationId)).orderBy(desc(framework.createdAt));
      const real = frameworks.filter((f) => f.id !== demo?.frameworkId);
      const { rows, viaLink } = await storiesPerCollection(db, caller.organizationId);
      const done = {
        framework: real.length > 0, collection: rows.length > 0, share: viaLink > 0,
        stories: rows.some((r) => r.stories > 0), patterns: rows.some((r) => r.stories >= DEFAULT_MIN_N),
      };
      return c.json({
        steps: stepIds.map((id) => ({ id, done: done[id] })), frameworkId: real[0]?.id ?? null, collectionId: rows[0]?.id ?? null,
        patternsAt: DEFAULT_MIN_N, demoCollectionId: demo?.id ?? null,
      }, 200);
    },
  );
}
