import { type AnyColumn, and, desc, eq, gte, inArray, lt, lte, or, type SQL, sql } from "drizzle-orm";
import { searchConfigs } from "../../core/language.ts";
import { requiredWordPairs } from "../../core/text/word-pairs.ts";
import type { Db } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import { isAllowed, type Caller } from "../policy.ts";
import { badRequest, notFound } from "../problem.ts";
import { inCollectionsFor, taggedWith } from "../../db/aggregates/answer-sql.ts";
import { answerFilter } from "./answer-filter.ts";
import { storyColumns, type StoryRow } from "./columns.ts";

export interface StoryFilter {
  collectionId?: string;
  /** Every collection of this framework (a framework-wide dashboard). */
  frameworkId?: string;
  q?: string;
  from?: string;
  to?: string;
  teamId?: string;
  /** Comma-separated team ids (the pattern routes' form). */
  teamIds?: string;
  /** Comma-separated collection ids (within a framework). */
  collectionIds?: string;
  toldBy?: "me";
  /** Comma-separated channels. */
  channels?: string;
  /** Comma-separated interpretation tags: stories a colleague gave any of them. */
  tags?: string;
  /** Comma-separated audiences of the story's collection: professionals, clients. */
  audience?: string;
  /** JSON answer conditions as the pattern routes take them (needs collectionId or frameworkId). */
  answers?: string;
  cursor?: string;
  limit: number;
}

const encodeCursor = (row: StoryRow) => Buffer.from(`${row.toldAt.toISOString()}|${row.id}`).toString("base64url");

function decodeCursor(cursor: string): { toldAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const toldAt = new Date(at ?? "");
  if (!id || Number.isNaN(toldAt.getTime())) throw badRequest([{ name: "cursor", reason: "invalid cursor", code: "invalidCursor" }]);
  return { toldAt, id };
}

/** Tellers see only the stories they told; colleagues and up see the organization's. */
export function visibleTo(caller: Caller): SQL {
  const own = eq(story.organizationId, caller.organizationId);
  return isAllowed(caller, "story:read") ? own : and(own, eq(story.tellerUserId, caller.userId))!;
}

const knownLanguages = Object.keys(searchConfigs);
const SIMPLE = "";
const configRows = sql.join([...Object.entries(searchConfigs), [SIMPLE, "simple"]].map(([l, c]) => sql`(${l}, ${c})`), sql`, `);

/**
 * Matches the story's words and what colleagues wrote about it (notes, tags, comments: search_all),
 * each story in the configuration it was indexed with (its language's stems, or 'simple'), so
 * "walking" finds an English "walked", "-word" excludes a story in every language, and a Tigrinya
 * word matches as it is written. The query is first turned into a tsquery per configuration;
 * languages whose tsqueries come out the same share one branch (most words stem alike in many
 * languages), and each branch compares with a constant, so the GIN index answers it.
 */
export async function fullTextMatch(db: Db, q: string, on: { language: SQL | AnyColumn; vector: SQL | AnyColumn } = { language: story.language, vector: story.searchAll }): Promise<SQL> {
  return (await fullTextQuery(db, q, on)).match;
}

/**
 * fullTextMatch, and `query`: the row's own tsquery of q, made once per configuration rather than
 * once per row (for ts_rank over many matches). With `pairs` (an indexed array holding the row's
 * adjacent_lexemes, see core/text/word-pairs.ts), a phrase also asks for its neighbouring words
 * there: that index finds the candidates, and the phrase itself is still checked on each.
 */
export async function fullTextQuery(db: Db, q: string, on: { language: SQL | AnyColumn; vector: SQL | AnyColumn; pairs?: SQL }): Promise<FullTextQuery> {
  const result = await db.execute(sql`select c.language, websearch_to_tsquery(c.config::regconfig, ${q})::text as query
    from (values ${configRows}) as c(language, config)`);
  const byQuery = new Map<string, string[]>();
  for (const row of result.rows as { language: string; query: string }[]) {
    byQuery.set(row.query, [...(byQuery.get(row.query) ?? []), row.language]);
  }
  const branches = [...byQuery].map(([query, languages]) => {
    const named = languages.filter((l) => l !== SIMPLE);
    const inLanguage = [
      named.length > 0 ? sql`${on.language} in (${sql.join(named.map((l) => sql`${l}`), sql`, `)})` : undefined,
      languages.includes(SIMPLE) ? sql`${on.language} not in (${sql.join(knownLanguages.map((l) => sql`${l}`), sql`, `)})` : undefined,
    ].filter((c): c is SQL => c !== undefined);
    const pairs = on.pairs ? requiredWordPairs(query) : [];
    // With pairs, the words are checked on each candidate the pairs index found (ts_match_vq is @@
    // as a function, which no index answers): PostgreSQL would otherwise also gather every story
    // holding the words from their index, to AND it with the pairs (36 against 9 ms at 300,000).
    const words = pairs.length > 0
      ? sql`${on.pairs} @> array[${sql.join(pairs.map((p) => sql`${p}`), sql`, `)}]::text[] and ts_match_vq(${on.vector}, ${query}::tsquery)`
      : sql`${on.vector} @@ ${query}::tsquery`;
    return { query, inLanguage: sql`(${sql.join(inLanguage, sql` or `)})`, words, byPairs: pairs.length > 0 };
  });
  const matchAlso = (also?: SQL) => sql`(${sql.join(branches.map((b) => sql`(${b.inLanguage} and ${b.words}${also ? sql` and ${also}` : sql``})`), sql` or `)})`;
  return {
    match: matchAlso(),
    query: sql`(case ${sql.join(branches.map((b) => sql`when ${b.inLanguage} then ${b.query}::tsquery`), sql` `)} end)`,
    byPairs: branches.every((b) => b.byPairs),
    matchAlso,
  };
}

