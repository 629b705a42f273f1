// The research export as a REFI-QDA project: unzipped, read and validated against REFI's Project.xsd.
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { refiQdaSchemaErrors } from "../../testing/refi-qda/validate.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collection: { id: string; slug: string };
let coded: string;
const text = "Na de verhuizing stond ik er alleen voor. Samen maakten we een plan en dat hielp.";
const quote = "Samen maakten we een plan";

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection } = await makeCollection(app, org.adminToken));
  const tell = async (body: Record<string, unknown>) => (await json(app.request(`/api/v1/collections/${collection.id}/stories`, {
    method: "POST", token: org.adminToken, json: { answers: validAnswers, consent: { research: true }, ...body },
  }))).id as string;
  coded = await tell({ text, title: "Alleen na de verhuizing" });
  await tell({ text: "Het loket luisterde echt naar me." });
  await tell({ text: "Geen toestemming voor onderzoek.", consent: { research: false } });
  const start = text.indexOf(quote);
  const reading = await app.request(`/api/v1/stories/${coded}/interpretations`, {
    method: "POST", token: org.tokens.colleague, json: { tags: ["eigen regie", "buurt"], annotations: [{ start, end: start + quote.length, quote, code: "samen plannen", comment: "Het plan kwam van de inwoner" }] },
  });
  expect(reading.status).toBe(201);
});
afterAll(() => app.close());

const exportQdpx = (token: string, lang = "nl") => app.request(`/api/v1/collections/${collection.id}/exports?format=qdpx&headers=labels`, { token, headers: { "accept-language": lang } });

describe("REFI-QDA export", () => {
  it("gives analysts a .qdpx whose project.qde is valid against REFI's schema, with sources, codes, passages and cases", async () => {
    const res = await exportQdpx(org.tokens.analyst);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="vertelpunt-${collection.slug}.qdpx"`);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const qde = strFromU8(files["project.qde"]!);
    expect(refiQdaSchemaErrors(qde)).toBe("");
    const sources = Object.keys(files).filter((f) => f.startsWith("sources/"));
    expect(sources).toHaveLength(2);
    expect(strFromU8(files[`sources/${coded}.txt`]!)).toBe(text);
    expect(Object.values(files).map((f) => strFromU8(f)).join("\n")).not.toContain("Geen toestemming");
    expect([...qde.matchAll(/<Code guid="[^"]+" name="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(["buurt", "eigen regie", "samen plannen"]);
    expect(qde).toContain(`startPosition="${text.indexOf(quote)}" endPosition="${text.indexOf(quote) + quote.length}"`);
    expect(qde).toContain("<Description>Het plan kwam van de inwoner</Description>");
    expect(qde).toContain('name="Alleen na de verhuizing"');
    expect(qde.match(/<Case /g)).toHaveLength(2);
    expect(qde).toContain('name="Wat hielp? — Regels (%)" typeOfVariable="Float"');
    expect(qde).not.toContain(`name="${text}"`);
  });

  it("is for analysts only, and leaves an audit trail", async () => {
    expect((await exportQdpx(org.tokens.colleague)).status).toBe(403);
    expect((await exportQdpx(org.tokens.teller)).status).toBe(403);
    const audit = await json(app.request("/api/v1/audit-events?action=export.created", { token: org.adminToken }));
    expect(audit.items.some((e: { subjectId: string; detail: { format: string } }) => e.subjectId === collection.id && e.detail.format === "qdpx")).toBe(true);
  });
});
