// NarraFirma's two layouts through the API: the framework made from its story form, then the
// stories file (its import layout) and its export, each with the default mapping.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let frameworkId: string;

const fixture = (name: string) => readFileSync(new URL(`../../core/import/fixtures/${name}`, import.meta.url), "utf8");
const truth = JSON.parse(fixture("narrafirma-truth.json")) as { title: string; language: string; promptId: string; answers: Record<string, unknown> }[];

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  const made = await app.request("/api/v1/framework-imports?name=Contact%20met%20de%20gemeente&language=en", {
    method: "POST", token: org.adminToken, headers: { "content-type": "text/csv" }, body: fixture("narrafirma-form.csv"),
  });
  expect(made.status).toBe(201);
  frameworkId = (await made.json()).frameworkId;
});

describe("a framework from NarraFirma's story form", () => {
  it("a dry run shows it and stores nothing; a file that is no story form is refused with problem+json", async () => {
    const dry = await app.request("/api/v1/framework-imports?name=Proef&dryRun=true", { method: "POST", token: org.adminToken, headers: { "content-type": "text/csv" }, body: fixture("narrafirma-form.csv") });
    expect(dry.status).toBe(200);
    const report = await dry.json();
    expect(report.frameworkId).toBeUndefined();
    expect(report.definition.prompts.map((p: { id: string }) => p.id)).toEqual(["moment", "surprise", "contact"]);
    const frameworks = (await json(app.request("/api/v1/frameworks", { token: org.adminToken }))).items;
    expect(frameworks.map((f: { name: string }) => f.name)).not.toContain("Proef");
    const bad = await app.request("/api/v1/framework-imports?name=Kapot", { method: "POST", token: org.adminToken, headers: { "content-type": "text/csv" }, body: "a,b\n1,2\n" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).invalidParams[0].code).toBe("invalidForm");
    const analyst = await app.request("/api/v1/framework-imports?name=Proef", { method: "POST", token: org.tokens.analyst, headers: { "content-type": "text/csv" }, body: fixture("narrafirma-form.csv") });
    expect(analyst.status).toBe(403);
  });
});
afterAll(() => app.close());

async function upload(file: string, query: string, lang = "nl") {
  const collection = await json(app.request("/api/v1/collections", { method: "POST", token: org.adminToken, json: { name: "NarraFirma", frameworkId, audience: "clients", anonymous: true } }));
  const res = await app.request(`/api/v1/collections/${collection.id}/story-imports?${query}`, {
    method: "POST", token: org.tokens.analyst, headers: { "content-type": "text/csv", "accept-language": lang }, body: file.endsWith(".csv") ? fixture(file) : file,
  });
  return { collectionId: collection.id as string, res };
}

describe.each(["narrafirma-stories.csv", "narrafirma-export.csv"])("NarraFirma's %s", (file) => {
  it("stores every story with its title, language, prompt and answers as the file holds them", async () => {
    const { collectionId, res } = await upload(file, "");
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ format: "narrafirma", rows: truth.length, imported: truth.length, keptWhole: truth.length, rejected: [], problems: [] });
    const stories = (await json(app.request(`/api/v1/stories?collectionId=${collectionId}&limit=100`, { token: org.adminToken }))).items;
    expect(stories).toHaveLength(truth.length);
    for (const t of truth) {
      const story = stories.find((s: { title: string }) => s.title === t.title);
      expect(story).toMatchObject({ language: t.language, promptId: t.promptId, answers: t.answers });
    }
  });
});

describe("a NarraFirma dry run", () => {
  it("says which answers it leaves out, in English too, and what name removal changes in which story", async () => {
    const text = fixture("narrafirma-stories.csv").replace(",11,55,under 30", ",veel,55,under 30")
      .replace("Een luisterend oor,", "Een luisterend oor bij mevrouw Jansen,")
      .replace("a bit of both,My cousin", "a bit of both. So can I. So said Mrs Jansen,My cousin");
    const { collectionId, res } = await upload(text, "dryRun=true", "en");
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ accepted: truth.length, keptWhole: truth.length - 1 });
    expect(report.problems.map((p: { reason: string }) => p.reason)).toEqual(["row 3, Control (Who was in control?): \"veel\" is not a number"]);
    // A write-in is a text others read too: its change is listed with the question it answers.
    expect(report.redactions).toEqual([{ line: 4, field: "title", removed: ["Jansen"] }, { line: 9, field: "answers.writein_feeling", removed: ["Jansen"] }]);
    expect(report.redactionsNotListed).toBe(0);
    expect((await json(app.request(`/api/v1/stories?collectionId=${collectionId}`, { token: org.adminToken }))).items).toHaveLength(0);
  });
});
