// Before sending, the teller sees what colleagues will read: the story with personal data replaced.
// No account needed (the public form uses it); nothing is stored. An admin sees the same for a
// framework before saving it: what tellers will read of each of its texts.
import { placeholders, redact } from "../../core/privacy/index.ts";
import { redactInLanguage } from "../../core/privacy/sentence-start.ts";
import { FrameworkInput } from "../../contract/frameworks.ts";
import { FrameworkPreview, Preview, PreviewInput } from "../../contract/privacy.ts";
import { redactFrameworkTexts } from "../../core/privacy/framework-texts.ts";
import type { Finding } from "../../core/privacy/types.ts";
import type { Api } from "../context.ts";
import { defineRoute, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";

const presentFindings = (findings: Finding[]) => findings.map((f) => ({ kind: f.kind, start: f.start, end: f.end, placeholder: placeholders[f.kind] }));

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
        findings: presentFindings(result.findings),
      }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/framework-redaction-previews", tags: ["Trust"], operationId: "previewFrameworkRedaction", security: signedIn,
      summary: "Show which personal data would be removed from a framework's texts in every language (nothing is stored; admin)",
      request: { body: jsonBody(FrameworkInput) }, errors: [401, 403],
      responses: { 200: jsonContent(FrameworkPreview, "Each text in which something would be removed") } }),
    (c) => {
      authorize(c.get("caller"), "framework:manage");
      // The same function that saving runs (frameworks/repository.ts).
      const { changes } = redactFrameworkTexts(c.req.valid("json"));
      return c.json({ changes: changes.map((change) => ({ ...change, findings: presentFindings(change.findings) })) }, 200);
    },
  );
}
