// Translation files of a framework: what an uploaded file changed.
import { z } from "@hono/zod-openapi";

/** translation: the framework's texts in another language; easy: easy-language texts in a language. */
export const translationVariants = ["translation", "easy"] as const;

export const TranslationImport = z.object({
  language: z.string(),
  variant: z.enum(translationVariants),
  imported: z.number().int().openapi({ description: "Texts taken from the file" }),
  ignored: z.array(z.string()).openapi({ description: "Keys in the file the framework does not have (left out)" }),
  missing: z.array(z.string()).openapi({ description: "Keys still without a text in this language" }),
}).openapi("TranslationImport");

export type TranslationImport = z.infer<typeof TranslationImport>;
