// The SQL path's own view of a scope: which framework it reads and that framework's signifiers
// across versions, from the database (not from the index, so the two are checked independently).
import { sql } from "drizzle-orm";
import { frameworkDefinition } from "../../core/framework.ts";
import { buildCatalog, type SignifierCatalog } from "../../core/patterns/catalog.ts";
import type { PatternScope } from "../../core/patterns/distribution.ts";
import { PatternQueryError } from "../../core/patterns/filter.ts";
import { type Db, queryRows } from "../client.ts";

export interface SqlScope {
  scope: PatternScope & { frameworkId: string };
  catalog: SignifierCatalog;
}

export async function resolveSqlScope(db: Db, scope: PatternScope): Promise<SqlScope> {
  const owner = scope.collectionId
    ? sql`select framework_id from collection where id::text = ${scope.collectionId} and organization_id = ${scope.organizationId}`
    : sql`select id as framework_id from framework where id::text = ${scope.frameworkId ?? ""} and organization_id = ${scope.organizationId}`;
  const [found] = await queryRows<{ framework_id: string }>(db, owner);
  if (!found || (scope.frameworkId && scope.frameworkId !== found.framework_id)) throw new PatternQueryError("unknownScope", scope.collectionId ?? scope.frameworkId ?? "no collection or framework given");
  const versions = await queryRows<{ definition: unknown }>(db, sql`
    select definition from framework_version where framework_id = ${found.framework_id} order by version`);
  const catalog = buildCatalog(versions.map((v) => frameworkDefinition.parse(v.definition)));
  return { scope: { ...scope, frameworkId: found.framework_id }, catalog };
}

/** count(*) is a number on PGlite and a string on pg. */
export const count = (value: number | string | null | undefined): number => Number(value ?? 0);
