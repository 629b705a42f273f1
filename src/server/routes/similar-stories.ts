// Similar stories: the ten stories most like one story, each with the reason a person can check.
import { reach } from "../access.ts";
import { SimilarStories } from "../../contract/similar-stories.ts";
import type { Api, AppDeps } from "../context.ts";
import { similarStories } from "../knowledge/similar.ts";
import { defineRoute, IdParam, jsonContent, signedIn } from "../openapi.ts";

export function registerSimilarStoryRoutes(api: Api, { database, config }: AppDeps) {
  api.openapi(
    defineRoute({ method: "get", path: "/stories/{id}/similar", tags: ["Stories"], operationId: "listSimilarStories", security: signedIn,
      summary: "Up to ten stories most like this one (words and answers), each with its reason; a story with nothing in common is not listed; only stories the caller may read, others' only with research consent",
      request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(SimilarStories, "Similar stories, most similar first") } }),
    async (c) => {
      const { caller, resource: source } = await reach(database.db, c.get("caller"), "story", c.req.valid("param").id, "story:tell");
      const items = await similarStories({ db: database.db, embedder: config.embedder }, caller, source, c.get("lang"));
      return c.json({ items, embeddings: Boolean(config.embedder) }, 200);
    },
  );
}
