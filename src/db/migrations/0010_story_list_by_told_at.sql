DROP INDEX "story_org_collection_newest_idx";--> statement-breakpoint
DROP INDEX "story_org_newest_idx";--> statement-breakpoint
CREATE INDEX "story_org_collection_told_idx" ON "story" USING btree ("organization_id","collection_id","told_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "story_org_told_idx" ON "story" USING btree ("organization_id","told_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);