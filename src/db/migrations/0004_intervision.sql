CREATE TABLE "intervision_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"collection_id" uuid NOT NULL,
	"title" text NOT NULL,
	"facilitator_user_id" uuid NOT NULL,
	"story_ids" jsonb NOT NULL,
	"conclusions" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "follow_up" ADD COLUMN "session_id" uuid;--> statement-breakpoint
ALTER TABLE "intervision_session" ADD CONSTRAINT "intervision_session_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_session" ADD CONSTRAINT "intervision_session_collection_id_collection_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collection"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intervision_session_org_created_idx" ON "intervision_session" USING btree ("organization_id","created_at" DESC NULLS LAST);