// The two filters whose facts live outside the column index: a collection's audience (it can be
// changed after stories were told) and the tags colleagues gave in interpretations. They are read
// from the database at query time, small queries next to the aggregation itself, and turned into
// what the index can select on: collection ids and story ids.
import { sql } from "drizzle-orm";
import type { PatternFilter } from "../core/patterns/filter.ts";
import { type Db, queryRows } from "../db/client.ts";

const array = (values: readonly string[]) => sql`${sql.param(values)}::text[]`;

export interface NarrowedFilter {
  /** The filter with audiences turned into (intersected) collections. */
  filter: PatternFilter;
  /** With tags: only these stories. */
  storyIds?: string[];
}

async function collectionsFor(db: Db, organizationId: string, audiences: readonly string[]): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`
    select id::text as id from collection where organization_id = ${organizationId} and audience = any(${array(audiences)})`);
  return rows.map((r) => r.id);
}

async function storiesTagged(db: Db, organizationId: string, tags: readonly string[]): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`
    select distinct story_id::text as id from interpretation where organization_id = ${organizationId} and tags ?| ${array(tags)}`);
  return rows.map((r) => r.id);
}

export async function narrowFilter(db: Db, organizationId: string, filter: PatternFilter): Promise<NarrowedFilter> {
  const { audiences, tags, ...rest } = filter;
  const narrowed: PatternFilter = { ...rest };
  if (audiences) {
    const listening = await collectionsFor(db, organizationId, audiences);
    narrowed.collections = rest.collections ? rest.collections.filter((id) => listening.includes(id)) : listening;
  }
  return { filter: narrowed, storyIds: tags ? await storiesTagged(db, organizationId, tags) : undefined };
}
