// Stories submitted over HTTP to the public endpoint by concurrent clients, as a listening round
// with many phones at once would.
import { postJson } from "./lib/http-client.ts";
import { percentile } from "./lib/table.ts";
import { makeStory, seededRandom } from "../src/testing/generated-stories.ts";
import { type Engine, seedCollection, startBenchServer } from "../src/testing/spawn-server.ts";

export interface SubmitOptions {
  engine: Engine;
  clients: number;
  seconds: number;
  /** PGlite: where its data directory goes; on a RAM disk (tmpfs) an fsync costs nothing. */
  dataRoot?: string;
  /** How the row is named in the table. */
  label?: string;
}

export async function benchSubmit({ engine, clients, seconds, dataRoot, label = engine }: SubmitOptions) {
  const server = await startBenchServer(engine, dataRoot);
  try {
    const { collection } = await seedCollection(server.baseUrl);
    const url = `${server.baseUrl}/api/v1/public-collections/${collection.slug}/stories`;
    const latencies: number[] = [];
    let errors = 0;
    const random = seededRandom(42);
    const bodies = Array.from({ length: 2000 }, () => JSON.stringify(makeStory(random)));
    // Warm-up: JIT, connection pool, caches.
    await Promise.all(bodies.slice(0, 50).map((body) => postJson(url, body)));
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const body = bodies[next++ % bodies.length]!;
        const t0 = performance.now();
        const status = await postJson(url, body);
        latencies.push(performance.now() - t0);
        if (status !== 201) errors++;
      }
    }));
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      engine: label, clients, seconds: Math.round(elapsed), stories: latencies.length, errors,
      "stories/s": latencies.length / elapsed, "p50 ms": percentile(latencies, 50), "p99 ms": percentile(latencies, 99),
    };
  } finally {
    await server.stop();
  }
}
