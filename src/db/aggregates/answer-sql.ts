// Answers in SQL, read exactly as the column index reads them (src/index/columns.ts): a value of the
// wrong shape is missing. Type checks sit in CASE, not AND, because PostgreSQL does not promise to
// evaluate AND left to right, and a cast of a string to float8 would fail the whole query.
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { CatalogEntry, ChoiceEntry } from "../../core/patterns/catalog.ts";
import type { PatternScope } from "../../core/patterns/distribution.ts";
import type { ResolvedCondition, ResolvedFilter } from "../../core/patterns/filter.ts";

const answer = (id: string) => sql`(s.answers -> ${id})`;
const array = (values: readonly string[]) => sql`${sql.param(values)}::text[]`;

/** A dyad answer in [0, 1], else NULL. */
export function dyadValue(id: string): SQL {
  const v = sql`(s.answers ->> ${id})::float8`;
  return sql`(case when jsonb_typeof(${answer(id)}) = 'number' then case when ${v} between 0 and 1 then ${v} end end)`;
}

/** A whole scale answer within the scale's range, else NULL. */
export function scaleValue(entry: Extract<CatalogEntry, { type: "scale" }>): SQL {
  const v = sql`(s.answers ->> ${entry.id})::float8`;
  return sql`(case when jsonb_typeof(${answer(entry.id)}) = 'number' then case when ${v} = trunc(${v}) and ${v} between ${entry.min} and ${entry.max} then ${v} end end)`;
}

/** Share k (0, 1, 2) of a triad given as three numbers, else NULL. */
export function triadPart(id: string, k: 0 | 1 | 2): SQL {
  const x = answer(id);
  const numbers = sql`jsonb_array_length(${x}) = 3 and jsonb_typeof(${x} -> 0) = 'number' and jsonb_typeof(${x} -> 1) = 'number' and jsonb_typeof(${x} -> 2) = 'number'`;
  return sql`(case when jsonb_typeof(${x}) = 'array' then case when ${numbers} then (${x} ->> ${sql.raw(String(k))})::float8 end end)`;
}

/** Whether a stones item was placed as [x, y]. */
export function stonePlaced(id: string, item: string): SQL {
  const p = sql`(s.answers -> ${id} -> ${item})`;
  return sql`(case when jsonb_typeof(${p}) = 'array' then jsonb_array_length(${p}) = 2 and jsonb_typeof(${p} -> 0) = 'number' and jsonb_typeof(${p} -> 1) = 'number' else false end)`;
}

/** Whether a choice was answered: a known option, or for a multiple choice any array. */
export function choiceAnswered(entry: ChoiceEntry): SQL {
  return entry.multiple ? sql`(jsonb_typeof(${answer(entry.id)}) = 'array')` : sql`((s.answers ->> ${entry.id}) = any(${array(entry.options)}))`;
}

/** A FROM item giving one row (column v) per option chosen; join it and keep v = any(options). */
export function choicesLateral(entry: ChoiceEntry, alias: string): SQL {
  const name = sql.raw(alias);
  if (!entry.multiple) return sql`cross join lateral (select s.answers ->> ${entry.id} as v) as ${name}`;
  const x = answer(entry.id);
  return sql`cross join lateral jsonb_array_elements_text(case when jsonb_typeof(${x}) = 'array' then ${x} else '[]'::jsonb end) as ${name}(v)`;
}

export function knownOption(entry: ChoiceEntry, alias: string): SQL {
  return sql`${sql.raw(alias)}.v = any(${array(entry.options)})`;
}

function between(value: SQL, min: number, max: number): SQL {
  const parts = [sql`${value} is not null`];
  if (min > Number.NEGATIVE_INFINITY) parts.push(sql`${value} >= ${min}`);
  if (max < Number.POSITIVE_INFINITY) parts.push(sql`${value} <= ${max}`);
  return sql.join(parts, sql` and `);
}

function conditionSql(c: ResolvedCondition): SQL {
  if (c.kind === "options") {
    const ids = c.codes.map((code) => c.entry.options[code]!);
    const x = answer(c.entry.id);
    return c.entry.multiple
      ? sql`(case when jsonb_typeof(${x}) = 'array' then ${x} ?| ${array(ids)} else false end)`
      : sql`((s.answers ->> ${c.entry.id}) = any(${array(ids)}))`;
  }
  if (c.kind === "corner") return between(triadPart(c.entry.id, c.corner), c.min, c.max);
  return between(c.entry.type === "dyad" ? dyadValue(c.entry.id) : scaleValue(c.entry), c.min, c.max);
}

/** A story (its collection and organization columns) told in a collection for one of these audiences. */
export function inCollectionsFor(collectionId: SQLWrapper, organizationId: SQLWrapper, audiences: readonly string[]): SQL {
  return sql`${collectionId} in (select c.id from collection c where c.organization_id = ${organizationId} and c.audience = any(${array(audiences)}))`;
}

/** A story (its id and organization columns) that a colleague gave any of these tags when interpreting it. */
export function taggedWith(storyId: SQLWrapper, organizationId: SQLWrapper, tags: readonly string[]): SQL {
  return sql`exists (select 1 from interpretation i where i.organization_id = ${organizationId} and i.story_id = ${storyId} and i.tags ?| ${array(tags)})`;
}

/** The stories of a scope (framework resolved) that pass the filter; consenting stories only. */
export function storyWhere(scope: PatternScope & { frameworkId: string }, filter: ResolvedFilter): SQL {
  const parts = [sql`s.organization_id = ${scope.organizationId}`, sql`s.framework_id = ${scope.frameworkId}`, sql`s.consent_research`];
  if (scope.collectionId) parts.push(sql`s.collection_id = ${scope.collectionId}`);
  if (filter.fromMs > Number.NEGATIVE_INFINITY) parts.push(sql`s.told_at >= ${new Date(filter.fromMs).toISOString()}::timestamptz`);
  if (filter.toMs < Number.POSITIVE_INFINITY) parts.push(sql`s.told_at < ${new Date(filter.toMs).toISOString()}::timestamptz`);
  if (filter.collections) parts.push(sql`s.collection_id::text = any(${array(filter.collections)})`);
  if (filter.teams) parts.push(sql`s.team_id::text = any(${array(filter.teams)})`);
  if (filter.channels) parts.push(sql`s.channel = any(${array(filter.channels)})`);
  if (filter.audiences) parts.push(inCollectionsFor(sql`s.collection_id`, sql`s.organization_id`, filter.audiences));
  if (filter.tags) parts.push(taggedWith(sql`s.id`, sql`s.organization_id`, filter.tags));
  for (const c of filter.conditions) parts.push(conditionSql(c));
  return sql.join(parts, sql` and `);
}
