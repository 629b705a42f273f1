// NarraFirma's story form with import rows and annotation questions through the API: the framework
// import keeps the rows as import options and says so in the caller's language; the stories file
// then imports with the default mapping as they say, on a dry run (200, nothing stored) and for real (201).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let frameworkId: string;

const fixture = (name: string) => readFileSync(new URL(`../../core/import/fixtures/${name}`, import.meta.url), "utf8");

const importForm = (query: string, lang: string) => app.request(`/api/v1/framework-imports?name=Hulp&language=en${query}`, {
  method: "POST", token: org.adminToken, headers: { "content-type": "text/csv", "accept-language": lang }, body: fixture("narrafirma-options-form.csv"),
});

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  const made = await importForm("", "nl");
  expect(made.status).toBe(201);
  frameworkId = (await made.json()).frameworkId;
});
afterAll(() => app.close());

describe("a framework from a NarraFirma story form with import rows", () => {
  it("keeps the rows as the framework's import options, its annotation questions for colleagues, and says so in Dutch and English", async () => {
    const nl = await (await importForm("&dryRun=true", "nl")).json();
    expect(nl.definition.importOptions).toMatchObject({ columns: { title: "Kop", text: "Vertelling" }, minWords: 5, ignore: ["Interviewer", "Sector"] });
    expect(nl.definition.signifiers.filter((s: { audience: string }) => s.audience === "interpreter").map((s: { id: string }) => s.id)).toEqual(["theme", "staff_note"]);
    expect(nl.notes.map((n: { reason: string }) => n.reason)).toContain("rij 16, Minimum words to include story: een verhaal met minder dan 5 woorden lezen we niet in");
    expect(nl.notes.map((n: { reason: string }) => n.reason)).toContain("rij 5, Theme: dit is een vraag voor collega's die de verhalen duiden („Which theme does this story touch?”); vertellers zien hem niet");
    const en = await (await importForm("&dryRun=true", "en")).json();
    expect(en.notes.map((n: { reason: string }) => n.reason)).toContain("row 14, Data columns to ignore: these columns are skipped when the stories are read: Interviewer, Sector");
    // Stored, the options come back with the framework.
    const stored = await json(app.request(`/api/v1/frameworks/${frameworkId}`, { token: org.adminToken }));
    expect(stored.importOptions).toMatchObject({ delimiter: "#", yesIndicator: "X", appendToText: [{ column: "Follow-up", before: "Later:" }, { column: "Extra" }] });
  });
});

async function upload(query: string, lang: string) {
  const collection = await json(app.request("/api/v1/collections", { method: "POST", token: org.adminToken, json: { name: "Hulp", frameworkId, audience: "clients", anonymous: true } }));
  const res = await app.request(`/api/v1/collections/${collection.id}/story-imports?${query}`, {
    method: "POST", token: org.tokens.analyst, headers: { "content-type": "text/csv", "accept-language": lang }, body: fixture("narrafirma-options-stories.csv"),
  });
  return { collectionId: collection.id as string, res };
}

describe("its stories file with the default mapping", () => {
  it("a dry run says what the form's options do, naming questions by label, in Dutch and English, and stores nothing", async () => {
    const { collectionId, res } = await upload("dryRun=true", "nl");
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ format: "narrafirma", rows: 3, accepted: 2, keptWhole: 2, problems: [] });
    expect(report.rejected).toEqual([{ line: 4, reason: "rij 4, Vertelling: het verhaal heeft 4 woorden, minder dan de 5 die het vragenformulier vraagt; de rij is overgeslagen" }]);
    const reasons = report.importOptions.map((n: { reason: string }) => n.reason);
    expect(reasons).toContain("kolom „[Q5] Feel” geeft de antwoorden op „How did you feel?”, zoals het vragenformulier zegt");
    expect(reasons).toContain("kolom „Follow-up” komt achter de tekst van het verhaal, na „Later:”");
    expect(reasons).toContain("1 verhaal heeft minder dan 5 woorden; dat lezen we niet in");
    expect(reasons).toContain("kolom „Theme” heeft antwoorden van collega's op „Which theme does this story touch?”; die lezen we niet in bij de verhalen");
    expect((await json(app.request(`/api/v1/stories?collectionId=${collectionId}`, { token: org.adminToken }))).items).toHaveLength(0);

    const en = await (await upload("dryRun=true", "en")).res.json();
    expect(en.rejected[0].reason).toBe("row 4, Vertelling: the story has 4 words, fewer than the 5 the story form asks for; the row is skipped");
    expect(en.importOptions.map((n: { reason: string }) => n.reason)).toContain("column \"Sector\" is skipped, as the story form says");
  });

  it("stores the stories as the options say: fields from their columns, appended texts, the named delimiter and yes indicator", async () => {
    const { collectionId, res } = await upload("", "en");
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ imported: 2, rejected: [{ line: 4 }] });
    const stories = (await json(app.request(`/api/v1/stories?collectionId=${collectionId}&limit=10`, { token: org.adminToken }))).items;
    expect(stories.map((s: { title: string }) => s.title).sort()).toEqual(["Kind words", "Long queue"]);
    expect(stories.find((s: { title: string }) => s.title === "Long queue")).toMatchObject({
      text: "I waited for an hour at the counter and nobody told me why. Later: I went back the next week. --- It was raining.",
      language: "en", promptId: "q1", answers: { feeling: ["calm", "angry"], help: ["money", "time"], score: 7, region: "north" },
    });
    expect(stories.find((s: { title: string }) => s.title === "Kind words")).toMatchObject({ language: "nl", promptId: "q2", answers: { help: ["advice"] } });
  });
});
