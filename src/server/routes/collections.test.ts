import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let frameworkId: string;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  frameworkId = (await makeCollection(app, org.adminToken)).framework.id;
});
afterAll(() => app.close());

const create = (body: Record<string, unknown>, token = org.adminToken) =>
  app.request("/api/v1/collections", { method: "POST", token, json: { name: "Luisterronde", frameworkId, audience: "clients", anonymous: true, ...body } });
const story = { text: "Het gesprek hielp mij.", answers: validAnswers, consent: { research: true } };
const tellPublic = (slug: string, body: unknown = story) => app.request(`/api/v1/public-collections/${slug}/stories`, { method: "POST", json: body });

describe("collections", () => {
  it("creates a listening point with a public link and lists it", async () => {
    const res = await create({});
    expect(res.status).toBe(201);
    const c = await res.json();
    expect(c.publicUrl).toBe(`http://localhost:3000/vertel/${c.slug}`);
    expect(c.state).toBe("open");
    const list = await json(app.request("/api/v1/collections", { token: org.tokens.teller }));
    expect(list.items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect((await json(app.request(`/api/v1/collections/${c.id}`, { token: org.tokens.colleague }))).slug).toBe(c.slug);
  });

  it("lets only admins create one, and checks the framework and dates", async () => {
    expect((await create({}, org.tokens.analyst)).status).toBe(403);
    const unknown = await create({ frameworkId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).invalidParams[0].name).toBe("frameworkId");
    const backwards = await create({ opensAt: "2026-05-01T00:00:00Z", closesAt: "2026-04-01T00:00:00Z" });
    expect(backwards.status).toBe(400);
    expect((await create({ audience: "iedereen" })).status).toBe(400);
  });

  it("serves a QR code of the public link as SVG", async () => {
    const c = await json(create({}));
    const res = await app.request(`/api/v1/collections/${c.id}/qr-code`, { token: org.adminToken });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("image/svg+xml");
    const svg = await res.text();
    expect(svg).toMatch(/^<svg[\s\S]*<path[\s\S]*<\/svg>\s*$/);
  });
});

describe("the public listening point", () => {
  it("gives the form what it needs without an account, but only the teller's questions", async () => {
    const c = await json(create({}));
    const form = await json(app.request(`/api/v1/public-collections/${c.slug}`));
    expect(form.name).toBe("Luisterronde");
    expect(form.framework.prompts.length).toBeGreaterThan(0);
    expect(form.framework.signifiers.map((s: { id: string }) => s.id)).toContain("hulp");
    expect(JSON.stringify(form)).not.toContain(org.organizationId);
  });

  it("takes a story without an account", async () => {
    const c = await json(create({}));
    const res = await tellPublic(c.slug);
    expect(res.status).toBe(201);
    expect((await res.json()).channel).toBe("web");
    expect((await tellPublic(c.slug, { ...story, channel: "kiosk" })).status).toBe(201);
    expect((await tellPublic(c.slug, { ...story, channel: "interview", consent: { research: true, confirmedAloud: true } })).status).toBe(400);
  });

  it("is not public when the collection is not anonymous", async () => {
    const c = await json(create({ anonymous: false }));
    expect((await app.request(`/api/v1/public-collections/${c.slug}`)).status).toBe(404);
    expect((await tellPublic(c.slug)).status).toBe(404);
    expect((await tellPublic("onbekend123")).status).toBe(404);
  });

  it("answers a clear 409 once closed, and before it opens, and stores nothing", async () => {
    const c = await json(create({}));
    const closed = await app.request(`/api/v1/collections/${c.id}`, { method: "PATCH", token: org.adminToken, json: { closesAt: "2020-01-01T00:00:00Z" } });
    expect((await closed.json()).state).toBe("closed");
    const res = await tellPublic(c.slug);
    expect(res.status).toBe(409);
    const problem = await res.json();
    expect(problem.detail).toMatch(/gesloten/);
    expect((await app.request(`/api/v1/public-collections/${c.slug}`)).status).toBe(409);
    const staff = await app.request(`/api/v1/collections/${c.id}/stories`, { method: "POST", token: org.tokens.teller, json: story });
    expect(staff.status).toBe(409);
    const later = await json(create({ opensAt: "2099-01-01T00:00:00Z" }));
    expect((await tellPublic(later.slug)).status).toBe(409);
    const stories = await json(app.request(`/api/v1/stories?collectionId=${c.id}`, { token: org.adminToken }));
    expect(stories.items).toHaveLength(0);
  });
});
