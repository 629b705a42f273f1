// Themes: groups of stories by their words.
import { z } from "@hono/zod-openapi";

export const ThemeExample = z.object({ id: z.string().uuid(), title: z.string().nullable(), excerpt: z.string() });
export const Themes = z.object({
  matched: z.number().int().openapi({ description: "Stories that pass the filter (research consent given)" }),
  analysed: z.number().int(),
  sampled: z.boolean().openapi({ description: "true when more stories matched than were analysed" }),
  maxStories: z.number().int(),
  k: z.number().int(),
  seed: z.number().int(),
  unthemed: z.number().int().openapi({ description: "Analysed stories without words that any other story shares" }),
  themes: z.array(z.object({
    terms: z.array(z.string()).openapi({ description: "The words that weigh most in the theme, as they appear in the stories" }),
    stems: z.array(z.string()).openapi({ description: "The same, as Dutch stems" }),
    size: z.number().int(),
    examples: z.array(ThemeExample).openapi({ description: "The stories closest to the theme's centre" }),
  })),
}).openapi("Themes");

export type Themes = z.infer<typeof Themes>;
