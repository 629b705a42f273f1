// Translation files of a framework: download one for a translator (XLIFF 2.0 or CSV with keys), and
// upload what comes back, which becomes a new version of the framework.
import { z } from "@hono/zod-openapi";
import { translationFileFormats } from "../../core/translation-files.ts";
import type { Api, AppDeps } from "../context.ts";
import { contentTypes, importTranslationFile, translationFileFor } from "../frameworks/translation-files.ts";
import { forgetFrameworkVersion } from "../stories/tell.ts";
import { defineRoute, jsonContent, signedIn } from "../openapi.ts";
import { Problem } from "../problem.ts";
import { TranslationImport as ImportResult, translationVariants } from "../../contract/framework-translations.ts";
import { reach } from "../access.ts";

const Params = z.object({
  id: z.string().uuid().openapi({ param: { name: "id", in: "path" } }),
  language: z.string().regex(/^[a-z]{2}$/).openapi({ param: { name: "language", in: "path" }, description: "Two-letter language code of the translation, e.g. ar" }),
});
const variant = z.enum(translationVariants).default("translation")
  .openapi({ description: "translation: the framework's texts in another language; easy: easy-language (A2/B1) texts in this language" });
const DownloadQuery = z.object({ format: z.enum(translationFileFormats).default("xliff"), variant });
const UploadQuery = z.object({ variant });

export function registerFrameworkTranslationRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "get", path: "/frameworks/{id}/translation-files/{language}", tags: ["Frameworks"], operationId: "getTranslationFile",
      summary: "A translation file for a translator: every text of the framework by key, with what is translated so far (admin)",
      security: signedIn, request: { params: Params, query: DownloadQuery }, errors: [400, 401, 403, 404],
      responses: { 200: { description: "The file", content: Object.fromEntries(Object.values(contentTypes).map((t) => [t, { schema: z.string() }])) } } }),
    async (c) => {
      const { id, language } = c.req.valid("param");
      const { resource: framework } = await reach(db, c.get("caller"), "framework", id, "framework:manage");
      const { format, variant: which } = c.req.valid("query");
      const file = translationFileFor(framework, language, which, format);
      c.header("content-type", file.contentType);
      c.header("content-disposition", `attachment; filename="${file.filename}"`);
      return c.body(file.body, 200) as never;
    },
  );

  api.openapi(
    defineRoute({ method: "put", path: "/frameworks/{id}/translation-files/{language}", tags: ["Frameworks"], operationId: "importTranslationFile",
      summary: "Take in a translated file (XLIFF 2.0 or CSV with keys) as a new version of the framework (admin)",
      security: signedIn,
      request: {
        params: Params, query: UploadQuery,
        body: { required: true, content: {
          "application/xliff+xml": { schema: z.string().openapi({ description: "XLIFF 2.0, one unit per text key" }) },
          "text/csv": { schema: z.string().openapi({ description: "Columns key and translation (source may stay); comma or semicolon" }) },
        } },
      },
      errors: [400, 401, 403, 404, 415],
      responses: { 200: jsonContent(ImportResult, "Taken in; the framework has a new version") } }),
    async (c) => {
      const { id, language } = c.req.valid("param");
      const { caller, resource: framework } = await reach(db, c.get("caller"), "framework", id, "framework:manage");
      const type = c.req.header("content-type") ?? "";
      const format = type.startsWith("text/csv") ? "csv" : /^application\/(xliff\+)?xml/.test(type) ? "xliff" : undefined;
      if (!format) throw new Problem(415, "unsupportedMediaType", "Send Content-Type: application/xliff+xml or text/csv");
      const result = await importTranslationFile(db, caller.organizationId, framework, {
        language, variant: c.req.valid("query").variant, format, body: await c.req.text(),
      });
      forgetFrameworkVersion(id);
      return c.json(result, 200);
    },
  );
}
