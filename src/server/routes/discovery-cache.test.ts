// Pattern discovery is kept per question until the index changes: asked again, it is not computed
// again; a story told or erased, or a tag given, shows in the next answer.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as discovery from "../../index/discovery.ts";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

vi.mock("../../index/discovery.ts", async (original) => {
  const actual = await original<typeof import("../../index/discovery.ts")>();
  return { ...actual, discoveryOf: vi.fn(actual.discoveryOf) };
});
const computed = vi.mocked(discovery.discoveryOf);

let app: TestApp;
let org: Organization;
let collection: { id: string; slug: string };

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  const templates = await json(app.request("/api/v1/framework-templates", { token: org.adminToken }));
  const framework = await json(app.request("/api/v1/frameworks", { method: "POST", token: org.adminToken, json: templates.items[0].framework }));
  collection = await json(app.request("/api/v1/collections", {
    method: "POST", token: org.adminToken, json: { name: "Ontdekken", frameworkId: framework.id, audience: "professionals", anonymous: true },
  }));
  const lines = Array.from({ length: 80 }, (_, i) => {
    const aanpak = i % 2 ? "huisbezoek" : "maatwerk";
    const uitkomst = aanpak === "huisbezoek" ? (i % 5 ? "opgelost" : "hetzelfde") : (i % 5 ? "hetzelfde" : "opgelost");
    return JSON.stringify({ text: `Verhaal ${i}`, consent: { research: true }, answers: { situatie: i % 4 < 2 ? "schulden" : "werk", aanpak, uitkomst, regie: (i % 10) / 10 } });
  });
  const imported = await json(app.request(`/api/v1/collections/${collection.id}/story-imports`, {
    method: "POST", token: org.adminToken, headers: { "content-type": "application/x-ndjson" }, body: lines.join("\n"),
  }));
  expect(imported.imported).toBe(80);
});
afterAll(() => app.close());

const discover = async (query = "") => {
  const res = await app.request(`/api/v1/collections/${collection.id}/pattern-discoveries${query}`, { token: org.tokens.analyst });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
};

/** Asks until the answer counts `stories` (the index takes a change in just after the 201). */
async function discoverUntil(stories: number, query = "") {
  const deadline = Date.now() + 5000;
  for (;;) {
    const answer = await discover(query);
    if (answer.stories === stories || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("pattern discovery, kept until the data changes", () => {
  it("computes a question once and answers it again from what it kept", async () => {
    const first = await discoverUntil(80);
    expect(first.stories).toBe(80);
    computed.mockClear();
    const again = await discover();
    expect(again).toEqual(first);
    expect(computed).not.toHaveBeenCalled();
    await discover("?minN=20");
    expect(computed).toHaveBeenCalledTimes(1);
  });

  it("computes again once a new story is in, and keeps that answer in turn", async () => {
    await discover();
    const told = await app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
      method: "POST", json: { text: "Nieuw", consent: { research: true }, answers: { situatie: "werk", aanpak: "huisbezoek", uitkomst: "opgelost" } },
    });
    expect(told.status).toBe(201);
    const after = await discoverUntil(81);
    expect(after.stories).toBe(81);
    computed.mockClear();
    expect((await discover()).stories).toBe(81);
    expect(computed).not.toHaveBeenCalled();
  });

  it("leaves an erased story out of the next answer", async () => {
    const page = await json(app.request(`/api/v1/stories?collectionId=${collection.id}&limit=1`, { token: org.adminToken }));
    expect((await app.request(`/api/v1/stories/${page.items[0].id}`, { method: "DELETE", token: org.adminToken })).status).toBe(204);
    expect((await discoverUntil(80)).stories).toBe(80);
  });

  it("looks tags up afresh: a story tagged since is in the next answer", async () => {
    const page = await json(app.request(`/api/v1/stories?collectionId=${collection.id}&limit=2`, { token: org.adminToken }));
    const tag = async (storyId: string) => {
      const res = await app.request(`/api/v1/stories/${storyId}/interpretations`, { method: "POST", token: org.tokens.colleague, json: { tags: ["ontdekt"] } });
      expect(res.status).toBe(201);
    };
    await tag(page.items[0].id);
    expect((await discover("?tags=ontdekt")).stories).toBe(1);
    await tag(page.items[1].id);
    expect((await discover("?tags=ontdekt")).stories).toBe(2);
  });
});
