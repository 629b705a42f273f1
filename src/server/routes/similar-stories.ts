// Similar stories: the ten stories most like one story, each with the reason a person can check.
import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { similarStories } from "../knowledge/similar.ts";
import { defineRoute, IdParam, jsonContent, signedIn } from "../openapi.ts";

const SignificationNote = z.object({
  kind: z.enum(["triadClose", "dyadClose", "scaleClose", "stonesClose", "sameChoice"]),
  signifierId: z.string(),
  question: z.string(),
  options: z.array(z.string()).optional().openapi({ description: "sameChoice: the labels of the options both chose" }),
}).openapi("SignificationNote");

const SimilarStory = z.object({
  id: z.string().uuid(),
  collectionId: z.string().uuid(),
  title: z.string().nullable(),
  excerpt: z.string().openapi({ description: "The start of the (redacted) text" }),
  toldAt: z.string().datetime({ offset: true }),
  score: z.number().min(0).max(1).openapi({ description: "The blend of the parts, 1 = the same" }),
  parts: z.object({
    text: z.number().openapi({ description: "TF-IDF cosine over the stems of title and text (and their first five letters, so compounds meet), Dutch and English stop words left out" }),
    signification: z.number().nullable().openapi({ description: "Mean similarity of the answers both gave; null for another framework" }),
    embedding: z.number().nullable().openapi({ description: "Cosine of semantic embeddings; null when none are configured" }),
  }),
  sharedWords: z.array(z.string()).openapi({ description: "Words of this story whose stems both share, strongest first" }),
  signification: z.array(SignificationNote),
  reason: z.string().openapi({ description: "Why it is similar, in the caller's language", example: "gedeelde woorden: schulden, bewindvoerder; driehoek dichtbij (Wat hielp?)" }),
}).openapi("SimilarStory");

const SimilarStories = z.object({
  items: z.array(SimilarStory),
  embeddings: z.boolean().openapi({ description: "Whether semantic embeddings were blended in" }),
}).openapi("SimilarStories");

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
