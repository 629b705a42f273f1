CREATE TABLE "story_removal" (
	"organization_id" uuid,
	"story_id" uuid,
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"removed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Added without a default first, then given one: a volatile default in ADD COLUMN would rewrite
-- every story row; existing rows stay null (unchanged since before any index snapshot).
ALTER TABLE "story" ADD COLUMN "changed_xid" "xid8";--> statement-breakpoint
ALTER TABLE "story" ALTER COLUMN "changed_xid" SET DEFAULT pg_current_xact_id();--> statement-breakpoint
CREATE INDEX "story_removal_xid_idx" ON "story_removal" USING btree ("xid");--> statement-breakpoint
CREATE INDEX "story_changed_xid_idx" ON "story" USING btree ("changed_xid");--> statement-breakpoint
CREATE FUNCTION story_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.changed_xid := pg_current_xact_id();
  RETURN NEW;
END $$;--> statement-breakpoint
-- Only the columns the column index holds: a note or a transcript does not make a restart reread the story.
CREATE TRIGGER story_changed BEFORE UPDATE OF organization_id, collection_id, framework_id, framework_version, answers, channel, team_id, consent_research, told_at
  ON story FOR EACH ROW EXECUTE FUNCTION story_changed();--> statement-breakpoint
CREATE FUNCTION story_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO story_removal (organization_id, story_id) SELECT organization_id, id FROM removed;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER story_removed AFTER DELETE ON story REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION story_removed();--> statement-breakpoint
CREATE FUNCTION story_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO story_removal (organization_id, story_id) VALUES (NULL, NULL);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER story_truncated AFTER TRUNCATE ON story FOR EACH STATEMENT EXECUTE FUNCTION story_truncated();
