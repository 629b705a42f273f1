// `npm run bench [-- submit load import patterns search sector startup bundle form browser]`: performance figures as tables. PostgreSQL
// rows need DATABASE_URL. BENCH_PATTERN_STORIES and BENCH_STARTUP_STORIES take several sizes (1000000,10000000). Runs on loopback only, bounded in time (load: LOAD_SECONDS, default 300).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { benchBrowser } from "./browser.ts";
import { benchAudioUpload } from "./audio-upload.ts";
import { benchBundle } from "./bundle.ts";
import { benchForm } from "./form.ts";
import { benchImport } from "./import.ts";
import { benchLoad, READER_PAUSE_MS } from "./load.ts";
import { benchPatterns } from "./patterns.ts";
import { benchSearch } from "./search.ts";
import { benchSector } from "./sector.ts";
import { benchStartup } from "./startup.ts";
import { type Engine } from "../src/testing/spawn-server.ts";
import { printTable } from "./lib/table.ts";
import { benchSubmit } from "./submit.ts";

// The benches start the server as `npm start` does: built from the current sources first.
if (spawnSync(process.execPath, ["scripts/ensure-build.mjs"], { stdio: "inherit" }).status !== 0) process.exit(1);

const RAM_DISK = "/dev/shm";
/** Story counts from a comma-separated variable (e.g. 1000000,10000000: both in one run), one million by default. */
const sizes = (variable: string) => (process.env[variable] ?? "1000000").split(",").map(Number);
const engines: Engine[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
const importSize = Number(process.env.BENCH_IMPORT_STORIES ?? 100_000);
const submitSeconds = Number(process.env.BENCH_SUBMIT_SECONDS ?? 20);
const loadSeconds = Number(process.env.LOAD_SECONDS ?? 300);

const suites: Record<string, () => Promise<void>> = {
  async submit() {
    const rows = [];
    for (const engine of engines) rows.push(await benchSubmit({ engine, clients: 16, seconds: submitSeconds }));
    // The cost of durable commits on PGlite: the same run with its directory on a RAM disk, where
    // the group-commit fsync returns at once. The difference is what acknowledging only stories
    // that are on disk costs.
    if (existsSync(RAM_DISK)) rows.push(await benchSubmit({ engine: "pglite", clients: 16, seconds: submitSeconds, dataRoot: RAM_DISK, label: "pglite, fsync free (tmpfs)" }));
    printTable("Story submissions over HTTP (target on PGlite: ≥ 500 stories/s, p99 < 100 ms)", rows);
  },
  async load() {
    const rows = [];
    for (const engine of engines) rows.push(await benchLoad({ engine, rate: 200, seconds: loadSeconds, readers: 20 }));
    printTable(`Sustained load: 200 submissions/s for ${loadSeconds} s while 20 clients read dashboards, each refreshing its 4 panels every ${READER_PAUSE_MS / 1000} s (target: 0 errors)`, rows);
  },
  async import() {
    const rows = [];
    for (const engine of engines) rows.push(await benchImport({ engine, stories: importSize }));
    printTable("NDJSON import (targets: ≥ 1,000 stories/s on PGlite, ≥ 2,000 on PostgreSQL)", rows);
  },
  async patterns() {
    console.log(`load average (1, 5, 15 min) at the start: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    for (const stories of sizes("BENCH_PATTERN_STORIES")) {
      printTable(`Pattern engine at ${stories} stories: column index against SQL and DuckDB (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, await benchPatterns(stories));
    }
  },
  async search() {
    printTable(`Dutch full-text search, a page of 50 with snippets (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}; target p50 ≤ 50 ms at 1M)`, await benchSearch());
  },
  async sector() {
    console.log(`load average (1, 5, 15 min) at the start: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    printTable("Sector view at sector scale: 340 organizations × 36 monthly releases, 1,000,000 shared stories (PostgreSQL; targets p50 ≤ 200 ms per view, ≤ 50 ms per search)", await benchSector());
  },
  async startup() {
    // Each start is timed from spawning the process: on a shared machine a busy minute shows.
    process.env.VP_TEST_SERVER_START_MS ??= "600000";
    console.log(`load average (1, 5, 15 min) at the start: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    for (const stories of sizes("BENCH_STARTUP_STORIES")) {
      printTable(`Start to first dashboard answer at ${stories} stories (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}; targets ≤ 5 s at 1M, ≤ 30 s at 10M)`, await benchStartup(stories));
    }
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  },
  async bundle() {
    printTable("JavaScript for the public story form (target ≤ 120 KB gzip)", await benchBundle());
  },
  async form() {
    printTable(`The public story form on a slow phone (slow 4G, CPU 4× slower; median of ${process.env.BENCH_FORM_RUNS ?? 5}; the machine is shared, so times vary)`, await benchForm());
  },
  async audio() {
    printTable("Upload of a 3-minute voice recording over a throttled link (tus, 512 KiB parts)", await benchAudioUpload());
  },
  async browser() {
    printTable(`Pages in Chromium as a person feels them (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}; median of ${process.env.BENCH_BROWSER_RUNS ?? 5}, ready = form typable / every chart and table drawn; the machine is shared, so times vary)`, await benchBrowser());
  },
};

const chosen = process.argv.slice(2).filter((name) => name in suites);
for (const name of chosen.length > 0 ? chosen : Object.keys(suites)) await suites[name]!();
if (!process.env.DATABASE_URL) console.log("\nDATABASE_URL is not set: PostgreSQL rows were skipped.");
