CREATE TABLE "core_adoption" (
	"organization_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"framework_version" integer NOT NULL,
	"core_version" integer NOT NULL,
	"core" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "core_adoption_framework_id_framework_version_pk" PRIMARY KEY("framework_id","framework_version")
);
--> statement-breakpoint
CREATE TABLE "core_framework_version" (
	"organization_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "core_framework_version_sector_id_version_pk" PRIMARY KEY("sector_id","version")
);
--> statement-breakpoint
CREATE TABLE "organization_signing_key" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"private_key" text NOT NULL,
	"public_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sector" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sector_contribution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"collection_id" uuid NOT NULL,
	"story_id" uuid,
	"kind" text NOT NULL,
	"month" text NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"signature" text NOT NULL,
	"epsilon_numerator" integer,
	"epsilon_denominator" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sector_contributor" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	"name" text NOT NULL,
	"local_organization_id" uuid,
	"credential_hash" text,
	"public_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sector_contributor_credential_hash_unique" UNIQUE("credential_hash")
);
--> statement-breakpoint
CREATE TABLE "sector_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"hub_url" text,
	"sector_id" uuid NOT NULL,
	"sector_name" text NOT NULL,
	"credential" text,
	"budget_numerator" integer NOT NULL,
	"budget_denominator" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sector_member" (
	"sector_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sector_member_sector_id_organization_id_pk" PRIMARY KEY("sector_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "sector_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"contribution_id" uuid NOT NULL,
	"operation" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sector_participation" (
	"collection_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"epsilon_numerator" integer NOT NULL,
	"epsilon_denominator" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sector_received" (
	"organization_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	"contributor_id" uuid NOT NULL,
	"contribution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"month" text NOT NULL,
	"document" jsonb,
	"signature" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "sector_received_contributor_id_contribution_id_pk" PRIMARY KEY("contributor_id","contribution_id")
);
--> statement-breakpoint
ALTER TABLE "story" ADD COLUMN "consent_sector" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "core_adoption" ADD CONSTRAINT "core_adoption_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_adoption" ADD CONSTRAINT "core_adoption_link_id_sector_link_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."sector_link"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_adoption" ADD CONSTRAINT "core_adoption_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_framework_version" ADD CONSTRAINT "core_framework_version_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_framework_version" ADD CONSTRAINT "core_framework_version_sector_id_sector_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sector"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_signing_key" ADD CONSTRAINT "organization_signing_key_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector" ADD CONSTRAINT "sector_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_contribution" ADD CONSTRAINT "sector_contribution_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_contribution" ADD CONSTRAINT "sector_contribution_link_id_sector_link_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."sector_link"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_contributor" ADD CONSTRAINT "sector_contributor_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_contributor" ADD CONSTRAINT "sector_contributor_sector_id_sector_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sector"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_link" ADD CONSTRAINT "sector_link_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_member" ADD CONSTRAINT "sector_member_sector_id_sector_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sector"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_member" ADD CONSTRAINT "sector_member_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_outbox" ADD CONSTRAINT "sector_outbox_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_outbox" ADD CONSTRAINT "sector_outbox_link_id_sector_link_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."sector_link"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_participation" ADD CONSTRAINT "sector_participation_collection_id_collection_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collection"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_participation" ADD CONSTRAINT "sector_participation_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_participation" ADD CONSTRAINT "sector_participation_link_id_sector_link_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."sector_link"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_received" ADD CONSTRAINT "sector_received_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_received" ADD CONSTRAINT "sector_received_sector_id_sector_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sector"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_received" ADD CONSTRAINT "sector_received_contributor_id_sector_contributor_id_fk" FOREIGN KEY ("contributor_id") REFERENCES "public"."sector_contributor"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sector_org_idx" ON "sector" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "sector_contribution_link_idx" ON "sector_contribution" USING btree ("organization_id","link_id");--> statement-breakpoint
CREATE INDEX "sector_contribution_story_idx" ON "sector_contribution" USING btree ("organization_id","story_id");--> statement-breakpoint
CREATE INDEX "sector_contributor_sector_idx" ON "sector_contributor" USING btree ("organization_id","sector_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sector_link_org_sector_idx" ON "sector_link" USING btree ("organization_id","sector_id");--> statement-breakpoint
CREATE INDEX "sector_outbox_due_idx" ON "sector_outbox" USING btree ("delivered_at","next_attempt_at");--> statement-breakpoint
CREATE INDEX "sector_received_sector_idx" ON "sector_received" USING btree ("organization_id","sector_id","kind","month");