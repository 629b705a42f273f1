// Listening rounds: a collection repeated over time (say each quarter). Each round has its own period
// [starts_at, ends_at) and its own public link (slug). A story belongs to the round whose period holds
// its told_at: rounds of one collection never overlap, so that is derived, not stored.
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization } from "./auth.ts";
import { collection } from "./vertelpunt.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const listeningRound = pgTable("listening_round", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
  collectionId: uuid("collection_id").notNull().references(() => collection.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  startsAt: ts("starts_at").notNull(),
  endsAt: ts("ends_at").notNull(),
  /** Personal invitations get one reminder this many days after the invitation; null sends none. */
  reminderAfterDays: integer("reminder_after_days"),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [index("listening_round_collection_idx").on(t.organizationId, t.collectionId, t.startsAt)]);
