import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let collection: { id: string; slug: string };

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection } = await makeCollection(app, org.adminToken));
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
