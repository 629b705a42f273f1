ALTER TABLE "two_factor" ADD COLUMN "last_accepted_step" integer;--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "scope" text;--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "last_used_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "idempotency_key" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "idempotency_key" ADD COLUMN "expires_at" timestamp with time zone;