// The redaction preview: a text with personal data replaced, as colleagues will read it.
import { z } from "@hono/zod-openapi";
import { findingKinds } from "../core/privacy/index.ts";
import { MAX_STORY_TEXT } from "../core/story.ts";

export const PreviewInput = z.object({ text: z.string().max(MAX_STORY_TEXT) }).openapi("RedactionPreviewInput");
export const Preview = z.object({
  text: z.string().openapi({ description: "The text as colleagues will see it" }),
  findings: z.array(z.object({ kind: z.enum(findingKinds), start: z.number().int(), end: z.number().int(), placeholder: z.string() })),
}).openapi("RedactionPreview");

export type RedactionPreview = z.infer<typeof Preview>;
