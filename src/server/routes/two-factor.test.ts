// Two-factor sign-in end to end, with codes computed by the test (RFC 6238), not by better-auth;
// and the server holding back admins and analysts until they have set it up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "../../../scripts/write-openapi.ts";
import { apiToken } from "../../db/schema/index.ts";
import { API_TOKEN_PREFIX, hashApiToken } from "../caller.ts";
import type { Role } from "../policy.ts";
import { TWO_FACTOR_ENROLMENT_REQUIRED } from "../problem.ts";
import { enrolInTwoFactor, json, makeOrganization, type Organization, PASSWORD } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { freshTotp, keyFromTotpUri, totp } from "../../testing/totp.ts";

let app: TestApp;
let org: Organization;
let counter = 0;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
});
afterAll(() => app.close());

/** A new member of the role, without two-factor sign-in (the fixture's admin and analyst have it). */
const emailOf = async (role: Role): Promise<string> => {
  const email = `${role}-2fa-${counter++}@example.nl`;
  const res = await app.request("/api/v1/members", { method: "POST", token: org.adminToken, json: { name: role, email, password: PASSWORD, role } });
  expect(res.status).toBe(201);
  return email;
};
const signIn = async (email: string) => app.request("/api/v1/sessions", { method: "POST", json: { email, password: PASSWORD } });
/** A code for another time step than now and its neighbours (the plugin accepts ±1 step). */
const staleCode = (key: Buffer) => totp(key, Date.now() - 10 * 60_000);

/** Enrols the signed-in user behind `token`; returns the key and the new session token. */
async function enrol(token: string) {
  const started = await app.request("/api/v1/two-factor-enrolments", { method: "POST", token, json: { password: PASSWORD } });
  expect(started.status).toBe(201);
  const enrolment = await started.json();
  expect(enrolment.totpUri).toMatch(/^otpauth:\/\/totp\/Vertelpunt:/);
  expect(enrolment.backupCodes.length).toBeGreaterThan(0);
  const key = keyFromTotpUri(enrolment.totpUri);
  const confirmed = await app.request("/api/v1/two-factor-confirmations", { method: "POST", token, json: { code: await freshTotp(key) } });
  expect(confirmed.status).toBe(201);
  expect((await app.request("/api/v1/sessions/current", { token })).status, "the replaced session").toBe(401);
  return { key, enrolment, session: await confirmed.json() };
}

