// Themes: unsupervised groups of stories by their words, over any filtered set of a collection's
// stories, for analysts. See docs/algorithm-register/themes.md.
import { z } from "@hono/zod-openapi";
import { DEFAULT_SEED } from "../../core/stats/random.ts";
import { reach } from "../access.ts";
import { Themes } from "../../contract/themes.ts";
import type { Api, AppDeps } from "../context.ts";
import { themesOf } from "../knowledge/themes.ts";
import { defineRoute, IdParam, jsonContent, signedIn } from "../openapi.ts";
import { answer, FilterQuery, filterFrom } from "../patterns/query.ts";

export const MAX_THEME_STORIES = 5000;

const ThemeQuery = FilterQuery.extend({
  k: z.coerce.number().int().min(2).max(12).default(5).openapi({ description: "How many themes to look for" }),
  seed: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(DEFAULT_SEED).openapi({ description: "The same stories and seed give the same themes" }),
  maxStories: z.coerce.number().int().min(10).max(MAX_THEME_STORIES).default(2000)
    .openapi({ description: `At most this many stories are analysed (at most ${MAX_THEME_STORIES}), drawn by the seed` }),
});

export function registerThemeRoutes(api: Api, { database }: AppDeps) {
  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/themes", tags: ["Patterns"], operationId: "getThemes", security: signedIn,
      summary: "Themes in the filtered stories: k-means over TF-IDF of Dutch stems, each labelled by its top words and example stories",
      request: { params: IdParam, query: ThemeQuery }, errors: [401, 403, 404],
      responses: { 200: jsonContent(Themes, "The themes, largest first") } }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { caller } = await reach(database.db, c.get("caller"), "collection", id, "analysis:read");
      const q = c.req.valid("query");
      const scope = { organizationId: caller.organizationId, collectionId: id };
      return c.json(await answer(() => themesOf(database.readDb, scope, filterFrom(q), { k: q.k, seed: q.seed, maxStories: q.maxStories })), 200);
    },
  );
}
