// NDJSON import of many stories in one request, as when a municipality moves its archive in.
import { makeStory, seededRandom } from "../src/testing/generated-stories.ts";
import { call, type Engine, seedCollection, startBenchServer } from "../src/testing/spawn-server.ts";

export async function benchImport({ engine, stories }: { engine: Engine; stories: number }) {
  const server = await startBenchServer(engine);
  try {
    const { token, collection } = await seedCollection(server.baseUrl);
    const random = seededRandom(7);
    const body = Array.from({ length: stories }, () => JSON.stringify(makeStory(random))).join("\n");
    const started = performance.now();
    const result = await call(server.baseUrl, `/api/v1/collections/${collection.id}/story-imports`, {
      method: "POST", token, body, headers: { "content-type": "application/x-ndjson" },
    });
    const seconds = (performance.now() - started) / 1000;
    return { engine, stories, "MB": body.length / 1e6, imported: result.imported, rejected: result.rejected.length, seconds, "stories/s": result.imported / seconds };
  } finally {
    await server.stop();
  }
}
