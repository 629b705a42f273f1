import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import { ImportQuery, ImportResult } from "../../contract/story-imports.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, signedIn, IdParam, jsonContent } from "../openapi.ts";
import { Problem } from "../problem.ts";
import { decodeUtf8 } from "../input-hygiene.ts";
import { runImport } from "../stories/import-run.ts";


export function registerStoryImportRoutes(api: Api, { database, events, patterns, logger }: AppDeps) {
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
      const { caller, resource: collection } = await reach(database.db, c.get("caller"), "collection", c.req.valid("param").id, "story:import");
      const query = c.req.valid("query");
      const type = c.req.header("content-type") ?? "";
      const isCsv = type.startsWith("text/csv");
      if (!isCsv && !type.startsWith("application/x-ndjson")) {
        throw new Problem(415, "unsupportedMediaType", "importStoryType");
      }
      const body = decodeUtf8(await c.req.arrayBuffer(), c.get("lang"));
      const dryRun = query.dryRun === "true";
      const result = await runImport({ db: database.db, patterns, events, logger }, caller, collection, { body, csv: isCsv, dryRun, format: query.format, mapping: query.mapping }, c.get("lang"));
      return c.json(result, dryRun ? 200 : 201);
    },
  );
}
