// Closing the loop: actions and responses recorded on a story, or on a pattern (every story in it),
// reach the tellers.
import { z } from "@hono/zod-openapi";
import { and, asc, eq, sql } from "drizzle-orm";
import { redact } from "../../core/privacy/index.ts";
import { followUp, story } from "../../db/schema/index.ts";
import { FollowUpInput, PatternFollowUpInput, StoredFollowUp } from "../../contract/interpretations.ts";
import type { Api, AppDeps } from "../context.ts";
import { findCollection } from "../collections/repository.ts";
import { findFramework } from "../frameworks/repository.ts";
import { message } from "../messages.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { badRequest } from "../problem.ts";
import { findStory } from "../stories/queries.ts";

const present = (row: typeof followUp.$inferSelect) => ({ id: row.id, kind: row.kind as "action" | "response", text: row.text, createdAt: row.createdAt.toISOString() });

export function registerFollowUpRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "post", path: "/stories/{id}/follow-ups", tags: ["Interpretations"], operationId: "addFollowUp", security: signedIn,
      summary: "Record an action taken or a response on a story; the teller sees it", request: { params: IdParam, body: jsonBody(FollowUpInput) },
      errors: [401, 403, 404], responses: { 201: jsonContent(StoredFollowUp, "Recorded") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const story = await findStory(db, caller, c.req.valid("param").id);
      authorize(caller, "story:interpret");
      const input = c.req.valid("json");
      const [row] = await db.insert(followUp).values({
        organizationId: caller.organizationId, storyId: story.id, kind: input.kind, text: redact(input.text).text, createdBy: caller.userId,
      }).returning();
      return c.json(present(row!), 201);
    },
  );
  api.openapi(
    defineRoute({ method: "post", path: "/collections/{id}/pattern-follow-ups", tags: ["Interpretations"], operationId: "addPatternFollowUp", security: signedIn,
      summary: "Record an action or response on a pattern: every story in it (with research consent) gets it, and so its teller sees it",
      request: { params: IdParam, body: jsonBody(PatternFollowUpInput) }, errors: [401, 403, 404],
      responses: { 201: jsonContent(z.object({ storyCount: z.number().int() }).openapi("PatternFollowUpResult"), "Recorded on this many stories") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const collection = await findCollection(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "analysis:read");
      const input = c.req.valid("json");
      const { signifiers } = await findFramework(db, caller.organizationId, collection.frameworkId);
      // jsonb containment: {"situatie": "schulden"} for one choice, {"tags": ["a"]} for a multiple choice.
      const contained: Record<string, string | string[]> = {};
      const invalid = Object.entries(input.pattern).flatMap(([id, option]) => {
        const s = signifiers.find((x) => x.id === id);
        if (s?.type !== "choice" || !s.options.some((o) => o.id === option)) return [{ name: `pattern.${id}`, code: "unknownOption", reason: message("unknownOption", c.get("lang")) }];
        contained[id] = s.multiple ? [option] : option;
        return [];
      });
      if (invalid.length > 0) throw badRequest(invalid);
      const inserted = await db.insert(followUp).select(db.select({
        id: sql`gen_random_uuid()`.as("id"), organizationId: story.organizationId, storyId: story.id, kind: sql`${input.kind}`.as("kind"),
        text: sql`${redact(input.text).text}`.as("text"), createdBy: sql`${caller.userId}::uuid`.as("created_by"),
        sessionId: sql`null::uuid`.as("session_id"), createdAt: sql`now()`.as("created_at"),
      }).from(story).where(and(
        eq(story.organizationId, caller.organizationId), eq(story.collectionId, collection.id), eq(story.consentResearch, true),
        sql`${story.answers} @> ${JSON.stringify(contained)}::jsonb`,
      ))).returning({ id: followUp.id });
      return c.json({ storyCount: inserted.length }, 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/stories/{id}/follow-ups", tags: ["Interpretations"], operationId: "listFollowUps", security: signedIn,
      summary: "What was done with a story", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(StoredFollowUp) }), "Oldest first") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const story = await findStory(db, caller, c.req.valid("param").id);
      const rows = await db.select().from(followUp)
        .where(and(eq(followUp.organizationId, caller.organizationId), eq(followUp.storyId, story.id))).orderBy(asc(followUp.createdAt));
      return c.json({ items: rows.map(present) }, 200);
    },
  );
}
