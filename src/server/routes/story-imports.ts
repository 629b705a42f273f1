import { z } from "@hono/zod-openapi";
import { parseMappingOverrides, planCsvImport } from "../../core/import/plan.ts";
import { cellProblemText } from "../../core/import/problems.ts";
import { ImportQuery, ImportResult } from "../../contract/story-imports.ts";
import type { Api, AppDeps } from "../context.ts";
import { type CollectionRow, findCollection } from "../collections/repository.ts";
import { PROCESS_ID } from "../events/bus.ts";
import { defineRoute, signedIn, IdParam, jsonContent } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { badRequest, Problem } from "../problem.ts";
import { decodeUtf8 } from "../input-hygiene.ts";
import { importStories, ndjsonEntries } from "../stories/import.ts";
import { storyContext } from "../stories/tell.ts";

// Stories read back per query when the index takes an import (bounded by PostgreSQL's parameter limit).
const INDEX_CHUNK = 5000;

export function registerStoryImportRoutes(api: Api, { database, events, patterns, logger }: AppDeps) {
  const csvPlan = async (collection: CollectionRow, body: string, query: z.infer<typeof ImportQuery>) => {
    const { definition } = (await storyContext(database.db, collection)).framework;
    try {
      return planCsvImport(body, definition, { format: query.format, overrides: parseMappingOverrides(query.mapping) });
    } catch (error) {
      throw badRequest([{ name: "body", reason: `not readable as CSV: ${(error as Error).message}`, code: "invalidCsv" }]);
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
        throw new Problem(415, "unsupportedMediaType", "Send Content-Type: application/x-ndjson or text/csv");
      }
      const body = decodeUtf8(await c.req.arrayBuffer(), c.get("lang"));
      const dryRun = query.dryRun === "true";
      const { entries, problems, ...csvReport } = isCsv ? await csvPlan(collection, body, query) : { entries: ndjsonEntries(body), problems: undefined };
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
