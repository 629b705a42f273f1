// Several `vertelpunt start` processes on one PostgreSQL 15 primary with a streaming replica, nginx
// in front (issue 19, item 3): live events cross processes, lag-tolerant reads go to the replica and
// agree with the primary, a SIGKILLed process loses no acknowledged story, and revoking a credential
// or changing a role holds on every process at once. Skips where nginx or PostgreSQL 15 is missing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smallFramework, validAnswers } from "../testing/fixtures.ts";
import { enrolInTwoFactor } from "../testing/spawn-server.ts";
import { Cluster, clusterUnavailable } from "../testing/test-cluster.ts";
import { type RunningServer, startServer } from "../testing/test-server.ts";

const unavailable = clusterUnavailable();
if (unavailable) console.log(`scale-out test skipped: ${unavailable}`);

const PASSWORD = "een-lang-wachtwoord";
let cluster: Cluster | undefined;
const apps: RunningServer[] = [];
let lb = ""; // nginx
let adminToken = "";
let collection: { id: string; slug: string };

interface Answer { status: number; body: any; upstream: string | null }

async function call(base: string, path: string, init: { method?: string; token?: string; json?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.json !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${base}/api/v1${path}`, { method: init.method ?? "GET", headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) });
  const text = await res.text();
  let body: unknown = text;
  try { body = text ? JSON.parse(text) : undefined; } catch { /* CSV and the like stay text */ }
  return { status: res.status, body, upstream: res.headers.get("x-upstream") };
}

/** Starts app processes; every one that started is kept for afterAll, even when another failed. */
async function startApps(envs: Record<string, string>[]): Promise<RunningServer[]> {
  const results = await Promise.allSettled(envs.map((env) => startServer({ PUBLIC_URL: lb, ...env }, 180_000)));
  const started = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  apps.push(...started);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return started;
}

async function sqlOn(url: string, query: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query, values)).rows;
  } finally {
    await client.end();
  }
}

/** Waits until the replica has replayed everything the primary has committed so far. */
async function replicaCaughtUp(): Promise<number> {
  const started = Date.now();
  const [{ lsn }] = await sqlOn(cluster!.primaryUrl, "select pg_current_wal_lsn()::text as lsn");
  while (!(await sqlOn(cluster!.replicaUrl, "select pg_last_wal_replay_lsn() >= $1::pg_lsn as done", [lsn]))[0].done) {
    await new Promise((resolve) => setTimeout(resolve, 20)); // poll the replica's replay position
  }
  return Date.now() - started;
}

const story = (n: number) => ({ text: `Verhaal ${n}: het huisbezoek hielp.`, answers: { ...validAnswers, situatie: n % 3 === 0 ? "werk" : "schulden" }, consent: { research: true } });

describe.skipIf(unavailable)("several app processes on one PostgreSQL primary with a streaming replica, behind nginx", () => {
  beforeAll(async () => {
    const started = Date.now();
    cluster = new Cluster();
    await cluster.startPostgresPair();
    const pairMs = Date.now() - started;
    lb = await cluster.reserveNginx();
    // The first process migrates; the others start together against the migrated database.
    await startApps([{ DATABASE_URL: cluster.primaryUrl }]);
    const firstMs = Date.now() - started - pairMs;
    await startApps([{ DATABASE_URL: cluster.primaryUrl }, { DATABASE_URL: cluster.primaryUrl, DATABASE_READ_URL: cluster.replicaUrl }]);
    const othersMs = Date.now() - started - pairMs - firstMs;
    await cluster.startNginx(apps.map((a) => a.url));
    const setup = await call(lb, "/setup", { method: "POST", json: { organizationName: "Gemeente Schaal", name: "Beheer", email: "beheer@example.nl", password: PASSWORD } });
    expect(setup.status).toBe(201);
    adminToken = (await enrolInTwoFactor(lb, setup.body.token)).token;
    const framework = await call(lb, "/frameworks", { method: "POST", token: adminToken, json: smallFramework });
    expect(framework.status).toBe(201);
    const created = await call(lb, "/collections", { method: "POST", token: adminToken, json: { name: "Schaal", frameworkId: framework.body.id, audience: "clients", anonymous: true } });
    expect(created.status).toBe(201);
    collection = created.body;
    console.log(`scale-out: everything up in ${Date.now() - started} ms (primary + replica ${pairMs} ms, first app process ${firstMs} ms, two more ${othersMs} ms)`);
  }, 600_000);

  afterAll(async () => {
    await Promise.all(apps.map(async (app) => {
      app.child.kill("SIGKILL");
      await app.exited;
    }));
    await cluster?.stop();
  }, 60_000);

  it("shows a story told through one process live on an event stream served by another, through nginx", async () => {
    const stream = await openStream(`${lb}/api/v1/collections/${collection.id}/events`, adminToken);
    try {
      await stream.next((event) => event.event === "ready");
      // nginx goes round robin: tell until a story lands on a process other than the stream's.
      for (let n = 0; n < 6; n++) {
        const sentAt = Date.now();
        const told = await call(lb, `/public-collections/${collection.slug}/stories`, { method: "POST", json: story(n) });
        expect(told.status).toBe(201);
        if (told.upstream === stream.upstream) continue;
        await stream.next((event) => event.event === "story.created" && JSON.parse(event.data).storyId === told.body.id);
        const liveMs = Date.now() - sentAt;
        console.log(`scale-out: told through ${told.upstream}, seen on the stream of ${stream.upstream} ${liveMs} ms after it was sent`);
        expect(liveMs).toBeLessThan(2000);
        return;
      }
      throw new Error("nginx never sent a story to another process than the stream's");
    } finally {
      stream.close();
    }
  }, 60_000);

  it("loses no acknowledged story when a process is killed with SIGKILL under load; the others keep answering", async () => {
    const before = await allStoryIds(apps[0]!.url);
    const load = tellThroughNginx(6);
    await until(() => load.acknowledged.size >= 60, 120_000);
    const victim = apps[1]!;
    victim.child.kill("SIGKILL");
    expect(await victim.exited).toBe("SIGKILL");
    const atKill = load.acknowledged.size;
    const killedAt = Date.now();
    await until(() => load.acknowledged.size >= atKill + 60, 120_000);
    const afterKillMs = Date.now() - killedAt;
    const health = await Promise.all(Array.from({ length: 6 }, () => call(lb, "/health")));
    load.stop();
    await load.running;

    const stored = [...(await allStoryIds(apps[0]!.url))].filter((id) => !before.has(id));
    const acknowledged = new Set(load.acknowledged.values());
    const missing = [...acknowledged].filter((id) => !stored.includes(id));
    console.log(`scale-out: ${atKill} stories acknowledged before the SIGKILL, ${load.acknowledged.size - atKill} more in the ${afterKillMs} ms after it ` +
      `(${load.retries} requests retried with their Idempotency-Key); ${stored.length} stored, ${missing.length} acknowledged stories missing`);
    expect(health.map((h) => h.status)).toEqual(Array(6).fill(200));
    expect(missing).toEqual([]);
    expect(acknowledged.size).toBe(load.acknowledged.size); // every key got a story of its own
    expect(stored.length).toBe(acknowledged.size); // and a retry never stored a second one
  }, 300_000);

  it("answers lag-tolerant reads (patterns, search, exports) from the replica, equal to the primary's once it caught up", async () => {
    console.log(`scale-out: the replica caught up with the primary in ${await replicaCaughtUp()} ms`);
    // A process started now loads its pattern index from the replica; the other replica reader has kept its index by notifications.
    const [fresh] = await startApps([{ DATABASE_URL: cluster!.primaryUrl, DATABASE_READ_URL: cluster!.replicaUrl }]);
    const readers = [apps[2]!, fresh!];
    const primary = apps[0]!;
    const total = (await allStoryIds(primary.url)).size;
    const distribution = async (app: RunningServer) => (await call(app.url, `/collections/${collection.id}/distributions?signifierId=situatie`, { token: adminToken })).body;
    const exportedRows = async (app: RunningServer) => (await call(app.url, `/collections/${collection.id}/exports?format=csv`, { token: adminToken })).body.trim().split("\n").length - 1;
    const found = async (app: RunningServer) => (await allStoryIds(app.url, "&q=huisbezoek")).size;
    const expected = { distribution: await distribution(primary), exported: await exportedRows(primary), found: await found(primary) };
    expect(expected.distribution.n).toBe(total);
    expect(expected.exported).toBe(total);
    expect(expected.found).toBe(total); // every story's text mentions a huisbezoek
    for (const reader of readers) {
      expect({ distribution: await distribution(reader), exported: await exportedRows(reader), found: await found(reader) }).toEqual(expected);
    }
    // The readers' connections really are on the replica.
    const [{ n }] = await sqlOn(cluster!.replicaUrl, "select count(*)::int as n from pg_stat_activity where datname = 'vertelpunt' and backend_type = 'client backend' and pid <> pg_backend_pid()");
    console.log(`scale-out: ${total} stories; distribution, export and search equal on the primary and through both replica readers (${n} app connections on the replica)`);
    expect(n).toBeGreaterThan(0);
  }, 300_000);

  it("makes signing out, a revoked API token and a role change hold on every process at once", async () => {
    const member = await call(lb, "/members", { method: "POST", token: adminToken, json: { name: "Collega", email: "collega@example.nl", password: PASSWORD, role: "colleague" } });
    expect(member.status).toBe(201);
    const session = await call(lb, "/sessions", { method: "POST", json: { email: "collega@example.nl", password: PASSWORD } });
    expect(session.status).toBe(201);
    const apiTokens = await Promise.all(["revoked", "kept"].map(async (name) => (await call(lb, "/api-tokens", { method: "POST", token: session.body.token, json: { name } })).body));
    const live = apps.filter((app) => app.child.exitCode === null && app.child.signalCode === null);
    const statusesOn = (token: string) => Promise.all(live.map(async (app) => (await call(app.url, "/members", { token })).status));
    for (const credential of [session.body.token, ...apiTokens.map((t) => t.token)]) expect(await statusesOn(credential)).toEqual(live.map(() => 200));

    // Each revocation, made through the API (behind nginx), then checked on every process with no wait in between.
    const revocations: { name: string; credential: string; revoke(): Promise<void>; expected: number }[] = [
      { name: "signing out", credential: session.body.token, expected: 401,
        revoke: async () => expect((await call(lb, "/sessions/current", { method: "DELETE", token: session.body.token })).status).toBe(204) },
      { name: "a revoked API token", credential: apiTokens[0].token, expected: 401,
        revoke: async () => expect((await call(lb, `/api-tokens/${apiTokens[0].id}`, { method: "DELETE", token: adminToken })).status).toBe(204) },
      { name: "the role lowered from colleague to teller", credential: apiTokens[1].token, expected: 403,
        revoke: async () => expect((await call(lb, `/members/${member.body.id}`, { method: "PATCH", token: adminToken, json: { role: "teller" } })).status).toBe(204) },
    ];
    for (const { name, credential, revoke, expected } of revocations) {
      await revoke();
      expect(await statusesOn(credential), name).toEqual(live.map(() => expected));
    }
    console.log(`scale-out: signing out, a revoked API token and a lowered role each held at once on all ${live.length} running processes`);
  }, 120_000);
});

/** Polls a condition every 20 ms until it holds. */
async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every story id of the collection (optionally searched), page by page, through one process. */
async function allStoryIds(base: string, search = ""): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: Answer = await call(base, `/stories?collectionId=${collection.id}&limit=200${search}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { token: adminToken });
    expect(page.status).toBe(200);
    for (const item of page.body.items) ids.add(item.id);
    cursor = page.body.nextCursor;
  } while (cursor);
  return ids;
}

