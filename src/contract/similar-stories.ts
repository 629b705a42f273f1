// Similar stories: the stories most like one story, each with the reason a person can check.
import { z } from "@hono/zod-openapi";

export const SignificationNote = z.object({
  kind: z.enum(["triadClose", "dyadClose", "scaleClose", "stonesClose", "sameChoice"]),
  signifierId: z.string(),
  question: z.string(),
  options: z.array(z.string()).optional().openapi({ description: "sameChoice: the labels of the options both chose" }),
}).openapi("SignificationNote");
export const SimilarStory = z.object({
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
export const SimilarStories = z.object({
  items: z.array(SimilarStory),
  embeddings: z.boolean().openapi({ description: "Whether semantic embeddings were blended in" }),
}).openapi("SimilarStories");

export type SimilarStory = z.infer<typeof SimilarStory>;
export type SimilarStories = z.infer<typeof SimilarStories>;
