import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSyntheticScope, insertStories } from "../testing/synthetic-db.ts";
import { syntheticStories } from "../core/patterns/synthetic.ts";
import { type Database, openDatabase, queryRows } from "./client.ts";
import { refreshStoryStatistics, storyStatisticsStale } from "./embedded-statistics.ts";

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://" });
});
afterAll(async () => {
  await database?.close();
});

const estimate = async () => Number((await queryRows<{ n: number }>(database.db, sql`select reltuples::float8 as n from pg_class where relname = 'story'`))[0]!.n);

describe("planner statistics on the embedded database", () => {
  it("analyses the story table once it holds stories, and again only after it grew by more than a tenth", async () => {
    expect(await storyStatisticsStale(database)).toBe(false);
    const scope = await createSyntheticScope(database.db);
    const stories = syntheticStories(1200, 3);
    await insertStories(database.db, scope, stories.slice(0, 1000));
    expect(await refreshStoryStatistics(database)).toBe(true);
    expect(await estimate()).toBe(1000);
    await insertStories(database.db, scope, stories.slice(1000, 1100));
    expect(await refreshStoryStatistics(database)).toBe(false);
    await insertStories(database.db, scope, stories.slice(1100));
    expect(await refreshStoryStatistics(database)).toBe(true);
    expect(await estimate()).toBe(1200);
  });
});
