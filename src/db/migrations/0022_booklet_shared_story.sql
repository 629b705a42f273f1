CREATE TABLE "booklet_shared_story" (
	"organization_id" uuid NOT NULL,
	"booklet_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	"contribution_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "booklet_shared_story_booklet_id_sector_id_contribution_id_pk" PRIMARY KEY("booklet_id","sector_id","contribution_id")
);
--> statement-breakpoint
ALTER TABLE "booklet_shared_story" ADD CONSTRAINT "booklet_shared_story_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booklet_shared_story" ADD CONSTRAINT "booklet_shared_story_booklet_id_booklet_id_fk" FOREIGN KEY ("booklet_id") REFERENCES "public"."booklet"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booklet_shared_story" ADD CONSTRAINT "booklet_shared_story_sector_id_sector_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sector"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booklet_shared_story_org_idx" ON "booklet_shared_story" USING btree ("organization_id","booklet_id");