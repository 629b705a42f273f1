// What-works counts in SQL: the reference for src/index/what-works.ts, and with buildWhatWorks the
// whole choice-outcome table for a deployment that answers from PostgreSQL. Examples are not
// chosen here (an empty list per row).
import { sql } from "drizzle-orm";
import type { PatternScope } from "../../core/patterns/distribution.ts";
import { type PatternFilter, PatternQueryError, resolveFilter } from "../../core/patterns/filter.ts";
import { type WhatWorksQuery, whatWorksSignifiers } from "../../core/patterns/roles.ts";
import { buildWhatWorks, DEFAULT_MIN_N, type WhatWorksCounts, type WhatWorksRow } from "../../core/patterns/what-works.ts";
import { type Db, queryRows } from "../client.ts";
import { choiceAnswered, choicesLateral, knownOption, storyWhere } from "./answer-sql.ts";
import { count, resolveSqlScope } from "./scope.ts";

type Row = { s: string; i?: string; o?: string; c: number | string };

export async function sqlWhatWorksCounts(db: Db, scope: PatternScope, filter: PatternFilter = {}, query: WhatWorksQuery = {}): Promise<WhatWorksCounts> {
  const resolved = await resolveSqlScope(db, scope);
  const sig = whatWorksSignifiers(resolved.catalog, query);
  const { situation: sit, intervention: int, outcome: out } = sig;
  if (out.type !== "choice") throw new PatternQueryError("wrongSignifierType", `${out.id}: SQL counts need a choice outcome`);
  const base = sql`${storyWhere(resolved.scope, resolveFilter(resolved.catalog, filter))} and ${choiceAnswered(int)} and ${choiceAnswered(out)} and ${knownOption(sit, "rs")}`;
  const [totals, totalAnswered, cells, cellAnswered] = await Promise.all([
    queryRows<Row>(db, sql`select rs.v as s, ro.v as o, count(*) as c from story s ${choicesLateral(sit, "rs")} ${choicesLateral(out, "ro")}
      where ${base} and ${knownOption(out, "ro")} group by 1, 2`),
    queryRows<Row>(db, sql`select rs.v as s, count(*) as c from story s ${choicesLateral(sit, "rs")} where ${base} group by 1`),
    queryRows<Row>(db, sql`select rs.v as s, ri.v as i, ro.v as o, count(*) as c from story s ${choicesLateral(sit, "rs")} ${choicesLateral(int, "ri")} ${choicesLateral(out, "ro")}
      where ${base} and ${knownOption(int, "ri")} and ${knownOption(out, "ro")} group by 1, 2, 3`),
    queryRows<Row>(db, sql`select rs.v as s, ri.v as i, count(*) as c from story s ${choicesLateral(sit, "rs")} ${choicesLateral(int, "ri")}
      where ${base} and ${knownOption(int, "ri")} group by 1, 2`),
  ]);
  const [S, I, O] = [sit.options, int.options, out.options];
  const result: WhatWorksCounts = {
    situations: S, interventions: I, outcomes: O, outcomeMultiple: out.multiple,
    totals: S.map(() => O.map(() => 0)), totalAnswered: S.map(() => 0),
    cells: S.map(() => I.map(() => O.map(() => 0))), cellAnswered: S.map(() => I.map(() => 0)),
  };
  for (const r of totals) result.totals[S.indexOf(r.s)]![O.indexOf(r.o!)] = count(r.c);
  for (const r of totalAnswered) result.totalAnswered[S.indexOf(r.s)] = count(r.c);
  for (const r of cells) result.cells[S.indexOf(r.s)]![I.indexOf(r.i!)]![O.indexOf(r.o!)] = count(r.c);
  for (const r of cellAnswered) result.cellAnswered[S.indexOf(r.s)]![I.indexOf(r.i!)] = count(r.c);
  return result;
}

/** The what-works table answered from PostgreSQL (choice outcomes). */
export async function sqlWhatWorks(db: Db, scope: PatternScope, filter: PatternFilter = {}, query: WhatWorksQuery = {}): Promise<WhatWorksRow[]> {
  const counts = await sqlWhatWorksCounts(db, scope, filter, query);
  return buildWhatWorks(counts, { minN: query.minN ?? DEFAULT_MIN_N }, () => []);
}
