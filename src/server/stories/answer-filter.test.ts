// The story list narrowed by answer conditions (GET /stories?answers=…): the same stories the pattern
// routes count, so a dashboard's bar of n stories lists exactly those n.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collection: { id: string };
let framework: { id: string };
/** A second collection on the same framework, told by professionals. */
let professionals: { id: string };

const stories = [
  { text: "Schulden, ik had de regie", situatie: "schulden", regie: 0.2, hulp: [0.8, 0.1, 0.1], research: true },
  { text: "Werk, de inwoner had de regie", situatie: "werk", regie: 0.8, hulp: [0.1, 0.1, 0.8], research: true },
  { text: "Schulden zonder toestemming voor onderzoek", situatie: "schulden", regie: 0.3, hulp: [0.8, 0.1, 0.1], research: false },
];

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection, framework } = await makeCollection(app, org.adminToken));
  professionals = await json(app.request("/api/v1/collections", {
    method: "POST", token: org.adminToken, json: { name: "Wijkteam", frameworkId: framework.id, audience: "professionals", anonymous: false },
  }));
  for (const s of stories) await tell(collection.id, s);
  await tell(professionals.id, professionalStory);
});
afterAll(() => app.close());

const professionalStory = { text: "Schulden, verteld door een wijkcoach", situatie: "schulden", regie: 0.4, hulp: [0.6, 0.2, 0.2], research: true };

async function tell(collectionId: string, s: (typeof stories)[number]) {
  const res = await app.request(`/api/v1/collections/${collectionId}/stories`, {
    method: "POST", token: org.tokens.teller,
    json: { text: s.text, answers: { situatie: s.situatie, regie: s.regie, hulp: s.hulp }, consent: { research: s.research } },
  });
  expect(res.status).toBe(201);
}

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

  it("lists across every collection of a framework, narrowed by audience, as the framework's pattern routes count", async () => {
    const schulden = encodeURIComponent(JSON.stringify([{ signifierId: "situatie", options: ["schulden"] }]));
    const across = (extra = "") => json(app.request(`/api/v1/stories?frameworkId=${framework.id}&answers=${schulden}${extra}`, { token: org.tokens.colleague }));
    expect((await across()).items.map((s: { text: string }) => s.text).sort()).toEqual([stories[0]!.text, professionalStory.text].sort());
    expect((await across("&audience=professionals")).items.map((s: { text: string }) => s.text)).toEqual([professionalStory.text]);
    const counted = await json(app.request(`/api/v1/frameworks/${framework.id}/distributions?signifierId=situatie`, { token: org.tokens.analyst }));
    expect(counted.options.find((o: { id: string }) => o.id === "schulden").count).toBe(2);
  });

  it("answers 404 for another organization's framework", async () => {
    const other = await makeOrganization(app, org.operatorToken);
    const { framework: theirs } = await makeCollection(app, other.adminToken);
    const answers = encodeURIComponent(JSON.stringify([{ signifierId: "situatie", options: ["schulden"] }]));
    expect((await app.request(`/api/v1/stories?frameworkId=${theirs.id}&answers=${answers}`, { token: org.tokens.colleague })).status).toBe(404);
  });
});
