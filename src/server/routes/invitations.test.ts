// Inviting by e-mail, resetting a password, and taking access away — against a real SMTP server on
// loopback, reading each mail as the person it was sent to.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberInvitation, passwordReset } from "../../db/schema/index.ts";
import { enrolInTwoFactor, json, makeOrganization, type Organization, PASSWORD } from "../../testing/fixtures.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../testing/smtp.ts";
import { createTestApp, TEST_ORIGIN, type TestApp, testEngine } from "../../testing/test-app.ts";

let app: TestApp;
let smtp: TestSmtpServer;
let org: Organization & { operatorToken: string };
let n = 0;
const address = () => `persoon-${Date.now().toString(36)}-${n++}@example.nl`;

/** The secret in a link from a mail (after the #). */
const tokenIn = (text: string, page: string) => {
  const found = text.match(new RegExp(`${TEST_ORIGIN}/${page}#([\\w-]+)`));
  if (!found) throw new Error(`no ${page} link in:\n${text}`);
  return found[1]!;
};

async function invite(email: string, role: string, lang?: string) {
  const res = await app.request("/api/v1/invitations", { method: "POST", token: org.adminToken, json: { name: "Sam de Vries", email, role, lang } });
  expect(res.status).toBe(201);
  return res.json();
}

/** Invites, reads the mail and accepts it; returns the new member's session answer. */
async function join(role: string) {
  const email = address();
  await invite(email, role);
  const mail = await smtp.mailTo(email);
  const res = await app.request("/api/v1/invitation-acceptances", { method: "POST", json: { token: tokenIn(mail.text, "uitnodiging"), password: PASSWORD } });
  expect(res.status).toBe(201);
  const body = await res.json();
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return { email, token: body.token as string, me: body.me, cookie };
}

const memberIdOf = async (email: string) =>
  (await json(app.request("/api/v1/members", { token: org.adminToken }))).items.find((m: { email: string }) => m.email === email);

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  app = await createTestApp({ mail: { smtpUrl: smtp.url, from: "Vertelpunt <vertelpunt@example.nl>" } });
  org = await makeOrganization(app);
});
afterAll(async () => {
  await app.close();
  await smtp.close();
});

