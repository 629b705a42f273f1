import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let other: Organization;
let collectionId: string;
let storyId: string;
const text = "Ik ging op huisbezoek. Samen maakten we een plan voor de schulden.";

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  other = await makeOrganization(app, org.operatorToken);
  const templates = await json(app.request("/api/v1/framework-templates", { token: org.adminToken }));
  const framework = await json(app.request("/api/v1/frameworks", { method: "POST", token: org.adminToken, json: templates.items[0].framework }));
  collectionId = (await json(app.request("/api/v1/collections", {
    method: "POST", token: org.adminToken, json: { name: "Duiden", frameworkId: framework.id, audience: "professionals", anonymous: false },
  }))).id;
  storyId = (await json(app.request(`/api/v1/collections/${collectionId}/stories`, {
    method: "POST", token: org.tokens.teller,
    json: { text, answers: { situatie: "schulden", aanpak: "samen_plan", uitkomst: "beter", wat_hielp: [0.2, 0.6, 0.2], regie: 0.3 }, consent: { research: true } },
  }))).id;
});
afterAll(() => app.close());

const interpret = (token: string, body: unknown, id = storyId) => app.request(`/api/v1/stories/${id}/interpretations`, { method: "POST", token, json: body });

describe("interpretations", () => {
  it("lets colleagues interpret a story with codes, tags, a note and annotations", async () => {
    const res = await interpret(org.tokens.colleague, {
      answers: { situatie: "schulden", aanpak: "samen_plan", uitkomst: "beter", wat_hielp: [0.1, 0.7, 0.2], regie: 0.4, duiding_kern: [0.2, 0.2, 0.6] },
      tags: ["vertrouwen"], note: "Het plan kwam van de inwoner zelf.",
      annotations: [{ start: 23, end: 48, quote: "Samen maakten we een plan", comment: "Eigen regie" }],
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ mine: true, tags: ["vertrouwen"], interpreterName: "colleague" });
    expect((await interpret(org.tokens.analyst, { answers: { situatie: "werk", wat_hielp: [0.3, 0.5, 0.2], regie: 0.5 } })).status).toBe(201);
  });

  it("refuses tellers as interpreters and bad readings", async () => {
    expect((await interpret(org.tokens.teller, { answers: {} })).status).toBe(403);
    const bad = await interpret(org.tokens.colleague, { annotations: [{ start: 0, end: 5, quote: "Jij g" }], answers: { regie: 3 } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).invalidParams.map((p: { name: string }) => p.name)).toEqual(["answers.regie", "annotations.0.quote"]);
  });

  it("shows the teller the readings of their own story without names", async () => {
    const { items } = await json(app.request(`/api/v1/stories/${storyId}/interpretations`, { token: org.tokens.teller }));
    expect(items).toHaveLength(2);
    expect(items.every((i: { interpreterName: string | null }) => i.interpreterName === null)).toBe(true);
    const forColleague = await json(app.request(`/api/v1/stories/${storyId}/interpretations`, { token: org.tokens.colleague }));
    expect(forColleague.items.map((i: { interpreterName: string }) => i.interpreterName)).toEqual(["colleague", "analyst"]);
  });

  it("keeps interpretations inside the organization", async () => {
    expect((await interpret(other.tokens.colleague, { answers: {} })).status).toBe(404);
    expect((await app.request(`/api/v1/stories/${storyId}/interpretations`, { token: other.adminToken })).status).toBe(404);
  });

  it("reports agreement between interpreters and with the teller", async () => {
    expect((await app.request(`/api/v1/collections/${collectionId}/agreement`, { token: org.tokens.colleague })).status).toBe(403);
    const result = await json(app.request(`/api/v1/collections/${collectionId}/agreement`, { token: org.tokens.analyst }));
    expect(result.interpretedStories).toBe(1);
    const situatie = result.items.find((i: { signifierId: string }) => i.signifierId === "situatie");
    expect(situatie).toMatchObject({ type: "choice", stories: 1, tellerMatchShare: 0.5 });
    const regie = result.items.find((i: { signifierId: string }) => i.signifierId === "regie");
    expect(regie.meanInterpreterDistance).toBeCloseTo(0.1, 10);
    expect(regie.meanTellerDistance).toBeCloseTo(0.15, 10);
  });

  it("keeps one reading per colleague: a second save changes it", async () => {
    const before = await json(app.request(`/api/v1/stories/${storyId}/interpretations`, { token: org.tokens.colleague }));
    const mine = before.items.find((i: { mine: boolean }) => i.mine);
    const again = await interpret(org.tokens.colleague, { answers: { situatie: "wonen" }, tags: ["huisvesting"] });
    expect(again.status).toBe(200);
    const changed = await again.json();
    expect(changed).toMatchObject({ id: mine.id, mine: true, tags: ["huisvesting"], note: null, answers: { situatie: "wonen" }, createdAt: mine.createdAt });
    expect(Date.parse(changed.updatedAt)).toBeGreaterThan(Date.parse(mine.createdAt));
    const after = await json(app.request(`/api/v1/stories/${storyId}/interpretations`, { token: org.tokens.colleague }));
    expect(after.items.map((i: { interpreterName: string }) => i.interpreterName)).toEqual(["colleague", "analyst"]);
    const search = await json(app.request(`/api/v1/stories?collectionId=${collectionId}&q=huisvesting`, { token: org.adminToken }));
    expect(search.items.map((i: { id: string }) => i.id)).toEqual([storyId]);
    const gone = await json(app.request(`/api/v1/stories?collectionId=${collectionId}&q=vertrouwen`, { token: org.adminToken }));
    expect(gone.items).toEqual([]);
  });

  it("lets a colleague withdraw their own reading only", async () => {
    const { items } = await json(app.request(`/api/v1/stories/${storyId}/interpretations`, { token: org.tokens.colleague }));
    const analysts = items.find((i: { interpreterName: string }) => i.interpreterName === "analyst");
    const withdraw = (token: string, id: string, story = storyId) => app.request(`/api/v1/stories/${story}/interpretations/${id}`, { method: "DELETE", token });
    expect((await withdraw(org.tokens.colleague, analysts.id)).status).toBe(404);
    expect((await withdraw(other.tokens.analyst, analysts.id)).status).toBe(404);
    expect((await withdraw(org.tokens.teller, analysts.id)).status).toBe(403);
    expect((await withdraw(org.tokens.analyst, analysts.id)).status).toBe(204);
    expect((await withdraw(org.tokens.analyst, analysts.id)).status).toBe(404);
    const left = await json(app.request(`/api/v1/stories/${storyId}/interpretations`, { token: org.tokens.colleague }));
    expect(left.items.map((i: { interpreterName: string }) => i.interpreterName)).toEqual(["colleague"]);
    // A new save after withdrawing is a new reading again.
    expect((await interpret(org.tokens.analyst, { answers: { situatie: "werk" } })).status).toBe(201);
  });
});

