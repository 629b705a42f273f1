// Themes over a filtered set of stories: the filter is read exactly as the pattern routes read it
// (research consent given, same conditions, in SQL), at most maxStories of them are analysed, drawn
// by a seeded hash of their ids so the same seed draws the same stories, and core/text/themes.ts
// groups them. Theme labels show a word from the stories for each stem.
import { and, eq, inArray, sql } from "drizzle-orm";
import { type PatternFilter, resolveFilter } from "../../core/patterns/filter.ts";
import { findThemes } from "../../core/text/themes.ts";
import { storyWhere } from "../../db/aggregates/answer-sql.ts";
import { count, resolveSqlScope } from "../../db/aggregates/scope.ts";
import { type Db, queryRows } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import { surfaceWords, termsOf, toCounts } from "./terms.ts";

export interface ThemeOptions {
  k: number;
  seed: number;
  maxStories: number;
}

const EXCERPT_LENGTH = 160;
const SHOWN_EXAMPLES = 3;
const LABEL_STORIES = 10;

interface Drawn {
  id: string;
  terms: unknown;
  matched: number | string;
}

/** The filtered stories' stems, for at most maxStories of them drawn by a seeded hash, and how many matched. */
async function draw(db: Db, scope: { organizationId: string; collectionId: string }, filter: PatternFilter, options: ThemeOptions) {
  const { scope: sqlScope, catalog } = await resolveSqlScope(db, scope);
  const rows = await queryRows<Drawn>(db, sql`
    with drawn as (
      select s.id, count(*) over () as matched from story s where ${storyWhere(sqlScope, resolveFilter(catalog, filter))}
      order by md5(s.id::text || ${String(options.seed)}), s.id limit ${options.maxStories})
    select d.id, d.matched, ${termsOf(sql`s.search_vector`)} as terms from drawn d join story s on s.id = d.id`);
  return { matched: count(rows[0]?.matched), documents: rows.map((r) => ({ id: r.id, counts: toCounts(r.terms) })) };
}

async function examples(db: Db, organizationId: string, ids: string[]) {
  const rows = ids.length
    ? await db.select({ id: story.id, title: story.title, text: story.text }).from(story).where(and(eq(story.organizationId, organizationId), inArray(story.id, ids)))
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

export async function themesOf(db: Db, scope: { organizationId: string; collectionId: string }, filter: PatternFilter, options: ThemeOptions) {
  const { matched, documents } = await draw(db, scope, filter, options);
  // The stories closest to each theme's centre: the first few are shown, and all of them give the
  // words the stems are shown as (three stories alone may not hold every top stem).
  const result = findThemes(documents, { k: options.k, seed: options.seed, examples: LABEL_STORIES });
  const stories = await examples(db, scope.organizationId, result.themes.flatMap((t) => t.exampleIds));
  const words = await surfaceWords(db, [...stories.values()].map((s) => `${s.title ?? ""} ${s.text}`).join("\n"), "dutch");
  return {
    matched,
    analysed: documents.length,
    sampled: matched > documents.length,
    maxStories: options.maxStories,
    k: options.k,
    seed: options.seed,
    unthemed: result.unthemed,
    themes: result.themes.map((t) => ({
      terms: t.terms.map((stem) => words.get(stem) ?? stem),
      stems: t.terms,
      size: t.size,
      examples: t.exampleIds.slice(0, SHOWN_EXAMPLES).map((id) => {
        const s = stories.get(id)!;
        return { id, title: s.title, excerpt: s.text.length > EXCERPT_LENGTH ? `${s.text.slice(0, EXCERPT_LENGTH)}…` : s.text };
      }),
    })),
  };
}
