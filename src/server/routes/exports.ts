// Research exports: CSV, XLSX (with a codebook sheet) and JSON; only stories whose teller gave
// research consent; pseudonyms, never client references. Read from the database page by page, so an
// export of a large collection streams instead of filling memory.
import { z } from "@hono/zod-openapi";
import { and, asc, eq, gt, or } from "drizzle-orm";
import { stream } from "hono/streaming";
import { csvLine, exportColumns, type StoryRecord } from "../../core/export/columns.ts";
import { workbook } from "../../core/export/xlsx.ts";
import type { Db } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import type { Api, AppDeps } from "../app.ts";
import { audit } from "../audit.ts";
import { findCollection } from "../collections/repository.ts";
import { findFramework } from "../frameworks/repository.ts";
import { storyColumns } from "../stories/columns.ts";
import { defineRoute, IdParam, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";

const PAGE = 2000;
const ExportQuery = z.object({ format: z.enum(["csv", "xlsx", "json"]).default("csv") });

async function* consentedStories(db: Db, organizationId: string, collectionId: string): AsyncGenerator<StoryRecord> {
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const page = await db.select(storyColumns).from(story).where(and(
      eq(story.organizationId, organizationId), eq(story.collectionId, collectionId), eq(story.consentResearch, true),
      after ? or(gt(story.createdAt, after.createdAt), and(eq(story.createdAt, after.createdAt), gt(story.id, after.id))) : undefined,
    )).orderBy(asc(story.createdAt), asc(story.id)).limit(PAGE);
    for (const row of page) yield { ...row, answers: row.answers as Record<string, unknown> };
    if (page.length < PAGE) return;
    after = page[page.length - 1]!;
  }
}

const contentTypes = { csv: "text/csv; charset=utf-8", json: "application/json", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

export function registerExportRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/exports", tags: ["Patterns"], operationId: "exportCollection", security: signedIn,
      summary: "Research export of a collection: one row per story, a column per answer component, with a codebook (analyst)",
      request: { params: IdParam, query: ExportQuery }, errors: [401, 403, 404],
      responses: { 200: { description: "The export", content: Object.fromEntries(Object.values(contentTypes).map((t) => [t, { schema: z.string() }])) } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const collection = await findCollection(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "export:create");
      const { format } = c.req.valid("query");
      const columns = exportColumns(await findFramework(db, caller.organizationId, collection.frameworkId));
      await audit(db, caller, "export.created", "collection", collection.id, { format });
      const rows = consentedStories(db, caller.organizationId, collection.id);
      c.header("Content-Type", contentTypes[format]);
      // A demo export says so in its name, so invented stories are not mistaken for real ones.
      c.header("Content-Disposition", `attachment; filename="vertelpunt-${collection.demo ? "demo-" : ""}${collection.slug}.${format}"`);
      if (format === "xlsx") {
        const table = [columns.header];
        for await (const r of rows) table.push(columns.row(r) as string[]);
        return c.body(workbook([{ name: "Verhalen", rows: table }, { name: "Codeboek", rows: [["column", "description"], ...columns.codebook.map((d) => [d.name, d.description])] }]) as unknown as ArrayBuffer, 200);
      }
      return stream(c, async (out) => {
        if (format === "csv") {
          await out.write("\uFEFF" + csvLine(columns.header));
          for await (const r of rows) await out.write(csvLine(columns.row(r)));
          return;
        }
        await out.write(`{"codebook":${JSON.stringify(columns.codebook)},"stories":[`);
        let first = true;
        for await (const r of rows) {
          await out.write((first ? "" : ",") + JSON.stringify(Object.fromEntries(columns.header.map((h, i) => [h, columns.row(r)[i]]))));
          first = false;
        }
        await out.write("]}");
      }) as never;
    },
  );
}
