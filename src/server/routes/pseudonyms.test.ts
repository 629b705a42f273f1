import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import { makeCollection, makeOrganization, type Organization, validAnswers } from "../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

const RAW_REFERENCE = "KLANT-778899-ZUID";
const logLines: string[] = [];
let app: TestApp;
let orgA: Organization & { operatorToken: string };
let orgB: Organization;
let collectionA: string;
let collectionB: string;

beforeAll(async () => {
  app = await createTestApp({ logLines });
  orgA = await makeOrganization(app);
  orgB = await makeOrganization(app, orgA.operatorToken);
  collectionA = (await makeCollection(app, orgA.adminToken)).collection.id;
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