/**
 * Loops telling stories through nginx, as clients that retry: a request that fails or gets a 5xx
 * is sent again with the same Idempotency-Key (nginx sends it to another process) until it is
 * acknowledged. stop() lets every story already begun finish. acknowledged: key → story id.
 */
function tellThroughNginx(loops: number) {
  const acknowledged = new Map<string, string>();
  const state = { stopped: false, retries: 0 };
  const tellOne = async (key: string, n: number) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const told = await call(lb, `/public-collections/${collection.slug}/stories`, { method: "POST", json: story(n), headers: { "idempotency-key": key } })
        .catch((error: Error) => ({ status: 0, body: error.message, upstream: null }));
      if (told.status === 201) return acknowledged.set(key, told.body.id);
      if (told.status !== 0 && told.status < 500) throw new Error(`tell: ${told.status} ${JSON.stringify(told.body)}`);
      if (Date.now() > deadline) throw new Error(`story ${key} was not acknowledged within 60 s: ${told.status} ${told.body}`);
      state.retries++;
      await new Promise((resolve) => setTimeout(resolve, 50)); // a client's back-off before its retry
    }
  };
  const loop = async (l: number) => {
    for (let n = 0; !state.stopped; n++) await tellOne(`load-${l}-${n}`, n);
  };
  const running = Promise.all(Array.from({ length: loops }, (_, l) => loop(l)));
  running.catch(() => (state.stopped = true));
  return {
    acknowledged,
    running,
    stop: () => (state.stopped = true),
    get retries() { return state.retries; },
  };
}

interface SseEvent { event: string; data: string }

/** An event stream as a dashboard holds it; next() waits (up to 10 s) for an event that matches. */
async function openStream(url: string, token: string) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const next = async (matches: (event: SseEvent) => boolean): Promise<SseEvent> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) => block.split("\n").filter((l) => l.startsWith(`${name}:`)).map((l) => l.slice(name.length + 1).trim()).join("\n");
        const event = { event: field("event") || "message", data: field("data") };
        if (matches(event)) return event;
      }
      if (Date.now() > deadline) throw new Error("the awaited event did not arrive within 10 s");
      const { value, done } = await reader.read();
      if (done) throw new Error("the event stream ended");
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
    }
  };
  return { upstream: res.headers.get("x-upstream"), next, close: () => controller.abort() };
}