export interface FullTextQuery {
  match: SQL;
  query: SQL;
  /** Every configuration's query finds its candidates by their pairs (each has a phrase, none is under OR or NOT). */
  byPairs: boolean;
  /** The match with `also` in each configuration's branch, where an index on the pairs can answer both in one scan. */
  matchAlso(also: SQL): SQL;
}

const listOf = (value?: string) => value?.split(",").map((t) => t.trim()).filter(Boolean) ?? [];

// Control characters cannot occur in stored text (JSON input is redacted and trimmed), so they mark
// the matched words unambiguously; the API turns them into segments, never into HTML.
const MATCH_START = "\u0002";
const MATCH_END = "\u0003";

export interface SnippetSegment {
  text: string;
  match: boolean;
}

/** Matching fragments of the text, in the text-search configuration of the story's language. */
function headline(q: string): SQL<string> {
  const config = sql`(case ${sql.join(Object.entries(searchConfigs).map(([language, c]) => sql`when ${story.language} = ${language} then ${c}`), sql` `)} else 'simple' end)::regconfig`;
  return sql<string>`ts_headline(${config}, ${story.text}, websearch_to_tsquery(${config}, ${q}),
    ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`})`;
}

export function snippetSegments(headlineText: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  for (const [index, part] of headlineText.split(new RegExp(`[${MATCH_START}${MATCH_END}]`)).entries()) {
    if (part) segments.push({ text: part, match: index % 2 === 1 });
  }
  return segments;
}

/** The filter as SQL conditions, shared by the story list and the research export. */
export async function storyConditions(db: Db, caller: Caller, filter: Omit<StoryFilter, "cursor" | "limit">): Promise<(SQL | undefined)[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(caller)];
  if (filter.collectionId) conditions.push(eq(story.collectionId, filter.collectionId));
  if (filter.frameworkId) conditions.push(eq(story.frameworkId, filter.frameworkId));
  if (filter.teamId) conditions.push(eq(story.teamId, filter.teamId));
  const teams = listOf(filter.teamIds);
  if (teams.length > 0) conditions.push(inArray(story.teamId, teams));
  const collections = listOf(filter.collectionIds);
  if (collections.length > 0) conditions.push(inArray(story.collectionId, collections));
  if (filter.toldBy === "me") conditions.push(eq(story.tellerUserId, caller.userId));
  if (filter.from) conditions.push(gte(story.toldAt, new Date(filter.from)));
  if (filter.to) conditions.push(lte(story.toldAt, new Date(filter.to)));
  if (filter.q) conditions.push(await fullTextMatch(db, filter.q));
  const channels = listOf(filter.channels);
  if (channels.length > 0) conditions.push(inArray(story.channel, channels));
  const tags = listOf(filter.tags);
  if (tags.length > 0) conditions.push(taggedWith(story.id, story.organizationId, tags));
  const audiences = listOf(filter.audience);
  if (audiences.length > 0) conditions.push(inCollectionsFor(story.collectionId, story.organizationId, audiences));
  if (filter.answers) conditions.push(await answerFilter(db, { organizationId: caller.organizationId, collectionId: filter.collectionId, frameworkId: filter.frameworkId }, filter.answers));
  return conditions;
}

export async function listStories(db: Db, caller: Caller, filter: StoryFilter) {
  const conditions = await storyConditions(db, caller, filter);
  if (filter.cursor) {
    const after = decodeCursor(filter.cursor);
    conditions.push(or(lt(story.toldAt, after.toldAt), and(eq(story.toldAt, after.toldAt), lt(story.id, after.id))));
  }
  const rows = await db.transaction(async (tx) => {
    // A page walks the newest-first index and stops early; parallel workers would only add their
    // start-up (some 50 ms on a busy 2-core server, measured by bench/search.ts at 1M stories).
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return tx.select({ story: storyColumns, headline: filter.q ? headline(filter.q) : sql<null>`null` }).from(story).where(and(...conditions))
      .orderBy(desc(story.toldAt), desc(story.id)).limit(filter.limit + 1);
  });
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map((r) => ({ ...r.story, snippet: r.headline ? snippetSegments(r.headline) : undefined })),
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1]!.story) : null,
  };
}

export async function findStory(db: Db, caller: Caller, id: string): Promise<StoryRow> {
  const [row] = await db.select(storyColumns).from(story).where(and(visibleTo(caller), eq(story.id, id)));
  if (!row) throw notFound();
  return row;
}
