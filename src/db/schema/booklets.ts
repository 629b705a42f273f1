// Story booklets ("de 10 mooiste verhalen"): an ordered selection of stories with a title and an
// introduction, printed as a PDF and, once published, shown on a public story wall by its slug.
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization } from "./auth.ts";
import { sector } from "./sector.ts";
import { story } from "./vertelpunt.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const orgRef = () => uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" });

export const booklet = pgTable("booklet", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  title: text("title").notNull(),
  introduction: text("introduction").notNull().default(""),
  /** The public story wall's address; only a published booklet answers on it. */
  slug: text("slug").notNull().unique(),
  published: boolean("published").notNull().default(false),
  createdBy: uuid("created_by"),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
}, (t) => [index("booklet_org_created_idx").on(t.organizationId, t.createdAt.desc())]);

/** A story in a booklet, at its place. An erased or withdrawn story leaves the booklet with it. */
export const bookletStory = pgTable("booklet_story", {
  organizationId: orgRef(),
  bookletId: uuid("booklet_id").notNull().references(() => booklet.id, { onDelete: "cascade" }),
  storyId: uuid("story_id").notNull().references(() => story.id, { onDelete: "cascade" }),
  position: integer("position").notNull(),
}, (t) => [primaryKey({ columns: [t.bookletId, t.storyId] }), index("booklet_story_story_idx").on(t.organizationId, t.storyId)]);

/**
 * A story shared with a sector, in a booklet of a member organization. It refers to the hub's copy
 * (sector_received, by the sector and the contribution's id) instead of copying it: a story its
 * teller withdraws from the sector leaves every booklet with it, and only its redacted text shows.
 */
export const bookletSharedStory = pgTable("booklet_shared_story", {
  organizationId: orgRef(),
  bookletId: uuid("booklet_id").notNull().references(() => booklet.id, { onDelete: "cascade" }),
  sectorId: uuid("sector_id").notNull().references(() => sector.id, { onDelete: "cascade" }),
  contributionId: uuid("contribution_id").notNull(),
  position: integer("position").notNull(),
}, (t) => [primaryKey({ columns: [t.bookletId, t.sectorId, t.contributionId] }), index("booklet_shared_story_org_idx").on(t.organizationId, t.bookletId)]);
