import { getTableColumns } from "drizzle-orm";
import { story } from "../../db/schema/index.ts";

// Every story column but the search vector: it is only for matching inside the database, and
// reading it back would cost a few hundred bytes of text per story for nothing.
const { searchVector: _searchOnly, ...readable } = getTableColumns(story);
export const storyColumns = readable;
export type StoryRow = Omit<typeof story.$inferSelect, "searchVector">;
