// A signifier's distribution counted by PostgreSQL: the reference for the column index's counts
// (src/index/distribution.ts) and the path for a deployment too large for one process's memory.
// Binning mirrors core/patterns/distribution.ts (unitBin, triadCell) operation for operation.
import { sql } from "drizzle-orm";
import type { CatalogEntry } from "../../core/patterns/catalog.ts";
import { type DistributionCounts, type DistributionOptions, distributionSettings, type PatternScope } from "../../core/patterns/distribution.ts";
import { catalogEntry, type PatternFilter, resolveFilter } from "../../core/patterns/filter.ts";
import { type Db, queryRows } from "../client.ts";
import { choiceAnswered, choicesLateral, dyadValue, knownOption, scaleValue, stonePlaced, storyWhere, triadPart } from "./answer-sql.ts";
import { count, resolveSqlScope } from "./scope.ts";

type Keyed = { k: number | string; c: number | string };

async function grouped(db: Db, query: ReturnType<typeof sql>): Promise<Map<string, number>> {
  const rows = await queryRows<Keyed>(db, query);
  return new Map(rows.map((r) => [String(r.k), count(r.c)]));
}

async function counts(db: Db, entry: CatalogEntry, where: ReturnType<typeof sql>, settings: ReturnType<typeof distributionSettings>) {
  switch (entry.type) {
    case "choice": {
      const byOption = await grouped(db, sql`select o.v as k, count(*) as c from story s ${choicesLateral(entry, "o")}
        where ${where} and ${knownOption(entry, "o")} group by 1`);
      const [a] = await queryRows<{ c: number | string }>(db, sql`select count(*) as c from story s where ${where} and ${choiceAnswered(entry)}`);
      return { answered: count(a?.c), multiple: entry.multiple, options: entry.options.map((id) => ({ id, count: byOption.get(id) ?? 0 })) };
    }
    case "dyad": {
      const bins = settings.bins;
      const byBin = await grouped(db, sql`select least(${bins} - 1, floor(v * ${bins}))::int as k, count(*) as c
        from (select ${dyadValue(entry.id)} as v from story s where ${where}) d where v is not null group by 1`);
      const list = Array.from({ length: bins }, (_, i) => byBin.get(String(i)) ?? 0);
      return { answered: list.reduce((s, c) => s + c, 0), edges: Array.from({ length: bins + 1 }, (_, i) => i / bins), counts: list };
    }
    case "scale": {
      const byValue = await grouped(db, sql`select v::int as k, count(*) as c
        from (select ${scaleValue(entry)} as v from story s where ${where}) d where v is not null group by 1`);
      const values = Array.from({ length: entry.max - entry.min + 1 }, (_, i) => ({ value: entry.min + i, count: byValue.get(String(entry.min + i)) ?? 0 }));
      return { answered: values.reduce((s, v) => s + v.count, 0), values };
    }
    case "triad": {
      const r = settings.resolution;
      // triadCell: u = c·r, v = b·r; i, j clamped floors; downward when the fractional parts reach 1.
      const byCell = await grouped(db, sql`select (2 * ${r} * i - i * i + 2 * j
          + case when (u - i) + (v - j) >= 1 and j < ${r} - 1 - i then 1 else 0 end)::int as k, count(*) as c
        from (select u, v, i, greatest(0, least(${r} - 1 - i, floor(v))) as j
          from (select u, v, greatest(0, least(${r} - 1, floor(u))) as i
            from (select ${triadPart(entry.id, 2)} * ${r} as u, ${triadPart(entry.id, 1)} * ${r} as v from story s where ${where}) t
            where u is not null) x) y
        group by 1`);
      const cells = Array.from({ length: r * r }, (_, i) => byCell.get(String(i)) ?? 0);
      return { answered: cells.reduce((s, c) => s + c, 0), resolution: r, cells };
    }
    case "stones": {
      const placed = entry.items.map((item, k) => sql`count(*) filter (where ${stonePlaced(entry.id, item)}) as ${sql.raw(`i${k}`)}`);
      const [row] = await queryRows<Record<string, number | string>>(db, sql`select ${sql.join(placed, sql`, `)} from story s where ${where}`);
      return { items: entry.items.map((id, k) => ({ id, answered: count(row?.[`i${k}`]) })) };
    }
  }
}

/** The same counts as the index's distribution, without the points (SQL returns no sample). */
export async function sqlDistribution(db: Db, scope: PatternScope, signifierId: string, filter: PatternFilter = {}, options: DistributionOptions = {}): Promise<DistributionCounts> {
  const resolved = await resolveSqlScope(db, scope);
  const entry = catalogEntry(resolved.catalog, signifierId);
  const where = storyWhere(resolved.scope, resolveFilter(resolved.catalog, filter));
  const [total] = await queryRows<{ c: number | string }>(db, sql`select count(*) as c from story s where ${where}`);
  const body = await counts(db, entry, where, distributionSettings(options));
  return { type: entry.type, signifierId, n: count(total?.c), ...body } as DistributionCounts;
}
