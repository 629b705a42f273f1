// Search over the shared stories answers as the plain query would: every match in the story's own
// language (its search configuration, 'simple' for others), the newest RANK_WINDOW of them ranked,
// best first, then newest. The plain query works out each row's tsquery and rank on its own; the
// search (shared-stories.ts) reads the language column, one tsquery per configuration and a rank
// only for the window. More stories than the window, in three languages and one without stemming.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchConfigs } from "../../core/language.ts";
import { queryRows } from "../../db/client.ts";
import { sectorContributor } from "../../db/schema/index.ts";
import { makeOrganization } from "../../testing/fixtures.ts";
import { startSector } from "../../testing/sector-fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { RANK_WINDOW, sharedStories } from "./shared-stories.ts";

let app: TestApp;
let viewer: { id: string; organizationId: string; coordinating: boolean };
const STORIES = 3 * RANK_WINDOW + 600;
const words = ["schulden", "huisbezoek", "samen", "bewindvoerder", "deurwaarder", "gesprek", "walked", "walking", "debts", "visit", "together", "brief"];

beforeAll(async () => {
  app = await createTestApp();
  const coordinator = await makeOrganization(app);
  const sectorId = await startSector(app, coordinator.adminToken);
  viewer = { id: sectorId, organizationId: coordinator.organizationId, coordinating: true };
  const db = app.database.db;
  const [contributor] = await db.insert(sectorContributor).values({ organizationId: coordinator.organizationId, sectorId, name: "Gemeente Elders", publicKey: "test" }).returning();
  const list = sql.raw(`array[${words.map((w) => `'${w}'`).join(",")}]`);
  // Seeded, so a failure can be rerun; months and receipt times interleave, as deliveries do.
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.5)`);
    await tx.execute(sql`insert into sector_received (organization_id, sector_id, contributor_id, contribution_id, kind, month, document, signature, received_at)
      select ${coordinator.organizationId}::uuid, ${sectorId}::uuid, ${contributor!.id}::uuid, gen_random_uuid(), 'story', '2026-' || lpad((1 + g % 12)::text, 2, '0'),
        jsonb_build_object('kind', 'story', 'title', null, 'text', t.text, 'language', (array['nl', 'nl', 'en', 'xx'])[1 + g % 4], 'month', '2026-' || lpad((1 + g % 12)::text, 2, '0'), 'answers', '{}'::jsonb, 'coreVersion', 1),
        'test', timestamptz '2026-01-01' + g * interval '1 minute'
      from generate_series(1, ${STORIES}) g,
        lateral (select string_agg((${list})[1 + floor(${words.length} * random() ^ 2)::int], ' ') as text from generate_series(1, 4 + g % 9)) t`);
  });
});
afterAll(() => app.close());

const configOf = sql.raw(`(case coalesce(document ->> 'language', '') ${Object.entries(searchConfigs).map(([l, c]) => `when '${l}' then '${c}'`).join(" ")} else 'simple' end)::regconfig`);

/** The plain query: each row's own tsquery, the newest RANK_WINDOW matches, ranked. */
async function plainSearch(q: string, limit: number) {
  const rows = await queryRows<{ id: string }>(app.database.db, sql`select id from (
      select contribution_id as id, month, received_at, ts_rank(search_vector, websearch_to_tsquery(${configOf}, ${q})) as rank
      from sector_received
      where organization_id = ${viewer.organizationId} and sector_id = ${viewer.id} and kind = 'story' and withdrawn_at is null
        and search_vector @@ websearch_to_tsquery(${configOf}, ${q})
      order by month desc, received_at desc limit ${RANK_WINDOW}) w
    order by rank desc, month desc, received_at desc limit ${limit}`);
  return rows.map((r) => r.id);
}

describe("search over the shared stories", () => {
  const queries = ["schulden", "\"huisbezoek samen\"", "\"schulden schulden\"", "\"schulden schulden\" gesprek", "\"samen met\"", "schulden -huisbezoek", "bewindvoerder OR deurwaarder", "walking", "\"debts visit\"", "brief -gesprek -samen"];
  it.each(queries)("finds and orders what the plain query does: %s", async (q) => {
    const expected = await plainSearch(q, 200);
    expect(expected.length).toBeGreaterThan(0);
    const found = (await sharedStories(app.database.db, viewer, { q, limit: 200 })).map((s) => s.id);
    expect(found).toEqual(expected);
  });

  it("has more matches than the window for a common word and a common phrase, so the window is tested", async () => {
    for (const q of ["schulden", "\"schulden schulden\""]) {
      const [row] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from sector_received where search_vector @@ websearch_to_tsquery(${configOf}, ${q})`);
      expect(row!.n).toBeGreaterThan(RANK_WINDOW);
    }
    expect(await sharedStories(app.database.db, viewer, { q: "zwembad", limit: 10 })).toEqual([]);
  });
});
