// `npm run bench -- browser`: pages as a person feels them, in Chromium. The public story form on a
// slow phone (cold cache and warm), the patterns dashboard at 12 and at BENCH_BROWSER_STORIES
// stories (default 1,000,000), a story and search results, each the median of BENCH_BROWSER_RUNS
// loads (default 5). With BENCH_BEFORE=<dir>, a second checkout with its web app built (e.g.
// `git worktree add /tmp/before <ref>`, its node_modules linked, `npx vite build`), every page is
// measured on that code too, on the same database in the same run. BENCH_BROWSER_PAGES=form (any
// part of the pages' names, comma-separated) measures only those pages; the large collection is
// then filled only when a dashboard is among them.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sql } from "drizzle-orm";
import { type Browser, chromium } from "playwright-core";
import { syntheticFramework } from "../src/core/patterns/synthetic.ts";
import { openDatabase, queryRows } from "../src/db/client.ts";
import { generateStoriesInSql } from "../src/testing/synthetic-db.ts";
import { freePort, freshPostgresDatabase } from "../src/testing/test-server.ts";
import { call, seedCollection } from "../src/testing/spawn-server.ts";
import { DESKTOP, type Load, measureLoad, type Profile, SLOW_PHONE } from "./lib/page-timing.ts";

type Row = Record<string, string | number>;

const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 5);
const STORIES = Number(process.env.BENCH_BROWSER_STORIES ?? 1_000_000);
const PAGES = process.env.BENCH_BROWSER_PAGES?.split(",").map((part) => part.trim()).filter(Boolean);

/** Where the data lives: one PostgreSQL database or one PGlite directory, shared by both checkouts in turn. */
interface Store {
  env: Record<string, string>;
  open(): ReturnType<typeof openDatabase>;
  drop(): Promise<void>;
}

async function freshStore(): Promise<Store> {
  if (process.env.DATABASE_URL) {
    const fresh = await freshPostgresDatabase(process.env.DATABASE_URL);
    // The index snapshot beside this database, not in the checkout's ./data where `npm start` keeps its own.
    const indexDir = mkdtempSync(join(tmpdir(), "vp-bench-browser-index-"));
    return {
      env: { DATABASE_URL: fresh.url, VERTELPUNT_INDEX_DIR: indexDir }, open: () => openDatabase({ databaseUrl: fresh.url }),
      drop: async () => {
        await fresh.drop();
        rmSync(indexDir, { recursive: true, force: true });
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "vp-bench-browser-"));
  return { env: { DATABASE_URL: "", VERTELPUNT_DATA_DIR: dir }, open: () => openDatabase({ dataDir: dir }), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

interface Server {
  url: string;
  stop(): Promise<void>;
}

/** `vertelpunt start` from a checkout (this one, or the one to compare with), serving its built web app. */
async function startCheckout(dir: string, store: Store): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "start"], {
    cwd: dir, stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LOG_LEVEL: "warn", PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: url, VERTELPUNT_WEB_ROOT: join(dir, "dist/web"), ...store.env },
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise((done) => child.once("exit", done));
  const deadline = Date.now() + 600_000;
  while (!output.includes("Vertelpunt is running")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server in ${dir} did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop: async () => { child.kill("SIGTERM"); await exited; } };
}

interface Seeded {
  token: string;
  small: string;
  large: string;
  slug: string;
  storyId: string;
}

/** The bench's data: the form's collection with 12 stories, and a synthetic collection with STORIES more. */
async function seed(store: Store, stories: number): Promise<Seeded> {
  const server = await startCheckout(process.cwd(), store);
  let seeded: Omit<Seeded, "large"> & { frameworkId: string; largeId: string; teamIds: string[] };
  try {
    const { token, collection } = await seedCollection(server.url);
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({
      text: `Verhaal ${i} over schulden en werk.`, consent: { research: true },
      answers: { situatie: i % 2 ? "schulden" : "werk", aanpak: i % 3 ? "huisbezoek" : "maatwerk", uitkomst: i % 4 ? "beter" : "opgelost", regie: (i % 10) / 10 },
    }));
    await call(server.url, `/api/v1/collections/${collection.id}/story-imports`, { method: "POST", token, headers: { "content-type": "application/x-ndjson" }, body: lines.join("\n") });
    const framework = await call(server.url, "/api/v1/frameworks", { method: "POST", token, json: syntheticFramework });
    const large = await call(server.url, "/api/v1/collections", { method: "POST", token, json: { name: "Groot", frameworkId: framework.id, audience: "clients", anonymous: true } });
    const page = await call(server.url, `/api/v1/stories?collectionId=${collection.id}&limit=1`, { token });
    const teamIds: string[] = [];
    for (const name of ["Noord", "Zuid", "West"]) teamIds.push((await call(server.url, "/api/v1/teams", { method: "POST", token, json: { name } })).id);
    seeded = { token, small: collection.id, slug: collection.slug, storyId: page.items[0].id, frameworkId: framework.id, largeId: large.id, teamIds };
  } finally {
    await server.stop();
  }
  const database = await store.open();
  try {
    const [owner] = await queryRows<{ id: string }>(database.db, sql`select organization_id::text as id from collection where id = ${seeded.largeId}`);
    const started = performance.now();
    await generateStoriesInSql(database.db, { organizationId: owner!.id, frameworkId: seeded.frameworkId, collectionIds: [seeded.largeId, seeded.largeId], teamIds: seeded.teamIds }, stories);
    console.log(`generated ${stories} stories in ${Math.round((performance.now() - started) / 1000)} s`);
  } finally {
    await database.close();
  }
  return { ...seeded, large: seeded.largeId };
}

