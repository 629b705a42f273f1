// Clients over time: one client's timeline (analysts, audited) and the cohort of first against
// latest answer per client, with the paired Wilcoxon signed-rank test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collection: { id: string };

// First and latest cijfer (scale 1–5) of eight clients; client 1 also has a story in between, and
// a story without research consent that must not count.
const first = [2, 1, 3, 2, 4, 1, 2, 3];
const latest = [4, 3, 3, 5, 3, 4, 4, 5];
const day = (d: number) => new Date(Date.UTC(2025, 0, d)).toISOString();

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  collection = (await makeCollection(app, org.adminToken)).collection;
  const line = (client: number, cijfer: number, d: number, research = true) =>
    JSON.stringify({ text: `Gesprek ${d}`, subjectRef: `KLANT-${client}`, toldAt: day(d), consent: { research }, answers: { situatie: "werk", cijfer } });
  const lines = first.flatMap((f, c) => [line(c, f, 1 + c), line(c, latest[c]!, 20 + c)]);
  lines.push(line(0, 1, 10), line(0, 1, 28, false), line(99, 5, 3));
  const imported = await json(app.request(`/api/v1/collections/${collection.id}/story-imports`, {
    method: "POST", token: org.adminToken, headers: { "content-type": "application/x-ndjson" }, body: lines.join("\n"),
  }));
  expect(imported.imported).toBe(lines.length);
});
afterAll(() => app.close());

const cohort = (token = org.tokens.analyst) => app.request(`/api/v1/collections/${collection.id}/cohorts?signifier=cijfer`, { token });

describe("cohort", () => {
  it("tests first against latest answer per client (reference: SciPy / R)", async () => {
    // scipy.stats.wilcoxon(latest, first, zero_method="wilcox", correction=True, method="approx")
    // (SciPy 1.17.1), as R's wilcox.test(latest, first, paired = TRUE, exact = FALSE, correct = TRUE):
    // p = 0.031110765434896187; T+ (R's V) = 27, T− = 1, so r = (27 − 1) / 28. Client 3 did not change.
    const body = await json(cohort());
    expect(body).toMatchObject({ signifierId: "cijfer", clients: 8, rose: 6, fell: 1, same: 1, medianFirst: 2, medianLatest: 4 });
    expect(body.test).toMatchObject({ method: "wilcoxonSignedRank", v: 27, n: 7 });
    expect(body.test.pValue).toBeCloseTo(0.031110765434896187, 12);
    expect(body.test.rankBiserial).toBeCloseTo(26 / 28, 12);
  });

  it("hides a cohort smaller than the organization's k from colleagues, refuses tellers and answers 400 for a choice", async () => {
    const colleague = await json(cohort(org.tokens.colleague));
    // fell and same are small; rose and n would give them away (8 − 6, 8 − 7), and so would v with r or z.
    expect(colleague).toMatchObject({ clients: 8, rose: null, fell: null, same: null, suppressed: true });
    expect(colleague.test).toMatchObject({ n: null, v: null, z: null, rankBiserial: null });
    expect(colleague.test.pValue).toBeCloseTo(0.031110765434896187, 12);
    const patch = (smallCellK: number, token = org.adminToken) => app.request("/api/v1/organization-settings", { method: "PATCH", token, json: { smallCellK } });
    expect((await patch(10, org.tokens.analyst)).status).toBe(403);
    expect(await json(patch(10))).toEqual({ smallCellK: 10, sectorShowName: false });
    expect(await json(app.request("/api/v1/organization-settings", { token: org.tokens.colleague }))).toEqual({ smallCellK: 10, sectorShowName: false });
    const hidden = await json(cohort(org.tokens.colleague));
    expect(hidden).toMatchObject({ clients: null, medianFirst: null, test: { v: null, pValue: null, rankBiserial: null } });
    expect((await json(cohort())).clients).toBe(8);
    expect((await cohort(org.tokens.teller)).status).toBe(403);
    expect((await app.request(`/api/v1/collections/${collection.id}/cohorts?signifier=situatie`, { token: org.tokens.analyst })).status).toBe(400);
  });
});

describe("subject timeline", () => {
  it("lists one client's stories oldest first for analysts, and audits each read", async () => {
    const { items } = await json(app.request(`/api/v1/stories?collectionId=${collection.id}&limit=200`, { token: org.tokens.analyst }));
    const pseudonym = items.find((s: { text: string }) => s.text === "Gesprek 10").subjectPseudonym as string;
    const res = await app.request(`/api/v1/subjects/${pseudonym}/timeline`, { token: org.tokens.analyst });
    expect(res.status).toBe(200);
    const timeline = await res.json();
    expect(timeline.items.map((s: { text: string; answers: { cijfer: number } }) => [s.text, s.answers.cijfer])).toEqual([
      ["Gesprek 1", 2], ["Gesprek 10", 1], ["Gesprek 20", 4], ["Gesprek 28", 1],
    ]);
    const audit = await json(app.request("/api/v1/audit-events?limit=50", { token: org.adminToken }));
    // The list above was a full-text read of these stories too; here only the timeline's reads count.
    const read = audit.items.filter((e: { action: string; subjectId: string; detail: { via?: string } | null }) =>
      e.action === "story.read" && e.detail?.via !== "list" && timeline.items.some((s: { id: string }) => s.id === e.subjectId));
    expect(read).toHaveLength(4);
    expect((await app.request(`/api/v1/subjects/${pseudonym}/timeline`, { token: org.tokens.colleague })).status).toBe(403);
    const other = await makeOrganization(app, org.operatorToken);
    expect((await app.request(`/api/v1/subjects/${pseudonym}/timeline`, { token: other.tokens.analyst })).status).toBe(404);
  });
});