describe("invitations", () => {
  it("mails a link; the person picks a password, is signed in, and can sign in again", async () => {
    const email = address();
    const created = await invite(email, "colleague");
    expect(created).toMatchObject({ email, role: "colleague", mailed: true });
    expect(created.link).toBeUndefined();
    const mail = await smtp.mailTo(email);
    expect(mail.from).toContain("vertelpunt@example.nl");
    expect(mail.subject).toMatch(/^Uitnodiging voor Vertelpunt van Gemeente/);
    expect(mail.text).toContain("Hallo Sam de Vries,");
    expect(mail.text).toContain("Je rol is: collega.");
    const token = tokenIn(mail.text, "uitnodiging");
    // The token is stored only as a hash.
    const [stored] = await app.database.db.select().from(memberInvitation).where(eq(memberInvitation.id, created.id));
    expect(stored!.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    const preview = await json(app.request("/api/v1/invitation-previews", { method: "POST", json: { token } }));
    expect(preview).toMatchObject({ name: "Sam de Vries", email, role: "colleague", twoFactorRequired: false });
    expect(preview.organizationName).toMatch(/^Gemeente/);

    const accepted = await app.request("/api/v1/invitation-acceptances", { method: "POST", json: { token, password: PASSWORD } });
    expect(accepted.status).toBe(201);
    const session = await accepted.json();
    expect(session.me.role).toBe("colleague");
    expect(accepted.headers.getSetCookie().some((c) => c.includes("session_token"))).toBe(true);
    expect((await app.request("/api/v1/stories", { token: session.token })).status).toBe(200);

    // Single use: the link is spent.
    const again = await app.request("/api/v1/invitation-acceptances", { method: "POST", json: { token, password: PASSWORD } });
    expect(again.status).toBe(404);
    expect((await again.json()).detail).toContain("Deze link werkt niet meer");
    const signIn = await app.request("/api/v1/sessions", { method: "POST", json: { email, password: PASSWORD } });
    expect(signIn.status).toBe(201);
    const audit = await json(app.request("/api/v1/audit-events", { token: org.adminToken }));
    const actions = audit.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["member.invited", "member.joined"]));
  });

  it("writes the mail in the language asked for", async () => {
    const email = address();
    await invite(email, "teller", "en");
    const mail = await smtp.mailTo(email);
    expect(mail.subject).toMatch(/^Invitation to Vertelpunt of /);
    expect(mail.text).toContain("Your role is: teller.");
  });

  it("an admin who accepts must set up two-step verification before anything else", async () => {
    const joined = await join("admin");
    expect(joined.me.twoFactorEnrolmentRequired).toBe(true);
    expect((await app.request("/api/v1/members", { token: joined.token })).status).toBe(403);
    const enrolled = await enrolInTwoFactor(app, joined.token);
    expect((await app.request("/api/v1/members", { token: enrolled.token })).status).toBe(200);
  });

  it("refuses an expired link, a short password (link stays usable) and an address that has an account", async () => {
    const email = address();
    const created = await invite(email, "colleague");
    const token = tokenIn((await smtp.mailTo(email)).text, "uitnodiging");
    const short = await app.request("/api/v1/invitation-acceptances", { method: "POST", json: { token, password: "kort" } });
    expect(short.status).toBe(400);
    expect((await app.request("/api/v1/invitation-previews", { method: "POST", json: { token } })).status).toBe(200);
    await app.database.db.update(memberInvitation).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(memberInvitation.id, created.id));
    expect((await app.request("/api/v1/invitation-acceptances", { method: "POST", json: { token, password: PASSWORD } })).status).toBe(404);
    const taken = await app.request("/api/v1/invitations", { method: "POST", token: org.adminToken, json: { name: "X", email: org.emails.teller, role: "teller" } });
    expect(taken.status).toBe(409);
  });

  it("lists open invitations and withdraws one, after which its link no longer works", async () => {
    const email = address();
    const created = await invite(email, "teller");
    const token = tokenIn((await smtp.mailTo(email)).text, "uitnodiging");
    const open = await json(app.request("/api/v1/invitations", { token: org.adminToken }));
    expect(open.items.map((i: { id: string }) => i.id)).toContain(created.id);
    expect((await app.request(`/api/v1/invitations/${created.id}`, { method: "DELETE", token: org.adminToken })).status).toBe(204);
    expect((await app.request("/api/v1/invitation-previews", { method: "POST", json: { token } })).status).toBe(404);
  });

  it("without SMTP set up, hands the admin the link to pass on", async () => {
    const laptop = await createTestApp();
    try {
      const other = await makeOrganization(laptop);
      const res = await json(laptop.request("/api/v1/invitations", { method: "POST", token: other.adminToken, json: { name: "Kim", email: address(), role: "colleague" } }));
      expect(res.mailed).toBe(false);
      const token = tokenIn(res.link, "uitnodiging");
      expect((await laptop.request("/api/v1/invitation-acceptances", { method: "POST", json: { token, password: PASSWORD } })).status).toBe(201);
    } finally {
      await laptop.close();
    }
  });
});

