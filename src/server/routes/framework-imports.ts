// A framework from a peer's form: NarraFirma's story-form file (CSV) becomes prompts and signifiers,
// its short names kept as ids so that its stories file then imports with the default mapping.
import { z } from "@hono/zod-openapi";
import { frameworkDefinition } from "../../core/framework.ts";
import { frameworkFromNarraFirmaForm } from "../../core/import/narrafirma-form.ts";
import type { Api, AppDeps } from "../context.ts";
import { validationProblem } from "../zod-messages.ts";
import { createFramework, findFramework } from "../frameworks/repository.ts";
import { defineRoute, signedIn, jsonContent } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { badRequest, Problem } from "../problem.ts";
import { presentFramework } from "./frameworks.ts";

const Query = z.object({
  name: z.string().trim().min(1).max(200).openapi({ description: "The new framework's name" }),
  language: z.string().regex(/^[a-z]{2}$/).default("en").openapi({ description: "The language of the form's questions (two letters)" }),
  dryRun: z.enum(["true", "false"]).default("false").openapi({ description: "true: show the framework, store nothing" }),
});

const Result = z.object({
  definition: z.record(z.string(), z.unknown()).openapi({ description: "The framework made from the form (FrameworkInput)" }),
  notes: z.array(z.object({ row: z.number().int(), shortName: z.string(), note: z.enum(["unsupportedType", "tooFewOptions", "scaleRange"]), detail: z.string() }))
    .openapi({ description: "Questions that could not become signifiers as they were, and why" }),
  frameworkId: z.string().uuid().optional().openapi({ description: "The stored framework (not on a dry run)" }),
}).openapi("FrameworkImportResult");

export function registerFrameworkImportRoutes(api: Api, { database: { db } }: AppDeps) {
  api.openapi(
    defineRoute({ method: "post", path: "/framework-imports", tags: ["Frameworks"], operationId: "importFramework", security: signedIn,
      summary: "A framework from NarraFirma's story-form file (CSV), with a dry run (admin)",
      request: { query: Query, body: { required: true, content: { "text/csv": { schema: z.string().openapi({ description: "NarraFirma's story form: Data column name, Type, About, Short name, Long name, Options, Answers" }) } } } },
      errors: [401, 403, 415],
      responses: { 200: jsonContent(Result, "Dry run: the framework it would be"), 201: jsonContent(Result, "Stored as a new framework") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "framework:manage");
      if (!(c.req.header("content-type") ?? "").startsWith("text/csv")) throw new Problem(415, "unsupportedMediaType", "Send Content-Type: text/csv");
      const query = c.req.valid("query");
      let made: ReturnType<typeof frameworkFromNarraFirmaForm>;
      try {
        made = frameworkFromNarraFirmaForm(await c.req.text(), { name: query.name, language: query.language });
      } catch (error) {
        throw badRequest([{ name: "body", reason: (error as Error).message, code: "invalidForm" }]);
      }
      const checked = frameworkDefinition.safeParse(made.definition);
      if (!checked.success) throw validationProblem(checked.error, c.get("lang"));
      if (query.dryRun === "true") return c.json({ definition: checked.data, notes: made.notes }, 200);
      const id = await createFramework(db, caller.organizationId, checked.data);
      return c.json({ definition: presentFramework(await findFramework(db, caller.organizationId, id)), notes: made.notes, frameworkId: id }, 201);
    },
  );
}
