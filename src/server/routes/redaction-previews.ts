// Before sending, the teller sees what colleagues will read: the story with personal data replaced.
// No account needed (the public form uses it); nothing is stored.
import { z } from "@hono/zod-openapi";
import { findingKinds, placeholders, redact } from "../../core/privacy/index.ts";
import { MAX_STORY_TEXT } from "../../core/story.ts";
import type { Api } from "../context.ts";
import { defineRoute, jsonBody, jsonContent } from "../openapi.ts";

const PreviewInput = z.object({ text: z.string().max(MAX_STORY_TEXT) }).openapi("RedactionPreviewInput");
const Preview = z.object({
  text: z.string().openapi({ description: "The text as colleagues will see it" }),
  findings: z.array(z.object({ kind: z.enum(findingKinds), start: z.number().int(), end: z.number().int(), placeholder: z.string() })),
}).openapi("RedactionPreview");

export function registerRedactionPreviewRoutes(api: Api) {
  api.openapi(
    defineRoute({ method: "post", path: "/redaction-previews", tags: ["Trust"], operationId: "previewRedaction",
      summary: "Show which personal data would be hidden in a text (nothing is stored)", request: { body: jsonBody(PreviewInput) },
      responses: { 200: jsonContent(Preview, "The redacted text and what was found (offsets into the text sent)") } }),
    (c) => {
      const result = redact(c.req.valid("json").text);
      return c.json({
        text: result.text,
        findings: result.findings.map((f) => ({ kind: f.kind, start: f.start, end: f.end, placeholder: placeholders[f.kind] })),
      }, 200);
    },
  );
}
