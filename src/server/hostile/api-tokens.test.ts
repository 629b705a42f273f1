// Hostile: access can be taken away. A token never does more than its scope or its owner's role,
// cannot widen itself, answers 401 the moment it is revoked or expired (also on a second app
// process on the same database), and only its owner or an admin can see or revoke it.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiToken, auditEvent } from "../../db/schema/index.ts";
import { buildApp } from "../app.ts";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import { createLogger } from "../logger.ts";

let app: TestApp;
let org: Organization;
let other: Organization;
let collectionId: string;

beforeAll(async () => {
  app = await createTestApp();
  const first = await makeOrganization(app);
  org = first;
  other = await makeOrganization(app, first.operatorToken);
  collectionId = (await makeCollection(app, org.adminToken)).collection.id;
});
afterAll(() => app.close());

const create = (token: string, body: Record<string, unknown>) => app.request("/api/v1/api-tokens", { method: "POST", token, json: body });
const made = async (token: string, body: Record<string, unknown>) => {
  const res = await create(token, body);
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json() as Promise<{ id: string; token: string; scope: string; expiresAt: string }>;
};
const story = { text: "Een verhaal met een token.", answers: validAnswers, consent: { research: true } };
const tell = (token: string) => app.request(`/api/v1/collections/${collectionId}/stories`, { method: "POST", token, json: story });
const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