interface PageCase {
  page: string;
  target: string;
  profile: Profile;
  /** A page load in a used context: the second visit, with a warm cache. */
  warm?: boolean;
  signedIn: boolean;
  path: (s: Seeded) => string;
  isReady: string;
}

const dashboardReady = "() => document.querySelector('.vp-dashboard [data-signifier] svg') && document.getElementById('ontdekt') && !document.querySelector('.vp-loading')";
const ALL_CASES: PageCase[] = [
  { page: "public form, slow 4G, cold", target: "≤ 2000 ms", profile: SLOW_PHONE, signedIn: false, path: (s) => `/vertel/${s.slug}`, isReady: "() => document.querySelector('textarea')" },
  { page: "public form, slow 4G, warm", target: "≤ 1000 ms", profile: SLOW_PHONE, warm: true, signedIn: false, path: (s) => `/vertel/${s.slug}`, isReady: "() => document.querySelector('textarea')" },
  { page: "dashboard, 12 stories", target: "≤ 600 ms", profile: DESKTOP, signedIn: true, path: (s) => `/collections/${s.small}/patterns`, isReady: dashboardReady },
  { page: `dashboard, ${STORIES.toLocaleString("en")} stories`, target: "≤ 600 ms", profile: DESKTOP, signedIn: true, path: (s) => `/collections/${s.large}/patterns`, isReady: dashboardReady },
  { page: "story page", target: "", profile: DESKTOP, signedIn: true, path: (s) => `/stories/${s.storyId}`, isReady: "() => document.querySelector('.vp-story__text') && !document.querySelector('.vp-loading')" },
  { page: "search results", target: "", profile: DESKTOP, signedIn: true, path: () => "/stories?q=schulden", isReady: "() => document.querySelector('.vp-list__title-link') && !document.querySelector('.vp-loading')" },
];
const CASES = PAGES ? ALL_CASES.filter((c) => PAGES.some((part) => c.page.includes(part))) : ALL_CASES;

/**
 * Waits until the server's column index holds the large collection (a fresh process loads it from
 * the database first): what a person meets is a running server, not one starting up.
 */
async function indexLoaded(server: Server, seeded: Seeded) {
  const started = performance.now();
  await call(server.url, `/api/v1/collections/${seeded.large}/distributions?signifierId=situatie`, { token: seeded.token });
  console.log(`${server.url}: index ready after ${Math.round((performance.now() - started) / 1000)} s`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** One untimed load, then RUNS timed ones, each in a fresh context (cold cache) or after a first visit (warm). */
async function measure(browser: Browser, server: Server, seeded: Seeded, c: PageCase): Promise<Load> {
  const loads: Load[] = [];
  for (let run = -1; run < RUNS; run++) {
    const context = await browser.newContext({ extraHTTPHeaders: c.signedIn ? { authorization: `Bearer ${seeded.token}` } : {} });
    try {
      const url = server.url + c.path(seeded);
      if (c.warm) await measureLoad(context, url, c.profile, c.isReady);
      const load = await measureLoad(context, url, c.profile, c.isReady);
      if (run >= 0) loads.push(load);
    } finally {
      await context.close();
    }
  }
  const typical = loads.find((l) => l.readyMs === median(loads.map((x) => x.readyMs)))!;
  return { readyMs: typical.readyMs, requests: median(loads.map((l) => l.requests)), kilobytes: median(loads.map((l) => l.kilobytes)), slowest: typical.slowest };
}

export async function benchBrowser(): Promise<Row[]> {
  const checkouts: [string, string][] = [["now", process.cwd()]];
  if (process.env.BENCH_BEFORE) checkouts.unshift(["before", resolve(process.env.BENCH_BEFORE)]);
  const store = await freshStore();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const results = new Map<string, Load | Error>();
  try {
    const dashboards = CASES.some((c) => c.page.startsWith("dashboard"));
    const seeded = await seed(store, dashboards ? STORIES : 0);
    for (const [label, dir] of checkouts) {
      const server = await startCheckout(dir, store);
      try {
        if (dashboards) await indexLoaded(server, seeded);
        for (const c of CASES) results.set(`${c.page}|${label}`, await measure(browser, server, seeded, c).catch((error: Error) => error));
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser.close();
    await store.drop();
  }
  return CASES.flatMap((c) => checkouts.map(([label]) => {
    const load = results.get(`${c.page}|${label}`)!;
    if (load instanceof Error) return { page: c.page, code: label, "ready ms": "failed", target: c.target, requests: "", "KB on the wire": "", "slowest request": load.message.split("\n")[0]!.slice(0, 60) };
    return {
      page: c.page, code: label, "ready ms": Math.round(load.readyMs), target: c.target, requests: load.requests,
      "KB on the wire": Math.round(load.kilobytes), "slowest request": load.slowest,
    };
  }));
}
