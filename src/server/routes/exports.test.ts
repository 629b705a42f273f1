import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collection: { id: string; slug: string };
let framework: { id: string };

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection, framework } = await makeCollection(app, org.adminToken));
  const tell = (body: Record<string, unknown>) => app.request(`/api/v1/collections/${collection.id}/stories`, {
    method: "POST", token: org.adminToken, json: { answers: validAnswers, consent: { research: true }, ...body },
  });
  await tell({ text: "Eerste, met \"quotes\", komma's\nen een regel.", subjectRef: "KLANT-4242" });
  await tell({ text: "=HYPERLINK(\"http://x\")", answers: { ...validAnswers, hulp: null, tags: ["a", "b"] } });
  await tell({ text: "Geen toestemming voor onderzoek.", consent: { research: false } });
});
afterAll(() => app.close());

const exportAs = (format: string, token = org.tokens.analyst) => app.request(`/api/v1/collections/${collection.id}/exports?format=${format}`, { token });

describe("research exports", () => {
  it("writes CSV with a column per answer component, only consented stories, formulas neutralised", async () => {
    const res = await exportAs("csv");
    expect(res.headers.get("content-type")).toContain("text/csv");
    const csv = await res.text();
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    const header = lines[0]!.split(",");
    expect(header).toEqual(expect.arrayContaining(["id", "toldAt", "hulp.1", "hulp.2", "hulp.3", "regie", "gevoel.inwoner.x", "gevoel.inwoner.y", "situatie", "tags.a", "tags.b", "cijfer", "les"]));
    expect(csv).toContain('"Eerste, met ""quotes"", komma\'s\nen een regel."');
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toContain("Geen toestemming");
    expect(csv).not.toContain("KLANT-4242");
  });

  it("writes XLSX with a stories sheet and a codebook sheet", async () => {
    const res = await exportAs("xlsx");
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(strFromU8(files["xl/workbook.xml"]!)).toContain('name="Codeboek"');
    const stories = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(stories.match(/<row /g)).toHaveLength(3);
    const codebook = strFromU8(files["xl/worksheets/sheet2.xml"]!);
    expect(codebook).toContain("hulp.1");
    expect(codebook).toContain("Wat hielp? — weight of &quot;Regels&quot;");
  });

  it("writes JSON with the codebook and one object per story", async () => {
    const body = await json(exportAs("json"));
    expect(body.stories).toHaveLength(2);
    expect(body.stories[0]).toMatchObject({ "hulp.1": 0.2, regie: 0.7, situatie: "schulden", "tags.a": 1, "tags.b": 0 });
    expect(body.stories[1]["hulp.1"]).toBeNull();
    expect(body.codebook.find((c: { name: string }) => c.name === "subjectPseudonym").description).toMatch(/never the client's own reference/);
  });

  it("is for analysts and logged in the audit", async () => {
    expect((await exportAs("csv", org.tokens.colleague)).status).toBe(403);
    expect((await exportAs("pdf")).status).toBe(400);
    const audit = await json(app.request("/api/v1/audit-events", { token: org.adminToken }));
    expect(audit.items.filter((e: { action: string }) => e.action === "export.created").length).toBeGreaterThanOrEqual(3);
  });
});

describe("exports a person reads, under the dashboard's filters", () => {
  /** RFC 4180: quoted cells may hold commas, quotes and line breaks. */
  const parseCsv = (text: string) => {
    const rows: string[][] = [[]];
    for (const [, quoted, plain, end] of text.replace(/^\uFEFF/, "").matchAll(/(?:"((?:[^"]|"")*)"|([^,\r\n]*))(,|\r\n|$)/g)) {
      rows[rows.length - 1]!.push(quoted !== undefined ? quoted.replaceAll('""', '"') : plain!);
      if (end === "\r\n") rows.push([]);
      if (end === "") break;
    }
    return rows.filter((r) => r.some(Boolean));
  };
  const csvRows = async (res: Response) => (await res.text()).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  const get = (path: string, lang = "nl") => app.request(`/api/v1${path}`, { token: org.tokens.analyst, headers: { "accept-language": lang } });

  it("names each column by its question and part, in the caller's language, with percentages and option labels", async () => {
    const res = await get(`/collections/${collection.id}/exports?format=csv&headers=labels`);
    expect(res.status).toBe(200);
    const [header, first] = parseCsv(await res.text()) as [string[], string[]];
    for (const name of ["Verhaal", "Verteld op", "Wat hielp? — Regels (%)", "Wat hielp? — Samenwerking (%)", "Wie had de regie? — Ik (0) tot De inwoner (100)",
      "Waarover?", "Wat speelde? — A (1 = gekozen)", "Cijfer (1–5)", "Zet neer — Inwoner: onzeker (0) tot zeker (100)", "Vertelpunt"]) {
      expect(header).toContain(name);
    }
    expect(header).not.toContain("hulp.1");
    const column = (name: string) => first[header.indexOf(name)];
    expect(column("Wat hielp? — Regels (%)")).toBe("20");
    expect(column("Wie had de regie? — Ik (0) tot De inwoner (100)")).toBe("70");
    expect(column("Waarover?")).toBe("Schulden");
    expect(column("Vertelpunt")).toBe("Vertelpunt test");
    const english = (await csvRows(await get(`/collections/${collection.id}/exports?format=csv&headers=labels`, "en")))[0]!;
    expect(english).toContain("Story,");
    expect(english).toContain("Wie had de regie? — Ik (0) to De inwoner (100)");
  });

  it("keys JSON stories and the XLSX codebook by the same readable headers", async () => {
    const body = await json(get(`/collections/${collection.id}/exports?format=json&headers=labels`));
    expect(body.stories[0]).toMatchObject({ "Wat hielp? — Regels (%)": 20, "Waarover?": "Schulden", "Wat speelde? — A (1 = gekozen)": 1 });
    const files = unzipSync(new Uint8Array(await (await get(`/collections/${collection.id}/exports?format=xlsx&headers=labels`)).arrayBuffer()));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet).toContain("Wat hielp? — Regels (%)");
    expect(strFromU8(files["xl/worksheets/sheet2.xml"]!)).toContain("betekenis");
  });

  it("takes the dashboard's filters: an answer, a period, a listening round", async () => {
    const werk = encodeURIComponent(JSON.stringify([{ signifierId: "situatie", options: ["werk"] }]));
    expect((await json(get(`/collections/${collection.id}/exports?format=json&answers=${werk}`))).stories).toHaveLength(0);
    const schulden = encodeURIComponent(JSON.stringify([{ signifierId: "situatie", options: ["schulden"] }]));
    expect((await json(get(`/collections/${collection.id}/exports?format=json&answers=${schulden}`))).stories).toHaveLength(2);
    expect((await json(get(`/collections/${collection.id}/exports?format=json&from=2100-01-01T00:00:00Z`))).stories).toHaveLength(0);
    const round = await json(app.request(`/api/v1/collections/${collection.id}/listening-rounds`, {
      method: "POST", token: org.adminToken, json: { name: "Later", startsAt: "2090-01-01T00:00:00Z", endsAt: "2090-04-01T00:00:00Z" },
    }));
    expect((await json(get(`/collections/${collection.id}/exports?format=json&roundId=${round.id}`))).stories).toHaveLength(0);
    expect((await get(`/collections/${collection.id}/exports?teamIds=not-an-id`)).status).toBe(400);
  });

  it("exports every collection of a framework, for analysts only", async () => {
    const res = await get(`/frameworks/${framework.id}/exports?format=csv&headers=labels&collectionIds=${collection.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(".csv");
    const rows = await csvRows(res);
    expect(rows[0]).toContain("Wat hielp? — Regels (%)");
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect((await app.request(`/api/v1/frameworks/${framework.id}/exports`, { token: org.tokens.colleague })).status).toBe(403);
    const other = await makeOrganization(app, (org as Organization & { operatorToken: string }).operatorToken);
    expect((await app.request(`/api/v1/frameworks/${framework.id}/exports`, { token: other.tokens.analyst })).status).toBe(404);
  });
});