describe("two-factor sign-in", () => {
  it("asks admins and analysts to enrol, and not tellers or colleagues", async () => {
    for (const [role, required] of [["admin", true], ["analyst", true], ["colleague", false], ["teller", false]] as const) {
      const res = await signIn(await emailOf(role));
      expect(res.status, role).toBe(201);
      const { me } = await res.json();
      expect(me, role).toMatchObject({ role, twoFactorEnabled: false, twoFactorEnrolmentRequired: required });
    }
    const analyst = (await json(signIn(await emailOf("analyst")))).token;
    expect((await json(app.request("/api/v1/sessions/current", { token: analyst }))).twoFactorEnrolmentRequired).toBe(true);
    expect((await json(app.request("/api/v1/sessions/current", { token: org.tokens.analyst }))).twoFactorEnrolmentRequired, "enrolled").toBe(false);
  });

  it("refuses a wrong first code and keeps two-factor off", async () => {
    const email = await emailOf("colleague");
    const token = (await json(signIn(email))).token;
    const started = await json(app.request("/api/v1/two-factor-enrolments", { method: "POST", token, json: { password: PASSWORD } }));
    const wrong = await app.request("/api/v1/two-factor-confirmations", { method: "POST", token, json: { code: staleCode(keyFromTotpUri(started.totpUri)) } });
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    expect((await wrong.json()).invalidParams[0]).toMatchObject({ name: "code", code: "wrongCode" });
    expect((await signIn(email)).status).toBe(201);
  });

  it("refuses enrolment with a wrong password", async () => {
    const res = await app.request("/api/v1/two-factor-enrolments", { method: "POST", token: org.tokens.teller, json: { password: "niet-het-wachtwoord" } });
    expect(res.status).toBe(400);
    expect((await res.json()).invalidParams[0].name).toBe("password");
  });

  it("once enrolled, asks for the code: a wrong code is refused, the right one gives a session", async () => {
    const email = await emailOf("analyst");
    const token = (await json(signIn(email))).token;
    const { key, session } = await enrol(token);
    expect(session.me).toMatchObject({ role: "analyst", twoFactorEnabled: true, twoFactorEnrolmentRequired: false });
    expect((await app.request("/api/v1/sessions/current", { token: session.token })).status).toBe(200);

    const first = await signIn(email);
    expect(first.status).toBe(202);
    const { challenge, token: noToken } = await first.json();
    expect(noToken).toBeUndefined();
    expect(challenge).toBeTruthy();

    const wrong = await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code: staleCode(key), challenge } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    expect(wrong.headers.getSetCookie().join()).not.toContain("session_token=");

    const code = await freshTotp(key);
    const right = await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code, challenge } });
    expect(right.status).toBe(201);
    const signedIn = await right.json();
    expect(signedIn.me).toMatchObject({ role: "analyst", twoFactorEnabled: true });
    expect((await json(app.request("/api/v1/sessions/current", { token: signedIn.token }))).role).toBe("analyst");

    const reused = await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code, challenge } });
    expect(reused.status).toBe(401);
  });

  it("works with the challenge cookie alone, as the browser sends it", async () => {
    const email = await emailOf("admin");
    const token = (await json(signIn(email))).token;
    const { key } = await enrol(token);
    const first = await signIn(email);
    expect(first.status).toBe(202);
    const cookie = first.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const res = await app.request("/api/v1/two-factor-verifications", { method: "POST", headers: { cookie }, json: { code: await freshTotp(key) } });
    expect(res.status).toBe(201);
    const sessionCookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    expect((await json(app.request("/api/v1/sessions/current", { headers: { cookie: sessionCookie } }))).role).toBe("admin");
  });

  it("accepts a backup code once instead of the app's code", async () => {
    const email = await emailOf("teller");
    const { enrolment } = await enrol((await json(signIn(email))).token);
    const [backupCode] = enrolment.backupCodes;
    const withBackup = async () => {
      const { challenge } = await json(signIn(email));
      return app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code: backupCode, challenge } });
    };
    expect((await withBackup()).status).toBe(201);
    expect((await withBackup()).status).toBe(401);
  });

  it("refuses a code without a pending sign-in, and a made-up challenge", async () => {
    expect((await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code: "123456" } })).status).toBe(401);
    expect((await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code: "123456", challenge: "2fa-nep.handtekening" } })).status).toBe(401);
    expect((await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code: "12ab" } })).status).toBe(400);
    const injected = { code: "123456", challenge: "x; better-auth.session_token=iets" };
    expect((await app.request("/api/v1/two-factor-verifications", { method: "POST", json: injected })).status).toBe(400);
  });
});

