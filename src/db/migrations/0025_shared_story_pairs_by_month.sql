-- The pairs index keeps each story's month beside its pairs (' 2025-12'; no pair starts with a
-- space), so that a phrase search finds the pair's stories of its newest months in one scan instead
-- of reading every story that holds the pair to keep the newest.
DROP INDEX "sector_received_pairs_idx";--> statement-breakpoint
CREATE INDEX "sector_received_pairs_month_idx" ON "sector_received" USING gin (("search_pairs" || array[' ' || "month"]));
--> statement-breakpoint
-- The planner knows how often a pair or a month occurs in the new index only once the table is
-- analysed: until then it guesses thousands of stories for any pair, even a rare one.
ANALYZE "sector_received";
