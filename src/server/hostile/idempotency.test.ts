// Hostile: an Idempotency-Key must never cross wires. The same key with another body, on another
// collection, on the other route or from another caller never hands out someone else's story or
// receipt link; a true retry still gets the first answer; keys expire after a day.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyKey, story } from "../../db/schema/index.ts";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let first: { id: string; slug: string };
let second: { id: string; slug: string };

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  first = (await makeCollection(app, org.adminToken)).collection;
  second = (await makeCollection(app, org.adminToken)).collection;
});
afterAll(() => app.close());

const story1 = { text: "Ik kreeg hulp bij mijn schulden.", answers: validAnswers, consent: { research: true } };
const story2 = { text: "Een heel ander verhaal over werk.", answers: validAnswers, consent: { research: true } };
const tellPublic = (slug: string, body: unknown, key: string) =>
  app.request(`/api/v1/public-collections/${slug}/stories`, { method: "POST", json: body, headers: { "idempotency-key": key } });
const tellSignedIn = (collectionId: string, body: unknown, key: string, token = org.tokens.teller) =>
  app.request(`/api/v1/collections/${collectionId}/stories`, { method: "POST", token, json: body, headers: { "idempotency-key": key } });
const countStories = async () => (await app.database.db.select({ id: story.id }).from(story)).length;

describe("Idempotency-Key", () => {
  it("a true retry (same key, same body) returns the first story and its receipt", async () => {
    const a = await tellPublic(first.slug, story1, "retry-1");
    expect(a.status).toBe(201);
    const before = await countStories();
    const b = await tellPublic(first.slug, story1, "retry-1");
    expect(b.status).toBe(201);
    const [x, y] = [await a.json(), await b.json()];
    expect(y.id).toBe(x.id);
    expect(y.receiptUrl).toBe(x.receiptUrl);
    expect(await countStories()).toBe(before);
  });

  it("the same body with its keys in another order is still a retry", async () => {
    const a = await json(tellPublic(first.slug, story1, "order-1"));
    const reordered = { consent: { research: true }, answers: validAnswers, text: story1.text };
    const b = await tellPublic(first.slug, reordered, "order-1");
    expect(b.status).toBe(201);
    expect((await b.json()).id).toBe(a.id);
  });

  it("the same key with a different body answers 422 problem+json and stores nothing", async () => {
    await json(tellPublic(first.slug, story1, "reuse-1"));
    const before = await countStories();
    for (const body of [story2, { ...story1, consent: { research: false } }, { ...story1, answers: { ...validAnswers, regie: 0.1 } }]) {
      const res = await tellPublic(first.slug, body, "reuse-1");
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const problem = await res.json();
      expect(problem).toMatchObject({ status: 422 });
      expect(JSON.stringify(problem)).not.toMatch(/receipt|bon\//);
    }
    expect(await countStories()).toBe(before);
  });

  it("the same key and body on another collection tells a new story, never the first teller's", async () => {
    const a = await json(tellPublic(first.slug, story1, "cross-1"));
    const b = await tellPublic(second.slug, story1, "cross-1");
    expect(b.status).toBe(201);
    const told = await b.json();
    expect(told.id).not.toBe(a.id);
    expect(told.receiptUrl).not.toBe(a.receiptUrl);
    expect(told.collectionId).toBe(second.id);
  });

  it("a key used on the public route does not reach the signed-in route, nor another caller's key", async () => {
    const a = await json(tellPublic(first.slug, story1, "route-1"));
    const viaStaff = await json(tellSignedIn(first.id, story1, "route-1"));
    expect(viaStaff.id).not.toBe(a.id);
    const other = await json(tellSignedIn(first.id, story1, "route-1", org.tokens.colleague));
    expect(other.id).not.toBe(viaStaff.id);
    const again = await json(tellSignedIn(first.id, story1, "route-1"));
    expect(again.id).toBe(viaStaff.id);
  });

  it("two different bodies racing under one key: one is stored, the other gets 422", async () => {
    const before = await countStories();
    const answers = await Promise.all([tellPublic(first.slug, story1, "race-1"), tellPublic(first.slug, story2, "race-1")]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(await countStories()).toBe(before + 1);
  });

  it("identical retries racing under one key store one story", async () => {
    const before = await countStories();
    const answers = await Promise.all([1, 2, 3, 4].map(() => tellPublic(first.slug, story1, "race-2")));
    const ids = new Set(await Promise.all(answers.map(async (r) => (await r.json()).id)));
    expect(answers.every((r) => r.status === 201)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await countStories()).toBe(before + 1);
  });

  it("a key lives 24 hours; after that it can be used afresh", async () => {
    const a = await json(tellPublic(first.slug, story1, "expiry-1"));
    const [row] = await app.database.db.select({ expiresAt: idempotencyKey.expiresAt, createdAt: idempotencyKey.createdAt })
      .from(idempotencyKey).where(eq(idempotencyKey.storyId, a.id));
    const lifetimeHours = (row!.expiresAt!.getTime() - row!.createdAt.getTime()) / 3_600_000;
    expect(lifetimeHours).toBeGreaterThan(23.9);
    expect(lifetimeHours).toBeLessThan(24.1);
    await app.database.db.update(idempotencyKey).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(idempotencyKey.storyId, a.id));
    const b = await tellPublic(first.slug, story2, "expiry-1");
    expect(b.status).toBe(201);
    expect((await b.json()).id).not.toBe(a.id);
  });
});
