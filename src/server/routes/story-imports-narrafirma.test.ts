// NarraFirma's two layouts through the API: the framework made from its story form, then the
// stories file (its import layout) and its export, each with the default mapping.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameworkFromNarraFirmaForm } from "../../core/import/narrafirma-form.ts";
import { json, makeOrganization, type Organization } from "../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let frameworkId: string;

const fixture = (name: string) => readFileSync(new URL(`../../core/import/fixtures/${name}`, import.meta.url), "utf8");
const truth = JSON.parse(fixture("narrafirma-truth.json")) as { title: string; language: string; promptId: string; answers: Record<string, unknown> }[];

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  const { definition } = frameworkFromNarraFirmaForm(fixture("narrafirma-form.csv"), { name: "Contact met de gemeente", language: "en" });
  frameworkId = (await json(app.request("/api/v1/frameworks", { method: "POST", token: org.adminToken, json: definition }))).id;
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
      .replace("Een luisterend oor,", "Een luisterend oor bij mevrouw Jansen,");
    const { collectionId, res } = await upload(text, "dryRun=true", "en");
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ accepted: truth.length, keptWhole: truth.length - 1 });
    expect(report.problems.map((p: { reason: string }) => p.reason)).toEqual(["row 3, Control (Who was in control?): \"veel\" is not a number"]);
    expect(report.redactions).toEqual([{ line: 4, field: "title", removed: ["Jansen"] }]);
    expect((await json(app.request(`/api/v1/stories?collectionId=${collectionId}`, { token: org.adminToken }))).items).toHaveLength(0);
  });
});
