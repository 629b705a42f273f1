import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

const RAW_REFERENCE = "KLANT-778899-ZUID";
const logLines: string[] = [];
let app: TestApp;
let orgA: Organization & { operatorToken: string };
let orgB: Organization;
let collectionA: string;
let collectionB: string;
let slugA: string;

beforeAll(async () => {
  app = await createTestApp({ logLines });
  orgA = await makeOrganization(app);
  orgB = await makeOrganization(app, orgA.operatorToken);
  ({ id: collectionA, slug: slugA } = (await makeCollection(app, orgA.adminToken)).collection);
  collectionB = (await makeCollection(app, orgB.adminToken)).collection.id;
});
afterAll(() => app.close());

async function tell(org: Organization, collectionId: string, subjectRef: string) {
  const res = await app.request(`/api/v1/collections/${collectionId}/stories`, {
    method: "POST", token: org.adminToken,
    json: { text: "Tweede gesprek met dezelfde cliënt.", subjectRef, answers: validAnswers, consent: { research: true } },
  });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
}
const pseudonymOf = async (org: Organization, id: string) =>
  (await (await app.request(`/api/v1/stories/${id}`, { token: org.adminToken })).json()).subjectPseudonym as string;

describe("client pseudonyms", () => {
  it("gives the same client the same pseudonym within an organization", async () => {
    const first = await pseudonymOf(orgA, await tell(orgA, collectionA, RAW_REFERENCE));
    const again = await pseudonymOf(orgA, await tell(orgA, collectionA, ` ${RAW_REFERENCE.toLowerCase()} `));
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(again).toBe(first);
    expect(await pseudonymOf(orgA, await tell(orgA, collectionA, "ANDERE-KLANT"))).not.toBe(first);
  });

  it("cannot be linked across organizations", async () => {
    const inA = await pseudonymOf(orgA, await tell(orgA, collectionA, RAW_REFERENCE));
    const inB = await pseudonymOf(orgB, await tell(orgB, collectionB, RAW_REFERENCE));
    expect(inB).not.toBe(inA);
  });

  it("is not shown to colleagues", async () => {
    const id = await tell(orgA, collectionA, RAW_REFERENCE);
    expect(await pseudonymOf({ ...orgA, adminToken: orgA.tokens.colleague }, id)).toBeNull();
  });

  it("never stores or logs the raw reference", async () => {
    await tell(orgA, collectionA, RAW_REFERENCE);
    const tables = await queryRows<{ name: string }>(app.database.db, sql`select tablename as name from pg_tables where schemaname = 'public'`);
    expect(tables.length).toBeGreaterThan(5);
    for (const { name } of tables) {
      const rows = await queryRows<{ row: string }>(app.database.db, sql.raw(`select t::text as row from "${name}" t`));
      for (const { row } of rows) expect(row.toUpperCase(), name).not.toContain(RAW_REFERENCE);
    }
    const stored = await app.database.db.select({ p: story.subjectPseudonym }).from(story);
    expect(stored.some((s) => s.p)).toBe(true);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join("\n").toUpperCase()).not.toContain(RAW_REFERENCE);
  });
});

describe("logs at the most verbose level", () => {
  /** Words that appear only in what tellers and staff typed: never in a log line. */
  const MARK = "kwartelkoning-7431";
  const TEXT = `Mevrouw Zwanenburg vertelde over de ${MARK} en haar schulden.`;
  const told = { text: TEXT, subjectRef: RAW_REFERENCE, answers: validAnswers, consent: { research: true } };
  const secrets: string[] = [];

  function expectLogsClean() {
    expect(logLines.length).toBeGreaterThan(0);
    const logs = logLines.join("\n");
    for (const secret of [MARK, "Zwanenburg", RAW_REFERENCE, ...secrets]) expect(logs.toUpperCase(), secret).not.toContain(secret.toUpperCase());
  }

  it("never contain story text, notes, search words, client references, pseudonyms or receipt links", async () => {
    const tell = (path: string, init: Parameters<TestApp["request"]>[1]) => app.request(`/api/v1${path}`, { method: "POST", ...init });
    // Told and stored, by staff and on the public page.
    const stored = await tell(`/collections/${collectionA}/stories`, { token: orgA.tokens.teller, json: told });
    expect(stored.status).toBe(201);
    const storyId = (await stored.json()).id;
    const publicStory = await tell(`/public-collections/${slugA}/stories`, { json: { text: TEXT, answers: validAnswers, consent: { research: true } } });
    expect(publicStory.status).toBe(201);
    const receipt = (await publicStory.json()).receiptUrl.split("/bon/")[1] as string;
    secrets.push(receipt.split(".")[1]!);
    expect((await app.request(`/api/v1/receipts/${receipt}`)).status).toBe(200);
    // Refused: wrong answers, another organization's collection, too large, not JSON at all.
    expect((await tell(`/collections/${collectionA}/stories`, { token: orgA.tokens.teller, json: { ...told, answers: { cijfer: 99 } } })).status).toBe(400);
    expect((await tell(`/collections/${collectionB}/stories`, { token: orgA.tokens.teller, json: told })).status).toBe(404);
    expect((await tell(`/collections/${collectionA}/stories`, { token: orgA.tokens.teller, json: { ...told, text: `${TEXT} `.repeat(30_000) } })).status).toBe(413);
    const malformed = await tell(`/collections/${collectionA}/stories`, { token: orgA.tokens.teller, headers: { "content-type": "application/json" }, body: `{"text": "${TEXT}", "subjectRef": "${RAW_REFERENCE}",` });
    expect(malformed.status).toBe(400);
    // Imported (one good line, one bad), previewed, searched for, followed up, looked up by pseudonym.
    const imported = await tell(`/collections/${collectionA}/story-imports`, {
      token: orgA.adminToken, headers: { "content-type": "application/x-ndjson" }, body: [JSON.stringify(told), JSON.stringify({ ...told, answers: { cijfer: 99 } })].join("\n"),
    });
    expect(imported.status).toBeLessThan(500);
    expect((await tell("/redaction-previews", { json: { text: TEXT } })).status).toBe(200);
    expect((await app.request(`/api/v1/stories?q=${MARK}`, { token: orgA.adminToken })).status).toBe(200);
    expect((await tell(`/stories/${storyId}/follow-ups`, { token: orgA.tokens.colleague, json: { kind: "action", text: `Gebeld over de ${MARK}` } })).status).toBe(201);
    const pseudonym = await pseudonymOf(orgA, storyId);
    secrets.push(pseudonym);
    expect((await app.request(`/api/v1/subjects/${pseudonym}/timeline`, { token: orgA.adminToken })).status).toBe(200);
    expectLogsClean();
  });

  it("never contain the story of a submission the database fails to store", async () => {
    const { db } = app.database;
    await db.execute(sql.raw(`create function vp_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'simulated storage failure'; end $$`));
    await db.execute(sql.raw("create trigger vp_test_refuse before insert on story for each row execute function vp_test_refuse()"));
    try {
      const failed = await app.request(`/api/v1/collections/${collectionA}/stories`, { method: "POST", token: orgA.tokens.teller, json: told });
      expect(failed.status).toBe(500);
      expect((await json(failed)).detail).not.toContain(MARK);
    } finally {
      await db.execute(sql.raw("drop trigger vp_test_refuse on story"));
      await db.execute(sql.raw("drop function vp_test_refuse()"));
    }
    // It was logged, as an unexpected error: without its data.
    expect(logLines.some((line) => line.includes("unexpected error"))).toBe(true);
    expectLogsClean();
  });
});
