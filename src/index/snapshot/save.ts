// Writing the index to its file. The position written is taken before the stories changed since
// the last one are read again, so the file holds at least everything that position sees (changes
// that came after are read again at start; reading a story twice is harmless).
import type { Db } from "../../db/client.ts";
import { readStoriesAgain } from "../loader.ts";
import type { StoryIndex } from "../story-index.ts";
import { writeSnapshot } from "./file.ts";
import { changedSince, currentPosition, databaseId, pruneRemovals } from "./position.ts";

/**
 * Brings the index up to now from `since` and writes it; returns the new position, or undefined
 * (nothing written) when the story table was emptied meanwhile and only a full load is right.
 * Must run while nothing else changes the index (PatternIndex runs it in its queue).
 */
export async function saveSnapshot(db: Db, index: StoryIndex, dir: string, since: string, afterBytes?: (written: number) => Promise<void>): Promise<string | undefined> {
  const position = await currentPosition(db);
  const changed = await changedSince(db, since);
  if (changed === "everything") return undefined;
  await readStoriesAgain(db, index, changed);
  await writeSnapshot(dir, { databaseId: await databaseId(db), position, writtenAt: new Date().toISOString() }, index.segmentParts(), afterBytes);
  await pruneRemovals(db);
  return position;
}
