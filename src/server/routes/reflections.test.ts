import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collection: { id: string; slug: string };

const tellPublic = async (answers: Record<string, unknown>) =>
  json(app.request(`/api/v1/public-collections/${collection.slug}/stories`, { method: "POST", json: { text: "Een verhaal.", answers, consent: { research: true } } }));
const tokenOf = (told: { receiptUrl: string }) => told.receiptUrl.split("/bon/")[1]!;
const reflectionOf = (told: { receiptUrl: string }) => json(app.request(`/api/v1/receipts/${tokenOf(told)}/reflection`));
const itemOf = (reflection: { items: { signifierId: string }[] }, id: string) => reflection.items.find((i) => i.signifierId === id) as Record<string, any>;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  collection = (await makeCollection(app, org.adminToken)).collection;
});
afterAll(() => app.close());

describe("reflection for the teller", () => {
  it("withholds the distribution while fewer stories than the small-group threshold (5) exist", async () => {
    const first = await tellPublic(validAnswers);
    const reflection = await reflectionOf(first);
    const triad = itemOf(reflection, "hulp");
    expect(triad).toMatchObject({ type: "triad", own: [0.2, 0.5, 0.3], density: null, mean: null, prompt: { code: "tooFewStories" } });
    expect(itemOf(reflection, "regie")).toMatchObject({ type: "dyad", counts: null, prompt: { code: "tooFewStories" } });
    // One story answered: below k the number itself is hidden too.
    for (const item of reflection.items) expect(item.answered).toBeNull();
    expect(reflection.items.map((i: { signifierId: string }) => i.signifierId)).toEqual(["hulp", "regie", "cijfer"]);
    // The questions are in the framework's language, which the receipt page marks up (WCAG 3.1.2).
    expect(reflection.language).toBe("nl");
  });

  it("places the own answers among the others and words the difference as a prompt", async () => {
    // Nine stories lean towards "Regels" with "regie" at 0.8 and cijfer 4; the teller's answers differ.
    for (let i = 0; i < 9; i++) await tellPublic({ ...validAnswers, hulp: [0.8, 0.1, 0.1], regie: 0.8, cijfer: 4 });
    const mine = await tellPublic({ ...validAnswers, hulp: [0.1, 0.1, 0.8], regie: 0.05, cijfer: 5 });
    // The index takes a story in just after its write is acknowledged.
    let reflection = await reflectionOf(mine);
    for (let tries = 0; (itemOf(reflection, "hulp").answered ?? 0) < 11 && tries < 50; tries++) {
      await new Promise((r) => setTimeout(r, 20));
      reflection = await reflectionOf(mine);
    }
    const triad = itemOf(reflection, "hulp");
    expect(triad.answered).toBe(11);
    expect(triad.density.values.length).toBeGreaterThan(0);
    expect(triad.prompt).toEqual({ code: "towardsCorner", corner: 2 });
    const dyad = itemOf(reflection, "regie");
    // Bins of 1 … 4 stories are hidden, and with them enough others that 11 minus the shown bins gives none back.
    const shown = (dyad.counts as (number | null)[]).filter((c): c is number => c !== null);
    expect(shown.every((c) => c === 0 || c >= 5)).toBe(true);
    const hiddenSum = 11 - shown.reduce((a, b) => a + b, 0);
    expect(hiddenSum === 0 || hiddenSum >= 5).toBe(true);
    expect(dyad.counts).toContain(null);
    expect(dyad.prompt).toEqual({ code: "lowEnd" });
    expect(itemOf(reflection, "cijfer").prompt).toEqual({ code: "highEnd" });
  });

  it("answers a signed-in teller for their own story only, and nobody without the receipt", async () => {
    const id = (await json(app.request(`/api/v1/collections/${collection.id}/stories`, {
      method: "POST", token: org.tokens.teller, json: { text: "Eigen verhaal.", answers: validAnswers, consent: { research: true } },
    }))).id;
    const own = await app.request(`/api/v1/stories/${id}/reflection`, { token: org.tokens.teller });
    expect(own.status).toBe(200);
    expect(itemOf(await own.json(), "hulp").prompt.code).not.toBe("tooFewStories");
    const anonymousStory = (await tellPublic(validAnswers)).id;
    expect((await app.request(`/api/v1/stories/${anonymousStory}/reflection`, { token: org.tokens.teller })).status).toBe(404);
    expect((await app.request(`/api/v1/receipts/${anonymousStory}.${"x".repeat(32)}/reflection`)).status).toBe(404);
  });
});
