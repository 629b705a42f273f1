// Hostile: a code from the authenticator app works once. A replayed code, an older code after a
// newer one, the code that confirmed enrolment, and two sign-ins racing with one code: at most one
// of each gets a session, and a refused replay leaves no session behind.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { session, user } from "../../db/schema/index.ts";
import { json, makeOrganization, type Organization, PASSWORD } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { keyFromTotpUri, totp } from "../../testing/totp.ts";

let app: TestApp;
let org: Organization;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
});
afterAll(() => app.close());

const challengeFor = async (email: string) =>
  (await json(app.request("/api/v1/sessions", { method: "POST", json: { email, password: PASSWORD } }))).challenge as string;
const verify = async (email: string, code: string) =>
  app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code, challenge: await challengeFor(email) } });
async function sessionsOf(email: string) {
  const [person] = await app.database.db.select({ id: user.id }).from(user).where(eq(user.email, email));
  return (await app.database.db.select({ id: session.id }).from(session).where(eq(session.userId, person!.id))).length;
}

/** A colleague who has just enrolled: their key, and the code that confirmed enrolment. */
async function freshlyEnrolled() {
  const email = `codes-${Math.random().toString(36).slice(2)}@example.nl`;
  await app.request("/api/v1/members", { method: "POST", token: org.adminToken, json: { name: "Codes", email, password: PASSWORD, role: "colleague" } });
  const { token } = await json(app.request("/api/v1/sessions", { method: "POST", json: { email, password: PASSWORD } }));
  const key = keyFromTotpUri((await json(app.request("/api/v1/two-factor-enrolments", { method: "POST", token, json: { password: PASSWORD } }))).totpUri);
  const confirmedWith = totp(key);
  const confirmed = await app.request("/api/v1/two-factor-confirmations", { method: "POST", token, json: { code: confirmedWith } });
  expect(confirmed.status).toBe(201);
  return { email, key, confirmedWith };
}

// Steps relative to now; the server accepts the step before, now and the one after.
const codeAt = (key: Buffer, stepsFromNow: number) => totp(key, Date.now() + stepsFromNow * 30_000);

describe("TOTP codes work once", () => {
  it("the same code twice in its window: the second sign-in is refused and leaves no session", async () => {
    const { email, key } = await freshlyEnrolled();
    const code = codeAt(key, 1);
    expect((await verify(email, code)).status).toBe(201);
    const before = await sessionsOf(email);
    const replay = await verify(email, code);
    expect(replay.status).toBe(401);
    expect(replay.headers.get("content-type")).toContain("application/problem+json");
    expect(replay.headers.getSetCookie().join()).not.toContain("session_token=");
    expect(await sessionsOf(email)).toBe(before);
  });

  it("an older code after a newer one was accepted is refused", async () => {
    const { email, key } = await freshlyEnrolled();
    expect((await verify(email, codeAt(key, 1))).status).toBe(201);
    expect((await verify(email, codeAt(key, 0))).status).toBe(401);
    expect((await verify(email, codeAt(key, -1))).status).toBe(401);
  });

  it("the code that confirmed enrolment cannot sign in", async () => {
    const { email, confirmedWith } = await freshlyEnrolled();
    expect((await verify(email, confirmedWith)).status).toBe(401);
  });

  it("two sign-ins racing with one code: exactly one gets a session", async () => {
    const { email, key } = await freshlyEnrolled();
    const code = codeAt(key, 1);
    const [a, b] = await Promise.all([challengeFor(email), challengeFor(email)]);
    const answers = await Promise.all([a, b].map((challenge) =>
      app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code, challenge } })));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 401]);
  });
});
