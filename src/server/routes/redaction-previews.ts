// Before sending, the teller sees what colleagues will read: the story with personal data replaced.
// No account needed (the public form uses it); nothing is stored.
import { placeholders, redact } from "../../core/privacy/index.ts";
import { redactInLanguage } from "../../core/privacy/sentence-start.ts";
import { Preview, PreviewInput } from "../../contract/privacy.ts";
import type { Api } from "../context.ts";
import { defineRoute, jsonBody, jsonContent } from "../openapi.ts";

export function registerRedactionPreviewRoutes(api: Api) {
  api.openapi(
    defineRoute({ method: "post", path: "/redaction-previews", tags: ["Trust"], operationId: "previewRedaction",
      summary: "Show which personal data would be hidden in a text (nothing is stored)", request: { body: jsonBody(PreviewInput) },
      responses: { 200: jsonContent(Preview, "The redacted text and what was found (offsets into the text sent)") } }),
    (c) => {
      // The same reading as storage (stories/story-row.ts): the teller sees exactly what will be hidden.
      const { text, language } = c.req.valid("json");
      const result = language ? redactInLanguage(text, language) : redact(text);
      return c.json({
        text: result.text,
        findings: result.findings.map((f) => ({ kind: f.kind, start: f.start, end: f.end, placeholder: placeholders[f.kind] })),
      }, 200);
    },
  );
}
