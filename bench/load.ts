// Sustained load: stories arrive at a fixed rate (open loop: each is sent at its scheduled time,
// whether or not earlier ones were answered, as independent phones would) while dashboard readers
// load pattern distributions, what works and the story list in a loop. Latencies of submissions
// count from the scheduled time, so a server that falls behind shows it (no coordinated omission).
import { postJson, send } from "./lib/http-client.ts";
import { percentile } from "./lib/table.ts";
import { makeStory, seededRandom } from "../src/testing/generated-stories.ts";
import { type Engine, seedCollection, startBenchServer } from "../src/testing/spawn-server.ts";

export interface LoadOptions {
  engine: Engine;
  /** Submissions per second. */
  rate: number;
  seconds: number;
  readers: number;
}

const TICK_MS = 5;
/** How long a dashboard reader waits between refreshes of the whole dashboard. */
export const READER_PAUSE_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `rate` requests per second until the deadline; resolves once every answer is in. */
async function paced(rate: number, seconds: number, send: (index: number, scheduledAt: number) => Promise<void>) {
  const started = performance.now();
  const total = Math.floor(rate * seconds);
  const inFlight: Promise<void>[] = [];
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    for (; sent < due; sent++) inFlight.push(send(sent, started + (sent / rate) * 1000));
    await sleep(TICK_MS);
  }
  await Promise.all(inFlight);
  return (performance.now() - started) / 1000;
}

interface Tally {
  latencies: number[];
  /** Failed requests by status, or by the network error's code. */
  errors: Map<string, number>;
}

const newTally = (): Tally => ({ latencies: [], errors: new Map() });

async function timed(tally: Tally, since: number, request: () => Promise<number>, okStatus: number) {
  let failure: string | undefined;
  try {
    const status = await request();
    if (status !== okStatus) failure = String(status);
  } catch (error) {
    failure = (error as { code?: string }).code ?? (error as Error).name;
  }
  if (failure) tally.errors.set(failure, (tally.errors.get(failure) ?? 0) + 1);
  tally.latencies.push(performance.now() - since);
}

function summary(tally: Tally) {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const errors = [...tally.errors.values()].reduce((a, b) => a + b, 0);
  const kinds = [...tally.errors].map(([kind, n]) => `${kind}×${n}`).join(" ") || "-";
  return { n: sorted.length, errors, kinds, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

export async function benchLoad({ engine, rate, seconds, readers }: LoadOptions) {
  const server = await startBenchServer(engine);
  try {
    const { token, collection } = await seedCollection(server.baseUrl);
    const submitUrl = `${server.baseUrl}/api/v1/public-collections/${collection.slug}/stories`;
    const random = seededRandom(7);
    const bodies = Array.from({ length: 2000 }, () => JSON.stringify(makeStory(random)));
    const post = (body: string) => postJson(submitUrl, body);
    const dashboards = [
      `/api/v1/collections/${collection.id}/distributions?signifierId=situatie`,
      `/api/v1/collections/${collection.id}/distributions?signifierId=regie`,
      `/api/v1/collections/${collection.id}/patterns`,
      `/api/v1/stories?collectionId=${collection.id}&limit=20`,
    ].map((path) => server.baseUrl + path);
    // Warm-up: JIT, caches, and some stories for the dashboards to show.
    await Promise.all(bodies.slice(0, 100).map(post));

    const submissions = newTally();
    const reads = newTally();
    let running = true;
    // A reader is a person with a dashboard open: it loads the dashboard's panels, one after the
    // other, then looks at them for a moment before refreshing (as the live dashboard does).
    const readerLoops = Array.from({ length: readers }, async (_, reader) => {
      await sleep((reader * READER_PAUSE_MS) / readers);
      while (running) {
        for (const url of dashboards) await timed(reads, performance.now(), () => send(url, { headers: { authorization: `Bearer ${token}` } }), 200);
        await sleep(READER_PAUSE_MS);
      }
    });
    const elapsed = await paced(rate, seconds, (index, scheduledAt) => timed(submissions, scheduledAt, () => post(bodies[index % bodies.length]!), 201));
    running = false;
    await Promise.all(readerLoops);

    const s = summary(submissions);
    const r = summary(reads);
    return {
      engine, "target/s": rate, seconds: Math.round(elapsed), submitted: s.n, "submit errors": s.errors, "error kinds": s.kinds,
      "achieved/s": (s.n - s.errors) / elapsed, "submit p50 ms": s.p50, "submit p99 ms": s.p99,
      readers, reads: r.n, "read errors": r.errors, "read error kinds": r.kinds, "read p50 ms": r.p50, "read p99 ms": r.p99,
    };
  } finally {
    await server.stop();
  }
}
