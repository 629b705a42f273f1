import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let collection: { id: string; slug: string };

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection } = await makeCollection(app, org.adminToken));
});
afterAll(() => app.close());

const tellAnonymously = async (headers: Record<string, string> = {}) =>
  json(app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
    method: "POST", headers, json: { text: "De wachttijd was lang, maar de hulp was goed.", answers: validAnswers, consent: { research: true } },
  }));
const receiptPath = (receiptUrl: string) => `/api/v1/receipts/${receiptUrl.split("/bon/")[1]}`;

describe("the anonymous teller's receipt", () => {
  it("shows what happened with the story, without an account", async () => {
    const told = await tellAnonymously();
    expect(told.receiptUrl).toMatch(/^http:\/\/localhost:3000\/bon\/[0-9a-f-]{36}\.[\w-]{32}$/);
    // The same colleague saving twice is one colleague reading the story.
    for (const note of ["Eerste lezing", "Tweede lezing"]) {
      await app.request(`/api/v1/stories/${told.id}/interpretations`, { method: "POST", token: org.tokens.colleague, json: { answers: {}, note } });
    }
    const added = await app.request(`/api/v1/stories/${told.id}/follow-ups`, {
      method: "POST", token: org.tokens.colleague, json: { kind: "action", text: "We openen op dinsdag een extra spreekuur." },
    });
    expect(added.status).toBe(201);
    const receipt = await json(app.request(receiptPath(told.receiptUrl)));
    expect(receipt).toMatchObject({ collectionName: "Vertelpunt test", interpretations: 1, followUps: [{ kind: "action", text: "We openen op dinsdag een extra spreekuur." }] });
    expect(JSON.stringify(receipt)).not.toContain(org.organizationId);
  });

  it("gives a retry the same receipt", async () => {
    const first = await tellAnonymously({ "idempotency-key": "bon-1" });
    const again = await tellAnonymously({ "idempotency-key": "bon-1" });
    expect(again.receiptUrl).toBe(first.receiptUrl);
  });

  it("refuses a forged or altered link", async () => {
    const told = await tellAnonymously();
    const path = receiptPath(told.receiptUrl);
    const altered = path.slice(0, -1) + (path.endsWith("A") ? "B" : "A");
    expect((await app.request(altered)).status).toBe(404);
    expect((await app.request(`/api/v1/receipts/${told.id}.${"x".repeat(32)}`)).status).toBe(404);
  });

  it("lets the teller withdraw the story, which erases it", async () => {
    const told = await tellAnonymously();
    expect((await app.request(receiptPath(told.receiptUrl), { method: "DELETE" })).status).toBe(204);
    expect((await app.request(`/api/v1/stories/${told.id}`, { token: org.adminToken })).status).toBe(404);
    expect((await app.request(receiptPath(told.receiptUrl))).status).toBe(404);
    const audit = await json(app.request("/api/v1/audit-events", { token: org.adminToken }));
    expect(audit.items.map((e: { action: string }) => e.action)).toContain("story.withdrawn");
  });

  it("lets a signed-in teller read follow-ups on their own story only", async () => {
    const own = await json(app.request(`/api/v1/collections/${collection.id}/stories`, {
      method: "POST", token: org.tokens.teller, json: { text: "Mijn verhaal.", answers: validAnswers, consent: { research: true } },
    }));
    await app.request(`/api/v1/stories/${own.id}/follow-ups`, { method: "POST", token: org.adminToken, json: { kind: "response", text: "Dank, we nemen het mee." } });
    const list = await json(app.request(`/api/v1/stories/${own.id}/follow-ups`, { token: org.tokens.teller }));
    expect(list.items.map((f: { text: string }) => f.text)).toEqual(["Dank, we nemen het mee."]);
    expect((await app.request(`/api/v1/stories/${own.id}/follow-ups`, { method: "POST", token: org.tokens.teller, json: { kind: "action", text: "x" } })).status).toBe(403);
  });
});