describe("two-factor sign-in enforced by the server", () => {
  /** What an admin or analyst may do before enrolling: enrol, see who they are, sign out. */
  const beforeEnrolment = new Set(["getCurrentSession", "deleteCurrentSession", "startTwoFactorEnrolment", "confirmTwoFactorEnrolment"]);
  const someId = "00000000-0000-4000-8000-000000000000";

  async function signedInOperations() {
    const doc = (await openApiDocument()) as { paths: Record<string, Record<string, { operationId: string; security?: unknown[] }>> };
    return Object.entries(doc.paths).flatMap(([path, operations]) =>
      // Sector hub routes take the hub's credential, not a person's session.
      Object.entries(operations).filter(([, op]) => op.security?.some((scheme) => !("sectorCredential" in (scheme as object)))).map(([method, op]) => ({ method: method.toUpperCase(), path: path.replace(/\{\w+\}/g, someId), operationId: op.operationId })));
  }

  async function expectHeldBack(res: Response, label: string) {
    expect(res.status, label).toBe(403);
    expect(res.headers.get("content-type"), label).toContain("application/problem+json");
    expect(await res.json(), label).toMatchObject({ type: TWO_FACTOR_ENROLMENT_REQUIRED, code: "twoFactorEnrolmentRequired", status: 403 });
  }

  it("lets an admin or analyst with only a password reach nothing but enrolment, who they are and signing out", async () => {
    const operations = await signedInOperations();
    expect(operations.length).toBeGreaterThan(50);
    for (const role of ["admin", "analyst"] as const) {
      const token = (await json(signIn(await emailOf(role)))).token;
      for (const { method, path, operationId } of operations.filter((o) => !beforeEnrolment.has(o.operationId))) {
        await expectHeldBack(await app.request(`/api/v1${path}`, { method, token, json: method === "GET" || method === "DELETE" ? undefined : {} }), `${role} ${operationId}`);
      }
      // The cookie of a browser session is held back the same way.
      const cookie = (await signIn(await emailOf(role))).headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      await expectHeldBack(await app.request("/api/v1/stories", { headers: { cookie } }), `${role} cookie`);
      // What enrolling needs, and public routes, still answer.
      expect(await json(app.request("/api/v1/sessions/current", { token })), role).toMatchObject({ role, twoFactorEnabled: false, twoFactorEnrolmentRequired: true });
      expect((await app.request("/api/v1", { token })).status, role).toBe(200);
      const { token: enrolled } = await enrolInTwoFactor(app, token);
      expect((await app.request("/api/v1/stories", { token: enrolled })).status, `${role} after enrolling`).toBe(200);
      expect((await app.request("/api/v1/api-tokens", { method: "POST", token: enrolled, json: { name: "na" } })).status, role).toBe(201);
    }
  });

  it("lets a held-back admin sign out", async () => {
    const token = (await json(signIn(await emailOf("admin")))).token;
    expect((await app.request("/api/v1/sessions/current", { method: "DELETE", token })).status).toBe(204);
    expect((await app.request("/api/v1/sessions/current", { token })).status).toBe(401);
  });

  it("does not hold back tellers and colleagues without two-factor sign-in", async () => {
    for (const role of ["teller", "colleague"] as const) {
      const token = (await json(signIn(await emailOf(role)))).token;
      expect((await app.request("/api/v1/stories", { token })).status, role).toBe(200);
      expect((await app.request("/api/v1/api-tokens", { method: "POST", token, json: { name: "t" } })).status, role).toBe(201);
    }
  });

  it("holds back an API token of an admin who has not enrolled (e.g. one made before a role change)", async () => {
    const email = await emailOf("admin");
    const { me } = await json(signIn(email));
    const token = `${API_TOKEN_PREFIX}voor-de-rolwijziging-${counter++}`;
    await app.database.db.insert(apiToken).values({ organizationId: org.organizationId, userId: me.userId, name: "oud", tokenHash: hashApiToken(token) });
    await expectHeldBack(await app.request("/api/v1/stories", { token }), "api token");
    await expectHeldBack(await app.request("/api/v1/api-tokens", { method: "POST", token, json: { name: "nog een" } }), "api token");
    expect(await json(app.request("/api/v1/sessions/current", { token }))).toMatchObject({ role: "admin", twoFactorEnrolmentRequired: true });
  });

  it("keeps API tokens made after enrolling working, also in later sessions", async () => {
    const created = await json(app.request("/api/v1/api-tokens", { method: "POST", token: org.tokens.analyst, json: { name: "R-script" } }));
    expect((await app.request("/api/v1/stories", { token: created.token })).status).toBe(200);
    expect(await json(app.request("/api/v1/sessions/current", { token: created.token }))).toMatchObject({ role: "analyst", twoFactorEnabled: true, twoFactorEnrolmentRequired: false });
  });
});
