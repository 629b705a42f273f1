// The pattern index's snapshot (index/snapshot/): a process killed with SIGKILL at several points
// while it writes the file never leaves a wrong index. After each kill the stories change
// (erasure, withdrawn consent, edits, new stories, a purge); the next start, from whatever file is
// there, must answer exactly as an index built fresh from the database, and as SQL does.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PatternScope } from "../../core/patterns/distribution.ts";
import type { PatternFilter } from "../../core/patterns/filter.ts";
import { syntheticStories } from "../../core/patterns/synthetic.ts";
import { sqlDistribution } from "../../db/aggregates/distribution.ts";
import { type Database, openDatabase, queryRows } from "../../db/client.ts";
import { PatternIndex } from "../../index/pattern-index.ts";
import { SNAPSHOT_FILE } from "../../index/snapshot/file.ts";
import { edgeStories } from "../../testing/parity-fixtures.ts";
import { createSyntheticScope, insertStories, type SyntheticScope } from "../../testing/synthetic-db.ts";

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), "vp-index-snapshot-"));
const dataDir = join(root, "db");
const dir = join(root, "index");
const signifiers = ["situatie", "aanpak", "uitkomst", "thema", "leefgebied", "hulp", "steun", "regie", "tempo", "cijfer", "zorgen", "gevoel"];
let data: SyntheticScope;
let round = 0;

/** Runs the writer child; resolves with how it ended and what it printed. */
async function writer(killAt?: number): Promise<{ signal: string | null; output: string }> {
  const args = ["--import", "tsx", "src/testing/snapshot-writer.ts", dataDir, dir, ...(killAt === undefined ? [] : [String(killAt)])];
  try {
    const { stdout } = await run(process.execPath, args, { env: { ...process.env, DATABASE_URL: "" } });
    return { signal: null, output: stdout };
  } catch (error) {
    const failed = error as { signal: string | null; stdout: string; stderr: string };
    if (failed.signal !== "SIGKILL") throw new Error(`the writer failed: ${failed.stderr}`);
    return { signal: failed.signal, output: failed.stdout };
  }
}

async function withDatabase<T>(task: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await task(database);
  } finally {
    await database.close();
  }
}

/** Stories erased, consent withdrawn, answers edited, new ones told: different ones each round. */
async function changeStories(database: Database): Promise<void> {
  const db = database.db;
  round++;
  const ids = (await queryRows<{ id: string }>(db, sql`select id from story where organization_id = ${data.organizationId} and consent_research order by id offset ${round * 40} limit 40`)).map((r) => r.id);
  for (const id of ids.slice(0, 10)) await db.execute(sql`delete from story where id = ${id}`);
  for (const id of ids.slice(10, 20)) await db.execute(sql`update story set consent_research = false where id = ${id}`);
  for (const id of ids.slice(20, 30)) await db.execute(sql`update story set answers = answers || '{"situatie": "werk", "regie": 0.5}'::jsonb where id = ${id}`);
  await insertStories(db, data, syntheticStories(120, 100 + round));
}

const scopes = (): PatternScope[] => [
  { organizationId: data.organizationId, frameworkId: data.frameworkId },
  { organizationId: data.organizationId, collectionId: data.collectionIds[0] },
  { organizationId: data.organizationId, collectionId: data.collectionIds[1] },
];
const filters: PatternFilter[] = [{}, { from: "2024-06-01T00:00:00Z", to: "2025-03-01T00:00:00Z", channels: ["web", "kiosk"] }];

/** Everything the index answers, without the drawn samples (their choice follows row order). */
async function answers(patterns: PatternIndex) {
  const out: unknown[] = [];
  for (const scope of scopes()) {
    for (const filter of filters) {
      for (const id of signifiers) {
        const { points: _p, pointIds: _i, density: _d, ...counts } = (await patterns.distribution(scope, id, filter)) as Record<string, unknown>;
        out.push(counts);
      }
      out.push(await patterns.crosstab(scope, "situatie", "uitkomst", filter), await patterns.whatWorks(scope, filter));
    }
  }
  return out;
}

/**
 * Changes stories (unless told not to), then starts from the file (if usable) and compares with a
 * fresh build and with SQL. Returns what the restarted index logged.
 */
