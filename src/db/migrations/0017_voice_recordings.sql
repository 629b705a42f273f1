CREATE TABLE "story_recording" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"story_id" uuid,
	"storage_key" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"duration_seconds" integer,
	"consent_keep" boolean NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "story_recording_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
ALTER TABLE "story" ADD COLUMN "consent_voice" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "story" ADD COLUMN "transcript_source" text;--> statement-breakpoint
ALTER TABLE "story_recording" ADD CONSTRAINT "story_recording_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_recording" ADD CONSTRAINT "story_recording_story_id_story_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."story"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "story_recording_one_per_story_idx" ON "story_recording" USING btree ("organization_id","story_id");