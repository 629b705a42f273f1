import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let other: Organization;
let collectionId: string;
let frameworkId: string;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  other = await makeOrganization(app, org.operatorToken);
  const templates = await json(app.request("/api/v1/framework-templates", { token: org.adminToken }));
  const framework = await json(app.request("/api/v1/frameworks", { method: "POST", token: org.adminToken, json: templates.items[0].framework }));
  frameworkId = framework.id;
  const collection = await json(app.request("/api/v1/collections", {
    method: "POST", token: org.adminToken, json: { name: "Dashboard", frameworkId, audience: "professionals", anonymous: true },
  }));
  collectionId = collection.id;
  // 40 stories of one situation and 2 of another: the 2 are a small group that colleagues must not see.
  const lines = Array.from({ length: 42 }, (_, i) => JSON.stringify({
    text: `Verhaal ${i}`, consent: { research: true },
    answers: { situatie: i < 40 ? "schulden" : "werk", aanpak: i % 2 ? "huisbezoek" : "maatwerk", uitkomst: "opgelost", regie: (i % 10) / 10, wat_hielp: [0.2, 0.3, 0.5] },
  }));
  const imported = await json(app.request(`/api/v1/collections/${collectionId}/story-imports`, {
    method: "POST", token: org.adminToken, headers: { "content-type": "application/x-ndjson" }, body: lines.join("\n"),
  }));
  expect(imported.imported).toBe(42);
});
afterAll(() => app.close());

/** The dashboard's answer must be exactly what the per-question distribution route answers the same caller. */
async function expectSameAsDistributions(base: string, query: string, token: string) {
  const dashboard = await json(app.request(`${base}/dashboard${query ? `?${query}` : ""}`, { token }));
  const charted = dashboard.framework.signifiers.filter((s: { type: string; audience?: string }) => s.type !== "text" && s.audience !== "interpreter");
  expect(dashboard.distributions.map((d: { signifierId: string }) => d.signifierId)).toEqual(charted.map((s: { id: string }) => s.id));
  for (const d of dashboard.distributions) {
    const single = await json(app.request(`${base}/distributions?signifierId=${d.signifierId}${query ? `&${query}` : ""}`, { token }));
    expect(d).toEqual(single);
  }
  return dashboard;
}

describe("dashboard", () => {
  const collectionBase = () => `/api/v1/collections/${collectionId}`;

  it("gives an analyst the framework and every charted question's distribution, as the distribution route counts them", async () => {
    const dashboard = await expectSameAsDistributions(collectionBase(), "", org.tokens.analyst);
    expect(dashboard.framework.id).toBe(frameworkId);
    const situatie = dashboard.distributions.find((d: { signifierId: string }) => d.signifierId === "situatie");
    expect(situatie.options.find((o: { id: string }) => o.id === "werk").count).toBe(2);
  });

  it("hides small groups from a colleague exactly as the distribution route does", async () => {
    const dashboard = await expectSameAsDistributions(collectionBase(), "", org.tokens.colleague);
    const situatie = dashboard.distributions.find((d: { signifierId: string }) => d.signifierId === "situatie");
    expect(situatie.options.find((o: { id: string }) => o.id === "werk").count).toBeNull();
    expect(situatie.suppressed).toBe(true);
  });

  it("applies the filter, also over every collection of a framework", async () => {
    const answers = encodeURIComponent(JSON.stringify([{ signifierId: "aanpak", options: ["huisbezoek"] }]));
    const filtered = await expectSameAsDistributions(collectionBase(), `answers=${answers}`, org.tokens.analyst);
    expect(filtered.distributions.find((d: { signifierId: string }) => d.signifierId === "situatie").n).toBe(21);
    await expectSameAsDistributions(`/api/v1/frameworks/${frameworkId}`, "audience=professionals", org.tokens.colleague);
  });

  it("answers 400 for a bad filter, 403 below colleague, 404 for another organization", async () => {
    expect((await app.request(`${collectionBase()}/dashboard?answers=%7Bkapot`, { token: org.tokens.analyst })).status).toBe(400);
    expect((await app.request(`${collectionBase()}/dashboard`, { token: org.tokens.teller })).status).toBe(403);
    expect((await app.request(`${collectionBase()}/dashboard`, { token: other.tokens.analyst })).status).toBe(404);
    expect((await app.request(`/api/v1/frameworks/${frameworkId}/dashboard`, { token: other.tokens.analyst })).status).toBe(404);
  });
});
