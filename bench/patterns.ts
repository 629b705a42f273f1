// `npx tsx --expose-gc bench/patterns.ts`: the pattern engine at scale. Generates
// BENCH_PATTERN_STORIES stories (default 1,000,000) inside the database, loads the column index
// from it, then times each query on the index and the same aggregation in SQL, on the same data:
// PostgreSQL when DATABASE_URL is set, PGlite (in a temporary directory) otherwise.
// Targets: index p50 ≤ 25 ms per query and ≥ 10× faster than SQL; discovery over 20 signifiers at
// 100,000 stories ≤ 2 s; index ≤ 500 MB at 1M stories.
import { isDeepStrictEqual } from "node:util";
import { sql } from "drizzle-orm";
import type { PatternScope } from "../src/core/patterns/distribution.ts";
import type { PatternFilter } from "../src/core/patterns/filter.ts";
import { sqlCrosstab } from "../src/db/aggregates/crosstab.ts";
import { sqlDistribution } from "../src/db/aggregates/distribution.ts";
import { createSyntheticScope, generateStoriesInSql } from "../src/testing/synthetic-db.ts";
import { sqlTrend } from "../src/db/aggregates/trend.ts";
import { sqlWhatWorksCounts } from "../src/db/aggregates/what-works.ts";
import { PatternIndex } from "../src/index/pattern-index.ts";
import { openBenchDatabase } from "./lib/database.ts";
import { printTable } from "./lib/table.ts";

type Row = Record<string, string | number>;
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/**
 * Median wall time of `runs` calls (after `warmUp` untimed ones), the median CPU time of this
 * process over the same calls (on a shared machine wall time also counts other people's work),
 * and the last call's result.
 */
async function p50<T>(runs: number, task: () => Promise<T>, warmUp = 1): Promise<{ ms: number; cpuMs: number; result: T }> {
  for (let k = 0; k < warmUp; k++) await task();
  const times: number[] = [];
  const cpu: number[] = [];
  let result!: T;
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    result = await task();
    const spent = process.cpuUsage(usage);
    times.push(performance.now() - started);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), result };
}

