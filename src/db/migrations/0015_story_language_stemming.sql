-- Hand-written backfill: stories in a language that now has a stemmer (all but Dutch and English,
-- which had one before) were indexed with 'simple'. Their own words and their interpreters' words are
-- indexed again in their language's configuration (src/core/language.ts, searchConfigs), as
-- server/stories/story-row.ts and server/interpretations/searchable.ts index new ones.
UPDATE "story" SET "search_vector" = to_tsvector((CASE "language" WHEN 'ar' THEN 'arabic' WHEN 'hy' THEN 'armenian' WHEN 'eu' THEN 'basque' WHEN 'ca' THEN 'catalan' WHEN 'da' THEN 'danish' WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek' WHEN 'hi' THEN 'hindi' WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian' WHEN 'ga' THEN 'irish' WHEN 'it' THEN 'italian' WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN 'russian' WHEN 'sr' THEN 'serbian' WHEN 'es' THEN 'spanish' WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish' WHEN 'yi' THEN 'yiddish' END)::regconfig, coalesce("title", '') || ' ' || "text")
WHERE "language" IN ('ar', 'hy', 'eu', 'ca', 'da', 'fi', 'fr', 'de', 'el', 'hi', 'hu', 'id', 'ga', 'it', 'lt', 'ne', 'no', 'nb', 'pt', 'ro', 'ru', 'sr', 'es', 'sv', 'ta', 'tr', 'yi');--> statement-breakpoint
UPDATE "story" AS s SET "interpretation_vector" = to_tsvector((CASE s."language" WHEN 'ar' THEN 'arabic' WHEN 'hy' THEN 'armenian' WHEN 'eu' THEN 'basque' WHEN 'ca' THEN 'catalan' WHEN 'da' THEN 'danish' WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek' WHEN 'hi' THEN 'hindi' WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian' WHEN 'ga' THEN 'irish' WHEN 'it' THEN 'italian' WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN 'russian' WHEN 'sr' THEN 'serbian' WHEN 'es' THEN 'spanish' WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish' WHEN 'yi' THEN 'yiddish' END)::regconfig, w.words)
FROM (
  SELECT i."organization_id", i."story_id", string_agg(concat_ws(E'\n', i."note",
    (SELECT string_agg(t, E'\n') FROM jsonb_array_elements_text(i."tags") AS t),
    (SELECT string_agg(a->>'comment', E'\n') FROM jsonb_array_elements(i."annotations") AS a)), E'\n') AS words
  FROM "interpretation" AS i GROUP BY i."organization_id", i."story_id"
) AS w
WHERE s."organization_id" = w."organization_id" AND s."id" = w."story_id" AND s."language" IN ('ar', 'hy', 'eu', 'ca', 'da', 'fi', 'fr', 'de', 'el', 'hi', 'hu', 'id', 'ga', 'it', 'lt', 'ne', 'no', 'nb', 'pt', 'ro', 'ru', 'sr', 'es', 'sv', 'ta', 'tr', 'yi');
