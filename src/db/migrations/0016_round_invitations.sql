CREATE TABLE "round_contact" (
	"invitee_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"email" text NOT NULL,
	"subject_pseudonym" text
);
--> statement-breakpoint
CREATE TABLE "round_invitee" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"lang" text NOT NULL,
	"invited_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"told_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"failures" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_invitee_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "listening_round" ADD COLUMN "reminder_after_days" integer;--> statement-breakpoint
ALTER TABLE "round_contact" ADD CONSTRAINT "round_contact_invitee_id_round_invitee_id_fk" FOREIGN KEY ("invitee_id") REFERENCES "public"."round_invitee"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_contact" ADD CONSTRAINT "round_contact_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_contact" ADD CONSTRAINT "round_contact_round_id_listening_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."listening_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_invitee" ADD CONSTRAINT "round_invitee_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_invitee" ADD CONSTRAINT "round_invitee_round_id_listening_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."listening_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "round_contact_round_email_idx" ON "round_contact" USING btree ("organization_id","round_id","email");--> statement-breakpoint
CREATE INDEX "round_invitee_round_idx" ON "round_invitee" USING btree ("organization_id","round_id");