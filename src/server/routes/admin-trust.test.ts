// What the admin screens rely on: the audit log filtered and paged without gaps, the erasure preview
// that says what will go before it goes, and a cross-site write told apart from a role refusal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import { freshTotp } from "../../testing/totp.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collection: { id: string; name: string };

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection } = await makeCollection(app, org.adminToken));
});
afterAll(() => app.close());

const tell = (body: Record<string, unknown>) => json(app.request(`/api/v1/collections/${collection.id}/stories`, {
  method: "POST", token: org.tokens.colleague, json: { text: "Een verhaal.", answers: validAnswers, consent: { research: true }, ...body },
}));

describe("audit log", () => {
  it("filters by action and pages newest first without skipping or repeating an event", async () => {
    const story = await tell({});
    for (let i = 0; i < 7; i++) await app.request(`/api/v1/stories/${story.id}`, { token: org.tokens.colleague });
    await app.request(`/api/v1/collections/${collection.id}/exports`, { token: org.tokens.analyst });
    const all = await json(app.request("/api/v1/audit-events?action=story.read&limit=500", { token: org.adminToken }));
    expect(all.items.length).toBeGreaterThanOrEqual(7);
    expect(all.items.every((e: { action: string }) => e.action === "story.read")).toBe(true);
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page: { items: { id: string }[]; nextCursor: string | null } = await json(app.request(`/api/v1/audit-events?action=story.read&limit=3${cursor ? `&cursor=${cursor}` : ""}`, { token: org.adminToken }));
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((e: { id: string }) => e.id));
    const both = await json(app.request("/api/v1/audit-events?action=story.read,export.created", { token: org.adminToken }));
    expect(new Set(both.items.map((e: { action: string }) => e.action))).toEqual(new Set(["story.read", "export.created"]));
    expect((await app.request("/api/v1/audit-events?cursor=nonsense", { token: org.adminToken })).status).toBe(400);
  });
});

describe("erasure of one client's stories", () => {
  it("previews what will be erased, erases exactly that, and changes nothing when only previewing", async () => {
    await tell({ subjectRef: "CLIENT-77" });
    await tell({ subjectRef: "CLIENT-77" });
    await tell({ subjectRef: "CLIENT-88" });
    const preview = (body: Record<string, unknown>, token = org.adminToken) => app.request("/api/v1/subject-erasure-previews", { method: "POST", token, json: body });
    const first = await json(preview({ subjectRef: "CLIENT-77" }));
    expect(first).toMatchObject({ stories: 2, collections: [{ id: collection.id, name: collection.name, stories: 2 }] });
    expect(first.firstToldAt).not.toBeNull();
    expect(await json(preview({ subjectPseudonym: first.subjectPseudonym }))).toMatchObject({ stories: 2 });
    expect(await json(preview({ subjectRef: "CLIENT-77" }))).toMatchObject({ stories: 2 });
    expect((await preview({ subjectRef: "CLIENT-77" }, org.tokens.analyst)).status).toBe(403);
    expect((await preview({})).status).toBe(400);
    const erased = await json(app.request("/api/v1/subject-erasures", { method: "POST", token: org.adminToken, json: { subjectRef: "CLIENT-77" } }));
    expect(erased.erased).toBe(2);
    expect(await json(preview({ subjectRef: "CLIENT-77" }))).toMatchObject({ stories: 0, firstToldAt: null, collections: [] });
    expect(await json(preview({ subjectRef: "CLIENT-88" }))).toMatchObject({ stories: 1 });
    const other = await makeOrganization(app, org.operatorToken);
    expect(await json(preview({ subjectRef: "CLIENT-88" }, other.adminToken))).toMatchObject({ stories: 0 });
  });
});

describe("a write with a sign-in cookie from elsewhere", () => {
  it("answers that the request came from outside Vertelpunt, not that the role may not", async () => {
    const { challenge } = await json(app.request("/api/v1/sessions", { method: "POST", json: { email: org.emails.admin, password: "een-lang-wachtwoord" } }));
    const signedIn = await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code: await freshTotp(org.keys.admin!), challenge } });
    const cookie = signedIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const round = (origin: string, lang = "nl") => app.request(`/api/v1/collections/${collection.id}/listening-rounds`, {
      method: "POST", headers: { cookie, origin, "accept-language": lang, "content-type": "application/json" },
      body: JSON.stringify({ name: "Ronde", startsAt: "2031-01-01T00:00:00Z", endsAt: "2031-04-01T00:00:00Z" }),
    });
    const refused = await round("http://127.0.0.1:3000");
    expect(refused.status).toBe(403);
    const problem = await refused.json();
    expect(problem).toMatchObject({ code: "crossSiteRequest", title: "Verzoek van buiten Vertelpunt" });
    expect(problem.detail).not.toContain("rol");
    expect((await (await round("null", "en")).json()).title).toBe("Request from outside Vertelpunt");
    expect((await round(TEST_ORIGIN)).status).toBe(201);
  });
});
