// The reflection a teller sees after telling: where their answers lie among the others' stories.
import { z } from "@hono/zod-openapi";

const Prompt = z.object({
  code: z.enum(["tooFewStories", "typical", "towardsCorner", "lowEnd", "highEnd"]),
  corner: z.number().int().min(0).max(2).optional(),
}).openapi("ReflectionPrompt");
const common = {
  signifierId: z.string(), question: z.string(), prompt: Prompt,
  answered: z.number().int().nullable().openapi({ description: "Stories that answered; null when 1 … k − 1" }),
};
export const Reflection = z.object({
  language: z.string().openapi({ description: "Language of the framework's questions and labels (ISO 639-1)" }),
  items: z.array(z.discriminatedUnion("type", [
    z.object({
      ...common, type: z.literal("triad"), labels: z.array(z.string()).length(3), own: z.array(z.number()).length(3),
      mean: z.array(z.number()).length(3).nullable(),
      density: z.object({ resolution: z.number().int(), values: z.array(z.number()), max: z.number() }).nullable()
        .openapi({ description: "Smoothed density at the triangle's lattice nodes; null when withheld" }),
    }),
    z.object({
      ...common, type: z.literal("dyad"), labels: z.array(z.string()).length(2), own: z.number(),
      edges: z.array(z.number()), counts: z.array(z.number().int().nullable()).nullable(),
    }),
    z.object({
      ...common, type: z.literal("scale"), min: z.number().int(), max: z.number().int(), own: z.number().int(),
      values: z.array(z.object({ value: z.number().int(), count: z.number().int().nullable() })).nullable(),
    }),
  ])),
}).openapi("Reflection");

export type Reflection = z.infer<typeof Reflection>;
export type ReflectionItem = Reflection["items"][number];
