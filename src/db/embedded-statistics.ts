// PostgreSQL keeps the planner's statistics fresh by autovacuum; PGlite runs no autovacuum, so the
// embedded database would plan every search and list without knowing how many stories there are or
// which words are rare. This does autovacuum's part for the story table: at start and every hour,
// ANALYZE when the number of stories moved by more than a tenth since the last one (the rule of
// autovacuum_analyze_scale_factor). Analysis reads a sample, so even a large table takes seconds.
import { sql } from "drizzle-orm";
import { type Database, queryRows } from "./client.ts";

const SCALE_FACTOR = 0.1;
const THRESHOLD = 50;

/** Whether the story table needs fresh statistics; reltuples is −1 before the first ANALYZE. */
export async function storyStatisticsStale(database: Database): Promise<boolean> {
  const [row] = await queryRows<{ estimated: number; stories: number | string }>(database.db, sql`
    select (select reltuples from pg_class where relname = 'story' and relkind = 'r')::float8 as estimated, (select count(*) from story) as stories`);
  const estimated = Number(row?.estimated ?? -1);
  const stories = Number(row?.stories ?? 0);
  if (estimated < 0) return stories > 0;
  return Math.abs(stories - estimated) > THRESHOLD + SCALE_FACTOR * estimated;
}

export async function refreshStoryStatistics(database: Database): Promise<boolean> {
  if (!(await storyStatisticsStale(database))) return false;
  await database.db.execute(sql`analyze story`);
  return true;
}

/** On PGlite only: refresh now and every `everyMs`; returns a stop function. */
export function scheduleEmbeddedStatistics(database: Database, onError: (error: Error) => void, everyMs = 60 * 60_000): () => void {
  if (database.engine !== "pglite") return () => {};
  const run = () => void refreshStoryStatistics(database).catch(onError);
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
