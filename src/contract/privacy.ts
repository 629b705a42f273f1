// The redaction preview: a text with personal data replaced, as colleagues will read it.
import { z } from "@hono/zod-openapi";
import { findingKinds } from "../core/privacy/index.ts";
import { MAX_STORY_TEXT } from "../core/story.ts";

export const PreviewInput = z.object({
  text: z.string().max(MAX_STORY_TEXT),
  language: z.string().regex(/^[a-z]{2}$/).optional().openapi({ description: "The language the story is told in (as sent with the story): in English, French and German a sentence start is no name. Left out: read as Dutch, which hides at least as much." }),
}).openapi("RedactionPreviewInput");
const PreviewFinding = z.object({ kind: z.enum(findingKinds), start: z.number().int(), end: z.number().int(), placeholder: z.string() });
export const Preview = z.object({
  text: z.string().openapi({ description: "The text as colleagues will see it" }),
  findings: z.array(PreviewFinding),
}).openapi("RedactionPreview");

export const FrameworkPreview = z.object({
  changes: z.array(z.object({
    key: z.string().openapi({ description: "The text's key, e.g. prompt.moment.text or question.hulp.option.buurman" }),
    language: z.string(),
    variant: z.enum(["source", "translation", "easy"]),
    original: z.string(),
    text: z.string().openapi({ description: "The text as tellers will read it" }),
    findings: z.array(PreviewFinding),
  })).openapi({ description: "Only the texts in which something would be removed" }),
}).openapi("FrameworkRedactionPreview");

export type RedactionPreview = z.infer<typeof Preview>;
export type FrameworkRedactionPreview = z.infer<typeof FrameworkPreview>;
