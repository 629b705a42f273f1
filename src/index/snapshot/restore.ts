// Starting from a snapshot file instead of every story. The file is used only when it belongs to
// this database, is young enough, and the database has not gone back behind it; then the stories
// changed since are read again, and the index must hold exactly as many consenting stories per
// framework as the database. All of that is read in one repeatable-read transaction, so the
// restored index is the database at one instant: the count check is exact, and every later
// commit reaches the index as a live change. Any doubt: the caller loads from the database.
import type { Db } from "../../db/client.ts";
import { loadCollections, loadFrameworks, loadStories, readStoriesAgain } from "../loader.ts";
import type { StoryIndex } from "../story-index.ts";
import { readSnapshot } from "./file.ts";
import { changedSince, consentingCounts, currentPosition, databaseId, positionReachable, SNAPSHOT_MAX_AGE_DAYS } from "./position.ts";

const DAY_MS = 86_400_000;

export type Restored = { position: string; reread: number } | { refused: string };

/** Fills the empty index from the snapshot in `dir`; undefined when there is no file. */
export async function restoreSnapshot(db: Db, index: StoryIndex, dir: string): Promise<Restored | undefined> {
  const snapshot = await readSnapshot(dir);
  if (!snapshot) return undefined;
  if (snapshot.databaseId !== (await databaseId(db))) return { refused: "it was written for another database" };
  if (Date.now() - Date.parse(snapshot.writtenAt) > SNAPSHOT_MAX_AGE_DAYS * DAY_MS) return { refused: `it is older than ${SNAPSHOT_MAX_AGE_DAYS} days` };
  if (!(await positionReachable(db, snapshot.position))) return { refused: "the database is older than the snapshot (restored from a backup?)" };
  return db.transaction(async (tx) => {
    const position = await currentPosition(tx);
    const changed = await changedSince(tx, snapshot.position);
    if (changed === "everything") return { refused: "the story table was emptied since" };
    await loadFrameworks(tx, index);
    await loadCollections(tx, index);
    for (const parts of snapshot.segments) {
      if (!index.restoreSegment(parts)) await loadStories(tx, index, { frameworkId: parts.frameworkId });
    }
    await readStoriesAgain(tx, index, changed);
    const expected = await consentingCounts(tx);
    const held = index.storyCounts();
    for (const frameworkId of new Set([...expected.keys(), ...held.keys()])) {
      if ((expected.get(frameworkId) ?? 0) !== (held.get(frameworkId) ?? 0)) return { refused: `framework ${frameworkId}: the database has ${expected.get(frameworkId) ?? 0} stories, the snapshot ${held.get(frameworkId) ?? 0}` };
    }
    index.keepSorted();
    return { position, reread: changed.length };
  }, { isolationLevel: "repeatable read", accessMode: "read only" });
}
