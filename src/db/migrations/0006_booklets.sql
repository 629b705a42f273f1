CREATE TABLE "booklet" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"slug" text NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booklet_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "booklet_story" (
	"organization_id" uuid NOT NULL,
	"booklet_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "booklet_story_booklet_id_story_id_pk" PRIMARY KEY("booklet_id","story_id")
);
--> statement-breakpoint
ALTER TABLE "booklet" ADD CONSTRAINT "booklet_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booklet_story" ADD CONSTRAINT "booklet_story_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booklet_story" ADD CONSTRAINT "booklet_story_booklet_id_booklet_id_fk" FOREIGN KEY ("booklet_id") REFERENCES "public"."booklet"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booklet_story" ADD CONSTRAINT "booklet_story_story_id_story_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."story"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booklet_org_created_idx" ON "booklet" USING btree ("organization_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "booklet_story_story_idx" ON "booklet_story" USING btree ("organization_id","story_id");