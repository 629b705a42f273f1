// Each story is searched in its own language: stemmed where PostgreSQL has a stemmer for it, whole
// words ('simple') otherwise; and stories indexed before a language had its stemmer are indexed again
// by migration 0015.
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let collection: { id: string };

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection } = await makeCollection(app, org.adminToken));
});
afterAll(() => app.close());

const tell = async (text: string, language?: string) =>
  json(app.request(`/api/v1/collections/${collection.id}/stories`, {
    method: "POST", token: org.tokens.teller, json: { text, language, answers: validAnswers, consent: { research: true } },
  }));
const found = async (q: string) =>
  (await json(app.request(`/api/v1/stories?collectionId=${collection.id}&q=${encodeURIComponent(q)}&limit=100`, { token: org.tokens.colleague })))
    .items.map((i: { id: string }) => i.id).sort();

describe("stories in their own language", () => {
  let english: { id: string; language: string };
  let dutch: { id: string; language: string };
  let tigrinya: { id: string; language: string };
  let turkish: { id: string; language: string };

  beforeAll(async () => {
    english = await tell("I walked to the office with my neighbour and the staff listened to us.");
    dutch = await tell("Ik ging met de buurvrouw naar het loket en de medewerkers luisterden naar ons.");
    tigrinya = await tell("ኣብ ቤት ጽሕፈት ነዊሕ ተጸቢየ ግን ሰራሕተኛ ሓጊዛትኒ");
    turkish = await tell("Belediyeye gittim ama formları anlamadım, danışman bana yardım etti.", "tr");
  });

  it("keeps the language each story was told in, detected or given", () => {
    expect([english.language, dutch.language, tigrinya.language, turkish.language]).toEqual(["en", "nl", "ti", "tr"]);
  });

  it("finds an English story by another form of its words (English stems)", async () => {
    expect(await found("walking")).toEqual([english.id]);
    expect(await found("listens")).toEqual([english.id]);
  });

  it("finds a Dutch story by another form of its words (Dutch stems)", async () => {
    expect(await found("loketten")).toEqual([dutch.id]);
    expect(await found("medewerker")).toEqual([dutch.id]);
    expect(await found("buurvrouwen")).toEqual([dutch.id]);
  });

  it("finds a story in a language without a stemmer by its words as written", async () => {
    expect(await found("ሰራሕተኛ")).toEqual([tigrinya.id]);
    expect(await found("ሰራሕተ")).toEqual([]);
  });

  it("stems Turkish stories with PostgreSQL's Turkish stemmer", async () => {
    expect(await found("formlar")).toEqual([turkish.id]);
  });

  it("keeps -not and OR across languages", async () => {
    expect(await found("walking OR medewerker")).toEqual([english.id, dutch.id].sort());
    expect(await found("walking -office")).toEqual([]);
  });

  it("indexes stories told before their language had a stemmer again (migration 0015)", async () => {
    const { db } = app.database;
    await db.execute(sql`update story set search_vector = to_tsvector('simple', text) where id = ${turkish.id}`);
    expect(await found("formlar")).toEqual([]);
    const migration = readFileSync(new URL("../../db/migrations/0015_story_language_stemming.sql", import.meta.url), "utf8");
    for (const statement of migration.split("--> statement-breakpoint")) await db.execute(sql.raw(statement));
    expect(await found("formlar")).toEqual([turkish.id]);
  });
});