function memory(): number {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const withoutSample = (d: object) => {
  const { points: _p, pointIds: _i, density: _d, ...counts } = d as Record<string, unknown>;
  return counts;
};
const withoutTest = (d: object) => {
  const { test: _t, ...counts } = d as Record<string, unknown>;
  return counts;
};

export async function benchPatterns(stories = Number(process.env.BENCH_PATTERN_STORIES ?? 1_000_000)): Promise<Row[]> {
  const { database, engine, drop } = await openBenchDatabase("vp-bench-patterns-");
  const rows: Row[] = [];
  try {
    const db = database.db;
    const data = await createSyntheticScope(db);
    let started = performance.now();
    await generateStoriesInSql(db, data, stories);
    if (engine === "postgres") await db.execute(sql`vacuum analyze story`);
    rows.push({ query: `generate ${stories} stories in SQL (${engine})`, "index ms": "", "index CPU ms": "", "SQL ms": Math.round(performance.now() - started), "SQL/index": "", target: "", ok: "" });

    const before = memory();
    started = performance.now();
    const patterns = PatternIndex.start(db);
    await patterns.ready;
    const loadMs = performance.now() - started;
    const megabytes = (memory() - before) / 1e6;
    const size = patterns.size();
    rows.push({ query: `load index (${size.stories} consenting stories)`, "index ms": Math.round(loadMs), "index CPU ms": "", "SQL ms": "", "SQL/index": "", target: "", ok: "" });
    // Typed arrays are the index; the heap delta also holds the dictionaries and, on PGlite, any
    // growth of the database's own WebAssembly memory during the load.
    const perMillion = (Math.max(megabytes, size.bytes / 1e6) * 1e6) / Math.max(1, size.stories);
    rows.push({
      query: `index memory: heap + arrayBuffers Δ ${megabytes.toFixed(0)} MB, typed arrays ${(size.bytes / 1e6).toFixed(0)} MB (${perMillion.toFixed(0)} MB per million)`,
      "index ms": "", "index CPU ms": "", "SQL ms": "", "SQL/index": "", target: "≤ 500 MB at 1M", ok: perMillion <= 500 ? "yes" : "NO",
    });

    // A typical question: one collection, the last eighteen months or so.
    const scope: PatternScope = { organizationId: data.organizationId, collectionId: data.collectionIds[0] };
    const filter: PatternFilter = { from: new Date(START + 400 * DAY).toISOString(), to: new Date(START + 1000 * DAY).toISOString() };
    const checks: [string, () => Promise<object>, () => Promise<object>][] = [
      ...["situatie", "thema", "regie", "cijfer", "hulp", "gevoel"].map((id): [string, () => Promise<object>, () => Promise<object>] => [
        `distribution ${id}`, async () => withoutSample(await patterns.distribution(scope, id, filter)), () => sqlDistribution(db, scope, id, filter),
      ]),
      ["distribution situatie, filtered on regie 0.2–0.7 and thema geld", async () => withoutSample(await patterns.distribution(scope, "situatie", { ...filter, answers: [{ signifierId: "regie", min: 0.2, max: 0.7 }, { signifierId: "thema", options: ["geld"] }] })),
        () => sqlDistribution(db, scope, "situatie", { ...filter, answers: [{ signifierId: "regie", min: 0.2, max: 0.7 }, { signifierId: "thema", options: ["geld"] }] })],
      ["crosstab situatie × uitkomst", async () => withoutTest(await patterns.crosstab(scope, "situatie", "uitkomst", filter)), () => sqlCrosstab(db, scope, "situatie", "uitkomst", filter)],
      ["what works (situatie × aanpak → uitkomst)", () => patterns.whatWorks(scope, filter), () => sqlWhatWorksCounts(db, scope, filter)],
    ];
    for (const [query, onIndex, onSql] of checks) {
      const index = await p50(15, onIndex);
      // SQL takes seconds at a million stories: three timed runs, the first warming its caches.
      const inSql = await p50(3, onSql, 0);
      const [indexMs, sqlMs] = [index.ms, inSql.ms];
      // What-works rows are tested and ranked on the index side; its counts are compared in the parity tests.
      const same = query.startsWith("what works") ? "" : isDeepStrictEqual(index.result, inSql.result) ? ", same counts" : ", COUNTS DIFFER";
      const ok = indexMs <= 25 && sqlMs / indexMs >= 10;
      rows.push({ query: query + same, "index ms": indexMs, "index CPU ms": index.cpuMs, "SQL ms": sqlMs, "SQL/index": sqlMs / indexMs, target: "≤ 25 ms, ≥ 10×", ok: ok ? "yes" : "NO" });
    }
    const numeric = await p50(3, () => patterns.whatWorks(scope, filter, { outcome: "regie" }));
    rows.push({ query: "what works, dyad outcome regie (information)", "index ms": numeric.ms, "index CPU ms": numeric.cpuMs, "SQL ms": "", "SQL/index": "", target: "", ok: "" });
    const trend = await p50(5, () => patterns.trend(scope, filter, "week", "regie"));
    const trendSql = await p50(3, () => sqlTrend(db, scope, "week", "regie", filter), 0);
    rows.push({ query: "trend per week, mean regie (information)", "index ms": trend.ms, "index CPU ms": trend.cpuMs, "SQL ms": trendSql.ms, "SQL/index": trendSql.ms / trend.ms, target: "", ok: "" });
    const middle = new Date(START + 700 * DAY).toISOString();
    const compared = await p50(3, () => patterns.compare(scope, {}, { from: filter.from, to: middle }, { from: middle, to: filter.to }));
    rows.push({ query: `comparison of two periods, ${compared.result.length} signifiers (information)`, "index ms": compared.ms, "index CPU ms": compared.cpuMs, "SQL ms": "", "SQL/index": "", target: "", ok: "" });

    // Discovery over a period holding about 100,000 stories (all of them in a smaller run).
    const days = Math.min(1000, Math.ceil((1000 * 100_000) / (0.9 * stories)));
    const period: PatternFilter = { from: new Date(START).toISOString(), to: new Date(START + days * DAY).toISOString() };
    const frameworkScope = { organizationId: data.organizationId, frameworkId: data.frameworkId };
    const { ms: discoveryMs, cpuMs: discoveryCpu, result: found } = await p50(3, () => patterns.discoverPatterns(frameworkScope, period));
    rows.push({
      query: `discovery (p50 of 3): ${found.stories} stories, ${found.tested} pairs tested, ${found.patterns.length} reported`,
      "index ms": Math.round(discoveryMs), "index CPU ms": Math.round(discoveryCpu), "SQL ms": "", "SQL/index": "", target: "≤ 2000 ms", ok: discoveryMs <= 2000 ? "yes" : "NO",
    });
    return rows;
  } finally {
    await database.close();
    await drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchPatterns();
  printTable(`Pattern engine: column index against SQL (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}), targets as in the issue`, rows);
}
