import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { waitForEvent } from "../../testing/sse.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let other: Organization;
let collectionId: string;
let told: { debt: string; work: string; anonymous: string; receiptToken: string };
let otherStory: string;

const tell = async (token: string, collection: string, text: string) =>
  (await json(app.request(`/api/v1/collections/${collection}/stories`, { method: "POST", token, json: { text, answers: validAnswers, consent: { research: true } } }))).id as string;
const start = (token: string, body: Record<string, unknown>) =>
  app.request("/api/v1/intervision-sessions", { method: "POST", token, json: { collectionId, title: "Intervisie schulden", ...body } });
const place = (token: string, storyId: string, sessionId: string) =>
  app.request(`/api/v1/stories/${storyId}/interpretations`, { method: "POST", token, json: { answers: { situatie: "werk" }, sessionId } });

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  other = await makeOrganization(app, org.operatorToken);
  const { collection } = await makeCollection(app, org.adminToken);
  collectionId = collection.id;
  const debt = await tell(org.tokens.teller, collectionId, "Over de schulden praatten we pas na een huisbezoek.");
  const work = await tell(org.tokens.teller, collectionId, "Een werkgever wilde een proefplaats geven.");
  const publicStory = await json(app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
    method: "POST", json: { text: "Mijn schulden werden eindelijk gezien.", answers: validAnswers, consent: { research: true } },
  }));
  told = { debt, work, anonymous: publicStory.id, receiptToken: publicStory.receiptUrl.split("/bon/")[1] };
  otherStory = await tell(other.tokens.teller, (await makeCollection(app, other.adminToken)).collection.id, "Elders verteld.");
});
afterAll(() => app.close());

describe("intervisie sessions", () => {
  it("starts with stories chosen by hand, in that order, with a join link", async () => {
    const res = await start(org.tokens.colleague, { storyIds: [told.work, told.debt] });
    expect(res.status).toBe(201);
    const session = await res.json();
    expect(session.stories.map((s: { id: string }) => s.id)).toEqual([told.work, told.debt]);
    expect(session).toMatchObject({ status: "open", facilitatedByMe: true, placements: [], actions: [] });
    expect(session.joinUrl).toMatch(new RegExp(`/intervisie/${session.id}$`));
  });

  it("starts with the stories a search finds, and refuses a search that finds none", async () => {
    const session = await json(start(org.tokens.colleague, { filter: { q: "schulden" } }));
    expect(session.stories.map((s: { id: string }) => s.id).sort()).toEqual([told.debt, told.anonymous].sort());
    const none = await start(org.tokens.colleague, { filter: { q: "olifant" } });
    expect(none.status).toBe(400);
    expect((await none.json()).invalidParams[0]).toMatchObject({ name: "filter", code: "sessionNoStories" });
  });

  it("refuses another organization's story and an input with both or neither way of choosing", async () => {
    const foreign = await start(org.tokens.colleague, { storyIds: [told.debt, otherStory] });
    expect(foreign.status).toBe(400);
    expect((await foreign.json()).invalidParams[0]).toMatchObject({ name: "storyIds.1", code: "sessionStoryUnknown" });
    expect((await start(org.tokens.colleague, {})).status).toBe(400);
    expect((await start(org.tokens.colleague, { storyIds: [told.debt], filter: { q: "x" } })).status).toBe(400);
  });

  it("shows each participant's placement to the others, live", async () => {
    const session = await json(start(org.tokens.colleague, { storyIds: [told.debt] }));
    const stream = await app.request(`/api/v1/intervision-sessions/${session.id}/events`, { token: org.tokens.colleague });
    const heard = waitForEvent(stream, "interpretation.created", 2000);
    const placed = await place(org.tokens.analyst, told.debt, session.id);
    expect(placed.status).toBe(201);
    expect(await heard).toMatchObject({ sessionId: session.id, storyId: told.debt });
    const seen = await json(app.request(`/api/v1/intervision-sessions/${session.id}`, { token: org.tokens.colleague }));
    expect(seen.placements).toHaveLength(1);
    expect(seen.placements[0]).toMatchObject({ storyId: told.debt, interpreterName: "analyst", answers: { situatie: "werk" }, mine: false });
  });

  it("takes placements only for the session's own stories while it is open", async () => {
    const session = await json(start(org.tokens.colleague, { storyIds: [told.debt] }));
    expect((await place(org.tokens.colleague, told.work, session.id)).status).toBe(404);
    await app.request(`/api/v1/intervision-sessions/${session.id}/closure`, { method: "POST", token: org.tokens.colleague, json: { conclusions: "Klaar." } });
    const late = await place(org.tokens.colleague, told.debt, session.id);
    expect(late.status).toBe(409);
    expect(late.headers.get("content-type")).toContain("application/problem+json");
  });

  it("closes with conclusions and actions that reach the tellers, by the facilitator or an admin only", async () => {
    const session = await json(start(org.tokens.colleague, { storyIds: [told.debt, told.anonymous] }));
    const close = (token: string, body: unknown) => app.request(`/api/v1/intervision-sessions/${session.id}/closure`, { method: "POST", token, json: body });
    const closure = { conclusions: "Huisbezoek eerder inzetten. Vragen aan jan@example.nl", actions: [{ text: "Werkinstructie aanpassen", storyIds: [told.debt, told.anonymous] }] };
    expect((await close(org.tokens.analyst, closure)).status).toBe(403);
    expect((await close(org.tokens.colleague, { ...closure, actions: [{ text: "X", storyIds: [told.work] }] })).status).toBe(400);
    const closed = await json(close(org.tokens.colleague, closure));
    expect(closed.status).toBe("closed");
    expect(closed.actions.map((a: { storyId: string }) => a.storyId).sort()).toEqual([told.debt, told.anonymous].sort());
    expect(closed.conclusions).not.toContain("jan@example.nl");
    expect((await close(org.adminToken, closure)).status).toBe(409);

    const followUps = await json(app.request(`/api/v1/stories/${told.debt}/follow-ups`, { token: org.tokens.teller }));
    expect(followUps.items).toContainEqual(expect.objectContaining({ kind: "action", text: "Werkinstructie aanpassen" }));
    const receipt = await json(app.request(`/api/v1/receipts/${told.receiptToken}`));
    expect(receipt.followUps).toContainEqual(expect.objectContaining({ kind: "action", text: "Werkinstructie aanpassen" }));
  });

  it("is closed to tellers and invisible to other organizations", async () => {
    const session = await json(start(org.tokens.colleague, { storyIds: [told.debt] }));
    expect((await app.request(`/api/v1/intervision-sessions/${session.id}`, { token: org.tokens.teller })).status).toBe(403);
    for (const path of ["", "/qr-code", "/events"]) {
      const res = await app.request(`/api/v1/intervision-sessions/${session.id}${path}`, { token: other.adminToken });
      expect(res.status, path).toBe(404);
    }
    expect((await place(other.tokens.colleague, told.debt, session.id)).status).toBe(404);
    const list = await json(app.request("/api/v1/intervision-sessions", { token: other.adminToken }));
    expect(list.items).toEqual([]);
  });
});
