import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let other: Organization;
let collectionId: string;

const tell = async (answers: Record<string, unknown>, research = true) =>
  (await json(app.request(`/api/v1/collections/${collectionId}/stories`, {
    method: "POST", token: org.tokens.teller, json: { text: "Een verhaal.", answers: { ...validAnswers, ...answers }, consent: { research } },
  }))).id as string;
const followUpsOf = async (id: string) => (await json(app.request(`/api/v1/stories/${id}/follow-ups`, { token: org.tokens.teller }))).items as { text: string }[];
const listed = (token: string, pattern: unknown, id = collectionId) =>
  app.request(`/api/v1/collections/${id}/pattern-follow-ups?pattern=${encodeURIComponent(typeof pattern === "string" ? pattern : JSON.stringify(pattern))}`, { token });
const onPattern = (token: string, body: unknown, id = collectionId) =>
  app.request(`/api/v1/collections/${id}/pattern-follow-ups`, { method: "POST", token, json: body });

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  other = await makeOrganization(app, org.operatorToken);
  collectionId = (await makeCollection(app, org.adminToken)).collection.id;
});
afterAll(() => app.close());

describe("follow-ups on a pattern", () => {
  it("reach the tellers of exactly the stories in the pattern that may be analysed", async () => {
    const inPattern = await tell({ situatie: "schulden", aanpak: "bezoek", tags: ["a", "b"] });
    const otherIntervention = await tell({ situatie: "schulden", aanpak: "bellen", tags: ["a"] });
    const noResearchConsent = await tell({ situatie: "schulden", aanpak: "bezoek", tags: ["b"] }, false);
    const res = await onPattern(org.tokens.analyst, { pattern: { situatie: "schulden", aanpak: "bezoek", tags: "b" }, kind: "action", text: "Vaker op huisbezoek bij schulden" });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ storyCount: 1 });
    expect((await followUpsOf(inPattern)).map((f) => f.text)).toEqual(["Vaker op huisbezoek bij schulden"]);
    expect(await followUpsOf(otherIntervention)).toEqual([]);
    expect(await followUpsOf(noResearchConsent)).toEqual([]);
  });

  it("refuses answers that are not choices of the framework, colleagues, and other organizations", async () => {
    const bad = await onPattern(org.tokens.analyst, { pattern: { situatie: "olifant", regie: "x" }, kind: "action", text: "X" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).invalidParams.map((p: { name: string }) => p.name)).toEqual(["pattern.situatie", "pattern.regie"]);
    expect((await onPattern(org.tokens.colleague, { pattern: { situatie: "werk" }, kind: "action", text: "X" })).status).toBe(403);
    expect((await onPattern(other.adminToken, { pattern: { situatie: "werk" }, kind: "action", text: "X" })).status).toBe(404);
  });

  it("are listed per pattern: each once, with the stories it is on, newest first, beside follow-ups on one of its stories", async () => {
    const pattern = { situatie: "werk", aanpak: "bezoek" };
    const [first, second] = [await tell(pattern), await tell(pattern)];
    await tell({ situatie: "werk", aanpak: "bellen" });
    expect((await onPattern(org.tokens.analyst, { pattern, kind: "action", text: "Vaker op huisbezoek bij werkvragen" })).status).toBe(201);
    await app.request(`/api/v1/stories/${first}/follow-ups`, { method: "POST", token: org.tokens.colleague, json: { kind: "response", text: "Gebeld met Jan de Vries" } });
    expect((await onPattern(org.tokens.analyst, { pattern: { situatie: "werk" }, kind: "response", text: "Werkoverleg gestart" })).status).toBe(201);
    // The broader pattern's follow-up counts only the stories of this one it is on.
    const res = await listed(org.tokens.analyst, pattern);
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.map((i: { kind: string; text: string; storyCount: number }) => [i.kind, i.text, i.storyCount])).toEqual([
      ["response", "Werkoverleg gestart", 2],
      ["response", expect.not.stringContaining("Jan de Vries"), 1],
      ["action", "Vaker op huisbezoek bij werkvragen", 2],
    ]);
    expect(Date.parse(items[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(items[2].createdAt));
    expect((await followUpsOf(second)).map((f) => f.text)).toEqual(["Vaker op huisbezoek bij werkvragen", "Werkoverleg gestart"]);
  });

  it("list only for analysts of the organization, and only a pattern of the framework's choices", async () => {
    expect((await listed(org.tokens.colleague, { situatie: "werk" })).status).toBe(403);
    expect((await listed(other.adminToken, { situatie: "werk" })).status).toBe(404);
    const unknown = await listed(org.tokens.analyst, { situatie: "olifant" });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).invalidParams.map((p: { name: string }) => p.name)).toEqual(["pattern.situatie"]);
    expect((await listed(org.tokens.analyst, "{niet json")).status).toBe(400);
    expect((await listed(org.tokens.analyst, {})).status).toBe(400);
  });
});
