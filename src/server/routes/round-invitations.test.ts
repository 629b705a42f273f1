// Personal invitations for a listening round, against a real SMTP server on loopback: invitations go
// out, the personal link opens the round's form and tells once (with the client's pseudonym), one
// reminder reaches only those who did not tell (with an injected clock, also when two processes run
// the job at once), the response is counted, and the contact data is gone once the round closes.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instanceSecret } from "../../db/instance.ts";
import { roundContact, roundInvitee, story as storyTable } from "../../db/schema/index.ts";
import { runRoundJobs } from "../rounds/round-jobs.ts";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../testing/smtp.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import { createLogger } from "../logger.ts";
import { createSmtpMailer } from "../mail/mailer.ts";

const DAY = 86_400_000;
let smtp: TestSmtpServer;
let app: TestApp;
let org: Organization;
let collection: { id: string; slug: string };
let round: { id: string; slug: string };
const story = { text: "Ik kreeg snel antwoord van de klantmanager.", answers: validAnswers, consent: { research: true } };

const roundPath = () => `/api/v1/collections/${collection.id}/listening-rounds/${round.id}`;
const invite = (list: string, extra: Record<string, unknown> = {}, token = org.tokens.analyst) =>
  app.request(`${roundPath()}/invitations`, { method: "POST", token, json: { list, ...extra } });
const linkIn = (text: string) => {
  const match = /(http\S+\/vertel\/(\w+)#uitnodiging=([\w-]+))/.exec(text);
  if (!match) throw new Error("no personal link in the mail");
  return { url: match[1]!, slug: match[2]!, token: match[3]! };
};
const open = (token: string) => app.request(`/api/v1/round-invitations/${token}/openings`, { method: "POST" });
const tellWith = (token: string, headers: Record<string, string> = {}) =>
  app.request(`/api/v1/round-invitations/${token}/stories`, { method: "POST", json: story, headers });
// The job as a second app process would run it: its own mailer, the same database and secret.
const jobs = async (now: Date) => {
  const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: "Vertelpunt <vertelpunt@example.nl>" });
  const secret = await instanceSecret(app.database.db);
  try {
    return await runRoundJobs({ db: app.database.db, mailer, logger: createLogger("silent"), links: { publicUrl: TEST_ORIGIN, secret } }, now);
  } finally {
    mailer.close();
  }
};

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  app = await createTestApp({ mail: { smtpUrl: smtp.url, from: "Vertelpunt <vertelpunt@example.nl>" } });
  org = await makeOrganization(app);
  ({ collection } = await makeCollection(app, org.adminToken));
  round = await json(app.request(`/api/v1/collections/${collection.id}/listening-rounds`, {
    method: "POST", token: org.adminToken,
    json: { name: "Voorjaar", startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 30 * DAY).toISOString(), reminderAfterDays: 3 },
  }));
});
afterAll(async () => {
  await app.close();
  await smtp.close();
});

