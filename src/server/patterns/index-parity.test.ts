// The column index and the SQL reference must give identical numbers on the same stories: every
// signifier's distribution, choice crosstabs and what-works counts, under several filters, before
// and after erasure, withdrawn consent and new stories. On PGlite, and on PostgreSQL with
// TEST_DATABASE=postgres and DATABASE_URL.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameworkDefinition } from "../../core/framework.ts";
import type { PatternScope } from "../../core/patterns/distribution.ts";
import { type PatternFilter, resolveFilter } from "../../core/patterns/filter.ts";
import { whatWorksSignifiers, type WhatWorksQuery } from "../../core/patterns/roles.ts";
import { syntheticFramework, syntheticStories } from "../../core/patterns/synthetic.ts";
import { narrowFilter } from "../../index/filter-lookups.ts";
import { storiesById } from "../../index/loader.ts";
import { PatternIndex } from "../../index/pattern-index.ts";
import { select } from "../../index/selection.ts";
import { countWhatWorks } from "../../index/what-works.ts";
import { queryRows } from "../../db/client.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { sqlCrosstab } from "../../db/aggregates/crosstab.ts";
import { sqlDistribution } from "../../db/aggregates/distribution.ts";
import { edgeStories } from "../../testing/parity-fixtures.ts";
import { createSyntheticScope, generateStoriesInSql, insertStories, type SyntheticScope } from "../../testing/synthetic-db.ts";
import { sqlWhatWorksCounts } from "../../db/aggregates/what-works.ts";

let app: TestApp;
let data: SyntheticScope;
let other: SyntheticScope;
let patterns: PatternIndex;

const signifiers = ["situatie", "aanpak", "uitkomst", "thema", "leefgebied", "hulp", "steun", "regie", "tempo", "cijfer", "zorgen", "gevoel"];

function filters(): PatternFilter[] {
  return [
    {},
    { from: "2024-06-01T00:00:00Z", to: "2025-03-01T12:30:00.5Z" },
    { teams: [data.teamIds[0]!, data.teamIds[2]!], channels: ["kiosk", "web"] },
    { answers: [{ signifierId: "situatie", options: ["schulden", "werk"] }, { signifierId: "regie", min: 0.2, max: 0.7 }] },
    { answers: [{ signifierId: "thema", options: ["geld"] }, { signifierId: "hulp", corner: 0, min: 0.3 }, { signifierId: "cijfer", min: 3, max: 7 }] },
    { collections: [data.collectionIds[1]] },
  ];
}

/** Filters read from outside the index (collection audience, interpretation tags): fewer signifiers each. */
function lookedUpFilters(): PatternFilter[] {
  return [
    { audiences: ["professionals"] },
    { audiences: ["clients"], collections: [data.collectionIds[1]] },
    { tags: ["armoede"] },
    { tags: ["armoede", "taal"], channels: ["web", "interview"], audiences: ["clients", "professionals"] },
  ];
}

const scopes = (): PatternScope[] => [
  { organizationId: data.organizationId, frameworkId: data.frameworkId },
  { organizationId: data.organizationId, collectionId: data.collectionIds[0] },
];

/** The index's counts without what only the index returns (points, density). */
async function indexCounts(scope: PatternScope, signifierId: string, filter: PatternFilter) {
  const { points: _points, pointIds: _ids, density: _density, ...counts } = (await patterns.distribution(scope, signifierId, filter, { bins: 10, resolution: 12 })) as Record<string, unknown>;
  return counts;
}

async function indexWhatWorksCounts(scope: PatternScope, filter: PatternFilter, query: WhatWorksQuery) {
  await patterns.ready;
  const { filter: narrowed, storyIds } = await narrowFilter(app.database.db, scope.organizationId, filter);
  const scoped = patterns.index.resolve(scope);
  const rows = select(scoped, resolveFilter(scoped.segment.catalog, narrowed), storyIds);
  return countWhatWorks(scoped.segment, rows, whatWorksSignifiers(scoped.segment.catalog, query), 3).counts;
}

