import { execFileSync } from "node:child_process";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let quotable: string[];
let private_: string;

const tell = async (collectionId: string, text: string, quoting: boolean, title?: string) =>
  (await json(app.request(`/api/v1/collections/${collectionId}/stories`, {
    method: "POST", token: org.tokens.teller, json: { title, text, answers: validAnswers, consent: { research: true, quoting } },
  }))).id as string;
const analyst = (path: string, init: { method?: string; json?: unknown } = {}) => app.request(`/api/v1${path}`, { token: org.tokens.analyst, ...init });

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  const { collection } = await makeCollection(app, org.adminToken);
  quotable = [
    await tell(collection.id, "Jan de Vries belde mij op 06-12345678 en toen ging het beter.", true, "Het telefoontje"),
    await tell(collection.id, "We gingen samen naar de schuldhulp.", true),
  ];
  private_ = await tell(collection.id, "Dit wil ik niet gedeeld zien.", false);
});
afterAll(() => app.close());

describe("story booklets", () => {
  it("accepts only stories whose teller allowed quoting, naming each refused one", async () => {
    const res = await analyst("/booklets", { method: "POST", json: { title: "Mooiste verhalen", storyIds: [quotable[0], private_, quotable[0]] } });
    expect(res.status).toBe(400);
    expect((await res.json()).invalidParams).toEqual([
      { name: "storyIds.1", reason: expect.any(String), code: "noQuotingConsent" },
      { name: "storyIds.2", reason: expect.any(String), code: "duplicateStory" },
    ]);
  });

  it("keeps the chosen order, shows redacted text on the public wall once published, and only then", async () => {
    const created = await json(analyst("/booklets", { method: "POST", json: { title: "De mooiste verhalen", introduction: "Verhalen over wat werkt.", storyIds: [quotable[1], quotable[0]] } }));
    expect(created.stories.map((s: { id: string }) => s.id)).toEqual([quotable[1], quotable[0]]);
    expect((await app.request(`/api/v1/public-booklets/${created.slug}`)).status).toBe(404);

    const published = await json(analyst(`/booklets/${created.id}`, { method: "PUT", json: { title: "De mooiste verhalen", introduction: "Verhalen over wat werkt.", storyIds: [quotable[0], quotable[1]], published: true } }));
    expect(published.publicUrl).toMatch(new RegExp(`/verhalen/${created.slug}$`));
    const wall = await json(app.request(`/api/v1/public-booklets/${created.slug}`));
    expect(wall.title).toBe("De mooiste verhalen");
    expect(wall.organization).toMatch(/^Gemeente /);
    expect(wall.stories.map((s: { title: string | null }) => s.title)).toEqual(["Het telefoontje", null]);
    expect(wall.stories[0].text).not.toContain("06-12345678");
    expect(wall.stories[0].text).not.toContain("Jan de Vries");
    expect(wall.stories[0].text).toContain("toen ging het beter");
  });

  it("prints a PDF with a cover (organization, title, date, introduction), a numbered page per story and Noto Sans embedded", async () => {
    const created = await json(analyst("/booklets", { method: "POST", json: { title: "Boekje over één café", introduction: "Inleiding over ’s avonds.", storyIds: quotable } }));
    const res = await analyst(`/booklets/${created.id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1 + quotable.length);
    const pages = execFileSync("pdftotext", ["-layout", "-", "-"], { input: bytes }).toString().split("\f");
    expect(pages[0]).toMatch(/^\s*Gemeente \w+/); // the organization's name, as makeOrganization gives it
    expect(pages[0]).toMatch(/Boekje over één café[\s\S]*\d{1,2} [a-z]+ \d{4}[\s\S]*Inleiding over ’s avonds\./);
    expect(pages[1]).toMatch(/Het telefoontje[\s\S]*Verteld door een medewerker[\s\S]*Wat hielp\?[\s\S]*Regels[\s\S]*2 van 3/);
    expect(pages[1]).not.toContain("06-12345678");
    expect(pages[2]).toMatch(/Verhaal 2[\s\S]*3 van 3/);
    const fonts = execFileSync("pdffonts", ["-"], { input: bytes }).toString();
    expect(fonts).toMatch(/NotoSans-Regular\S*\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).toMatch(/NotoSans-Bold\S*\s+CID TrueType\s+Identity-H\s+yes/);
    const audit = await json(app.request("/api/v1/audit-events", { token: org.adminToken }));
    expect(audit.items.some((e: { action: string; subjectType: string }) => e.action === "export.created" && e.subjectType === "booklet")).toBe(true);
  });

  it("tells the editor how many stories may be quoted and why the others may not", async () => {
    const { collection } = await makeCollection(app, org.adminToken);
    const erased = await tell(collection.id, "Dit verhaal wordt gewist.", true);
    expect((await app.request(`/api/v1/stories/${erased}`, { method: "DELETE", token: org.adminToken })).status).toBe(204);
    const created = await json(analyst("/booklets", { method: "POST", json: { title: "Telling", storyIds: [] } }));
    expect(created.quoting).toEqual({ stories: 3, quotable: 2, noQuotingConsent: 1, withdrawn: 0, erased: 1, leftOut: 0 });
    expect(created.stories).toEqual([]);
    const withStories = await json(analyst("/booklets", { method: "POST", json: { title: "Rollen", storyIds: quotable } }));
    expect(withStories.stories.map((s: { tellerRole: string }) => s.tellerRole)).toEqual(["professional", "professional"]);
  });

  it("is for analysts, and another organization's booklets answer 404", async () => {
    expect((await app.request("/api/v1/booklets", { token: org.tokens.colleague })).status).toBe(403);
    const created = await json(analyst("/booklets", { method: "POST", json: { title: "Eigen", storyIds: [] } }));
    const other = await makeOrganization(app, org.operatorToken);
    expect((await app.request(`/api/v1/booklets/${created.id}`, { token: other.adminToken })).status).toBe(404);
    expect((await analyst(`/booklets/${created.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await analyst(`/booklets/${created.id}`)).status).toBe(404);
  });
});
