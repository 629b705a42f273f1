import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let collectionId: string;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  collectionId = (await makeCollection(app, org.adminToken)).collection.id;
});
afterAll(() => app.close());

const ndjson = (lines: unknown[]) => lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n");
const upload = (body: string, token = org.tokens.analyst, type = "application/x-ndjson") =>
  app.request(`/api/v1/collections/${collectionId}/story-imports`, { method: "POST", token, headers: { "content-type": type }, body });
const good = { text: "Geïmporteerd verhaal over werk.", answers: validAnswers, consent: { research: true }, toldAt: "2025-03-01T10:00:00+01:00" };

describe("NDJSON story import", () => {
  it("keeps good lines and reports bad lines by number", async () => {
    const res = await upload(ndjson([good, "{kapot", { ...good, answers: { ...validAnswers, hulp: [1, 1, 1] } }, "", good, { ...good, text: "" }]));
    expect(res.status).toBe(201);
    const result = await res.json();
    expect(result.imported).toBe(2);
    expect(result.rejected.map((r: { line: number }) => r.line)).toEqual([2, 3, 6]);
    // Named by the question's own words, in the reader's language (Dutch unless asked otherwise).
    expect(result.rejected[1].reason).toMatch(/^Wat hielp\? \S/);
    expect(result.rejected[1].reason).not.toContain("answers.hulp");
    expect(result.rejected[2].reason).toMatch(/^Verhaal: /);
    const english = await app.request(`/api/v1/collections/${collectionId}/story-imports?dryRun=true`, {
      method: "POST", token: org.tokens.analyst, headers: { "content-type": "application/x-ndjson", "accept-language": "en" }, body: ndjson([{ ...good, text: "" }]),
    });
    expect((await english.json()).rejected[0].reason).toMatch(/^Story: /);
    const stories = await json(app.request(`/api/v1/stories?collectionId=${collectionId}`, { token: org.adminToken }));
    expect(stories.items).toHaveLength(2);
    expect(stories.items[0]).toMatchObject({ channel: "import", toldAt: "2025-03-01T09:00:00.000Z" });
  });

  it("imports in batches beyond one batch", async () => {
    const res = await upload(ndjson(Array.from({ length: 1203 }, (_, i) => ({ ...good, title: `Verhaal ${i}` }))));
    expect((await res.json()).imported).toBe(1203);
  });

  it("is for analysts and admins, and needs NDJSON", async () => {
    expect((await upload(ndjson([good]), org.tokens.colleague)).status).toBe(403);
    expect((await upload(ndjson([good]), org.adminToken, "text/plain")).status).toBe(415);
  });
});

const fixture = (name: string) => readFileSync(new URL(`../../core/import/fixtures/${name}`, import.meta.url), "utf8");
const csvUpload = async (query: string, body: string, token = org.tokens.analyst) => {
  const { collection } = await makeCollection(app, org.adminToken);
  const send = (q: string) => app.request(`/api/v1/collections/${collection.id}/story-imports?${q}`, { method: "POST", token, headers: { "content-type": "text/csv" }, body });
  return { collectionId: collection.id as string, first: await send(query), send };
};

describe("peer CSV imports", () => {
  it("a dry run reports each column's mapping, the answers left out with their row and question, and stores nothing", async () => {
    const { collectionId: id, first } = await csvUpload("dryRun=true", fixture("narrafirma.csv"));
    expect(first.status).toBe(200);
    const report = await first.json();
    expect(report).toMatchObject({ dryRun: true, format: "narrafirma", rows: 3, accepted: 3, imported: 0, alreadyImported: 0, keptWhole: 2, rejected: [] });
    expect(report.problems.map((p: { reason: string }) => p.reason)).toEqual([
      "rij 5, Wie had de regie?: „honderd” is geen getal", "rij 5, Waarover?: „Vakantie” is geen keuze bij deze vraag",
      "rij 5, Cijfer: „9” valt buiten het bereik van deze vraag",
    ]);
    expect(report.troubleColumns.map((c: { header: string; count: number }) => [c.header, c.count])).toEqual([["Wie had de regie?", 1], ["Waarover?", 1], ["Cijfer", 1]]);
    expect(report.columns.find((c: { header: string }) => c.header === "tags / B")).toMatchObject({ target: "answers.tags.b", status: "mapped" });
    expect(report.columns.find((c: { header: string }) => c.header === "Wat hielp?")).toMatchObject({ target: null, status: "ignored" });
    expect(report.unmappedSignifiers).toEqual(["hulp", "aanpak"]);
    expect(report.targets.map((t: { target: string }) => t.target)).toContain("answers.hulp.1");
    const stories = await json(app.request(`/api/v1/stories?collectionId=${id}`, { token: org.adminToken }));
    expect(stories.items).toHaveLength(0);
  });

  it("imports a SenseMaker-style file once, a bad triad costing only that answer: a second import stores nothing new", async () => {
    const { collectionId: id, first, send } = await csvUpload("format=sensemaker", fixture("sensemaker.csv"));
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ imported: 3, rejected: [], keptWhole: 2, problems: [{ row: 4, code: "triadSum" }] });
    const again = await (await send("format=sensemaker")).json();
    expect(again).toMatchObject({ accepted: 3, imported: 0, alreadyImported: 3 });
    const stories = await json(app.request(`/api/v1/stories?collectionId=${id}`, { token: org.adminToken }));
    expect(stories.items).toHaveLength(3);
    expect(stories.items.find((s: { title: string }) => s.title === "Scheef").answers).not.toHaveProperty("hulp");
    const samen = stories.items.find((s: { title: string }) => s.title === "Samen");
    expect(samen).toMatchObject({ channel: "import", answers: { hulp: [0.2, 0.5, 0.3], regie: 0.7, situatie: "schulden" } });
  });

  it("takes overrides of the suggested mapping and reports targets that do not exist", async () => {
    const { first } = await csvUpload("dryRun=true&mapping=1:,9:answers.nope", fixture("sensemaker.csv"));
    const report = await first.json();
    expect(report.columns[1]).toMatchObject({ header: "Title", target: null, status: "ignored" });
    expect(report.columns[9]).toMatchObject({ header: "Extra", target: "answers.nope", status: "unknownTarget" });
  });

  it("refuses a file that is not CSV and a bad mapping with problem+json", async () => {
    const { first } = await csvUpload("dryRun=true", 'Story text,"kapot\nnog meer');
    expect(first.status).toBe(400);
    expect((await first.json()).invalidParams[0].code).toBe("invalidCsv");
    const bad = await csvUpload("mapping=drop%20table", fixture("sensemaker.csv"));
    expect(bad.first.status).toBe(400);
  });
});

describe("NDJSON import again", () => {
  it("stores nothing twice, but keeps two identical lines of one file", async () => {
    const { collection } = await makeCollection(app, org.adminToken);
    const send = () => app.request(`/api/v1/collections/${collection.id}/story-imports`, { method: "POST", token: org.tokens.analyst, headers: { "content-type": "application/x-ndjson" }, body: ndjson([good, good]) });
    expect(await (await send()).json()).toMatchObject({ imported: 2, alreadyImported: 0 });
    expect(await (await send()).json()).toMatchObject({ imported: 0, alreadyImported: 2 });
  });
});
