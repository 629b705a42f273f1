import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HashingEmbedder } from "../../core/text/embeddings.ts";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collectionId: string;
const ids: Record<string, string> = {};

const tell = async (token: string, text: string, answers: Record<string, unknown>, research = true) => {
  const res = await app.request(`/api/v1/collections/${collectionId}/stories`, { method: "POST", token, json: { text, answers, consent: { research } } });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
};
const similar = (id: string, token: string, lang = "nl") =>
  app.request(`/api/v1/stories/${id}/similar`, { token, headers: { "accept-language": lang } });

const debts = { ...validAnswers, hulp: [0.2, 0.5, 0.3], situatie: "schulden" };
const work = { ...validAnswers, hulp: [1, 0, 0], regie: 0, situatie: "werk", tags: ["b"], cijfer: 1 };

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection: { id: collectionId } } = await makeCollection(app, org.adminToken));
  ids.source = await tell(org.adminToken, "Mevrouw had schulden en een brief van de bewindvoerder. Samen belden we de bewindvoerder over de schulden.", debts);
  ids.close = await tell(org.adminToken, "Een brief over schulden: de bewindvoerder maakte met haar een plan.", { ...debts, hulp: [0.25, 0.45, 0.3] });
  ids.far = await tell(org.adminToken, "De fiets stond in de regen bij de school.", work);
  ids.answersOnly = await tell(org.adminToken, "We dronken koffie en keken naar foto's.", debts);
  ids.stranger = await tell(org.adminToken, "Hij zei dat we morgen gaan zwemmen.", { ...work, gevoel: { inwoner: [0.9, 0.1] } });
  ids.tellerOwn = await tell(org.tokens.teller, "Ik had schulden, de bewindvoerder stuurde een brief.", debts, false);
  ids.tellerOther = await tell(org.tokens.teller, "Weer een brief over schulden en de bewindvoerder.", debts, false);
});
afterAll(() => app.close());

describe("similar stories", () => {
  it("ranks stories with shared words and close answers first, with a reason in plain Dutch", async () => {
    const res = await similar(ids.source!, org.tokens.colleague);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.embeddings).toBe(false);
    expect(body.items[0].id).toBe(ids.close);
    const close = body.items[0];
    expect(close.sharedWords).toEqual(expect.arrayContaining(["schulden", "bewindvoerder", "brief"]));
    expect(close.reason).toMatch(/^gedeelde woorden: .*schulden/);
    expect(close.reason).toContain("driehoek dichtbij (Wat hielp?)");
    expect(close.signification).toContainEqual({ kind: "sameChoice", signifierId: "situatie", question: "Waarover?", options: ["Schulden"] });
    expect(close.parts.text).toBeGreaterThan(0.3);
    expect(close.parts.signification).toBeGreaterThan(0.9);
    // Sharing only answers still counts, below sharing words and answers; the far story ranks last.
    const order = body.items.map((i: { id: string }) => i.id);
    expect(order.indexOf(ids.answersOnly)).toBeGreaterThan(0);
    expect(order.indexOf(ids.far)).toBe(order.length - 1);
    const scores = body.items.map((i: { score: number }) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("leaves out a story that shares only stop words such as \"we\" and \"zei\" and no answers", async () => {
    const body = await json(similar(ids.source!, org.tokens.colleague));
    expect(body.items.map((i: { id: string }) => i.id)).not.toContain(ids.stranger);
    for (const item of body.items) expect(item.sharedWords).not.toContain("we");
    // Only the story that answered alike remains for it.
    const alone = await json(similar(ids.stranger!, org.tokens.colleague));
    expect(alone.items.map((i: { id: string }) => i.id)).toEqual([ids.far]);
    expect(alone.items[0].sharedWords).toEqual([]);
  });

  it("gives the reason in English when asked", async () => {
    const body = await json(similar(ids.source!, org.tokens.colleague, "en"));
    // Words first, then at most three close answers, in the framework's order.
    expect(body.items[0].reason).toBe("shared words: bewindvoerder, schulden, brief; close triad position (Wat hielp?); close answer (Wie had de regie?); stones placed alike (Zet neer)");
    expect(body.items[0].signification.map((n: { kind: string }) => n.kind)).toEqual(["triadClose", "dyadClose", "stonesClose", "sameChoice", "sameChoice", "scaleClose"]);
  });

  it("leaves out other tellers' stories without research consent, and never shows the source itself", async () => {
    const order = (await json(similar(ids.source!, org.tokens.analyst))).items.map((i: { id: string }) => i.id);
    expect(order).not.toContain(ids.tellerOwn);
    expect(order).not.toContain(ids.tellerOther);
    expect(order).not.toContain(ids.source);
  });

  it("shows a teller only their own stories, including those without research consent", async () => {
    const body = await json(similar(ids.tellerOwn!, org.tokens.teller));
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([ids.tellerOther]);
    expect((await similar(ids.source!, org.tokens.teller)).status).toBe(404);
  });

  it("answers 404 for another organization's story and never lists its stories", async () => {
    const other = await makeOrganization(app, org.operatorToken);
    const { collection } = await makeCollection(app, other.adminToken);
    const res = await app.request(`/api/v1/collections/${collection.id}/stories`, {
      method: "POST", token: other.adminToken, json: { text: "Schulden, een brief en de bewindvoerder.", answers: debts, consent: { research: true } },
    });
    const foreign = (await res.json()).id;
    expect((await similar(foreign, org.adminToken)).status).toBe(404);
    const mine = (await json(similar(ids.source!, org.adminToken))).items.map((i: { id: string }) => i.id);
    expect(mine).not.toContain(foreign);
    const theirs = (await json(similar(foreign, other.adminToken))).items;
    expect(theirs).toEqual([]);
  });

  it("answers 401 without a caller and 400 for a malformed id", async () => {
    expect((await app.request(`/api/v1/stories/${ids.source}/similar`)).status).toBe(401);
    expect((await similar("not-a-uuid", org.adminToken)).status).toBe(400);
  });
});

describe("similar stories with an embedder", () => {
  let withEmbedder: TestApp;
  afterAll(() => withEmbedder?.close());

  it("blends in the embeddings' cosine", async () => {
    withEmbedder = await createTestApp({ embedder: new HashingEmbedder(128) });
    const o = await makeOrganization(withEmbedder);
    const { collection } = await makeCollection(withEmbedder, o.adminToken);
    const tellHere = async (text: string) => (await json(withEmbedder.request(`/api/v1/collections/${collection.id}/stories`, {
      method: "POST", token: o.adminToken, json: { text, answers: debts, consent: { research: true } },
    }))).id as string;
    const source = await tellHere("Schulden en een brief van de bewindvoerder.");
    const twin = await tellHere("Schulden en een brief van de bewindvoerder.");
    const body = await json(withEmbedder.request(`/api/v1/stories/${source}/similar`, { token: o.adminToken }));
    expect(body.embeddings).toBe(true);
    expect(body.items[0].id).toBe(twin);
    expect(body.items[0].parts.embedding).toBeCloseTo(1, 5);
    expect(body.items[0].reason).toContain("lijkt qua betekenis");
  });
});

describe("similar stories among many", () => {
  it("lists the ten most similar, best first", async () => {
    for (let i = 0; i < 12; i++) await tell(org.adminToken, `Verhaal ${i} over schulden en een brief van de bewindvoerder.`, debts);
    const body = await json(similar(ids.source!, org.tokens.colleague));
    expect(body.items).toHaveLength(10);
    const scores = body.items.map((i: { score: number }) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.items.map((i: { id: string }) => i.id)).not.toContain(ids.far); // 13 closer stories push it out
  });
});
