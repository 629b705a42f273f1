// The redaction preview: a text with personal data replaced, as colleagues will read it.
import { z } from "@hono/zod-openapi";
import { findingKinds } from "../core/privacy/index.ts";
import { MAX_STORY_TEXT } from "../core/story.ts";

export const PreviewInput = z.object({
  text: z.string().max(MAX_STORY_TEXT),
  language: z.string().regex(/^[a-z]{2}$/).optional().openapi({ description: "The language the story is told in (as sent with the story): in English, French and German a sentence start is no name. Left out: read as Dutch, which hides at least as much." }),
}).openapi("RedactionPreviewInput");
export const Preview = z.object({
  text: z.string().openapi({ description: "The text as colleagues will see it" }),
  findings: z.array(z.object({ kind: z.enum(findingKinds), start: z.number().int(), end: z.number().int(), placeholder: z.string() })),
}).openapi("RedactionPreview");

export type RedactionPreview = z.infer<typeof Preview>;
