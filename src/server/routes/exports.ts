// Research exports: CSV, XLSX (with a codebook sheet) and JSON, of a collection or of every collection
// of a framework, under the dashboard's filters; only stories whose teller gave research consent;
// pseudonyms, never client references. Read from the database page by page, so an export of a large
// collection streams instead of filling memory. Column names are machine-readable keys by default;
// `headers=labels` gives the headers a person reads, in the caller's language.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { and, asc, eq, gt, or, type SQL } from "drizzle-orm";
import { stream } from "hono/streaming";
import { csvLine, exportColumns } from "../../core/export/columns.ts";
import type { StoryRecord } from "../../core/export/record.ts";
import { workbook } from "../../core/export/xlsx.ts";
import type { FrameworkDefinition } from "../../core/framework.ts";
import type { Db } from "../../db/client.ts";
import { collection, story } from "../../db/schema/index.ts";
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { audit } from "../audit.ts";
import { findRound } from "../collections/rounds.ts";
import { findFramework } from "../frameworks/repository.ts";
import { refiQdaExport } from "../exports/refi-qda.ts";
import { storyColumns } from "../stories/columns.ts";
import { storyConditions, type StoryFilter } from "../stories/queries.ts";
import { defineRoute, IdParam, signedIn } from "../openapi.ts";
import { FrameworkFilterQuery, RoundFilterQuery } from "../patterns/query.ts";
import type { Caller } from "../policy.ts";
import { badRequest } from "../problem.ts";

const PAGE = 2000;
const ExportOptions = {
  format: z.enum(["csv", "xlsx", "json", "qdpx"]).default("csv").openapi({
    description: "qdpx: a REFI-QDA project for ATLAS.ti, MAXQDA, NVivo and QualCoder (stories as text sources, colleagues' tags and coded passages as codings, answers as case variables)",
  }),
  headers: z.enum(["keys", "labels"]).default("keys").openapi({
    description: "keys: machine-readable column names (hulp.1); labels: headers a person reads, in the Accept-Language (\"Wat hielp? — Regels (%)\"), with option labels and percentages",
  }),
};
const CollectionExportQuery = RoundFilterQuery.extend(ExportOptions);
const FrameworkExportQuery = FrameworkFilterQuery.extend(ExportOptions);
type Filter = Partial<z.infer<typeof FrameworkExportQuery> & z.infer<typeof CollectionExportQuery>>;

async function* consentedStories(db: Db, conditions: (SQL | undefined)[]): AsyncGenerator<StoryRecord> {
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const page = await db.select(storyColumns).from(story).where(and(
      ...conditions, eq(story.consentResearch, true),
      after ? or(gt(story.createdAt, after.createdAt), and(eq(story.createdAt, after.createdAt), gt(story.id, after.id))) : undefined,
    )).orderBy(asc(story.createdAt), asc(story.id)).limit(PAGE);
    for (const row of page) yield { ...row, answers: row.answers as Record<string, unknown> };
    if (page.length < PAGE) return;
    after = page[page.length - 1]!;
  }
}

const uuid = z.string().uuid();
/** Comma-separated ids must be ids: the database would refuse them with an error of its own. */
function checkIds(name: string, value?: string) {
  const bad = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean).some((id) => !uuid.safeParse(id).success);
  if (bad) throw badRequest([{ name, reason: "comma-separated ids expected", code: "invalidId" }]);
}

/** The dashboard's filter as the story list's: a round becomes its period (its end is exclusive). */
async function storyFilterOf(db: Db, caller: Caller, q: Filter, scope: { collectionId?: string; frameworkId?: string }): Promise<Omit<StoryFilter, "limit">> {
  checkIds("teamIds", q.teamIds);
  checkIds("collectionIds", q.collectionIds);
  let { from, to } = q;
  if (q.roundId && scope.collectionId) {
    const round = await findRound(db, caller.organizationId, scope.collectionId, q.roundId).catch(() => {
      throw badRequest([{ name: "roundId", reason: "unknown listening round", code: "unknownRound" }]);
    });
    const end = new Date(round.endsAt.getTime() - 1).toISOString();
    from = from && Date.parse(from) > round.startsAt.getTime() ? from : round.startsAt.toISOString();
    to = to && Date.parse(to) < Date.parse(end) ? to : end;
  }
  return { ...scope, from, to, teamIds: q.teamIds, collectionIds: q.collectionIds, channels: q.channels, audience: q.audience, tags: q.tags, answers: q.answers };
}

