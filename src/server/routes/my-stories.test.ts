// "Mijn verhalen": anyone who tells can list just the stories they told (toldBy=me), also colleagues
// and up, who otherwise see the whole organization's stories.
import { afterAll, beforeAll, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collectionId: string;

const tell = async (token: string, text: string) =>
  (await json(app.request(`/api/v1/collections/${collectionId}/stories`, { method: "POST", token, json: { text, answers: validAnswers, consent: { research: true } } }))).id as string;
const ids = async (token: string, query: string) =>
  ((await json(app.request(`/api/v1/stories${query}`, { token }))).items as { id: string }[]).map((s) => s.id).sort();

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  collectionId = (await makeCollection(app, org.adminToken)).collection.id;
});
afterAll(() => app.close());

it("lists only the caller's own stories with toldBy=me", async () => {
  const mine = await tell(org.tokens.colleague, "Mijn eigen verhaal.");
  const theirs = await tell(org.tokens.teller, "Het verhaal van een ander.");
  expect(await ids(org.tokens.colleague, "")).toEqual([mine, theirs].sort());
  expect(await ids(org.tokens.colleague, "?toldBy=me")).toEqual([mine]);
  expect(await ids(org.tokens.teller, "?toldBy=me")).toEqual([theirs]);
  expect((await app.request("/api/v1/stories?toldBy=someone", { token: org.tokens.teller })).status).toBe(400);
});

it("never shows a teller who else told or interpreted: no other teller's or interpreter's id, name or e-mail", async () => {
  const other = { name: "Tweede Verteller", email: `tweede-${Date.now()}@example.nl`, password: "een-lang-wachtwoord", role: "teller" };
  expect((await app.request("/api/v1/members", { method: "POST", token: org.adminToken, json: other })).status).toBe(201);
  const otherToken = (await json(app.request("/api/v1/sessions", { method: "POST", json: { email: other.email, password: other.password } }))).token;
  const members = (await json(app.request("/api/v1/members", { token: org.adminToken }))).items as { id: string; email: string; name: string }[];
  const idOf = (email: string) => members.find((m) => m.email === email)!.id;
  const hidden = [other.name, other.email, idOf(other.email), org.emails.colleague, idOf(org.emails.colleague)];

  const own = await tell(org.tokens.teller, "Mijn verhaal over de schuldhulp.");
  const theirs = await tell(otherToken, "Het verhaal van de tweede verteller over de schuldhulp.");
  const reading = await app.request(`/api/v1/stories/${own}/interpretations`, {
    method: "POST", token: org.tokens.colleague, json: { answers: {}, tags: ["schuldhulp"], note: "Goed gedaan." },
  });
  expect(reading.status).toBe(201);

  const seen: string[] = [];
  for (const path of ["/stories", `/stories/${own}`, `/stories/${own}/interpretations`, `/stories/${own}/similar`, `/stories/${own}/reflection`, "/stories?toldBy=me&q=schuldhulp"]) {
    const res = await app.request(`/api/v1${path}`, { token: org.tokens.teller });
    expect(res.status, path).toBe(200);
    seen.push(await res.text());
  }
  expect(seen.join("\n")).toContain(own);
  for (const identity of hidden) expect(seen.join("\n")).not.toContain(identity);
  // Another teller's story and the people list stay closed to a teller.
  expect((await app.request(`/api/v1/stories/${theirs}`, { token: org.tokens.teller })).status).toBe(404);
  expect((await app.request("/api/v1/members", { token: org.tokens.teller })).status).toBe(403);
});
