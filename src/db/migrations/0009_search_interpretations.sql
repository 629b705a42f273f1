DROP INDEX "story_search_idx";--> statement-breakpoint
ALTER TABLE "story" ADD COLUMN "interpretation_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "story" ADD COLUMN "search_all" "tsvector" GENERATED ALWAYS AS (search_vector || coalesce(interpretation_vector, ''::tsvector)) STORED;--> statement-breakpoint
CREATE INDEX "story_search_all_idx" ON "story" USING gin ("search_all");