describe("audit log", () => {
  it("records full-text reads for admins to see", async () => {
    await app.request(`/api/v1/stories/${storyId}`, { token: org.tokens.analyst });
    expect((await app.request("/api/v1/audit-events", { token: org.tokens.analyst })).status).toBe(403);
    const { items } = await json(app.request("/api/v1/audit-events", { token: org.adminToken }));
    expect(items[0]).toMatchObject({ action: "story.read", subjectType: "story", subjectId: storyId, actorName: "analyst" });
    const others = await json(app.request("/api/v1/audit-events", { token: other.adminToken }));
    expect(others.items).toHaveLength(0);
  });

  it("records a list that shows full text as a read of each story in it", async () => {
    const listed = await json(app.request(`/api/v1/stories?collectionId=${collectionId}`, { token: org.tokens.colleague }));
    expect(listed.items.length).toBeGreaterThan(0);
    const { items } = await json(app.request("/api/v1/audit-events?limit=50", { token: org.adminToken }));
    const reads = items.filter((e: { action: string; actorName: string }) => e.action === "story.read" && e.actorName === "colleague");
    expect(reads.map((e: { subjectId: string }) => e.subjectId).sort()).toEqual(listed.items.map((s: { id: string }) => s.id).sort());
    expect(reads[0].detail).toEqual({ via: "list" });
  });
});

describe("personal data in readings", () => {
  it("stores notes and tags without personal data", async () => {
    const other = await json(app.request(`/api/v1/collections/${collectionId}/stories`, {
      method: "POST", token: org.tokens.teller, json: { text: "Een ander verhaal.", answers: { situatie: "werk", aanpak: "netwerk", uitkomst: "beter" }, consent: { research: true } },
    }));
    expect(other.id).toBeDefined();
    const res = await interpret(org.tokens.colleague, { answers: {}, tags: ["mevrouw Jansen"], note: "Mevrouw Jansen belde op 06-12345678." }, other.id);
    expect(res.status).toBe(201);
    expect(JSON.stringify(await res.json())).not.toMatch(/Jansen|12345678/);
    const { items } = await json(app.request(`/api/v1/stories/${other.id}/interpretations`, { token: org.tokens.analyst }));
    expect(items).toHaveLength(1);
    expect(JSON.stringify(items)).not.toMatch(/Jansen|12345678/);
  });
});
