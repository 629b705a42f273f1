// Stems and their counts straight from each story's search vector (to_tsvector in the story's
// language: Dutch stems for Dutch stories), so TF-IDF in core/text works on exactly the words that
// full-text search matches, and no stemmer is needed in JavaScript.
import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { searchConfigFor } from "../../core/language.ts";
import { stopWords } from "../../core/text/stopwords.ts";
import type { TermCounts } from "../../core/text/tfidf.ts";
import { type Db, queryRows } from "../../db/client.ts";
import { TtlCache } from "../ttl-cache.ts";

/** A SQL expression: the stems of a search vector with their counts, as JSON [[stem, count], …]. */
export const termsOf = (searchVector: SQL | AnyColumn) =>
  sql<unknown>`coalesce((select json_agg(json_build_array(u.lexeme, coalesce(array_length(u.positions, 1), 1))) from unnest(${searchVector}) u), '[]'::json)`;

export const toCounts = (terms: unknown): TermCounts =>
  new Map((typeof terms === "string" ? JSON.parse(terms) : terms) as [string, number][]);

/**
 * For each stem, the first word of the text that has it, so a reason reads "schulden, bewindvoerder"
 * rather than "schuld, bewindvoerd". Done once, for one story's text.
 */
export async function surfaceWords(db: Db, text: string, config: string): Promise<Map<string, string>> {
  const rows = await queryRows<{ lexeme: string; word: string }>(db, sql`
    select distinct on (lexeme) lexeme, word
    from regexp_split_to_table(lower(${text}), '[^[:alpha:]]+') with ordinality as w(word, n),
      unnest(tsvector_to_array(to_tsvector(${config}::regconfig, w.word))) as lexeme
    where w.word <> '' order by lexeme, n`);
  return new Map(rows.map((r) => [r.lexeme, r.word]));
}

const shareCache = new TtlCache<Map<string, number>>(60_000, 1);

/**
 * Share of stories that hold each of the most common stems, from PostgreSQL's own statistics on the
 * search vector (pg_stats.most_common_elems, kept by ANALYZE); empty until the table was analysed.
 */
export function commonStemShares(db: Db): Promise<Map<string, number>> {
  return shareCache.get("story", async () => {
    const [row] = await queryRows<{ elems: string[] | null; freqs: number[] | null }>(db, sql`
      select most_common_elems::text::text[] as elems, most_common_elem_freqs::real[] as freqs
      from pg_stats where schemaname = current_schema() and tablename = 'story' and attname = 'search_vector'`);
    const elems = row?.elems ?? [];
    return new Map(elems.map((stem, i) => [stem, Number(row!.freqs![i])]));
  });
}

const stopCache = new TtlCache<ReadonlySet<string>>(24 * 3_600_000, 1);

/**
 * The stems of the Dutch and English stop words, made by the same text-search configurations that
 * make the stories' stems. One query, then kept: the lists and the stemmers do not change.
 */
export function stopStems(db: Db): Promise<ReadonlySet<string>> {
  return stopCache.get("stop", async () => {
    const stems = new Set<string>();
    for (const [language, list] of Object.entries(stopWords)) {
      const rows = await queryRows<{ stem: string }>(db, sql`
        select unnest(tsvector_to_array(to_tsvector(${searchConfigFor(language)}::regconfig, ${list.join(" ")}))) as stem`);
      for (const row of rows) stems.add(row.stem);
    }
    return stems;
  });
}