const contentTypes = { csv: "text/csv; charset=utf-8", json: "application/json", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", qdpx: "application/zip" };
const codebookHeader = { nl: ["kolom", "betekenis"], en: ["column", "description"] };

interface ExportJob {
  definition: FrameworkDefinition;
  conditions: (SQL | undefined)[];
  q: Filter;
  filename: string;
}

export function registerExportRoutes(api: Api, { database }: AppDeps) {
  const { db, readDb } = database; // the exported rows may come from a replica; access checks and the audit use the primary

  const collectionNames = async (organizationId: string) =>
    new Map((await readDb.select({ id: collection.id, name: collection.name }).from(collection).where(eq(collection.organizationId, organizationId))).map((r) => [r.id, r.name]));

  async function write(c: Context, caller: Caller, { definition, conditions, q, filename }: ExportJob) {
    const format = q.format ?? "csv";
    const lang = c.get("lang") as "nl" | "en";
    const columns = exportColumns(definition, { headers: q.headers, lang, collectionNames: q.headers === "labels" ? await collectionNames(caller.organizationId) : undefined });
    const rows = consentedStories(readDb, conditions);
    c.header("Content-Type", contentTypes[format]);
    c.header("Content-Disposition", `attachment; filename="${filename}.${format}"`);
    if (format === "qdpx") {
      const stories: StoryRecord[] = [];
      for await (const r of rows) stories.push(r);
      const project = await refiQdaExport(readDb, caller.organizationId, stories, { ...columns, keys: exportColumns(definition).header }, { name: filename, lang });
      return c.body(project as unknown as ArrayBuffer, 200);
    }
    if (format === "xlsx") {
      const table = [columns.header];
      for await (const r of rows) table.push(columns.row(r) as string[]);
      const codebook = [q.headers === "labels" ? codebookHeader[lang] : codebookHeader.en, ...columns.codebook.map((d) => [d.name, d.description])];
      return c.body(workbook([{ name: "Verhalen", rows: table }, { name: "Codeboek", rows: codebook }]) as unknown as ArrayBuffer, 200);
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
        const cells = columns.row(r);
        await out.write((first ? "" : ",") + JSON.stringify(Object.fromEntries(columns.header.map((h, i) => [h, cells[i]]))));
        first = false;
      }
      await out.write("]}");
    }) as never;
  }

  const responses = { 200: { description: "The export", content: Object.fromEntries(Object.values(contentTypes).map((t) => [t, { schema: z.string() }])) } };
  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/exports", tags: ["Patterns"], operationId: "exportCollection", security: signedIn,
      summary: "Research export of a collection under the dashboard's filters: one row per story, a column per answer component, with a codebook (analyst)",
      request: { params: IdParam, query: CollectionExportQuery }, errors: [400, 401, 403, 404], responses }),
    async (c) => {
      const { caller, resource: found } = await reach(db, c.get("caller"), "collection", c.req.valid("param").id, "export:create");
      const q = c.req.valid("query");
      const conditions = await storyConditions(db, caller, await storyFilterOf(db, caller, q, { collectionId: found.id }));
      await audit(db, caller, "export.created", "collection", found.id, { format: q.format });
      // A demo export says so in its name, so invented stories are not mistaken for real ones.
      return write(c, caller, { definition: await findFramework(db, caller.organizationId, found.frameworkId), conditions, q, filename: `vertelpunt-${found.demo ? "demo-" : ""}${found.slug}` });
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/frameworks/{id}/exports", tags: ["Patterns"], operationId: "exportFramework", security: signedIn,
      summary: "Research export of every collection of a framework under the dashboard's filters, with a codebook (analyst)",
      request: { params: IdParam, query: FrameworkExportQuery }, errors: [400, 401, 403, 404], responses }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { caller, resource: definition } = await reach(db, c.get("caller"), "framework", id, "export:create");
      const q = c.req.valid("query");
      const conditions = await storyConditions(db, caller, await storyFilterOf(db, caller, q, { frameworkId: id }));
      await audit(db, caller, "export.created", "framework", id, { format: q.format });
      return write(c, caller, { definition, conditions, q, filename: `vragenkader-${id.slice(0, 8)}` });
    },
  );
}
