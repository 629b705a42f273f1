import { reach } from "../access.ts";
import { PublicStoryInput } from "../../contract/collections.ts";
import { IdempotencyHeader, Story, StoryCreated, StoryPage, StoryQuery } from "../../contract/stories.ts";
import type { Api, AppDeps } from "../context.ts";
import { audit, auditStoryReads } from "../audit.ts";
import { defineRoute, signedIn, IdParam, jsonBody, jsonContent } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { presentCreated, presentStory } from "../stories/present.ts";
import { listStories } from "../stories/queries.ts";
import { eraseStory } from "../stories/erase.ts";
import { tellStory } from "../stories/tell.ts";
import { assertMayTell } from "../collections/form-token.ts";
import { recordingUploadOffer } from "../recordings/upload-offer.ts";

export function registerStoryRoutes(api: Api, { database, stories, events, config, recordings, sectorOutbox }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/collections/{id}/stories", tags: ["Stories"], operationId: "tellStory", security: signedIn,
      summary: "Tell a story (signed in: web or interview)",
      request: { params: IdParam, headers: IdempotencyHeader, body: jsonBody(PublicStoryInput) }, errors: [401, 404, 409, 413, 422],
      responses: { 201: jsonContent(StoryCreated, "Stored"), 200: jsonContent(StoryCreated, "Stored earlier under this Idempotency-Key") } }),
    async (c) => {
      const { caller, resource: collection } = await reach(db, c.get("caller"), "collection", c.req.valid("param").id, "story:tell");
      const { formToken, ...input } = c.req.valid("json");
      const { story: row } = await tellStory({ db, writer: stories }, {
        collection, input, caller, channel: input.channel ?? "web", idempotencyKey: c.req.valid("header")["idempotency-key"], lang: c.get("lang"),
        // An interview told offline while the collection was open is still taken after it closed.
        assertMayTell: (open) => assertMayTell(open, { secret: config.secret, formToken, toldAt: input.toldAt }),
      });
      return c.json({ ...presentCreated(row), ...recordingUploadOffer(config.secret, row) }, 201);
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
      const { caller, resource: row } = await reach(db, c.get("caller"), "story", c.req.valid("param").id, "story:tell");
      await audit(db, caller, "story.read", "story", row.id);
      return c.json(presentStory(row, caller), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/stories/{id}", tags: ["Stories"], operationId: "eraseStory", security: signedIn,
      summary: "Erase a story for good (admin, or the teller)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 204: { description: "Erased" } } }),
    async (c) => {
      const { caller, resource: row } = await reach(db, c.get("caller"), "story", c.req.valid("param").id, "story:erase-one");
      await eraseStory({ db, events, recordings, sectorOutbox }, caller, row);
      return c.body(null, 204);
    },
  );
}