describe("inviting people to a listening round", () => {
  it("names every line it cannot use in problem+json, in Dutch, and stores nothing", async () => {
    const res = await invite("a@example.nl\ngeen e-mailadres\na@example.nl", {}, org.tokens.analyst);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const problem = await res.json();
    expect(problem.invalidParams).toEqual([
      { name: "list.2", code: "invalidEmail", reason: "Regel 2: Dit is geen geldig e-mailadres." },
      { name: "list.3", code: "duplicateEmail", reason: "Regel 3: Dit e-mailadres staat al eerder in de lijst." },
    ]);
    expect(await app.database.db.select().from(roundInvitee)).toEqual([]);
  });

  it("lets colleagues see the response but not invite", async () => {
    expect((await invite("a@example.nl", {}, org.tokens.colleague)).status).toBe(403);
  });

  it("previews a list without storing or sending", async () => {
    const preview = await json(invite("E-mail;Klantnummer\na@example.nl;K-1\nb@example.nl\nc@example.nl", { dryRun: true }));
    expect(preview).toEqual({ invitees: 3, withClientRef: 1, alreadyInvited: 0, mail: true });
    expect(smtp.received).toEqual([]);
  });

  let links: Record<"a" | "b" | "c", { url: string; slug: string; token: string }>;

  it("mails each person a personal link to the round's form", async () => {
    const res = await invite("E-mail;Klantnummer\na@example.nl;K-1\nb@example.nl\nc@example.nl");
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ invited: 3, mailed: 3, alreadyInvited: 0, links: [] });
    const mails = await Promise.all(["a", "b", "c"].map((who) => smtp.mailTo(`${who}@example.nl`)));
    expect(mails[0]!.subject).toMatch(/vertel je verhaal/);
    links = { a: linkIn(mails[0]!.text), b: linkIn(mails[1]!.text), c: linkIn(mails[2]!.text) };
    expect(new Set(Object.values(links).map((l) => l.token)).size).toBe(3);
    expect(links.a.slug).toBe(round.slug);
    // Again with the same list: nobody is invited twice.
    expect(await json(invite("a@example.nl\nb@example.nl"))).toMatchObject({ invited: 0, alreadyInvited: 2 });
  });

  it("opens the round's form with the link, and tells once, with the client's pseudonym", async () => {
    expect(await json(open(links.a.token))).toEqual({ slug: round.slug, state: "open" });
    const told = await tellWith(links.a.token, { "idempotency-key": "a-1" });
    expect(told.status).toBe(201);
    const { id } = await told.json();
    // The same client told before through a colleague, with the reference typed: the pseudonyms line up.
    const typed = await json(app.request(`/api/v1/collections/${collection.id}/stories`, { method: "POST", token: org.tokens.colleague, json: { ...story, subjectRef: "k-1" } }));
    const pseudonyms = await app.database.db.select({ id: storyTable.id, p: storyTable.subjectPseudonym }).from(storyTable);
    const of = (storyId: string) => pseudonyms.find((r) => r.id === storyId)?.p;
    expect(of(id)).toBeTruthy();
    expect(of(id)).toBe(of(typed.id));
    // The story carries nothing of the invitation's contact data.
    const shown = await app.request(`/api/v1/stories/${id}`, { token: org.tokens.analyst });
    expect(await shown.text()).not.toContain("a@example.nl");
    // A retry of the same story gets it back; a second story with the link is refused.
    expect((await json(tellWith(links.a.token, { "idempotency-key": "a-1" }))).id).toBe(id);
    const again = await tellWith(links.a.token);
    expect(again.status).toBe(409);
    expect((await again.json()).detail).toMatch(/al een verhaal verteld/);
    expect(await json(open(links.a.token))).toEqual({ slug: round.slug, state: "told" });
    expect((await open("x".repeat(43))).status).toBe(404);
  });

  it("gives the link back when the story is refused", async () => {
    const bad = await app.request(`/api/v1/round-invitations/${links.c.token}/stories`, { method: "POST", json: { ...story, answers: { hulp: [2, 2, 2] } } });
    expect(bad.status).toBe(400);
    expect(await json(open(links.c.token))).toEqual({ slug: round.slug, state: "open" });
  });

  it("reminds once, only those who did not tell, after the round's days (two processes at once)", async () => {
    expect(await jobs(new Date(Date.now() + 2 * DAY))).toEqual({ contactsDeleted: 0, reminded: 0 });
    const later = new Date(Date.now() + 4 * DAY);
    const [first, second] = await Promise.all([jobs(later), jobs(later)]);
    expect(first!.reminded + second!.reminded).toBe(2);
    await smtp.mailTo("b@example.nl", { subject: /Herinnering/ });
    await smtp.mailTo("c@example.nl", { subject: /Herinnering/ });
    const reminders = smtp.received.filter((m) => /Herinnering/.test(m.subject));
    expect(reminders.map((m) => m.to[0]).sort()).toEqual(["b@example.nl", "c@example.nl"]);
    // The reminder repeats the person's own link.
    expect(linkIn(reminders.find((m) => m.to[0] === "b@example.nl")!.text).token).toBe(links.b.token);
    expect((await jobs(new Date(Date.now() + 6 * DAY))).reminded).toBe(0);
  });

  it("counts the response per day: all counts for analysts, small counts hidden for colleagues", async () => {
    await open(links.b.token);
    const response = await json(app.request(`${roundPath()}/invitation-response`, { token: org.tokens.analyst }));
    const today = new Date().toISOString().slice(0, 10);
    expect(response.totals).toEqual({ invited: 3, opened: 3, told: 1, reminded: 2 });
    expect(response.days).toEqual([{ date: today, invited: 3, opened: 3, told: 1 }]);
    expect(response.contactsKept).toBe(3);
    const forColleague = await json(app.request(`${roundPath()}/invitation-response`, { token: org.tokens.colleague }));
    expect(forColleague.suppressed).toBe(true);
    expect(forColleague.totals).toEqual({ invited: null, opened: null, told: null, reminded: null });
    expect(forColleague.days).toEqual([{ date: today, invited: null, opened: null, told: null }]);
  });

  it("deletes the contact data when the round closes; the counts stay and the links stop", async () => {
    // c tells offline while the round is open; the outbox sends the story after it closed.
    const { formToken } = await json(app.request(`/api/v1/public-collections/${round.slug}`));
    const toldOffline = { ...story, toldAt: new Date(Date.now() - 1000).toISOString() };
    const closed = await app.request(roundPath(), { method: "PATCH", token: org.adminToken, json: { endsAt: new Date().toISOString() } });
    expect(closed.status).toBe(200);
    const contacts = await app.database.db.select().from(roundContact).where(and(eq(roundContact.organizationId, org.organizationId), eq(roundContact.roundId, round.id)));
    expect(contacts).toEqual([]);
    const response = await json(app.request(`${roundPath()}/invitation-response`, { token: org.tokens.analyst }));
    expect(response).toMatchObject({ contactsKept: 0, totals: { invited: 3, told: 1 } });
    expect(await json(open(links.b.token))).toEqual({ slug: round.slug, state: "closed" });
    const late = await tellWith(links.b.token);
    expect(late.status).toBe(409);
    const sentLate = (body: Record<string, unknown>) => app.request(`/api/v1/round-invitations/${links.c.token}/stories`, { method: "POST", json: body });
    expect((await sentLate(toldOffline)).status).toBe(409);
    expect((await sentLate({ ...toldOffline, formToken: `${formToken}x` })).status).toBe(409);
    expect((await sentLate({ ...toldOffline, formToken })).status).toBe(201);
    expect((await invite("d@example.nl")).status).toBe(409);
  });
});

