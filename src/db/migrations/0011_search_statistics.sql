-- A larger sample of search words: with the default (100) a rare word is estimated at half the
-- least common word kept, so the planner walks the newest-first index through tens of thousands of
-- stories instead of reading the few that match from the GIN index (bench/search.ts, 1M stories).
ALTER TABLE "story" ALTER COLUMN "search_all" SET STATISTICS 1000;