describe("API tokens: scope, expiry, revocation", () => {
  it("{name} alone still works (API.md) and gets the owner's widest scope and a 90-day expiry", async () => {
    const admin = await made(org.adminToken, { name: "script" });
    expect(admin.token).toMatch(/^vpt_/);
    expect(admin.scope).toBe("admin");
    const ahead = (new Date(admin.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(ahead).toBeGreaterThan(89.9);
    expect(ahead).toBeLessThan(90.1);
    expect((await app.request("/api/v1/members", { token: admin.token })).status).toBe(200);
    expect((await made(org.tokens.teller, { name: "t" })).scope).toBe("write");
  });

  it("never more than the owner's role: a teller or colleague cannot make analyse or admin tokens, an analyst no admin token", async () => {
    for (const [role, scope] of [["teller", "admin"], ["teller", "analyse"], ["colleague", "admin"], ["colleague", "analyse"], ["analyst", "admin"]] as const) {
      const res = await create(org.tokens[role], { name: "te veel", scope });
      expect(res.status, `${role} → ${scope}`).toBe(400);
      expect((await res.json()).invalidParams[0]).toMatchObject({ name: "scope", code: "tokenScopeTooWide" });
    }
  });

  it("a read token reads but changes nothing, and cannot mint a wider token", async () => {
    const read = await made(org.adminToken, { name: "lezen", scope: "read" });
    expect((await app.request("/api/v1/stories", { token: read.token })).status).toBe(200);
    expect((await tell(read.token)).status).toBe(403);
    expect((await create(read.token, { name: "breder", scope: "admin" })).status).toBe(403);
    expect((await app.request(`/api/v1/api-tokens/${read.id}`, { method: "DELETE", token: read.token })).status).toBe(403);
    // Read as a colleague: no analyst-only answers, no admin routes.
    expect((await app.request("/api/v1/audit-events", { token: read.token })).status).toBe(403);
  });

  it("an analyse token reads what an analyst reads, nothing more, and writes nothing", async () => {
    const analyse = await made(org.adminToken, { name: "analyse", scope: "analyse" });
    expect((await app.request(`/api/v1/collections/${collectionId}/agreement`, { token: analyse.token })).status).toBe(200);
    expect((await app.request("/api/v1/audit-events", { token: analyse.token })).status).toBe(403);
    expect((await tell(analyse.token)).status).toBe(403);
  });

  it("an admin's write token writes but cannot manage people or mint an admin token", async () => {
    const write = await made(org.adminToken, { name: "schrijven", scope: "write" });
    expect((await tell(write.token)).status).toBe(201);
    const member = { name: "Nieuw", email: `nieuw-${Date.now()}@example.nl`, password: "een-lang-wachtwoord", role: "teller" };
    expect((await app.request("/api/v1/members", { method: "POST", token: write.token, json: member })).status).toBe(403);
    expect((await create(write.token, { name: "breder", scope: "admin" })).status).toBe(400);
  });

  it("only an admin-scoped token of the instance operator may add organizations", async () => {
    const newOrganization = (n: number) => ({ name: `Org ${n} ${Date.now()}`, adminName: "A", adminEmail: `org${n}-${Date.now()}@example.nl`, adminPassword: "een-lang-wachtwoord" });
    const write = await made(org.adminToken, { name: "operator-schrijven", scope: "write" });
    expect((await app.request("/api/v1/organizations", { method: "POST", token: write.token, json: newOrganization(1) })).status).toBe(403);
    const admin = await made(org.adminToken, { name: "operator-beheer", scope: "admin" });
    expect((await app.request("/api/v1/organizations", { method: "POST", token: admin.token, json: newOrganization(2) })).status).toBe(201);
  });

  it("a revoked token answers 401 at once, on this and on another app process", async () => {
    const token = await made(org.tokens.colleague, { name: "weg" });
    const second = await buildApp(app.database, { publicUrl: TEST_ORIGIN, rateLimit: false }, createLogger("silent"));
    try {
      const onSecond = () => second.app.request("/api/v1/stories", { headers: { authorization: `Bearer ${token.token}` } });
      expect((await onSecond()).status).toBe(200);
      const revoked = await app.request(`/api/v1/api-tokens/${token.id}`, { method: "DELETE", token: org.tokens.colleague });
      expect(revoked.status).toBe(204);
      expect((await app.request("/api/v1/stories", { token: token.token })).status).toBe(401);
      expect((await onSecond()).status).toBe(401);
    } finally {
      await second.close();
    }
    const listed = await json(app.request("/api/v1/api-tokens", { token: org.tokens.colleague }));
    expect(listed.items.map((t: { id: string }) => t.id)).not.toContain(token.id);
  });

  it("an expired token answers 401; an expiry in the past or beyond a year is refused", async () => {
    const token = await made(org.tokens.colleague, { name: "verloopt", expiresAt: days(1) });
    expect((await app.request("/api/v1/stories", { token: token.token })).status).toBe(200);
    await app.database.db.update(apiToken).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(apiToken.id, token.id));
    expect((await app.request("/api/v1/stories", { token: token.token })).status).toBe(401);
    for (const expiresAt of [days(-1), days(400), "2026-13-01T00:00:00Z", "morgen"]) {
      expect((await create(org.tokens.colleague, { name: "x", expiresAt })).status, expiresAt).toBe(400);
    }
  });

  it("lists one's own tokens without the secret; admins see the organization's; others cannot revoke them", async () => {
    const mine = await made(org.tokens.teller, { name: "van de verteller", scope: "read", expiresAt: days(7) });
    await app.request("/api/v1/stories", { token: mine.token });
    const own = await json(app.request("/api/v1/api-tokens", { token: org.tokens.teller }));
    const listed = own.items.find((t: { id: string }) => t.id === mine.id);
    expect(listed).toMatchObject({ name: "van de verteller", scope: "read", expiresAt: mine.expiresAt });
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(own)).not.toContain(mine.token);
    expect(own.items.every((t: { owner: { name: string } }) => t.owner.name === "teller")).toBe(true);
    const colleagueSees = await json(app.request("/api/v1/api-tokens", { token: org.tokens.colleague }));
    expect(colleagueSees.items.map((t: { id: string }) => t.id)).not.toContain(mine.id);
    expect((await app.request(`/api/v1/api-tokens/${mine.id}`, { method: "DELETE", token: org.tokens.colleague })).status).toBe(404);
    expect((await app.request(`/api/v1/api-tokens/${mine.id}`, { method: "DELETE", token: other.adminToken })).status).toBe(404);
    const adminSees = await json(app.request("/api/v1/api-tokens", { token: org.adminToken }));
    expect(adminSees.items.map((t: { id: string }) => t.id)).toContain(mine.id);
    expect((await app.request(`/api/v1/api-tokens/${mine.id}`, { method: "DELETE", token: org.adminToken })).status).toBe(204);
    expect((await app.request(`/api/v1/api-tokens/${mine.id}`, { method: "DELETE", token: org.adminToken })).status).toBe(404);
    expect((await app.request("/api/v1/stories", { token: mine.token })).status).toBe(401);
  });

  it("creating and revoking are in the audit log", async () => {
    const token = await made(org.tokens.colleague, { name: "gelogd" });
    await app.request(`/api/v1/api-tokens/${token.id}`, { method: "DELETE", token: org.tokens.colleague });
    const events = await app.database.db.select({ action: auditEvent.action, detail: auditEvent.detail }).from(auditEvent).where(eq(auditEvent.subjectId, token.id));
    expect(events.map((e) => e.action).sort()).toEqual(["apiToken.created", "apiToken.revoked"]);
    expect(JSON.stringify(events)).not.toContain(token.token);
  });
});