describe("password reset", () => {
  it("mails a link to a known address, sets the new password once, and ends every session", async () => {
    const joined = await join("colleague");
    const asked = await app.request("/api/v1/password-resets", { method: "POST", json: { email: joined.email.toUpperCase() } });
    expect(asked.status).toBe(202);
    const mail = await smtp.mailTo(joined.email, { subject: /wachtwoord/ });
    expect(mail.subject).toBe("Nieuw wachtwoord voor Vertelpunt");
    const token = tokenIn(mail.text, "wachtwoord-herstellen");
    const [stored] = await app.database.db.select().from(passwordReset).where(eq(passwordReset.tokenHash, token));
    expect(stored).toBeUndefined();
    const done = await app.request("/api/v1/password-reset-completions", { method: "POST", json: { token, password: "een-nieuw-wachtwoord" } });
    expect(done.status).toBe(204);
    expect((await app.request("/api/v1/sessions/current", { token: joined.token })).status).toBe(401);
    expect((await app.request("/api/v1/sessions", { method: "POST", json: { email: joined.email, password: PASSWORD } })).status).toBe(401);
    expect((await app.request("/api/v1/sessions", { method: "POST", json: { email: joined.email, password: "een-nieuw-wachtwoord" } })).status).toBe(201);
    const reused = await app.request("/api/v1/password-reset-completions", { method: "POST", json: { token, password: "nog-een-wachtwoord" } });
    expect(reused.status).toBe(404);
    const audit = await json(app.request("/api/v1/audit-events", { token: org.adminToken }));
    expect(audit.items.map((e: { action: string }) => e.action)).toContain("password.reset");
  });

  it("answers an unknown address exactly as a known one, and sends nothing", async () => {
    const unknown = address();
    const res = await app.request("/api/v1/password-resets", { method: "POST", json: { email: unknown } });
    const known = await app.request("/api/v1/password-resets", { method: "POST", json: { email: org.emails.teller } });
    expect(res.status).toBe(known.status);
    expect(await res.text()).toBe(await known.text());
    await smtp.mailTo(org.emails.teller, { subject: /wachtwoord/ });
    expect(smtp.received.some((m) => m.to.includes(unknown))).toBe(false);
  });

  it("an admin makes a link for a member: mailed with the admin's name, or handed over without mail", async () => {
    const joined = await join("colleague");
    const member = await memberIdOf(joined.email);
    const made = await json(app.request(`/api/v1/members/${member.id}/password-resets`, { method: "POST", token: org.adminToken }));
    expect(made).toEqual({ mailed: true });
    const mail = await smtp.mailTo(joined.email, { subject: /wachtwoord/ });
    expect(mail.text).toContain("Beheer stuurt je een link voor een nieuw wachtwoord");
    const token = tokenIn(mail.text, "wachtwoord-herstellen");
    expect((await app.request("/api/v1/password-reset-completions", { method: "POST", json: { token, password: "een-nieuw-wachtwoord" } })).status).toBe(204);
    expect((await app.request(`/api/v1/members/${member.id}/password-resets`, { method: "POST", token: org.tokens.analyst })).status).toBe(403);

    const laptop = await createTestApp();
    try {
      const other = await makeOrganization(laptop);
      const teller = (await json(laptop.request("/api/v1/members", { token: other.adminToken }))).items.find((m: { role: string }) => m.role === "teller");
      const handed = await json(laptop.request(`/api/v1/members/${teller.id}/password-resets`, { method: "POST", token: other.adminToken }));
      expect(handed.mailed).toBe(false);
      const done = await laptop.request("/api/v1/password-reset-completions", { method: "POST", json: { token: tokenIn(handed.link, "wachtwoord-herstellen"), password: "een-nieuw-wachtwoord" } });
      expect(done.status).toBe(204);
      expect((await laptop.request("/api/v1/sessions", { method: "POST", json: { email: other.emails.teller, password: "een-nieuw-wachtwoord" } })).status).toBe(201);
    } finally {
      await laptop.close();
    }
  });

  it("refuses an expired link", async () => {
    const joined = await join("teller");
    await app.request("/api/v1/password-resets", { method: "POST", json: { email: joined.email } });
    const token = tokenIn((await smtp.mailTo(joined.email, { subject: /wachtwoord/ })).text, "wachtwoord-herstellen");
    await app.database.db.update(passwordReset).set({ expiresAt: new Date(Date.now() - 1000) });
    const res = await app.request("/api/v1/password-reset-completions", { method: "POST", json: { token, password: "een-nieuw-wachtwoord" } });
    expect(res.status).toBe(404);
  });
});

