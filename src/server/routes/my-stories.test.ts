// "Mijn verhalen": anyone who tells can list just the stories they told (toldBy=me), also colleagues
// and up, who otherwise see the whole organization's stories.
import { afterAll, beforeAll, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

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
