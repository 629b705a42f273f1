import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { storyInput } from "../../core/story.ts";
import { story } from "../../db/schema/index.ts";
import { findCollectionBySlug } from "../collections/repository.ts";
import { StoryBatchWriter } from "./batch-writer.ts";
import { storyRow } from "./story-row.ts";
import { storyContext } from "./tell.ts";
import { makeCollection, makeOrganization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let slug: string;

beforeAll(async () => {
  app = await createTestApp();
  const org = await makeOrganization(app);
  ({ collection: { slug } } = await makeCollection(app, org.adminToken));
});
afterAll(() => app.close());

const tell = (text: string, headers: Record<string, string> = {}) => app.request(`/api/v1/public-collections/${slug}/stories`, {
  method: "POST", json: { text, answers: validAnswers, consent: { research: true } }, headers,
});

describe("group commit", () => {
  it("stores stories that arrive together in one transaction, and acknowledges each", async () => {
    // The collection, its framework and the pseudonym key are read once and cached; on PostgreSQL
    // those reads are network round trips that would spread the requests over several turns.
    expect((await tell("Eerder verhaal.")).status).toBe(201);
    const transaction = vi.spyOn(app.database.db, "transaction");
    try {
      const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => tell(`Verhaal nummer ${i} over een huisbezoek.`)));
      expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
      const ids = await Promise.all(responses.map(async (r) => (await r.json()).id as string));
      expect(new Set(ids).size).toBe(12);
      expect(transaction).toHaveBeenCalledTimes(1);
    } finally {
      transaction.mockRestore();
    }
  });

  it("still stores the other stories of a batch when one of them fails", async () => {
    const before = (await app.database.db.select({ id: story.id }).from(story)).length;
    const key = { "idempotency-key": "dubbel-verstuurd-0001" };
    // The same key twice in one batch breaks the batch's insert; each story is then written alone,
    // and the second telling gets the first one's story back.
    const responses = await Promise.all([tell("Eerste verhaal.", key), tell("Tweede verhaal."), tell("Eerste verhaal.", key)]);
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
    const [first, , retry] = await Promise.all(responses.map(async (r) => (await r.json()).id as string));
    expect(retry).toBe(first);
    expect((await app.database.db.select({ id: story.id }).from(story)).length).toBe(before + 2);
  });

  it("answers stored stories and goes on when telling the index about them fails", async () => {
    const { db } = app.database;
    const ctx = await storyContext(db, await findCollectionBySlug(db, slug));
    const row = (text: string) => storyRow(storyInput.parse({ text, answers: validAnswers, consent: { research: true } }), ctx, "web");
    const failures: unknown[] = [];
    const writer = new StoryBatchWriter(db, {
      maxBatch: 10, concurrency: 1, onCommitted: () => { throw new Error("index unavailable"); }, onCommittedFailed: (error) => failures.push(error),
    });
    const first = await Promise.all([writer.write(row("Eén.")), writer.write(row("Twee."))]);
    const next = await writer.write(row("Drie."));
    for (const stored of [...first, next]) {
      expect((await db.select({ id: story.id }).from(story).where(eq(story.id, stored.id)))).toHaveLength(1);
    }
    expect(failures).toHaveLength(2);
  });
});
