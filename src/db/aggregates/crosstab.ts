// Choice × choice counts in SQL: the reference for src/index/crosstab.ts.
import { sql } from "drizzle-orm";
import type { ChoiceEntry } from "../../core/patterns/catalog.ts";
import type { CrosstabCounts, PatternScope } from "../../core/patterns/distribution.ts";
import { catalogEntry, type PatternFilter, PatternQueryError, resolveFilter } from "../../core/patterns/filter.ts";
import { type Db, queryRows } from "../client.ts";
import { choiceAnswered, choicesLateral, knownOption, storyWhere } from "./answer-sql.ts";
import { count, resolveSqlScope } from "./scope.ts";

function asChoice(entry: ReturnType<typeof catalogEntry>): ChoiceEntry {
  if (entry.type !== "choice") throw new PatternQueryError("wrongSignifierType", `${entry.id} is not a choice`);
  return entry;
}

export async function sqlCrosstab(db: Db, scope: PatternScope, rowSignifierId: string, colSignifierId: string, filter: PatternFilter = {}): Promise<CrosstabCounts> {
  const resolved = await resolveSqlScope(db, scope);
  const a = asChoice(catalogEntry(resolved.catalog, rowSignifierId));
  const b = asChoice(catalogEntry(resolved.catalog, colSignifierId));
  const where = sql`${storyWhere(resolved.scope, resolveFilter(resolved.catalog, filter))} and ${choiceAnswered(a)} and ${choiceAnswered(b)}`;
  const cells = await queryRows<{ x: string; y: string; c: number | string }>(db, sql`
    select ra.v as x, rb.v as y, count(*) as c from story s ${choicesLateral(a, "ra")} ${choicesLateral(b, "rb")}
    where ${where} and ${knownOption(a, "ra")} and ${knownOption(b, "rb")} group by 1, 2`);
  const [total] = await queryRows<{ c: number | string }>(db, sql`select count(*) as c from story s where ${where}`);
  const counts = a.options.map(() => b.options.map(() => 0));
  for (const cell of cells) counts[a.options.indexOf(cell.x)]![b.options.indexOf(cell.y)] = count(cell.c);
  return { rowSignifierId, colSignifierId, rowOptions: a.options, colOptions: b.options, counts, n: count(total?.c) };
}
