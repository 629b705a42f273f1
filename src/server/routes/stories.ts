import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { storyInput } from "../../core/story.ts";
import { story } from "../../db/schema/index.ts";
import type { Api, AppDeps } from "../context.ts";
import { audit, auditStoryReads } from "../audit.ts";
import { findCollection } from "../collections/repository.ts";
import { defineRoute, signedIn, IdParam, jsonBody, jsonContent } from "../openapi.ts";
import { withdrawStoryFromSector } from "../sector/contribute.ts";
import { authorize, isAllowed } from "../policy.ts";
import { forbidden } from "../problem.ts";
import { presentCreated, presentStory, Story, StoryCreated } from "../stories/present.ts";
import { findStory, listStories } from "../stories/queries.ts";
import { tellStory } from "../stories/tell.ts";

export const StoryInput = storyInput.meta({ id: "StoryInput" });
export const IdempotencyHeader = z.object({
  "idempotency-key": z.string().min(1).max(200).optional().openapi({
    param: { name: "idempotency-key", in: "header" }, description: "A retry with the same key and the same body returns the first story; the same key with another body answers 422. A key counts for this route, this collection and this caller, for 24 hours",
  }),
});
const dateTime = z.string().datetime({ offset: true });
const StoryQuery = z.object({
  collectionId: z.string().uuid().optional(),
  frameworkId: z.string().uuid().optional().openapi({ description: "Only stories told in the collections of this framework" }),
  q: z.string().max(500).optional().openapi({ description: "Dutch full-text search: words, \"phrases\", OR, -not" }),
  from: dateTime.optional(),
  to: dateTime.optional(),
  teamId: z.string().uuid().optional(),
  toldBy: z.enum(["me"]).optional().openapi({ description: "me: only the stories the caller told" }),
  channels: z.string().max(100).optional().openapi({ description: "Comma-separated: web, interview, kiosk, import" }),
  tags: z.string().max(2000).optional().openapi({ description: "Comma-separated: only stories a colleague gave any of these tags when interpreting" }),
  audience: z.string().max(100).optional().openapi({ description: "Comma-separated: professionals, clients (the audience of the story's collection)" }),
  answers: z.string().max(4000).optional().openapi({
    description: "With collectionId or frameworkId: JSON array of answer conditions as the pattern routes take them; lists only the stories those routes count (research consent given)",
  }),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const StoryListItem = Story.extend({
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })).optional()
    .openapi({ description: "With q: the passages that match, as text segments; match = a search word" }),
}).openapi("StoryListItem");
const StoryPage = z.object({ items: z.array(StoryListItem), nextCursor: z.string().nullable() }).openapi("StoryPage");

export function registerStoryRoutes(api: Api, { database, stories, events, sectorOutbox }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/collections/{id}/stories", tags: ["Stories"], operationId: "tellStory", security: signedIn,
      summary: "Tell a story (signed in: web or interview)",
      request: { params: IdParam, headers: IdempotencyHeader, body: jsonBody(StoryInput) }, errors: [401, 404, 409, 413, 422],
      responses: { 201: jsonContent(StoryCreated, "Stored"), 200: jsonContent(StoryCreated, "Stored earlier under this Idempotency-Key") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const collection = await findCollection(db, caller.organizationId, c.req.valid("param").id);
      const input = c.req.valid("json");
      const { story: row } = await tellStory({ db, writer: stories }, {
        collection, input, caller, channel: input.channel ?? "web", idempotencyKey: c.req.valid("header")["idempotency-key"], lang: c.get("lang"),
      });
      return c.json(presentCreated(row), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/stories", tags: ["Stories"], operationId: "listStories", security: signedIn,
      summary: "Stories, newest first; tellers see their own", request: { query: StoryQuery }, errors: [401],
      responses: { 200: jsonContent(StoryPage, "A page of stories") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const query = c.req.valid("query");
      // A search tolerates a little lag (a replica may answer it); a plain list shows the caller's own story at once.
      const page = await listStories(query.q ? database.readDb : db, caller, query);
      await auditStoryReads(db, caller, page.items.map((row) => row.id), "list");
      return c.json({ items: page.items.map((row) => ({ ...presentStory(row, caller), snippet: row.snippet })), nextCursor: page.nextCursor }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/stories/{id}", tags: ["Stories"], operationId: "getStory", security: signedIn,
      summary: "One story", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(Story, "The story") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const row = await findStory(db, caller, c.req.valid("param").id);
      await audit(db, caller, "story.read", "story", row.id);
      return c.json(presentStory(row, caller), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/stories/{id}", tags: ["Stories"], operationId: "eraseStory", security: signedIn,
      summary: "Erase a story for good (admin, or the teller)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 204: { description: "Erased" } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const row = await findStory(db, caller, c.req.valid("param").id);
      if (!isAllowed(caller, "story:erase") && row.tellerUserId !== caller.userId) throw forbidden();
      await withdrawStoryFromSector(db, caller.organizationId, row.id, sectorOutbox.kick);
      await db.transaction(async (tx) => {
        await tx.delete(story).where(and(eq(story.organizationId, caller.organizationId), eq(story.id, row.id)));
        await audit(tx, caller, "story.erased", "story", row.id);
      });
      await events.publish({ type: "story.erased", organizationId: caller.organizationId, collectionId: row.collectionId, data: { storyId: row.id } });
      return c.body(null, 204);
    },
  );
}