describe("changing, deactivating and removing members", () => {
  async function withAccess(role: string) {
    const joined = await join(role);
    const apiToken = (await json(app.request("/api/v1/api-tokens", { method: "POST", token: joined.token, json: { name: "script" } }))).token as string;
    const member = await memberIdOf(joined.email);
    return { ...joined, apiToken, member };
  }
  const status = async (init: { token?: string; cookie?: string }) =>
    (await app.request("/api/v1/sessions/current", { token: init.token, headers: init.cookie ? { cookie: init.cookie } : {} })).status;

  it("a role change takes effect on the next request", async () => {
    const person = await withAccess("colleague");
    expect((await app.request("/api/v1/stories", { token: person.apiToken })).status).toBe(200);
    const res = await app.request(`/api/v1/members/${person.member.id}`, { method: "PATCH", token: org.adminToken, json: { role: "teller" } });
    expect(res.status).toBe(204);
    expect((await json(app.request("/api/v1/sessions/current", { token: person.token }))).role).toBe("teller");
    expect((await app.request("/api/v1/members", { token: person.apiToken })).status).toBe(403);
  });

  it("deactivating ends the session cookie, the bearer session and API tokens at once, and sign-in", async () => {
    const person = await withAccess("colleague");
    expect(await status({ cookie: person.cookie })).toBe(200);
    expect(await status({ token: person.apiToken })).toBe(200);
    const res = await app.request(`/api/v1/members/${person.member.id}`, { method: "PATCH", token: org.adminToken, json: { active: false } });
    expect(res.status).toBe(204);
    expect(await status({ cookie: person.cookie })).toBe(401);
    expect(await status({ token: person.token })).toBe(401);
    expect(await status({ token: person.apiToken })).toBe(401);
    expect((await app.request("/api/v1/sessions", { method: "POST", json: { email: person.email, password: PASSWORD } })).status).toBe(401);
    expect((await memberIdOf(person.email)).active).toBe(false);
    // No reset link for a deactivated member either (asked before an active colleague's, whose mail comes).
    await app.request("/api/v1/password-resets", { method: "POST", json: { email: person.email } });
    const witness = await join("teller");
    await app.request("/api/v1/password-resets", { method: "POST", json: { email: witness.email } });
    await smtp.mailTo(witness.email, { subject: /wachtwoord/ });
    expect(smtp.received.filter((m) => m.to.includes(person.email)).map((m) => m.subject)).not.toContain("Nieuw wachtwoord voor Vertelpunt");
    await app.request(`/api/v1/members/${person.member.id}`, { method: "PATCH", token: org.adminToken, json: { active: true } });
    expect((await app.request("/api/v1/sessions", { method: "POST", json: { email: person.email, password: PASSWORD } })).status).toBe(201);
  });

  it("removing ends access, frees the address for a new invitation, and is audited", async () => {
    const person = await withAccess("analyst");
    const res = await app.request(`/api/v1/members/${person.member.id}`, { method: "DELETE", token: org.adminToken });
    expect(res.status).toBe(204);
    expect(await status({ cookie: person.cookie })).toBe(401);
    expect(await status({ token: person.apiToken })).toBe(401);
    expect(await memberIdOf(person.email)).toBeUndefined();
    expect((await app.request("/api/v1/invitations", { method: "POST", token: org.adminToken, json: { name: "Terug", email: person.email, role: "teller" } })).status).toBe(201);
    const actions = (await json(app.request("/api/v1/audit-events", { token: org.adminToken }))).items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["member.role-changed", "member.deactivated", "member.reactivated", "member.removed"]));
  });

  it("keeps the last active admin: no demotion, deactivation or removal", async () => {
    const self = (await json(app.request("/api/v1/members", { token: org.adminToken }))).items.filter((m: { role: string; active: boolean }) => m.role === "admin" && m.active);
    // Admins who joined above are still there: take them away first, then only the fixture's admin is left.
    for (const other of self.filter((m: { email: string }) => m.email !== org.emails.admin)) {
      expect((await app.request(`/api/v1/members/${other.id}`, { method: "DELETE", token: org.adminToken })).status).toBe(204);
    }
    const last = await memberIdOf(org.emails.admin);
    for (const attempt of [
      { method: "PATCH", json: { role: "analyst" } },
      { method: "PATCH", json: { active: false } },
      { method: "DELETE" },
    ]) {
      const res = await app.request(`/api/v1/members/${last.id}`, { ...attempt, token: org.adminToken });
      expect(res.status).toBe(409);
      expect((await res.json()).detail).toContain("laatste beheerder");
    }
    expect((await app.request("/api/v1/members", { token: org.adminToken })).status).toBe(200);
  });

  it("answers 404 for another organization's member and 403 below admin", async () => {
    const other = await makeOrganization(app, org.operatorToken);
    const target = await memberIdOf(org.emails.teller);
    expect((await app.request(`/api/v1/members/${target.id}`, { method: "PATCH", token: org.tokens.analyst, json: { role: "admin" } })).status).toBe(403);
    expect((await app.request(`/api/v1/members/${target.id}`, { method: "DELETE", token: other.adminToken })).status).toBe(404);
  });

  it.runIf(testEngine() === "postgres")("a second app process on the same database refuses the deactivated member at once", async () => {
    const second = await createTestApp({ alongside: app });
    try {
      const person = await withAccess("colleague");
      const onSecond = (init: { token?: string; cookie?: string }) =>
        second.request("/api/v1/sessions/current", { token: init.token, headers: init.cookie ? { cookie: init.cookie } : {} }).then((r) => r.status);
      expect(await onSecond({ cookie: person.cookie })).toBe(200);
      expect(await onSecond({ token: person.apiToken })).toBe(200);
      await app.request(`/api/v1/members/${person.member.id}`, { method: "PATCH", token: org.adminToken, json: { active: false } });
      expect(await onSecond({ cookie: person.cookie })).toBe(401);
      expect(await onSecond({ token: person.token })).toBe(401);
      expect(await onSecond({ token: person.apiToken })).toBe(401);
    } finally {
      await second.close();
    }
  });
});
