import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import { freshTotp } from "../../testing/totp.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe("instance setup", () => {
  it("reports that setup is needed, then sets up once", async () => {
    expect((await json(app.request("/api/v1"))).setupRequired).toBe(true);
    org = await makeOrganization(app);
    expect(org.adminToken).toBeTruthy();
    expect((await json(app.request("/api/v1"))).setupRequired).toBe(false);
    const again = await app.request("/api/v1/setup", {
      method: "POST", json: { organizationName: "Tweede", name: "X", email: "x@example.nl", password: "een-lang-wachtwoord" },
    });
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toContain("application/problem+json");
  });

  it("refuses a short password and a bad e-mail address, naming the fields", async () => {
    const res = await app.request("/api/v1/setup", { method: "POST", json: { organizationName: "A", name: "B", email: "geen-mail", password: "kort" } });
    expect(res.status).toBe(400);
    const names = (await res.json()).invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(["email", "password"]));
  });
});

describe("organizations", () => {
  it("lets only the operator add an organization", async () => {
    const body = { name: "Gemeente Tweede", adminName: "Beheer", adminEmail: "beheer@tweede.nl", adminPassword: "een-lang-wachtwoord" };
    expect((await app.request("/api/v1/organizations", { method: "POST", json: body })).status).toBe(401);
    expect((await app.request("/api/v1/organizations", { method: "POST", token: org.tokens.analyst, json: body })).status).toBe(403);
    const created = await app.request("/api/v1/organizations", { method: "POST", token: org.operatorToken, json: body });
    expect(created.status).toBe(201);
    const { organization, token } = await created.json();
    expect(organization.name).toBe("Gemeente Tweede");
    const me = await json(app.request("/api/v1/sessions/current", { token }));
    expect(me).toMatchObject({ organizationId: organization.id, role: "admin", isOperator: false });
  });
});

describe("sessions and tokens", () => {
  it("signs in with a cookie and refuses bad credentials with 401", async () => {
    // A colleague: the fixture's analyst has two-factor sign-in (two-factor.test.ts signs in with a code).
    const email = org.emails.colleague;
    const bad = await app.request("/api/v1/sessions", { method: "POST", json: { email, password: "verkeerd-wachtwoord" } });
    expect(bad.status).toBe(401);
    const good = await app.request("/api/v1/sessions", { method: "POST", json: { email, password: "een-lang-wachtwoord" } });
    expect(good.status).toBe(201);
    const cookie = good.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    expect(cookie).toContain("session_token");
    const me = await app.request("/api/v1/sessions/current", { headers: { cookie } });
    expect((await me.json()).role).toBe("colleague");
  });

  it("refuses a cookie-authenticated write from another origin", async () => {
    // The admin signs in with password and code, as a browser does; the cookie alone is what counts.
    const { challenge } = await json(app.request("/api/v1/sessions", { method: "POST", json: { email: org.emails.admin, password: "een-lang-wachtwoord" } }));
    const good = await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code: await freshTotp(org.keys.admin!), challenge } });
    expect(good.status).toBe(201);
    const cookie = good.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const write = (origin: string) => app.request("/api/v1/teams", {
      method: "POST", headers: { cookie, origin, "content-type": "application/json" }, body: JSON.stringify({ name: "x" }),
    });
    expect((await write("https://evil.example")).status).toBe(403);
    expect((await write(TEST_ORIGIN)).status).toBe(201);
  });

  it("issues an API token that acts as the caller", async () => {
    const created = await app.request("/api/v1/api-tokens", { method: "POST", token: org.tokens.analyst, json: { name: "R-script" } });
    expect(created.status).toBe(201);
    const { id, token } = await created.json();
    expect(id).toBeTruthy();
    expect(token).toMatch(/^vpt_/);
    expect((await json(app.request("/api/v1/sessions/current", { token }))).role).toBe("analyst");
    expect((await app.request("/api/v1/sessions/current", { token: "vpt_not-a-real-token" })).status).toBe(401);
  });
});

describe("members and teams", () => {
  it("lets admins add members with teams, and nobody else", async () => {
    const team = await json(app.request("/api/v1/teams", { method: "POST", token: org.adminToken, json: { name: "Wijkteam Noord" } }));
    expect(team.name).toBe("Wijkteam Noord");
    const input = { name: "Sanne", email: "sanne@example.nl", password: "een-lang-wachtwoord", role: "colleague", teamIds: [team.id] };
    expect((await app.request("/api/v1/members", { method: "POST", token: org.tokens.colleague, json: input })).status).toBe(403);
    const res = await app.request("/api/v1/members", { method: "POST", token: org.adminToken, json: input });
    expect(res.status).toBe(201);
    expect((await res.json()).role).toBe("colleague");
    const list = await json(app.request("/api/v1/members", { token: org.adminToken }));
    expect(list.items.find((m: { email: string }) => m.email === "sanne@example.nl").teamIds).toEqual([team.id]);
    const teams = await json(app.request("/api/v1/teams", { token: org.tokens.teller }));
    expect(teams.items.map((t: { id: string }) => t.id)).toContain(team.id);
  });

  it("answers 409 for an e-mail address in use and 400 for an unknown role or team", async () => {
    const base = { name: "Piet", email: "piet@example.nl", password: "een-lang-wachtwoord", role: "teller" };
    expect((await app.request("/api/v1/members", { method: "POST", token: org.adminToken, json: base })).status).toBe(201);
    expect((await app.request("/api/v1/members", { method: "POST", token: org.adminToken, json: base })).status).toBe(409);
    const badRole = await app.request("/api/v1/members", { method: "POST", token: org.adminToken, json: { ...base, email: "p2@example.nl", role: "baas" } });
    expect(badRole.status).toBe(400);
    const badTeam = await app.request("/api/v1/members", {
      method: "POST", token: org.adminToken, json: { ...base, email: "p3@example.nl", teamIds: ["00000000-0000-4000-8000-000000000000"] },
    });
    expect(badTeam.status).toBe(400);
    expect((await badTeam.json()).invalidParams[0].name).toBe("teamIds");
  });
});

describe("sign-in rate limiting", () => {
  it("answers 429 with Retry-After after ten attempts on one account", async () => {
    const limited = await createTestApp({ rateLimit: true });
    try {
      const attempt = () => limited.request("/api/v1/sessions", { method: "POST", json: { email: "doelwit@example.nl", password: "raden-raden-raden" } });
      for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(401);
      const blocked = await attempt();
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(blocked.headers.get("content-type")).toContain("application/problem+json");
    } finally {
      await limited.close();
    }
  });
});
