import { getTableColumns } from "drizzle-orm";
import { story } from "../../db/schema/index.ts";

// Every story column but the search vectors and the index's change marker: they are only for the
// database's own use, and reading the vectors back would cost a few hundred bytes a story for nothing.
const { searchVector: _words, interpretationVector: _readings, searchAll: _search, changedXid: _change, ...readable } = getTableColumns(story);
export const storyColumns = readable;
export type StoryRow = Omit<typeof story.$inferSelect, "searchVector" | "interpretationVector" | "searchAll" | "changedXid">;
