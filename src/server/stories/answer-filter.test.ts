// The story list narrowed by answer conditions (GET /stories?answers=…): the same stories the pattern
// routes count, so a dashboard's bar of n stories lists exactly those n.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization } from "../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let collection: { id: string };

const stories = [
  { text: "Schulden, ik had de regie", situatie: "schulden", regie: 0.2, hulp: [0.8, 0.1, 0.1], research: true },
  { text: "Werk, de inwoner had de regie", situatie: "werk", regie: 0.8, hulp: [0.1, 0.1, 0.8], research: true },
  { text: "Schulden zonder toestemming voor onderzoek", situatie: "schulden", regie: 0.3, hulp: [0.8, 0.1, 0.1], research: false },
];

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection } = await makeCollection(app, org.adminToken));
  for (const s of stories) {
    const res = await app.request(`/api/v1/collections/${collection.id}/stories`, {
      method: "POST", token: org.tokens.teller,
      json: { text: s.text, answers: { situatie: s.situatie, regie: s.regie, hulp: s.hulp }, consent: { research: s.research } },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => app.close());

const list = (query: string) =>
  app.request(`/api/v1/stories?collectionId=${collection.id}&${query}`, { token: org.tokens.colleague });
const texts = async (answers: unknown[], extra = "") =>
  (await json(list(`answers=${encodeURIComponent(JSON.stringify(answers))}${extra}`))).items.map((s: { text: string }) => s.text).sort();

describe("listing stories by answers", () => {
  it("lists the stories with a chosen option, only those with research consent", async () => {
    expect(await texts([{ signifierId: "situatie", options: ["schulden"] }])).toEqual([stories[0]!.text]);
  });

  it("lists a dyad range and a triad corner range", async () => {
    expect(await texts([{ signifierId: "regie", min: 0.5, max: 1 }])).toEqual([stories[1]!.text]);
    expect(await texts([{ signifierId: "hulp", corner: 2, min: 0.5 }])).toEqual([stories[1]!.text]);
    expect(await texts([{ signifierId: "hulp", corner: 0, min: 0.5 }, { signifierId: "regie", max: 0.5 }])).toEqual([stories[0]!.text]);
  });

  it("filters by channel", async () => {
    expect(await texts([{ signifierId: "regie", min: 0 }], "&channels=interview")).toEqual([]);
    expect(await texts([{ signifierId: "regie", min: 0 }], "&channels=web,interview")).toEqual([stories[0]!.text, stories[1]!.text].sort());
  });

  it("answers 400 for bad conditions or a missing collection", async () => {
    const answers = encodeURIComponent(JSON.stringify([{ signifierId: "situatie", options: ["schulden"] }]));
    expect((await app.request(`/api/v1/stories?answers=${answers}`, { token: org.tokens.colleague })).status).toBe(400);
    expect((await list("answers=%5Bkapot")).status).toBe(400);
    expect((await list(`answers=${encodeURIComponent(JSON.stringify([{ signifierId: "bestaat_niet", min: 0 }]))}`)).status).toBe(400);
    expect((await list(`answers=${encodeURIComponent(JSON.stringify([{ signifierId: "situatie", options: ["vakantie"] }]))}`)).status).toBe(400);
  });
});
