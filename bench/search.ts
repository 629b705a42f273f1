// `npx tsx bench/search.ts` (or `npm run bench -- search`): Dutch full-text search at scale.
// Generates SEARCH_STORIES stories (default 1,000,000) inside the database with generate_series —
// texts drawn from a skewed Dutch vocabulary (lib/dutch-text.ts), search vector built by to_tsvector('dutch') as the
// write path does — then times the story list's search as the API runs it (listStories: visibility,
// newest first, a page of 50, snippets): single word, rare word, phrase, OR, -not, and search
// combined with a period, a collection and an answer filter; then similar stories for one story.
// PostgreSQL when DATABASE_URL is set, PGlite otherwise. Target (issue 5): p50 ≤ 50 ms at 1M stories.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { situations } from "../src/core/patterns/synthetic.ts";
import { createSyntheticScope } from "../src/testing/synthetic-db.ts";
import { type Db, queryRows } from "../src/db/client.ts";
import { similarStories } from "../src/server/knowledge/similar.ts";
import type { Caller } from "../src/server/policy.ts";
import { findStory, listStories } from "../src/server/stories/queries.ts";
import { openBenchDatabase } from "./lib/database.ts";
import { dutchText } from "./lib/dutch-text.ts";
import { printTable } from "./lib/table.ts";

type Row = Record<string, string | number>;

const queries: [string, string, Partial<Parameters<typeof listStories>[2]>?][] = [
  ["single word", "schulden"],
  ["rare word", "energieleverancier"],
  ["phrase", "\"huisbezoek samen\""],
  ["OR", "bewindvoerder OR deurwaarder"],
  ["-not", "schulden -huisbezoek"],
  ["rare -not", "deurwaarder -schulden"],
  ["word + period + collection + answer filter", "bewindvoerder", {}],
];

export async function generateSearchStories(db: Db, stories: number, chunk = 50_000) {
  const scope = await createSyntheticScope(db);
  const options = sql.raw(`array[${situations.map((s) => `'${s}'`).join(",")}]`);
  await db.execute(sql`select setseed(0.5)`);
  for (let from = 1; from <= stories; from += chunk) {
    const to = Math.min(stories, from + chunk - 1);
    await db.execute(sql`insert into story (id, organization_id, collection_id, framework_id, framework_version, text, language, answers, channel, consent_research, told_at, created_at, search_vector)
      select gen_random_uuid(), ${scope.organizationId}::uuid, (array[${scope.collectionIds[0]}::uuid, ${scope.collectionIds[1]}::uuid])[1 + g % 2],
        ${scope.frameworkId}::uuid, 1, t.text, 'nl', jsonb_build_object('situatie', (${options})[1 + floor(random() * ${situations.length})::int]),
        'web', true, at, at, to_tsvector('dutch', t.text)
      from generate_series(${from}::int, ${to}::int) g, lateral (${dutchText(sql.raw("g"))}) t,
        lateral (select timestamptz '2024-01-01 00:00:00+00' + (g::float8 / ${stories}) * interval '1000 days' as at) a`);
  }
  return scope;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchSearch(stories = Number(process.env.SEARCH_STORIES ?? 1_000_000), runs = Number(process.env.SEARCH_RUNS ?? 50)): Promise<Row[]> {
  const { database, engine, drop } = await openBenchDatabase("vp-bench-search-");
  const rows: Row[] = [];
  try {
    const db = database.db;
    let started = performance.now();
    const scope = await generateSearchStories(db, stories);
    // PGlite runs no autovacuum: without statistics the planner cannot tell a rare word from a common one.
    await db.execute(sql`vacuum analyze story`);
    rows.push({ query: `generate ${stories} stories with Dutch search vectors (${engine})`, "p50 ms": Math.round(performance.now() - started), "p99 ms": "", matches: "", target: "", ok: "" });
    const caller: Caller = { userId: randomUUID(), organizationId: scope.organizationId, role: "analyst", isOperator: false, teamIds: [] };
    const filtered = {
      collectionId: scope.collectionIds[0], from: "2024-06-01T00:00:00Z", to: "2025-06-01T00:00:00Z",
      answers: JSON.stringify([{ signifierId: "situatie", options: ["schulden", "wonen"] }]),
    };
    for (const [name, q, extra] of queries) {
      const filter = { q, limit: 50, ...(extra ? filtered : {}) };
      await listStories(db, caller, filter);
      const times: number[] = [];
      let matches = 0;
      for (let i = 0; i < runs; i++) {
        started = performance.now();
        matches = (await listStories(db, caller, filter)).items.length;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 50);
      rows.push({ query: `${name}: ${q}`, "p50 ms": p50, "p99 ms": percentile(times, 99), matches: `${matches} on the first page`, target: "p50 ≤ 50 ms", ok: p50 <= 50 ? "yes" : "NO" });
    }
    const [sample] = await queryRows<{ id: string }>(db, sql`select id from story where organization_id = ${scope.organizationId} order by created_at desc limit 1 offset ${Math.floor(stories / 3)}`);
    const source = await findStory(db, caller, sample!.id);
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < Math.min(runs, 20); i++) {
      started = performance.now();
      found = (await similarStories({ db }, caller, source, "nl")).length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push({ query: "similar stories for one story (information)", "p50 ms": percentile(times, 50), "p99 ms": percentile(times, 99), matches: `${found} similar`, target: "", ok: "" });
    return rows;
  } finally {
    await database.close();
    await drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchSearch();
  printTable(`Dutch full-text search, a page of 50 with snippets (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, rows);
}
