// A framework from a peer's form: NarraFirma's story-form file (CSV) or an XLSForm (KoboToolbox, ODK;
// XLSX) becomes prompts and signifiers, the form's names kept as ids so that its stories file or data
// export then imports with the default mapping.
import { z } from "@hono/zod-openapi";
import { frameworkDefinition } from "../../core/framework.ts";
import { formNoteCodes, formNoteText } from "../../core/import/form-notes.ts";
import { frameworkFromNarraFirmaForm } from "../../core/import/narrafirma-form.ts";
import { ImportFileError } from "../../core/import/problems.ts";
import { frameworkFromXlsForm, type XlsFormFramework } from "../../core/import/xlsform.ts";
import { isZip, readWorkbook } from "../../core/import/xlsx-read.ts";
import type { Api, AppDeps } from "../context.ts";
import { type Lang, message } from "../messages.ts";
import { validationProblem } from "../zod-messages.ts";
import { createFramework, findFramework } from "../frameworks/repository.ts";
import { defineRoute, signedIn, jsonContent } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { badRequest, Problem } from "../problem.ts";
import { decodeUtf8 } from "../input-hygiene.ts";
import { presentFramework } from "../frameworks/present.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const Query = z.object({
  name: z.string().trim().min(1).max(200).optional().openapi({ description: "The new framework's name (an XLSForm's form_title when left out)" }),
  language: z.string().regex(/^[a-z]{2}$/).optional().openapi({ description: "The language of the form's questions (two letters); for an XLSForm, which label::<language> column to take (nl when left out); for NarraFirma en when left out" }),
  dryRun: z.enum(["true", "false"]).default("false").openapi({ description: "true: show the framework, store nothing" }),
});

const Result = z.object({
  definition: z.record(z.string(), z.unknown()).openapi({ description: "The framework made from the form (FrameworkInput)" }),
  notes: z.array(z.object({
    row: z.number().int(), shortName: z.string(), note: z.enum(formNoteCodes), detail: z.string(),
    reason: z.string().openapi({ description: "Row, question and what happened, in the caller's language" }),
  })).openapi({ description: "Questions that could not become signifiers as they were, and why" }),
  translations: z.array(z.object({
    language: z.string(), questions: z.record(z.string(), z.string()), options: z.record(z.string(), z.record(z.string(), z.string())),
  })).optional().openapi({ description: "XLSForm: the other label::<language> columns by signifier id (not stored with the framework yet)" }),
  frameworkId: z.string().uuid().optional().openapi({ description: "The stored framework (not on a dry run)" }),
}).openapi("FrameworkImportResult");

type Made = Pick<XlsFormFramework, "definition" | "notes"> & Partial<Pick<XlsFormFramework, "translations">>;

const fileErrors = { notXlsx: "importNotXlsx", notXlsForm: "importNotXlsForm", notNarraFirmaForm: "importNotNarraFirmaForm" } as const;

/** The form read as its media type says; a file that is not what it claims is a 400 in the caller's language. */
function readForm(bytes: Uint8Array, type: string, query: z.infer<typeof Query>, lang: Lang): Made {
  try {
    if (type.startsWith(XLSX) || isZip(bytes)) return frameworkFromXlsForm(readWorkbook(bytes), { name: query.name, language: query.language ?? "nl" });
    return frameworkFromNarraFirmaForm(decodeUtf8(bytes, lang), { name: query.name ?? "NarraFirma", language: query.language ?? "en" });
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    throw badRequest([{ name: "body", reason: message(fileErrors[error.code], lang), code: "invalidForm" }]);
  }
}

export function registerFrameworkImportRoutes(api: Api, { database: { db } }: AppDeps) {
  api.openapi(
    defineRoute({ method: "post", path: "/framework-imports", tags: ["Frameworks"], operationId: "importFramework", security: signedIn,
      summary: "A framework from NarraFirma's story-form file (CSV) or an XLSForm (KoboToolbox, ODK; XLSX), with a dry run (admin)",
      request: { query: Query, body: { required: true, content: {
        "text/csv": { schema: z.string().openapi({ description: "NarraFirma's story form: Data column name, Type, About, Short name, Long name, Options, Answers" }) },
        [XLSX]: { schema: z.string().openapi({ format: "binary", description: "An XLSForm: survey and choices sheets (settings optional)" }) },
      } } },
      errors: [401, 403, 415],
      responses: { 200: jsonContent(Result, "Dry run: the framework it would be"), 201: jsonContent(Result, "Stored as a new framework") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "framework:manage");
      const type = c.req.header("content-type") ?? "";
      const lang = c.get("lang");
      if (!type.startsWith("text/csv") && !type.startsWith(XLSX)) throw new Problem(415, "unsupportedMediaType", "importFormType");
      const query = c.req.valid("query");
      const made = readForm(new Uint8Array(await c.req.arrayBuffer()), type, query, lang);
      const checked = frameworkDefinition.safeParse(made.definition);
      if (!checked.success) throw validationProblem(checked.error, lang);
      const notes = made.notes.map((n) => ({ ...n, reason: formNoteText(n, lang) }));
      const extra = made.translations ? { translations: made.translations } : {};
      if (query.dryRun === "true") return c.json({ definition: checked.data, notes, ...extra }, 200);
      const id = await createFramework(db, caller.organizationId, checked.data);
      return c.json({ definition: presentFramework(await findFramework(db, caller.organizationId, id)), notes, ...extra, frameworkId: id }, 201);
    },
  );
}
