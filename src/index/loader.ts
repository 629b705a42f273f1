// Fills the column index from SQL and keeps it in step. Stories come in pages ordered by id
// (keyset pagination on the primary key), so a million stories never sit in memory as objects at
// once; each page is appended and dropped. Only stories with research consent are read.
import { sql } from "drizzle-orm";
import { frameworkDefinition } from "../core/framework.ts";
import { type Db, queryRows } from "../db/client.ts";
import type { IndexStory } from "./segment.ts";
import type { StoryIndex } from "./story-index.ts";

const PAGE_SIZE = 5000;
/** Stories fetched per query when some are read again by id. */
const REREAD_PAGE = 1000;

interface StoryRecord {
  id: string;
  organization_id: string;
  collection_id: string;
  framework_id: string;
  framework_version: number;
  answers: unknown;
  channel: string;
  team_id: string | null;
  consent_research: boolean;
  told_ms: number | string;
}

const storyColumns = sql`id, organization_id, collection_id, framework_id, framework_version, answers, channel, team_id,
  consent_research, floor(extract(epoch from told_at) * 1000)::float8 as told_ms`;

function toStory(r: StoryRecord): IndexStory {
  return {
    id: r.id, organizationId: r.organization_id, collectionId: r.collection_id, frameworkId: r.framework_id,
    frameworkVersion: Number(r.framework_version), answers: r.answers, channel: r.channel, teamId: r.team_id,
    consentResearch: r.consent_research, toldAt: Number(r.told_ms),
  };
}

/** Registers framework versions (all, or one framework's) and reports which frameworks need a reload. */
export async function loadFrameworks(db: Db, index: StoryIndex, frameworkId?: string): Promise<string[]> {
  const rows = await queryRows<{ organization_id: string; framework_id: string; version: number; definition: unknown }>(db, sql`
    select organization_id, framework_id, version, definition from framework_version
    ${frameworkId ? sql`where framework_id = ${frameworkId}` : sql``} order by framework_id, version`);
  const stale = new Set<string>();
  for (const r of rows) {
    const fresh = index.addFrameworkVersion(r.organization_id, r.framework_id, Number(r.version), frameworkDefinition.parse(r.definition));
    if (!fresh) stale.add(r.framework_id);
  }
  return [...stale];
}

/** Registers collections (all, or one). */
export async function loadCollections(db: Db, index: StoryIndex, collectionId?: string): Promise<void> {
  const rows = await queryRows<{ id: string; organization_id: string; framework_id: string }>(db, sql`
    select id, organization_id, framework_id from collection ${collectionId ? sql`where id = ${collectionId}` : sql``}`);
  for (const r of rows) index.addCollection(r.organization_id, r.id, r.framework_id);
}

/** Appends every consenting story (of one framework, or all), page by page. */
export async function loadStories(db: Db, index: StoryIndex, options: { frameworkId?: string; pageSize?: number } = {}): Promise<number> {
  const only = options.frameworkId ? sql`and framework_id = ${options.frameworkId}` : sql``;
  const counts = await queryRows<{ framework_id: string; n: number | string }>(db, sql`
    select framework_id, count(*) as n from story where consent_research ${only} group by framework_id`);
  for (const c of counts) if (index.hasFramework(c.framework_id)) index.segmentOf(c.framework_id).reserve(Number(c.n));
  const pageSize = options.pageSize ?? PAGE_SIZE;
  let after: string | undefined;
  let loaded = 0;
  for (;;) {
    const page = await queryRows<StoryRecord>(db, sql`select ${storyColumns} from story
      where consent_research ${only} ${after ? sql`and id > ${after}` : sql``} order by id limit ${pageSize}`);
    for (const r of page) {
      const story = toStory(r);
      // A version made while loading: fetch it rather than fail the whole load (and if it changed a
      // signifier's kind, read that framework's stories again; upserts make the overlap harmless).
      if (!index.hasVersion(story.frameworkId, story.frameworkVersion)) {
        for (const stale of await loadFrameworks(db, index, story.frameworkId)) await loadStories(db, index, { frameworkId: stale, pageSize });
      }
      index.append(story);
    }
    loaded += page.length;
    if (page.length < pageSize) {
      index.keepSorted();
      return loaded;
    }
    after = page[page.length - 1]!.id;
  }
}

/**
 * The query for some stories (uuids, as the index holds them), through the primary key. Comparing
 * `id::text` instead read the whole table for every page: 79 ms for one story at 200,000 stories on
 * PostgreSQL, which each process paid for every story told through another, and minutes for a
 * catch-up after a large import.
 */
export const storiesById = (ids: readonly string[]) => sql`select ${storyColumns} from story where id = any(${sql.param(ids)}::uuid[])`;

/** The current rows of some stories (with or without consent); ids not found are absent. Ids are uuids. */
export async function fetchStories(db: Db, ids: readonly string[]): Promise<IndexStory[]> {
  if (ids.length === 0) return [];
  return (await queryRows<StoryRecord>(db, storiesById(ids))).map(toStory);
}

/** Registers a framework version the index lacks (and reloads a framework whose signifier changed kind). */
export async function ensureVersion(db: Db, index: StoryIndex, frameworkId: string, version: number): Promise<void> {
  if (index.hasVersion(frameworkId, version)) return;
  for (const stale of await loadFrameworks(db, index, frameworkId)) await loadStories(db, index, { frameworkId: stale });
}

/** Reads these stories again, page by page: changed ones replace, vanished ones leave. */
export async function readStoriesAgain(db: Db, index: StoryIndex, ids: readonly string[]): Promise<void> {
  for (let at = 0; at < ids.length; at += REREAD_PAGE) {
    const page = ids.slice(at, at + REREAD_PAGE);
    const rows = await fetchStories(db, page);
    const found = new Set(rows.map((r) => r.id));
    for (const id of page) if (!found.has(id)) index.remove(id);
    for (const row of rows) {
      await ensureVersion(db, index, row.frameworkId, row.frameworkVersion);
      index.append(row);
    }
  }
}

/** The ids of a collection's stories that may enter analyses. */
export async function consentingStoryIds(db: Db, collectionId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`select id from story where collection_id = ${collectionId} and consent_research`);
  return rows.map((r) => r.id);
}
