import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let other: Organization;
let collection: { id: string; slug: string };
let frameworkId: string;

const situations = ["schulden", "werk"];
const interventions = ["huisbezoek", "maatwerk"];

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  other = await makeOrganization(app, org.operatorToken);
  const templates = await json(app.request("/api/v1/framework-templates", { token: org.adminToken }));
  const framework = await json(app.request("/api/v1/frameworks", { method: "POST", token: org.adminToken, json: templates.items[0].framework }));
  frameworkId = framework.id;
  collection = await json(app.request("/api/v1/collections", {
    method: "POST", token: org.adminToken, json: { name: "Patronen", frameworkId: framework.id, audience: "professionals", anonymous: true },
  }));
  const lines: string[] = [];
  for (let i = 0; i < 120; i++) {
    const aanpak = interventions[i % 2]!;
    // Planted effect: a home visit (huisbezoek) solves the problem far more often.
    const uitkomst = aanpak === "huisbezoek" ? (i % 6 < 5 ? "opgelost" : "hetzelfde") : (i % 6 < 1 ? "opgelost" : "hetzelfde");
    lines.push(JSON.stringify({
      text: `Verhaal ${i}`, consent: { research: i % 20 !== 0 },
      answers: { situatie: situations[Math.floor(i / 2) % 2], aanpak, uitkomst, regie: (i % 10) / 10, wat_hielp: [0.2, 0.3, 0.5] },
    }));
  }
  const imported = await json(app.request(`/api/v1/collections/${collection.id}/story-imports`, {
    method: "POST", token: org.adminToken, headers: { "content-type": "application/x-ndjson" }, body: lines.join("\n"),
  }));
  expect(imported.imported).toBe(120);
});
afterAll(() => app.close());

const get = (path: string, token = org.tokens.analyst) => app.request(`/api/v1/collections/${collection.id}/${path}`, { token });

describe("patterns", () => {
  it("counts a choice distribution over stories with research consent only", async () => {
    const d = await json(get("distributions?signifierId=situatie"));
    expect(d.n).toBe(114);
    expect(d.options.reduce((sum: number, o: { count: number }) => sum + o.count, 0)).toBe(114);
  });

  it("includes a story told just now", async () => {
    await app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
      method: "POST", json: { text: "Nieuw", consent: { research: true }, answers: { situatie: "wonen", aanpak: "netwerk", uitkomst: "beter" } },
    });
    const d = await json(get("distributions?signifierId=situatie"));
    expect(d.options.find((o: { id: string }) => o.id === "wonen").count).toBe(1);
  });

  it("filters by answers and channel", async () => {
    const answers = encodeURIComponent(JSON.stringify([{ signifierId: "aanpak", options: ["huisbezoek"] }]));
    const d = await json(get(`distributions?signifierId=uitkomst&answers=${answers}&channels=import`));
    expect(d.n).toBe(54);
  });

  it("finds the planted effect in what works, with a CI, a test and a q-value", async () => {
    const result = await json(get("patterns?minN=10"));
    const row = result.rows.find((r: { situation: string; intervention: string }) => r.situation === "schulden" && r.intervention === "huisbezoek");
    const solved = row.outcomes.find((o: { option: string }) => o.option === "opgelost");
    expect(solved.difference.estimate).toBeGreaterThan(0.5);
    expect(solved.difference.lower).toBeGreaterThan(0);
    expect(row.q).toBeLessThan(0.05);
    expect(row.examples.length).toBeGreaterThan(0);
  });

  it("crosstabs two choices and discovers the pattern between them", async () => {
    const table = await json(get("crosstabs?rowSignifierId=aanpak&columnSignifierId=uitkomst"));
    expect(table.n).toBeGreaterThanOrEqual(114);
    const discovered = await json(get("pattern-discoveries"));
    expect(discovered.patterns.some((p: { a: string; b: string }) => [p.a, p.b].sort().join() === "aanpak,uitkomst")).toBe(true);
  });

  it("answers 400 for an unknown signifier or bad filter, 403 below colleague, 404 for another organization", async () => {
    expect((await get("distributions?signifierId=bestaat_niet")).status).toBe(400);
    expect((await get("distributions?signifierId=situatie&answers=%7Bkapot")).status).toBe(400);
    expect((await get("distributions?signifierId=situatie", org.tokens.teller)).status).toBe(403);
    expect((await get("distributions?signifierId=situatie", other.tokens.analyst)).status).toBe(404);
  });

  it("answers over every collection of a framework, narrowed by audience, collections and interpretation tags", async () => {
    const clients = await json(app.request("/api/v1/collections", {
      method: "POST", token: org.adminToken, json: { name: "Inwoners", frameworkId, audience: "clients", anonymous: true },
    }));
    for (const situatie of ["schulden", "schulden", "wonen"]) {
      const told = await app.request(`/api/v1/public-collections/${clients.slug}/stories`, { method: "POST", json: { text: "Van een inwoner", consent: { research: true }, answers: { situatie, aanpak: "netwerk", uitkomst: "beter" } } });
      expect(told.status, await told.clone().text()).toBe(201);
    }
    const across = (query: string, token = org.tokens.analyst) => app.request(`/api/v1/frameworks/${frameworkId}/distributions?signifierId=situatie&${query}`, { token });
    const count = (d: { options: { id: string; count: number }[] }, id: string) => d.options.find((o) => o.id === id)!.count;
    const one = await json(get("distributions?signifierId=situatie"));
    const all = await json(across(""));
    expect(all.n).toBe(one.n + 3);
    const fromClients = await json(across("audience=clients"));
    expect([fromClients.n, count(fromClients, "schulden"), count(fromClients, "wonen")]).toEqual([3, 2, 1]);
    expect((await json(across("audience=professionals"))).n).toBe(one.n);
    expect((await json(across(`collectionIds=${clients.id}`))).n).toBe(3);
    expect((await json(across(`collectionIds=${collection.id}&audience=clients`))).n).toBe(0);

    const listed = await json(app.request(`/api/v1/stories?collectionId=${collection.id}&limit=10`, { token: org.adminToken }));
    const [first, second] = listed.items.filter((s: { consent: { research: boolean } }) => s.consent.research);
    await app.request(`/api/v1/stories/${first.id}/interpretations`, { method: "POST", token: org.tokens.colleague, json: { tags: ["vertrouwen", "netwerk"] } });
    await app.request(`/api/v1/stories/${second.id}/interpretations`, { method: "POST", token: org.tokens.colleague, json: { tags: ["anders"] } });
    expect((await json(across("tags=vertrouwen"))).n).toBe(1);
    expect((await json(get("distributions?signifierId=situatie&tags=vertrouwen,anders"))).n).toBe(2);
    expect((await json(across("tags=vertrouwen&audience=clients"))).n).toBe(0);

    expect((await across("audience=iedereen")).status).toBe(400);
    expect((await across("", org.tokens.teller)).status).toBe(403);
    expect((await across("", other.tokens.analyst)).status).toBe(404);
  });

  it("forgets an erased story", async () => {
    const list = await json(app.request(`/api/v1/stories?collectionId=${collection.id}&limit=1`, { token: org.adminToken }));
    const before = (await json(get("distributions?signifierId=situatie"))).n;
    await app.request(`/api/v1/stories/${list.items[0].id}`, { method: "DELETE", token: org.adminToken });
    await new Promise((r) => setTimeout(r, 50));
    expect((await json(get("distributions?signifierId=situatie"))).n).toBe(before - 1);
  });
});
