import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, freshDatabaseUrl, type RunningServer, seedCollection, startServerProcess } from "../../testing/spawn-server.ts";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { waitForEvent } from "../../testing/sse.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { makeStory, seededRandom } from "../../testing/generated-stories.ts";

describe("live events in one process", () => {
  let app: TestApp;
  let org: Organization;
  let collection: { id: string; slug: string };
  beforeAll(async () => {
    app = await createTestApp();
    org = await makeOrganization(app);
    ({ collection } = await makeCollection(app, org.adminToken));
  });
  afterAll(() => app.close());

  it("brings a new story to an open stream within 2 s", async () => {
    const stream = await app.request(`/api/v1/collections/${collection.id}/events`, { token: org.tokens.analyst });
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const arrived = waitForEvent(stream, "story.created", 2000);
    const told = await json(app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
      method: "POST", json: { text: "Live!", answers: validAnswers, consent: { research: true } },
    }));
    expect(await arrived).toMatchObject({ collectionId: collection.id, storyId: told.id });
  });

  it("is not for tellers", async () => {
    expect((await app.request(`/api/v1/collections/${collection.id}/events`, { token: org.tokens.teller })).status).toBe(403);
  });
});

const onPostgres = process.env.TEST_DATABASE === "postgres" && Boolean(process.env.DATABASE_URL);

describe.runIf(onPostgres)("live events across two app processes on one PostgreSQL", () => {
  let first: RunningServer;
  let second: RunningServer;
  let seeded: Awaited<ReturnType<typeof seedCollection>>;
  beforeAll(async () => {
    const fresh = await freshDatabaseUrl(process.env.DATABASE_URL!);
    first = await startServerProcess({ databaseUrl: fresh.url });
    second = await startServerProcess({ databaseUrl: fresh.url, cleanup: fresh.drop });
    seeded = await seedCollection(first.baseUrl);
  }, 120_000);
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
  });

  it("brings a story told on one process to a stream on the other within 2 s", async () => {
    const { token, collection } = seeded;
    const stream = await fetch(`${second.baseUrl}/api/v1/collections/${collection.id}/events`, { headers: { authorization: `Bearer ${token}` } });
    const arrived = waitForEvent(stream, "story.created", 2000);
    const started = performance.now();
    const told = await call(first.baseUrl, `/api/v1/public-collections/${collection.slug}/stories`, { method: "POST", json: makeStory(seededRandom(3)) });
    expect(await arrived).toMatchObject({ storyId: told.id });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("brings stories imported on one process into the other's patterns within 2 s", async () => {
    const { token, collection } = seeded;
    const counted = async () => (await call(second.baseUrl, `/api/v1/collections/${collection.id}/distributions?signifierId=situatie`, { token })).n as number;
    const before = await counted();
    const lines = Array.from({ length: 7 }, (_, i) => JSON.stringify({ ...makeStory(seededRandom(100 + i)), consent: { research: true } })).join("\n");
    const imported = await call(first.baseUrl, `/api/v1/collections/${collection.id}/story-imports`, {
      method: "POST", token, body: lines, headers: { "content-type": "application/x-ndjson" },
    });
    expect(imported.imported).toBe(7);
    const deadline = performance.now() + 2000;
    while ((await counted()) !== before + 7 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await counted()).toBe(before + 7);
  });
});