describe("without SMTP", () => {
  let bare: TestApp;
  afterAll(() => bare?.close());

  it("answers the links to pass on, and nothing is mailed", async () => {
    bare = await createTestApp();
    const o = await makeOrganization(bare);
    const { collection: c } = await makeCollection(bare, o.adminToken);
    const r = await json(bare.request(`/api/v1/collections/${c.id}/listening-rounds`, {
      method: "POST", token: o.adminToken, json: { name: "Najaar", startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + DAY).toISOString() },
    }));
    const outcome = await json(bare.request(`/api/v1/collections/${c.id}/listening-rounds/${r.id}/invitations`, { method: "POST", token: o.tokens.analyst, json: { list: "x@example.nl\ny@example.nl" } }));
    expect(outcome).toMatchObject({ invited: 2, mailed: 0 });
    expect(outcome.links.map((l: { email: string }) => l.email)).toEqual(["x@example.nl", "y@example.nl"]);
    const { token } = linkIn(outcome.links[0].link);
    expect(await json(bare.request(`/api/v1/round-invitations/${token}/openings`, { method: "POST" }))).toEqual({ slug: r.slug, state: "open" });
    const response = await json(bare.request(`/api/v1/collections/${c.id}/listening-rounds/${r.id}/invitation-response`, { token: o.tokens.analyst }));
    expect(response.totals).toMatchObject({ invited: 2, opened: 1 });
  });
});
