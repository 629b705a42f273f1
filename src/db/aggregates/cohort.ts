// First and latest answer per client, paired by PostgreSQL: one row per client with at least two
// answers to the signifier in the collection (research consent only; stories without a client
// pseudonym do not link up). Ties in told time are broken by story id, the same way both ends.
import { sql } from "drizzle-orm";
import type { CohortPair } from "../../core/patterns/cohort.ts";
import { catalogEntry, PatternQueryError } from "../../core/patterns/filter.ts";
import { type Db, queryRows } from "../client.ts";
import { dyadValue, scaleValue } from "./answer-sql.ts";
import { resolveSqlScope } from "./scope.ts";

export async function cohortPairs(db: Db, organizationId: string, collectionId: string, signifierId: string): Promise<CohortPair[]> {
  const { scope, catalog } = await resolveSqlScope(db, { organizationId, collectionId });
  const entry = catalogEntry(catalog, signifierId);
  if (entry.type !== "dyad" && entry.type !== "scale") throw new PatternQueryError("wrongSignifierType", `${signifierId}: a dyad or scale is needed`);
  const value = entry.type === "dyad" ? dyadValue(entry.id) : scaleValue(entry);
  const rows = await queryRows<{ first: number | string; latest: number | string }>(db, sql`
    with answered as (
      select s.subject_pseudonym as p, s.told_at, s.id, ${value} as v from story s
      where s.organization_id = ${scope.organizationId} and s.framework_id = ${scope.frameworkId} and s.collection_id = ${collectionId}
        and s.consent_research and s.subject_pseudonym is not null
    ), ranked as (
      select p, v, row_number() over (partition by p order by told_at, id) as up, row_number() over (partition by p order by told_at desc, id desc) as down
      from answered where v is not null
    )
    select max(v) filter (where up = 1) as first, max(v) filter (where down = 1) as latest
    from ranked group by p having count(*) >= 2`);
  return rows.map((r) => ({ first: Number(r.first), latest: Number(r.latest) }));
}
