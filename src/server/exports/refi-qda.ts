// The research export as a REFI-QDA project: the stories the export selects, the readings colleagues
// made of them (tags and coded passages) and the export's columns as case variables.
import { and, eq, inArray } from "drizzle-orm";
import type { StoryRecord } from "../../core/export/record.ts";
import { type QdaReading, refiQdaProject } from "../../core/export/refi-qda.ts";
import type { Annotation } from "../../core/interpretation.ts";
import type { Db } from "../../db/client.ts";
import { interpretation } from "../../db/schema/index.ts";

const CHUNK = 1000;
/** Columns that are the source itself, not a variable of it. */
const notVariables = new Set(["id", "title", "text"]);

async function readingsOf(db: Db, organizationId: string, storyIds: string[]): Promise<QdaReading[]> {
  const readings: QdaReading[] = [];
  for (let i = 0; i < storyIds.length; i += CHUNK) {
    const rows = await db.select({
      storyId: interpretation.storyId, interpreterUserId: interpretation.interpreterUserId, tags: interpretation.tags,
      annotations: interpretation.annotations, createdAt: interpretation.createdAt,
    }).from(interpretation).where(and(eq(interpretation.organizationId, organizationId), inArray(interpretation.storyId, storyIds.slice(i, i + CHUNK))));
    readings.push(...rows.map((r) => ({ ...r, tags: r.tags as string[], annotations: r.annotations as Annotation[] })));
  }
  return readings;
}

export interface QdaExportColumns {
  /** The machine-readable names, to tell which columns are the text itself. */
  keys: string[];
  header: string[];
  row(r: StoryRecord): (string | number | null)[];
}

export async function refiQdaExport(db: Db, organizationId: string, stories: StoryRecord[], columns: QdaExportColumns, meta: { name: string; lang: "nl" | "en" }): Promise<Uint8Array> {
  const keep = columns.keys.map((k, i) => (notVariables.has(k) ? -1 : i)).filter((i) => i >= 0);
  const rows = new Map(stories.map((s) => [s.id, columns.row(s)]));
  return refiQdaProject({
    name: meta.name,
    createdAt: new Date(),
    stories,
    readings: await readingsOf(db, organizationId, stories.map((s) => s.id)),
    variables: { names: keep.map((i) => columns.header[i]!), values: (id) => keep.map((i) => rows.get(id)![i] ?? null) },
    untitled: (n) => `${meta.lang === "nl" ? "Verhaal" : "Story"} ${n}`,
  });
}