async function expectParity(cases = filters(), ids = signifiers) {
  for (const scope of scopes()) {
    for (const filter of cases) {
      for (const id of ids) {
        const expected = await sqlDistribution(app.database.db, scope, id, filter, { bins: 10, resolution: 12 });
        expect(await indexCounts(scope, id, filter), `${id} ${JSON.stringify(filter)}`).toEqual(expected);
      }
      // The default grid, which the index reads from cells worked out when each story arrived.
      for (const id of ["hulp", "steun"]) {
        const { points: _p, pointIds: _i, density: _d, ...counts } = (await patterns.distribution(scope, id, filter)) as Record<string, unknown>;
        expect(counts).toEqual(await sqlDistribution(app.database.db, scope, id, filter));
      }
      for (const [a, b] of [["situatie", "uitkomst"], ["aanpak", "thema"], ["thema", "leefgebied"]] as const) {
        const { test: _test, ...counts } = await patterns.crosstab(scope, a, b, filter);
        expect(counts).toEqual(await sqlCrosstab(app.database.db, scope, a, b, filter));
      }
      for (const query of [{}, { intervention: "thema", outcome: "urgentie" }] as WhatWorksQuery[]) {
        expect(await indexWhatWorksCounts(scope, filter, query)).toEqual(await sqlWhatWorksCounts(app.database.db, scope, filter, query));
      }
    }
  }
}

const sqlDelete = (id: string) => sql`delete from story where id = ${id}`;
const sqlUpdate = (id: string, set: string) => sql`update story set ${sql.raw(set)} where id = ${id}`;

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  data = await createSyntheticScope(db);
  other = await createSyntheticScope(db);
  await insertStories(db, data, [...syntheticStories(2500, 7), ...edgeStories()]);
  await insertStories(db, other, syntheticStories(300, 8));
  await generateStoriesInSql(db, data, 1500);
  // One collection listens to professionals; colleagues tagged some stories (one of them twice).
  await db.execute(sql`update collection set audience = 'professionals' where id = ${data.collectionIds[1]}`);
  const tagged = syntheticStories(2500, 7).flatMap((s, i) => (i % 7 === 0 ? [[s.id, ["armoede"]]] : i % 11 === 0 ? [[s.id, ["taal", "werk"]]] : []));
  for (const [storyId, tags] of [...tagged, tagged[0]!]) {
    await db.execute(sql`insert into interpretation (organization_id, story_id, collection_id, interpreter_user_id, answers, tags, annotations)
      select organization_id, id, collection_id, gen_random_uuid(), '{}'::jsonb, ${JSON.stringify(tags)}::jsonb, '[]'::jsonb from story where id = ${storyId}`);
  }
  patterns = PatternIndex.start(db);
  await patterns.ready;
});

afterAll(async () => {
  await app?.close();
});

