import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let other: Organization;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  other = await makeOrganization(app, org.operatorToken);
});
afterAll(() => app.close());

const steps = async (token = org.adminToken) => {
  const body = await json(app.request("/api/v1/getting-started", { token }));
  return Object.fromEntries(body.steps.map((s: { id: string; done: boolean }) => [s.id, s.done]));
};

describe("the demo vertelpunt", () => {
  let demoId: string;

  it("is made by admins only, with a few hundred stories, and marked demo", async () => {
    expect((await app.request("/api/v1/demo-collections", { method: "POST", token: org.tokens.analyst, json: {} })).status).toBe(403);
    const res = await app.request("/api/v1/demo-collections", { method: "POST", token: org.adminToken, json: { seed: 11, count: 200 } });
    expect(res.status).toBe(201);
    const demo = await res.json();
    demoId = demo.id;
    expect(demo).toMatchObject({ demo: true, name: "Demo: klantmanagers vertellen" });
    const listed = await json(app.request("/api/v1/collections", { token: org.tokens.colleague }));
    expect(listed.items.find((c: { id: string }) => c.id === demoId).demo).toBe(true);
    const framework = await json(app.request(`/api/v1/frameworks/${demo.frameworkId}`, { token: org.adminToken }));
    expect(framework.name).toMatch(/^Demo/);
    const stories = await json(app.request(`/api/v1/stories?collectionId=${demoId}&limit=100`, { token: org.tokens.colleague }));
    expect(stories.items).toHaveLength(100);
    expect(stories.nextCursor).toBeTruthy();
    expect((await app.request("/api/v1/demo-collections", { method: "POST", token: org.adminToken })).status).toBe(409);
  });

  it("shows what works and discovered patterns on its dashboard", async () => {
    const whatWorks = await json(app.request(`/api/v1/collections/${demoId}/patterns`, { token: org.tokens.analyst }));
    expect(whatWorks.stories).toBe(200);
    const strong = whatWorks.rows.filter((r: { q: number }) => r.q < 0.05).map((r: { situation: string; intervention: string }) => `${r.situation}/${r.intervention}`);
    expect(strong).toContain("schulden/samen_plan");
    const found = await json(app.request(`/api/v1/collections/${demoId}/pattern-discoveries`, { token: org.tokens.analyst }));
    const pairs = found.patterns.map((p: { a: string; b: string }) => [p.a, p.b].sort().join("~"));
    expect(pairs).toContain("aanpak~regie");
  });

  it("names its exports demo and does not count as a first step", async () => {
    const res = await app.request(`/api/v1/collections/${demoId}/exports?format=csv`, { token: org.tokens.analyst });
    expect(res.headers.get("content-disposition")).toMatch(/filename="vertelpunt-demo-/);
    await res.text();
    expect(await steps()).toEqual({ framework: false, collection: false, share: false, stories: false, patterns: false });
    expect((await json(app.request("/api/v1/getting-started", { token: org.adminToken }))).demoCollectionId).toBe(demoId);
  });

  it("is removed in one step with its stories and framework, by its own organization's admin", async () => {
    const demo = await json(app.request(`/api/v1/collections/${demoId}`, { token: org.adminToken }));
    expect((await app.request(`/api/v1/demo-collections/${demoId}`, { method: "DELETE", token: org.tokens.analyst })).status).toBe(403);
    expect((await app.request(`/api/v1/demo-collections/${demoId}`, { method: "DELETE", token: other.adminToken })).status).toBe(404);
    expect((await app.request(`/api/v1/demo-collections/${demoId}`, { method: "DELETE", token: org.adminToken })).status).toBe(204);
    expect((await app.request(`/api/v1/collections/${demoId}`, { token: org.adminToken })).status).toBe(404);
    expect((await app.request(`/api/v1/frameworks/${demo.frameworkId}`, { token: org.adminToken })).status).toBe(404);
    const stories = await json(app.request("/api/v1/stories?limit=10", { token: org.adminToken }));
    expect(stories.items).toHaveLength(0);
    expect((await json(app.request("/api/v1/getting-started", { token: org.adminToken }))).demoCollectionId).toBeNull();
    expect((await app.request(`/api/v1/demo-collections/${demoId}`, { method: "DELETE", token: org.adminToken })).status).toBe(404);
  });

  it("does not remove a real vertelpunt", async () => {
    const templates = await json(app.request("/api/v1/framework-templates", { token: org.adminToken }));
    const framework = await json(app.request("/api/v1/frameworks", { method: "POST", token: org.adminToken, json: templates.items[0].framework }));
    const real = await json(app.request("/api/v1/collections", { method: "POST", token: org.adminToken, json: { name: "Echt", frameworkId: framework.id, audience: "professionals", anonymous: true } }));
    expect((await app.request(`/api/v1/demo-collections/${real.id}`, { method: "DELETE", token: org.adminToken })).status).toBe(404);
    expect((await app.request(`/api/v1/collections/${real.id}`, { token: org.adminToken })).status).toBe(200);
  });
});

describe("getting started", () => {
  it("ticks off each step from what is there, for admins only", async () => {
    expect((await app.request("/api/v1/getting-started", { token: other.tokens.analyst })).status).toBe(403);
    expect(await steps(other.adminToken)).toEqual({ framework: false, collection: false, share: false, stories: false, patterns: false });
    const templates = await json(app.request("/api/v1/framework-templates", { token: other.adminToken }));
    const framework = await json(app.request("/api/v1/frameworks", { method: "POST", token: other.adminToken, json: templates.items[0].framework }));
    expect(await steps(other.adminToken)).toMatchObject({ framework: true, collection: false });
    const collection = await json(app.request("/api/v1/collections", { method: "POST", token: other.adminToken, json: { name: "Wijkteam", frameworkId: framework.id, audience: "clients", anonymous: true } }));
    expect(await steps(other.adminToken)).toMatchObject({ collection: true, share: false, stories: false });
    const answers = { situatie: "werk", aanpak: "huisbezoek", uitkomst: "beter" };
    const told = await app.request(`/api/v1/collections/${collection.id}/stories`, { method: "POST", token: other.tokens.teller, json: { text: "Een verhaal van een collega.", answers, consent: { research: true } } });
    expect(told.status).toBe(201);
    expect(await steps(other.adminToken)).toMatchObject({ share: false, stories: true, patterns: false });
    for (let i = 0; i < 9; i++) {
      const res = await app.request(`/api/v1/public-collections/${collection.slug}/stories`, { method: "POST", json: { text: `Verhaal nummer ${i + 1} via de link.`, answers, consent: { research: true } } });
      expect(res.status).toBe(201);
    }
    expect(await steps(other.adminToken)).toEqual({ framework: true, collection: true, share: true, stories: true, patterns: true });
    const body = await json(app.request("/api/v1/getting-started", { token: other.adminToken }));
    expect(body).toMatchObject({ frameworkId: framework.id, collectionId: collection.id, patternsAt: 10 });
  });
});
