import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { contributeToSector, coreStory, startSector } from "../../testing/sector-fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { purgeExpiredStories, scheduleRetention } from "./retention.ts";

let app: TestApp;
let org: Organization;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
});
afterAll(() => app.close());

const tell = async (collectionId: string, extra: Record<string, unknown>) =>
  (await json(app.request(`/api/v1/collections/${collectionId}/stories`, {
    method: "POST", token: org.adminToken, json: { text: "Verhaal.", answers: validAnswers, consent: { research: true }, ...extra },
  }))).id as string;
const exists = async (id: string) => (await app.request(`/api/v1/stories/${id}`, { token: org.adminToken })).status === 200;

describe("retention", () => {
  it("purges stories older than the collection's period, keeps the rest, and logs what it removed", async () => {
    const { collection } = await makeCollection(app, org.adminToken, { retentionMonths: 24 });
    const { collection: keepForever } = await makeCollection(app, org.adminToken);
    const old = await tell(collection.id, { toldAt: "2023-01-01T10:00:00+01:00" });
    const recent = await tell(collection.id, { toldAt: "2026-06-01T10:00:00+02:00" });
    const oldButKept = await tell(keepForever.id, { toldAt: "2020-01-01T10:00:00+01:00" });
    const results = await purgeExpiredStories({ ...app.deps, db: app.database.db }, new Date("2026-11-24T00:00:00Z"));
    expect(results).toEqual([{ collectionId: collection.id, organizationId: org.organizationId, removed: 1 }]);
    expect(await exists(old)).toBe(false);
    expect(await exists(recent)).toBe(true);
    expect(await exists(oldButKept)).toBe(true);
    const audit = await json(app.request("/api/v1/audit-events", { token: org.adminToken }));
    expect(audit.items.find((e: { action: string }) => e.action === "retention.purged").detail).toEqual({ removed: 1, retentionMonths: 24 });
  });
});

describe("retention and the sector", () => {
  it("withdraws purged stories from the sector, as an erasure does, and leaves the others there", async () => {
    const sectorId = await startSector(app, org.adminToken);
    const { collection } = await contributeToSector(app, sectorId, org.adminToken, { collection: { retentionMonths: 24 } });
    const shared = (n: number, toldAt: string) => ({ ...coreStory(n, { sector: true }), toldAt });
    for (const [n, toldAt] of [[1, "2024-01-10T10:00:00+01:00"], [2, "2024-01-11T10:00:00+01:00"], [3, "2026-06-01T10:00:00+02:00"]] as const) {
      expect((await app.request(`/api/v1/collections/${collection.id}/stories`, { method: "POST", token: org.adminToken, json: shared(n, toldAt) })).status).toBe(201);
    }
    for (const month of ["2024-01", "2026-06"]) {
      expect((await app.request(`/api/v1/collections/${collection.id}/sector-releases`, { method: "POST", token: org.adminToken, json: { month } })).status).toBe(201);
    }
    const titles = async () => (await json(app.request(`/api/v1/sectors/${sectorId}/stories`, { token: org.adminToken }))).items.map((s: { title: string }) => s.title).sort();
    expect(await titles()).toEqual(["Verhaal 1", "Verhaal 2", "Verhaal 3"]);
    const results = await purgeExpiredStories({ ...app.deps, db: app.database.db }, new Date("2026-11-24T00:00:00Z"));
    expect(results).toContainEqual({ collectionId: collection.id, organizationId: org.organizationId, removed: 2 });
    expect(await titles()).toEqual(["Verhaal 3"]);
  });
});

describe("scheduled retention", () => {
  it("purges at start, and the purged stories leave the pattern analyses at once", async () => {
    const { collection } = await makeCollection(app, org.adminToken, { retentionMonths: 12 });
    await tell(collection.id, { toldAt: new Date(Date.now() - 400 * 86_400_000).toISOString() });
    await tell(collection.id, {});
    const told = async () => (await json(app.request(`/api/v1/collections/${collection.id}/distributions?signifierId=situatie`, { token: org.adminToken }))).n;
    expect(await told()).toBe(2);
    const stop = scheduleRetention({ ...app.deps, db: app.database.db });
    try {
      const deadline = Date.now() + 2000;
      while ((await told()) !== 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(await told()).toBe(1);
    } finally {
      stop();
    }
  });
});

describe("erasure by client", () => {
  it("erases every story of one client by reference or pseudonym, and only theirs", async () => {
    const { collection } = await makeCollection(app, org.adminToken);
    const first = await tell(collection.id, { subjectRef: "K-123" });
    const second = await tell(collection.id, { subjectRef: "k-123" });
    const other = await tell(collection.id, { subjectRef: "K-999" });
    expect((await app.request("/api/v1/subject-erasures", { method: "POST", token: org.tokens.analyst, json: { subjectRef: "K-123" } })).status).toBe(403);
    const result = await json(app.request("/api/v1/subject-erasures", { method: "POST", token: org.adminToken, json: { subjectRef: "K-123" } }));
    expect(result.erased).toBe(2);
    expect(await exists(first)).toBe(false);
    expect(await exists(second)).toBe(false);
    expect(await exists(other)).toBe(true);
    const pseudonym = (await json(app.request(`/api/v1/stories/${other}`, { token: org.adminToken }))).subjectPseudonym;
    expect((await json(app.request("/api/v1/subject-erasures", { method: "POST", token: org.adminToken, json: { subjectPseudonym: pseudonym } }))).erased).toBe(1);
    expect((await app.request("/api/v1/subject-erasures", { method: "POST", token: org.adminToken, json: {} })).status).toBe(400);
  });
});