// Each test compares thousands of stories on SQL's side; on a busy 2-core CI machine one took 76 s.
describe("column index and SQL give identical numbers", { timeout: 240_000 }, () => {
  it("for distributions, crosstabs and what-works counts under every filter", async () => {
    expect(patterns.size().stories).toBeGreaterThan(3000);
    await expectParity();
  });

  it("under audience and interpretation-tag filters, which select the same stories on both sides", async () => {
    const scope = { organizationId: data.organizationId, frameworkId: data.frameworkId };
    const tagged = await patterns.distribution(scope, "situatie", { tags: ["armoede"] });
    const professionals = await patterns.distribution(scope, "situatie", { audiences: ["professionals"] });
    const second = await patterns.distribution(scope, "situatie", { collections: [data.collectionIds[1]] });
    expect(tagged.n).toBeGreaterThan(100);
    expect(tagged.n).toBeLessThan((await patterns.distribution(scope, "situatie")).n / 4);
    expect(professionals.n).toBe(second.n);
    await expectParity(lookedUpFilters(), ["situatie", "regie", "hulp", "cijfer"]);
  });

  it("reads stories again through the story table's primary key, not the whole table", async () => {
    const db = app.database.db;
    const ids = (await queryRows<{ id: string }>(db, sql`select id::text as id from story limit 3`)).map((r) => r.id);
    // With sequential scans priced out, a plan that can use the key does; one that cannot still scans.
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return (await queryRows<{ "QUERY PLAN": string }>(tx, sql`explain ${storiesById(ids)}`)).map((row) => row["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("story_pkey");
    expect(plan).not.toContain("Seq Scan");
  });

  it("after erasure, withdrawn consent, an edited answer and new stories", async () => {
    const db = app.database.db;
    const [gone, withdrawn, edited] = syntheticStories(2500, 7).filter((s) => s.consentResearch);
    await db.execute(sqlDelete(gone!.id));
    expect(await patterns.remove(gone!.id)).toBe(true);
    await db.execute(sqlUpdate(withdrawn!.id, "consent_research = false"));
    await db.execute(sqlUpdate(edited!.id, `answers = answers || '{"situatie": "werk", "regie": 0.7}'::jsonb`));
    await patterns.reload([withdrawn!.id, edited!.id]);
    const fresh = syntheticStories(200, 99);
    await insertStories(db, data, fresh);
    for (const s of fresh) {
      await patterns.append({
        id: s.id, organizationId: data.organizationId, collectionId: data.collectionIds[s.collection]!, frameworkId: data.frameworkId, frameworkVersion: 1,
        answers: s.answers, channel: s.channel, teamId: s.team === 0 ? null : data.teamIds[s.team - 1]!, consentResearch: s.consentResearch, toldAt: new Date(s.toldMs),
      });
    }
    await expectParity();
  });

  it("after new framework versions: an added option and signifier, then a signifier that changed kind", async () => {
    const db = app.database.db;
    const v1 = frameworkDefinition.parse(syntheticFramework);
    const v2 = {
      ...v1,
      signifiers: [
        ...v1.signifiers.map((s) => (s.id === "aanpak" && s.type === "choice" ? { ...s, options: [...s.options, { id: "nieuw", label: "Nieuw" }] } : s)),
        { id: "extra", type: "dyad", question: "Extra", required: false, audience: "teller", labels: ["a", "b"] },
      ],
    };
    const v3 = { ...v2, signifiers: v2.signifiers.map((s) => (s.id === "tempo" ? { id: "tempo", type: "scale", question: "Tempo", required: false, audience: "teller", min: 1, max: 5 } : s)) };
    for (const [version, answers] of [[2, { situatie: "werk", aanpak: "nieuw", uitkomst: "beter", extra: 0.4 }], [3, { situatie: "zorg", aanpak: "nieuw", uitkomst: "opgelost", tempo: 3 }]] as const) {
      await db.execute(sql`insert into framework_version (organization_id, framework_id, version, definition)
        values (${data.organizationId}, ${data.frameworkId}, ${version}, ${JSON.stringify(version === 2 ? v2 : v3)}::jsonb)`);
      const fresh = { ...syntheticStories(1, 1000 + version)[0]!, answers, consentResearch: true, collection: 0, team: 0 };
      await insertStories(db, data, [fresh], version);
      await patterns.append({
        id: fresh.id, organizationId: data.organizationId, collectionId: data.collectionIds[0], frameworkId: data.frameworkId, frameworkVersion: version,
        answers, channel: fresh.channel, teamId: null, consentResearch: true, toldAt: new Date(fresh.toldMs),
      });
    }
    expect(await patterns.distribution({ organizationId: data.organizationId, frameworkId: data.frameworkId }, "extra")).toMatchObject({ answered: 1 });
    await expectParity();
  });

  it("never reads another organization's stories", async () => {
    const scope = { organizationId: data.organizationId, frameworkId: other.frameworkId };
    await expect(patterns.distribution(scope, "situatie")).rejects.toMatchObject({ code: "unknownScope" });
    await expect(sqlDistribution(app.database.db, scope, "situatie")).rejects.toMatchObject({ code: "unknownScope" });
  });
});
