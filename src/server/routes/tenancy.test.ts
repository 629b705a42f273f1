// Tenant isolation: another organization's token on every id of this organization answers 404,
// and lists never show another organization's items.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, smallFramework, validAnswers } from "../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let app: TestApp;
let home: Organization & { operatorToken: string };
let other: Organization;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp();
  home = await makeOrganization(app);
  other = await makeOrganization(app, home.operatorToken);
  const { framework, collection } = await makeCollection(app, home.adminToken);
  ids.framework = framework.id;
  ids.collection = collection.id;
  ids.story = (await json(app.request(`/api/v1/collections/${collection.id}/stories`, {
    method: "POST", token: home.adminToken, json: { text: "Verhaal van thuis.", answers: validAnswers, consent: { research: true } },
  }))).id;
  ids.team = (await json(app.request("/api/v1/teams", { method: "POST", token: home.adminToken, json: { name: "Thuisteam" } }))).id;
});
afterAll(() => app.close());

const story = { text: "Inbraak", answers: validAnswers, consent: { research: true } };
const probes = (): [string, string, unknown?][] => [
  ["GET", `/api/v1/frameworks/${ids.framework}`],
  ["PUT", `/api/v1/frameworks/${ids.framework}`, smallFramework],
  ["GET", `/api/v1/collections/${ids.collection}`],
  ["PATCH", `/api/v1/collections/${ids.collection}`, { name: "Overgenomen" }],
  ["GET", `/api/v1/collections/${ids.collection}/qr-code`],
  ["POST", `/api/v1/collections/${ids.collection}/stories`, story],
  ["GET", `/api/v1/collections/${ids.collection}/listening-rounds`],
  ["POST", `/api/v1/collections/${ids.collection}/listening-rounds`, { name: "Ronde", startsAt: "2030-01-01T00:00:00Z", endsAt: "2030-04-01T00:00:00Z" }],
  ["GET", `/api/v1/collections/${ids.collection}/comparisons?measureAt=2026-01-01T00:00:00Z`],
  ["GET", `/api/v1/collections/${ids.collection}/trends?interval=week`],
  ["GET", `/api/v1/collections/${ids.collection}/cohorts?signifier=cijfer`],
  ["GET", `/api/v1/stories/${ids.story}`],
  ["DELETE", `/api/v1/stories/${ids.story}`],
];

describe("tenant isolation", () => {
  it("answers 404 for every id of another organization, for every role", async () => {
    for (const token of Object.values(other.tokens)) {
      for (const [method, path, body] of probes()) {
        const res = await app.request(path, { method, token, json: body });
        expect(res.status, `${method} ${path}`).toBe(404);
      }
    }
    const imported = await app.request(`/api/v1/collections/${ids.collection}/story-imports`, {
      method: "POST", token: other.adminToken, headers: { "content-type": "application/x-ndjson" }, body: JSON.stringify(story),
    });
    expect(imported.status).toBe(404);
  });

  it("never lists another organization's items", async () => {
    const lists = ["/api/v1/frameworks", "/api/v1/collections", "/api/v1/stories", "/api/v1/members", "/api/v1/teams"];
    for (const path of lists) {
      const body = JSON.stringify(await json(app.request(path, { token: other.adminToken })));
      for (const id of Object.values(ids)) expect(body, path).not.toContain(id);
    }
    const filtered = await json(app.request(`/api/v1/stories?collectionId=${ids.collection}`, { token: other.adminToken }));
    expect(filtered.items).toHaveLength(0);
  });

  it("refuses another organization's team on a member", async () => {
    const res = await app.request("/api/v1/members", {
      method: "POST", token: other.adminToken,
      json: { name: "X", email: "x-team@example.nl", password: "een-lang-wachtwoord", role: "teller", teamIds: [ids.team] },
    });
    expect(res.status).toBe(400);
  });

  it("left the home organization's data untouched", async () => {
    const s = await app.request(`/api/v1/stories/${ids.story}`, { token: home.adminToken });
    expect(s.status).toBe(200);
    expect((await json(app.request(`/api/v1/collections/${ids.collection}`, { token: home.adminToken }))).name).toBe("Vertelpunt test");
  });
});
