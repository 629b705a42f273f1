import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collectionId: string;

// Three topics in plain Dutch; each story uses some of its topic's words, so Dutch stemming must join
// "schulden" and "schuld", "bewindvoerder" and "bewindvoerders".
const topics = {
  schulden: ["schulden", "bewindvoerder", "brief", "betalen", "aflossen", "schuld", "bewindvoerders", "rekening"],
  werk: ["sollicitatie", "werkgever", "baan", "contract", "sollicitaties", "werkgevers", "proefperiode", "vacature"],
  school: ["school", "leerkracht", "klas", "ouders", "huiswerk", "scholen", "leerkrachten", "rapport"],
} as const;
const situation = { schulden: "schulden", werk: "werk", school: "werk" } as const;

const tell = (text: string, topic: keyof typeof topics, research = true) =>
  app.request(`/api/v1/collections/${collectionId}/stories`, {
    method: "POST", token: org.adminToken, json: { text, answers: { ...validAnswers, situatie: situation[topic] }, consent: { research } },
  });

const themes = (query = "", token = org.tokens.analyst) => app.request(`/api/v1/collections/${collectionId}/themes${query}`, { token });

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection: { id: collectionId } } = await makeCollection(app, org.adminToken));
  for (const [topic, words] of Object.entries(topics) as [keyof typeof topics, readonly string[]][]) {
    for (let i = 0; i < 10; i++) {
      const picked = [words[i % 8], words[(i + 1) % 8], words[(i + 3) % 8], words[(i + 6) % 8]];
      expect((await tell(`Vandaag ging het gesprek over ${picked.join(" en ")}.`, topic)).status).toBe(201);
    }
  }
  // Without research consent: never analysed.
  expect((await tell("Een brief over schulden en de bewindvoerder.", "schulden", false)).status).toBe(201);
});
afterAll(() => app.close());

describe("themes", () => {
  it("finds the three topics with their words and example stories", async () => {
    const res = await themes("?k=3&seed=1");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ matched: 30, analysed: 30, sampled: false, k: 3, seed: 1, unthemed: 0 });
    expect(body.themes).toHaveLength(3);
    for (const theme of body.themes) {
      const topic = Object.values(topics).find((words) => (words as readonly string[]).includes(theme.terms[0]))!;
      expect(topic).toBeDefined();
      expect(theme.size).toBe(10);
      expect(theme.terms.slice(0, 4).every((w: string) => (topic as readonly string[]).includes(w))).toBe(true);
      expect(theme.examples).toHaveLength(3);
      for (const example of theme.examples) expect(topic.some((w) => example.excerpt.includes(w))).toBe(true);
    }
    // Stemming joins singular and plural: one stem "schuld" for "schulden" and "schuld".
    const debts = body.themes.find((t: { stems: string[] }) => t.stems.includes("schuld"));
    expect(debts.stems.filter((s: string) => s.startsWith("schuld"))).toEqual(["schuld"]);
  });

  it("gives the same themes for the same seed and caps the stories analysed, saying so", async () => {
    const first = await json(themes("?k=3&seed=5&maxStories=12"));
    expect(first).toMatchObject({ matched: 30, analysed: 12, sampled: true, maxStories: 12 });
    expect(await json(themes("?k=3&seed=5&maxStories=12"))).toEqual(first);
    const sampleOf = (body: { themes: { examples: { id: string }[] }[] }) => body.themes.flatMap((t) => t.examples.map((e) => e.id)).sort();
    const other = await json(themes("?k=3&seed=6&maxStories=12"));
    expect(sampleOf(other)).not.toEqual(sampleOf(first));
  });

  it("takes the pattern filters", async () => {
    const answers = encodeURIComponent(JSON.stringify([{ signifierId: "situatie", options: ["schulden"] }]));
    const body = await json(themes(`?k=2&answers=${answers}`));
    expect(body.matched).toBe(10);
    expect((await themes("?answers=nope")).status).toBe(400);
    const unknown = encodeURIComponent(JSON.stringify([{ signifierId: "bestaat-niet", options: ["x"] }]));
    expect((await themes(`?answers=${unknown}`)).status).toBe(400);
    expect((await themes("?k=1")).status).toBe(400);
  });

  it("is for analysts, and another organization's collection answers 404", async () => {
    expect((await themes("", org.tokens.colleague)).status).toBe(403);
    expect((await themes("", org.adminToken)).status).toBe(200);
    const other = await makeOrganization(app, org.operatorToken);
    expect((await themes("", other.adminToken)).status).toBe(404);
  });
});