async function expectSameAsFreshBuild(change = true): Promise<string[]> {
  return withDatabase(async (database) => {
    if (change) await changeStories(database);
    const logged: string[] = [];
    const restarted = PatternIndex.start(database.db, undefined, { dir, everyMs: 3_600_000, log: (_level, message) => logged.push(message) });
    await restarted.ready;
    await restarted.close();
    const fresh = PatternIndex.start(database.db);
    expect(await answers(restarted)).toEqual(await answers(fresh));
    const [counted] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from story where consent_research`);
    expect(restarted.size().stories).toBe(counted!.n);
    for (const id of ["situatie", "regie", "hulp", "thema"]) {
      const { points: _p, pointIds: _i, density: _d, ...counts } = (await restarted.distribution(scopes()[1]!, id, filters[1])) as Record<string, unknown>;
      expect(counts).toEqual(await sqlDistribution(database.db, scopes()[1]!, id, filters[1]));
    }
    return logged;
  });
}

beforeAll(async () => {
  await withDatabase(async (database) => {
    data = await createSyntheticScope(database.db);
    await insertStories(database.db, data, [...syntheticStories(3000, 7), ...edgeStories()]);
  });
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the pattern index snapshot", { timeout: 240_000 }, () => {
  it("is written and read back, with the changes made since caught up from the database", async () => {
    expect((await writer()).output).toContain("written");
    const logged = await expectSameAsFreshBuild();
    expect(logged.join("\n")).toMatch(/read from its snapshot .* \(\d+ stories read again\)/);
  });

  it("never leaves a wrong index when the writer is killed while writing", async () => {
    const size = statSync(join(dir, SNAPSHOT_FILE)).size;
    // In the header, half-way through the arrays, and with every byte written but not yet flushed or renamed.
    for (const killAt of [60, Math.floor(size / 2), size]) {
      const { signal } = await writer(killAt);
      expect(signal, `killed at ${killAt} bytes`).toBe("SIGKILL");
        const logged = await expectSameAsFreshBuild();
      // The old file is still whole: read, and the changes since caught up.
      expect(logged.join("\n"), `killed at ${killAt} bytes`).toMatch(/read from its snapshot/);
    }
  });

  it("is rebuilt from the database when the file is damaged or cut short", async () => {
    expect((await writer()).output).toContain("written");
    const file = join(dir, SNAPSHOT_FILE);
    const bytes = readFileSync(file);
    bytes[bytes.length - 5]! ^= 0xff;
    writeFileSync(file, bytes);
    expect((await expectSameAsFreshBuild()).join("\n")).toMatch(/not used.*checksum mismatch/);
    writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    expect((await expectSameAsFreshBuild(false)).join("\n")).toMatch(/not used.*cut short/);
  });

  it("catches up stories removed with their collection (a delete that cascades)", async () => {
    const collectionId = randomUUID();
    await withDatabase(async (database) => {
      await database.db.execute(sql`insert into collection (id, organization_id, framework_id, name, slug, audience, anonymous)
        values (${collectionId}, ${data.organizationId}, ${data.frameworkId}, 'Weg', ${`weg-${collectionId}`}, 'clients', true)`);
      await insertStories(database.db, { ...data, collectionIds: [collectionId, collectionId] }, syntheticStories(200, 55));
    });
    expect((await writer()).output).toContain("written");
    await withDatabase((database) => database.db.execute(sql`delete from collection where id = ${collectionId}`));
    // Read from the file, not rebuilt: the cascade left a marker for each of the 200, read again
    // (and found gone), so the story counts agreed with the database's.
    expect((await expectSameAsFreshBuild(false)).join("\n")).toMatch(/read from its snapshot .* \(200 stories read again\)/);
  });

  it("is not used after the story table was emptied, nor by another database", async () => {
    expect((await writer()).output).toContain("written");
    await withDatabase(async (database) => {
      await database.db.execute(sql`truncate story cascade`);
      await insertStories(database.db, data, syntheticStories(500, 99));
    });
    expect((await expectSameAsFreshBuild(false)).join("\n")).toMatch(/not used.*emptied/);
    const elsewhere = await openDatabase({ dataDir: "memory://" });
    try {
      const logged: string[] = [];
      const patterns = PatternIndex.start(elsewhere.db, undefined, { dir, everyMs: 3_600_000, log: (_level, message) => logged.push(message) });
      await patterns.ready;
      await patterns.close();
      expect(patterns.size().stories).toBe(0);
      expect(logged.join("\n")).toMatch(/another database/);
    } finally {
      await elsewhere.close();
    }
  });
});
