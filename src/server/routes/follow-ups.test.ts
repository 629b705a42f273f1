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
});
