// Stories and answers per week or month counted by PostgreSQL: the reference for the column index's
// trends (src/index/periods.ts). Buckets are date_trunc in UTC, as core/patterns/trends.ts.
import { type SQL, sql } from "drizzle-orm";
import type { CatalogEntry } from "../../core/patterns/catalog.ts";
import type { PatternScope } from "../../core/patterns/distribution.ts";
import { catalogEntry, type PatternFilter, resolveFilter } from "../../core/patterns/filter.ts";
import { bucketStarts, type Trend, type TrendBucket, type TrendInterval } from "../../core/patterns/trends.ts";
import { type Db, queryRows } from "../client.ts";
import { choicesLateral, dyadValue, knownOption, scaleValue, storyWhere, triadPart } from "./answer-sql.ts";
import { count, resolveSqlScope } from "./scope.ts";

type Row = Record<string, number | string | null>;
const bucket = (interval: TrendInterval) => sql`(extract(epoch from date_trunc(${interval}, s.told_at at time zone 'UTC')) * 1000)::float8`;
const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));

/** Per bucket: answered and mean (dyad, scale) or mean per corner (triad). */
async function means(db: Db, entry: CatalogEntry, where: SQL, interval: TrendInterval): Promise<Map<number, Partial<TrendBucket>>> {
  const parts = entry.type === "triad" ? [0, 1, 2].map((k) => triadPart(entry.id, k as 0 | 1 | 2)) : [entry.type === "dyad" ? dyadValue(entry.id) : scaleValue(entry as Extract<CatalogEntry, { type: "scale" }>)];
  const rows = await queryRows<Row>(db, sql`select ${bucket(interval)} as k, count(${parts[0]!}) as a, ${sql.join(parts.map((p, i) => sql`avg(${p}) as ${sql.raw(`m${i}`)}`), sql`, `)}
    from story s where ${where} group by 1`);
  return new Map(rows.map((r) => {
    const m = parts.map((_, i) => num(r[`m${i}`]));
    const answered = count(r.a);
    return [Number(r.k), { answered, mean: answered === 0 ? null : entry.type === "triad" ? (m as number[]) : m[0]! }];
  }));
}

async function optionCounts(db: Db, entry: Extract<CatalogEntry, { type: "choice" }>, where: SQL, interval: TrendInterval): Promise<Map<number, Partial<TrendBucket>>> {
  const byOption = await queryRows<Row>(db, sql`select ${bucket(interval)} as k, o.v as v, count(*) as c from story s ${choicesLateral(entry, "o")}
    where ${where} and ${knownOption(entry, "o")} group by 1, 2`);
  const answered = await queryRows<Row>(db, sql`select ${bucket(interval)} as k, count(*) as c from story s
    where ${where} and ${entry.multiple ? sql`jsonb_typeof(s.answers -> ${entry.id}) = 'array'` : sql`(s.answers ->> ${entry.id}) = any(${sql.param(entry.options)}::text[])`} group by 1`);
  const out = new Map<number, Partial<TrendBucket>>();
  const at = (k: number) => out.get(k) ?? out.set(k, { answered: 0, options: entry.options.map((id) => ({ id, count: 0 })) }).get(k)!;
  for (const r of answered) at(Number(r.k)).answered = count(r.c);
  for (const r of byOption) at(Number(r.k)).options!.find((o) => o.id === r.v)!.count = count(r.c);
  return out;
}

export async function sqlTrend(db: Db, scope: PatternScope, interval: TrendInterval, signifierId?: string, filter: PatternFilter = {}): Promise<Trend> {
  const resolved = await resolveSqlScope(db, scope);
  const entry = signifierId === undefined ? undefined : catalogEntry(resolved.catalog, signifierId);
  const where = storyWhere(resolved.scope, resolveFilter(resolved.catalog, filter));
  const header = { interval, signifierId: entry?.id ?? null, type: entry?.type ?? null };
  const totals = await queryRows<Row>(db, sql`select ${bucket(interval)} as k, count(*) as c, min(extract(epoch from s.told_at) * 1000)::float8 as first,
    max(extract(epoch from s.told_at) * 1000)::float8 as last from story s where ${where} group by 1`);
  if (totals.length === 0) return { ...header, buckets: [] };
  const first = Math.min(...totals.map((r) => Number(r.first)));
  const last = Math.max(...totals.map((r) => Number(r.last)));
  const n = new Map(totals.map((r) => [Number(r.k), count(r.c)]));
  const details = !entry || entry.type === "stones" ? new Map<number, Partial<TrendBucket>>()
    : entry.type === "choice" ? await optionCounts(db, entry, where, interval) : await means(db, entry, where, interval);
  const empty: Partial<TrendBucket> = !entry || entry.type === "stones" ? {}
    : entry.type === "choice" ? { answered: 0, options: entry.options.map((id) => ({ id, count: 0 })) } : { answered: 0, mean: null };
  return {
    ...header,
    buckets: bucketStarts(first, last, interval).map((k) => ({ start: new Date(k).toISOString(), n: n.get(k) ?? 0, ...(details.get(k) ?? empty) })),
  };
}
