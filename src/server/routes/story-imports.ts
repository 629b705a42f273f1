import { z } from "@hono/zod-openapi";
import { csvFormats } from "../../core/import/csv.ts";
import { parseMappingOverrides, planCsvImport } from "../../core/import/plan.ts";
import { cellProblemCodes, cellProblemText } from "../../core/import/problems.ts";
import type { Api, AppDeps } from "../context.ts";
import { type Lang, message } from "../messages.ts";
import { type CollectionRow, findCollection } from "../collections/repository.ts";
import { PROCESS_ID } from "../events/bus.ts";
import { defineRoute, signedIn, IdParam, jsonContent } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { badRequest, Problem } from "../problem.ts";
import { decodeUtf8 } from "../input-hygiene.ts";
import { importStories, ndjsonEntries } from "../stories/import.ts";
import { storyContext } from "../stories/tell.ts";

const ImportQuery = z.object({
  dryRun: z.enum(["true", "false"]).default("false").openapi({ description: "true: check and report, store nothing" }),
  format: z.enum(csvFormats).optional().openapi({ description: "For text/csv: narrafirma (NarraFirma's story-collection export), sensemaker (one row per story; triads as three percentage columns, dyads 0–100) or kobo (KoboToolbox's CSV data export with XML values and headers: group/question columns, select_multiple as space-separated names and/or question/option columns). Recognised from the header when left out." }),
  mapping: z.string().max(8000).regex(/^\d+:[A-Za-z0-9_.-]*(,\d+:[A-Za-z0-9_.-]*)*$/).optional()
    .openapi({ description: "For text/csv: overrides of the suggested mapping as column:target pairs, e.g. 0:text,3:answers.regie,5: (empty: leave the column out)" }),
});

const ColumnReport = z.object({
  index: z.number().int(), header: z.string(), target: z.string().nullable(),
  status: z.enum(["mapped", "ignored", "unknownTarget", "duplicateTarget"]),
});

const ImportResult = z.object({
  dryRun: z.boolean(),
  accepted: z.number().int().openapi({ description: "Good lines or rows: stored now, stored by an earlier import, or (dry run) to be stored" }),
  imported: z.number().int().openapi({ description: "Stories stored by this request" }),
  alreadyImported: z.number().int().openapi({ description: "Good lines an earlier import stored already (an import can be repeated safely)" }),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })).openapi({ description: "Bad lines (NDJSON) or rows (CSV, the header is row 1)" }),
  format: z.string().optional(),
  rows: z.number().int().optional().openapi({ description: "CSV: data rows read" }),
  columns: z.array(ColumnReport).optional().openapi({ description: "CSV: each column, its target and whether it maps" }),
  unmappedSignifiers: z.array(z.string()).optional().openapi({ description: "CSV: signifiers no column feeds" }),
  targets: z.array(z.object({ target: z.string(), label: z.string() })).optional().openapi({ description: "CSV: every target a column can have" }),
  keptWhole: z.number().int().optional().openapi({ description: "CSV: rows every mapped cell of which could be read" }),
  problems: z.array(z.object({
    row: z.number().int(), column: z.number().int(), header: z.string(), question: z.string(), value: z.string(), code: z.enum(cellProblemCodes),
    reason: z.string().openapi({ description: "Row, column, question and why, in the caller's language" }),
  })).optional().openapi({ description: "CSV: answers left out because their cell could not be read; their stories are kept" }),
  troubleColumns: z.array(z.object({ column: z.number().int(), header: z.string(), question: z.string(), count: z.number().int() }))
    .optional().openapi({ description: "CSV: columns by how many of their cells could not be read, most first" }),
  redactions: z.array(z.object({ line: z.number().int(), field: z.enum(["title", "text"]), removed: z.array(z.string()) }))
    .openapi({ description: "What personal-data removal changes (dry run: will change) in which stories: the words that become placeholders" }),
}).openapi("StoryImportResult");

// Stories read back per query when the index takes an import (bounded by PostgreSQL's parameter limit).
const INDEX_CHUNK = 5000;

export function registerStoryImportRoutes(api: Api, { database, events, patterns, logger }: AppDeps) {
  const csvPlan = async (collection: CollectionRow, body: string, query: z.infer<typeof ImportQuery>, lang: Lang) => {
    const { definition } = (await storyContext(database.db, collection)).framework;
    try {
      return planCsvImport(body, definition, { format: query.format, overrides: parseMappingOverrides(query.mapping), lang });
    } catch (error) {
      throw badRequest([{ name: "body", reason: `${message("importNotCsv", lang)}: ${(error as Error).message}`, code: "invalidCsv" }]);
    }
  };
  api.openapi(
    defineRoute({ method: "post", path: "/collections/{id}/story-imports", tags: ["Stories"], operationId: "importStories",
      summary: "Import stories: NDJSON (one StoryInput a line) or a peer's CSV (NarraFirma, SenseMaker-style), with a dry run (analyst or admin)", security: signedIn,
      request: {
        params: IdParam,
        query: ImportQuery,
        body: { required: true, content: {
          "application/x-ndjson": { schema: z.string().openapi({ description: "One story (StoryInput) per line" }) },
          "text/csv": { schema: z.string().openapi({ description: "A CSV file with a header row; comma or semicolon between cells" }) },
        } },
      },
      errors: [401, 403, 404, 413, 415],
      responses: {
        200: jsonContent(ImportResult, "Dry run: what would be stored and what not; nothing stored"),
        201: jsonContent(ImportResult, "Good lines stored; bad lines reported"),
      } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const collection = await findCollection(database.db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "story:import");
      const query = c.req.valid("query");
      const type = c.req.header("content-type") ?? "";
      const isCsv = type.startsWith("text/csv");
      if (!isCsv && !type.startsWith("application/x-ndjson")) {
        throw new Problem(415, "unsupportedMediaType", "importStoryType");
      }
      const body = decodeUtf8(await c.req.arrayBuffer(), c.get("lang"));
      const dryRun = query.dryRun === "true";
      const { entries, problems, ...csvReport } = isCsv ? await csvPlan(collection, body, query, c.get("lang")) : { entries: ndjsonEntries(body, c.get("lang")), problems: undefined };
      const result = await importStories(database.db, collection, entries, caller, c.get("lang"), { dryRun });
      // The stories are stored: an index that fails to follow must not turn that into an error.
      for (let i = 0; i < result.storyIds.length; i += INDEX_CHUNK) {
        await patterns.reload(result.storyIds.slice(i, i + INDEX_CHUNK)).catch((error: Error) => logger.error({ err: error.message }, "pattern index did not take the import"));
      }
      if (result.imported > 0) {
        await events.publish({ type: "stories.imported", organizationId: caller.organizationId, collectionId: collection.id, data: { count: result.imported, origin: PROCESS_ID } });
      }
      const { storyIds: _ids, ...counts } = result;
      const reasons = problems?.map((p) => ({ ...p, reason: cellProblemText(p, c.get("lang")) }));
      return c.json({ dryRun, ...counts, ...csvReport, ...(reasons ? { problems: reasons } : {}) }, dryRun ? 200 : 201);
    },
  );
}
