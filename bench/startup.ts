// `npm run bench -- startup`: from process start to the first dashboard answer, at
// BENCH_STARTUP_STORIES stories (default 1,000,000), median of 3 starts, with the pattern index
// loaded from the database and read from its snapshot file. PostgreSQL when DATABASE_URL is set
// (database vertelpunt_bench_startup[_N], kept between runs: seeding takes minutes), PGlite otherwise.
// Targets (issue 19): ≤ 5 s at 1M stories, ≤ 30 s at 10M.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SNAPSHOT_FILE } from "../src/index/snapshot/file.ts";
import { startServerProcess } from "../src/testing/spawn-server.ts";
import { adminToken, benchDatabaseUrl, type Place, seed } from "./lib/startup-data.ts";

type Row = Record<string, string | number>;
const STARTS = 3;
/** Starts that load the index from the database (BENCH_STARTUP_DATABASE_STARTS): minutes each at 10M. */
const DATABASE_STARTS = Number(process.env.BENCH_STARTUP_DATABASE_STARTS ?? STARTS);
const targetMs = (stories: number) => (stories > 1_000_000 ? 30_000 : 5000);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** CPU seconds a process has used so far, all its threads (Linux; 100 clock ticks a second). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Milliseconds from spawning the server until its first dashboard answer came back whole, and the
 * CPU time the server used until then (on a shared machine the steadier of the two).
 */
async function firstDashboard(place: Place, indexDir: string, path: string, token: string): Promise<{ ms: number; cpu: number }> {
  const started = performance.now();
  const server = await startServerProcess({ ...place, env: { VERTELPUNT_INDEX_DIR: indexDir, LOG_LEVEL: "warn" } });
  try {
    const res = await fetch(server.baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
    return { ms: performance.now() - started, cpu: cpuSeconds(server.process.pid!) };
  } finally {
    await server.stop();
  }
}

/** One start that writes the snapshot (after its load from the database), not timed. */
async function writeSnapshot(place: Place, indexDir: string, path: string, token: string): Promise<void> {
  const server = await startServerProcess({ ...place, env: { VERTELPUNT_INDEX_DIR: indexDir, LOG_LEVEL: "warn" } });
  try {
    await fetch(server.baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
    const deadline = Date.now() + 600_000;
    while (!existsSync(join(indexDir, SNAPSHOT_FILE))) {
      if (Date.now() > deadline) throw new Error("no snapshot was written within 10 minutes");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await server.stop();
  }
}

export async function benchStartup(stories = Number(process.env.BENCH_STARTUP_STORIES ?? 1_000_000)): Promise<Row[]> {
  const url = process.env.DATABASE_URL;
  const scratch = mkdtempSync(join(tmpdir(), "vp-bench-startup-"));
  const place: Place = url ? { databaseUrl: await benchDatabaseUrl(url, stories) } : { dataDir: join(scratch, "db") };
  const engine = url ? "PostgreSQL" : "PGlite";
  const indexDir = join(scratch, "index");
  try {
    const { collectionId, organizationId } = await seed(place, stories, (line) => console.log(line));
    const token = await adminToken(place, organizationId);
    const path = `/api/v1/collections/${collectionId}/dashboard`;
    const rows: Row[] = [];
    const row = (start: string, runs: { ms: number; cpu: number }[]) => {
      const ms = median(runs.map((r) => r.ms));
      rows.push({
        start: `${start} (${engine}, ${stories} stories)`, "median ms": Math.round(ms), "each start ms": runs.map((r) => Math.round(r.ms)).join(", "),
        "server CPU s (median)": median(runs.map((r) => r.cpu)).toFixed(1), target: `≤ ${targetMs(stories)} ms`, ok: ms <= targetMs(stories) ? "yes" : "NO",
      });
    };
    const fromDatabase: { ms: number; cpu: number }[] = [];
    for (let k = 0; k < DATABASE_STARTS; k++) fromDatabase.push(await firstDashboard(place, "off", path, token));
    row("index loaded from the database", fromDatabase);
    await writeSnapshot(place, indexDir, path, token);
    const fromSnapshot: { ms: number; cpu: number }[] = [];
    for (let k = 0; k < STARTS; k++) fromSnapshot.push(await firstDashboard(place, indexDir, path, token));
    row("index read from its snapshot file", fromSnapshot);
    return rows;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
