ALTER TABLE "collection" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Hand-written: before one reading per colleague per story holds, a colleague's earlier saves of the
-- same story go; the newest stays.
DELETE FROM "interpretation" WHERE "id" IN (
  SELECT "id" FROM (
    SELECT "id", row_number() OVER (PARTITION BY "organization_id", "story_id", "interpreter_user_id" ORDER BY "updated_at" DESC, "created_at" DESC, "id" DESC) AS "rank"
    FROM "interpretation"
  ) AS "ranked" WHERE "rank" > 1
);--> statement-breakpoint
CREATE UNIQUE INDEX "interpretation_one_per_interpreter_idx" ON "interpretation" USING btree ("organization_id","story_id","interpreter_user_id");
