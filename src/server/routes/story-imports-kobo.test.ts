// KoboToolbox through the API: a framework from an XLSForm (XLSX), then Kobo's CSV data export into a
// collection of it with the default mapping; counts as in the fixtures (see core/import/kobo.test.ts).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workbook } from "../../core/export/xlsx.ts";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const fixture = (name: string) => readFileSync(new URL(`../../core/import/fixtures/${name}`, import.meta.url));

let app: TestApp;
let org: Organization;
let frameworkId: string;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
});
afterAll(() => app.close());

const importForm = (query: string, body: BodyInit, lang = "nl", type = XLSX) =>
  app.request(`/api/v1/framework-imports?${query}`, { method: "POST", token: org.adminToken, headers: { "content-type": type, "accept-language": lang }, body });

describe("a framework from an XLSForm", () => {
  it("a dry run shows the Dutch framework, its notes in the caller's language and the translations; then it is stored", async () => {
    const dry = await importForm("dryRun=true", new Blob([fixture("kobo-xlsform.xlsx")]), "en");
    expect(dry.status).toBe(200);
    const report = await dry.json();
    expect(report.frameworkId).toBeUndefined();
    expect(report.definition).toMatchObject({ name: "Geholpen voelen", language: "nl", prompts: [{ id: "verhaal" }] });
    expect(report.definition.signifiers.map((s: { id: string }) => s.id)).toEqual(["gevoel", "hulp", "hulp_anders", "regie", "leeftijd", "terugbellen"]);
    expect(report.notes.map((n: { reason: string }) => n.reason)).toContain("row 13, plek: the question type \"geopoint\" is not supported; this question is left out");
    expect(report.translations[0]).toMatchObject({ language: "en", questions: { hulp: "What helped?" } });

    const made = await importForm("", new Blob([fixture("kobo-xlsform.xlsx")]));
    expect(made.status).toBe(201);
    const stored = await made.json();
    expect(stored.notes.map((n: { reason: string }) => n.reason)).toContain("rij 13, plek: het vraagtype „geopoint” kennen we niet; deze vraag is weggelaten");
    frameworkId = stored.frameworkId;
  });

  it("refuses a workbook that is no XLSForm and a file that is no workbook, in Dutch and English", async () => {
    const noSurvey = await importForm("", new Blob([fixture("pyxform/LICENSE")]), "nl");
    expect(noSurvey.status).toBe(400);
    const nl = await noSurvey.json();
    expect(nl.invalidParams[0]).toMatchObject({ code: "invalidForm" });
    const en = await (await importForm("", new Blob([fixture("pyxform/LICENSE")]), "en")).json();
    expect(nl.invalidParams[0].reason).toBe("Dit is geen Excel-bestand (XLSX).");
    expect(en.invalidParams[0].reason).toBe("This is not an Excel file (XLSX).");
    const sheetless = await importForm("", new Blob([workbook([{ name: "data", rows: [["a"]] }]) as Uint8Array<ArrayBuffer>]), "nl");
    expect((await sheetless.json()).invalidParams[0].reason).toBe("Dit is geen XLSForm: er is geen blad survey.");
    const wrongType = await importForm("", "x", "nl", "application/pdf");
    expect(wrongType.status).toBe(415);
    expect((await wrongType.json()).detail).toBe("Stuur een CSV-bestand (NarraFirma) of een XLSX-bestand (XLSForm).");
  });
});

describe("Kobo's data export", () => {
  const upload = async (query: string, lang: string) => {
    const collection = await json(app.request("/api/v1/collections", { method: "POST", token: org.adminToken, json: { name: `Kobo ${query}${lang}`, frameworkId, audience: "clients", anonymous: true } }));
    const res = await app.request(`/api/v1/collections/${collection.id}/story-imports?${query}`, {
      method: "POST", token: org.tokens.analyst, headers: { "content-type": "text/csv", "accept-language": lang }, body: fixture("kobo-export.csv").toString("utf8"),
    });
    return { collectionId: collection.id as string, res };
  };

  it("a dry run counts what the file holds and stores nothing", async () => {
    const { collectionId, res } = await upload("dryRun=true", "nl");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ format: "kobo", rows: 7, accepted: 6, imported: 0, keptWhole: 3, unmappedSignifiers: [] });
    expect((await json(app.request(`/api/v1/stories?collectionId=${collectionId}`, { token: org.adminToken }))).items).toHaveLength(0);
  });

  it("stores six of seven stories with their answers; bad cells cost answers, reported in Dutch and in English", async () => {
    const { collectionId, res } = await upload("", "nl");
    expect(res.status).toBe(201);
    const report = await res.json();
    expect(report).toMatchObject({ imported: 6, alreadyImported: 0, keptWhole: 3 });
    expect(report.rejected).toEqual([{ line: 7, reason: "rij 7, verhaal_groep/verhaal: in deze rij staat geen verhaal; de rij is overgeslagen" }]);
    expect(report.problems.map((p: { reason: string }) => p.reason)).toEqual([
      "rij 4, regie (Hoeveel regie had je?): „12” valt buiten het bereik van deze vraag",
      "rij 5, gevoel (Hoe voelde je je daarna?): „boos” is geen keuze bij deze vraag",
      "rij 6, leeftijd (Hoe oud ben je?): „veertig” is geen getal",
    ]);
    const stories = (await json(app.request(`/api/v1/stories?collectionId=${collectionId}&limit=100`, { token: org.adminToken }))).items;
    expect(stories).toHaveLength(6);
    const first = stories.find((s: { text: string }) => s.text.startsWith("Na de verhuizing"));
    expect(first.answers).toEqual({ gevoel: "goed", hulp: ["buurt", "wijkteam"], regie: 7, leeftijd: 34, terugbellen: "q_1" });
    const again = await upload("dryRun=true", "en");
    const english = await again.res.json();
    expect(english.problems[1].reason).toBe("row 5, gevoel (Hoe voelde je je daarna?): \"boos\" is not an option of this question");
    expect(english.rejected[0].reason).toBe("row 7, verhaal_groep/verhaal: this row holds no story; the row is skipped");
  });
});

describe("import reasons in the caller's language", () => {
  it("names a line that is no JSON and a wrong media type in Dutch and in English", async () => {
    const collection = await json(app.request("/api/v1/collections", { method: "POST", token: org.adminToken, json: { name: "Talen", frameworkId, audience: "clients", anonymous: true } }));
    const send = (lang: string, type = "application/x-ndjson") => app.request(`/api/v1/collections/${collection.id}/story-imports?dryRun=true`, {
      method: "POST", token: org.tokens.analyst, headers: { "content-type": type, "accept-language": lang }, body: "{kapot\n",
    });
    expect((await (await send("nl")).json()).rejected[0].reason).toMatch(/^Deze regel is geen geldige JSON: /);
    expect((await (await send("en")).json()).rejected[0].reason).toMatch(/^This line is not valid JSON: /);
    const wrong = await send("nl", "text/plain");
    expect(wrong.status).toBe(415);
    expect((await wrong.json()).detail).toBe("Stuur een NDJSON-bestand (application/x-ndjson) of een CSV-bestand (text/csv).");
  });
});
