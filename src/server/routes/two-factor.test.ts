// Two-factor sign-in end to end, with codes computed by the test (RFC 6238), not by better-auth.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeOrganization, type Organization } from "../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { keyFromTotpUri, totp } from "../testing/totp.ts";

const PASSWORD = "een-lang-wachtwoord";
let app: TestApp;
let org: Organization;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
});
afterAll(() => app.close());

const emailOf = async (role: string): Promise<string> => {
  const members = await json(app.request("/api/v1/members", { token: org.adminToken }));
  return members.items.find((m: { role: string }) => m.role === role).email;
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
  const confirmed = await app.request("/api/v1/two-factor-confirmations", { method: "POST", token, json: { code: totp(key) } });
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
    expect((await json(app.request("/api/v1/sessions/current", { token: org.tokens.analyst }))).twoFactorEnrolmentRequired).toBe(true);
  });

  it("refuses a wrong first code and keeps two-factor off", async () => {
    const token = (await json(signIn(await emailOf("colleague")))).token;
    const started = await json(app.request("/api/v1/two-factor-enrolments", { method: "POST", token, json: { password: PASSWORD } }));
    const wrong = await app.request("/api/v1/two-factor-confirmations", { method: "POST", token, json: { code: staleCode(keyFromTotpUri(started.totpUri)) } });
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    expect((await wrong.json()).invalidParams[0]).toMatchObject({ name: "code", code: "wrongCode" });
    expect((await signIn(await emailOf("colleague"))).status).toBe(201);
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

    const right = await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code: totp(key), challenge } });
    expect(right.status).toBe(201);
    const signedIn = await right.json();
    expect(signedIn.me).toMatchObject({ role: "analyst", twoFactorEnabled: true });
    expect((await json(app.request("/api/v1/sessions/current", { token: signedIn.token }))).role).toBe("analyst");

    const reused = await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code: totp(key), challenge } });
    expect(reused.status).toBe(401);
  });

  it("works with the challenge cookie alone, as the browser sends it", async () => {
    const token = (await json(signIn(await emailOf("admin")))).token;
    const { key } = await enrol(token);
    const first = await signIn(await emailOf("admin"));
    expect(first.status).toBe(202);
    const cookie = first.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const res = await app.request("/api/v1/two-factor-verifications", { method: "POST", headers: { cookie }, json: { code: totp(key) } });
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
