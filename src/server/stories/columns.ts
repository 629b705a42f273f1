import { getTableColumns } from "drizzle-orm";
import { story } from "../../db/schema/index.ts";

// Every story column but the search vectors: they are only for matching inside the database, and
// reading them back would cost a few hundred bytes of text per story for nothing.
const { searchVector: _words, interpretationVector: _readings, searchAll: _search, ...readable } = getTableColumns(story);
export const storyColumns = readable;
export type StoryRow = Omit<typeof story.$inferSelect, "searchVector" | "interpretationVector" | "searchAll">;
