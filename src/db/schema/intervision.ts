// Intervisie: a facilitator and colleagues interpret a set of stories together. Placements are
// interpretations carrying the session's id; agreed actions are follow-ups carrying it, so they reach
// the tellers through the same path as any other action.
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization } from "./auth.ts";
import { collection } from "./vertelpunt.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const intervisionSession = pgTable("intervision_session", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
  collectionId: uuid("collection_id").notNull().references(() => collection.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  facilitatorUserId: uuid("facilitator_user_id").notNull(),
  /** The stories, in the order the facilitator chose. Erased stories drop out when read. */
  storyIds: jsonb("story_ids").$type<string[]>().notNull(),
  conclusions: text("conclusions"),
  createdAt: ts("created_at").notNull().defaultNow(),
  closedAt: ts("closed_at"),
}, (t) => [index("intervision_session_org_created_idx").on(t.organizationId, t.createdAt.desc())]);
