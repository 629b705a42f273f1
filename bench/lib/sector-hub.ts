// A sector hub at scale for bench/sector.ts: a sector and its core framework made through the API,
// then in bulk SQL the member organizations with their links and adoptions of the core, each one's
// monthly releases (counted and noised in JavaScript by the real mechanism, with a seeded source so
// reruns hold the same figures) and the shared stories (generated inside PostgreSQL with
// generate_series, Dutch text from lib/dutch-text.ts). Every id and random draw is seeded, so two
// runs on one engine give the same answers: their hashes compare code before and after a change.
import { type SQL, sql } from "drizzle-orm";
import type { FrameworkInput } from "../../src/core/framework.ts";
import { countStories } from "../../src/core/sector/aggregates.ts";
import type { CoreVersion } from "../../src/core/sector/core-framework.ts";
import { noisyRelease } from "../../src/core/sector/release.ts";
import { queryRows } from "../../src/db/client.ts";
import { sectorContributor, sectorReceived } from "../../src/db/schema/index.ts";
import { coreVersionOf } from "../../src/server/sector/hub.ts";
import { json, makeOrganization, type Organization } from "../../src/testing/fixtures.ts";
import { seededRandom } from "../../src/testing/generated-stories.ts";
import { contributeToSector } from "../../src/testing/sector-fixtures.ts";
import type { TestApp } from "../../src/testing/test-app.ts";
import { dutchText } from "./dutch-text.ts";

const options = (ids: string[]) => ids.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1).replace("_", " ") }));
const situations = ["schulden", "werk", "wonen", "zorg", "gezin", "eenzaamheid"];
const interventions = ["huisbezoek", "maatwerk", "doorverwijzen", "samen_plan", "netwerk", "regels_toepassen"];
const outcomes = ["opgelost", "beter", "hetzelfde", "slechter"];

/** A core as a labour-market region would publish it: the three roles (a 144-cell table), a slider, a triad and a scale. */
export const benchCore: FrameworkInput = {
  name: "Kern Werk en Inkomen",
  language: "nl",
  prompts: [{ id: "moment", text: "Vertel over een moment dat ertoe deed" }],
  signifiers: [
    { id: "situatie", type: "choice", question: "Waarover ging het?", role: "situation", options: options(situations) },
    { id: "aanpak", type: "choice", question: "Wat deed je?", role: "intervention", options: options(interventions) },
    { id: "uitkomst", type: "choice", question: "Hoe liep het af?", role: "outcome", options: options(outcomes) },
    { id: "regie", type: "dyad", question: "Wie had de regie?", labels: ["Ik", "De inwoner"] },
    { id: "hulp", type: "triad", question: "Wat hielp?", labels: ["Regels", "Contact", "Samenwerking"] },
    { id: "cijfer", type: "scale", question: "Welk cijfer geef je?", min: 1, max: 10 },
  ],
};

export const benchMonths = (count: number) => Array.from({ length: count }, (_, i) => `${2023 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, "0")}`);

export interface SectorHub {
  sectorId: string;
  coordinator: Organization;
  member: Organization;
  months: string[];
  releases: number;
}

/** A seeded id of row g, a valid version-4 UUID (the API's path parameters check the version). */
const seededUuid = (seed: SQL) => sql`overlay(overlay(md5(${seed}) placing '4' from 13) placing '8' from 17)::uuid`;
const uuidOf = (label: string) => seededUuid(sql`${label} || g`);
const quoted = (values: string[]) => sql.raw(`array[${values.map((v) => `'${v}'`).join(",")}]`);
const HALF = { numerator: 1, denominator: 2 };

/** The other organizations (all but the member made through the API): members of the sector with a link, an adopted core and a contributor on the hub. */
async function organizationsInSql(app: TestApp, sectorId: string, hubOrganizationId: string, count: number, core: CoreVersion) {
  const db = app.database.db;
  const series = sql`generate_series(1, ${count}) g`;
  await db.execute(sql`insert into organization (id, name, slug) select ${uuidOf("org")}, 'Gemeente ' || lpad(g::text, 3, '0'), 'bench-' || g from ${series}`);
  await db.execute(sql`insert into sector_member (sector_id, organization_id) select ${sectorId}::uuid, ${uuidOf("org")} from ${series}`);
  await db.execute(sql`insert into sector_link (id, organization_id, sector_id, sector_name, budget_numerator, budget_denominator)
    select ${uuidOf("link")}, ${uuidOf("org")}, ${sectorId}::uuid, 'Arbeidsmarktregio', 40, 1 from ${series}`);
  await db.execute(sql`insert into framework (id, organization_id, name, language) select ${uuidOf("framework")}, ${uuidOf("org")}, 'Ons kader', 'nl' from ${series}`);
  await db.execute(sql`insert into core_adoption (organization_id, link_id, framework_id, framework_version, core_version, core)
    select ${uuidOf("org")}, ${uuidOf("link")}, ${uuidOf("framework")}, 1, ${core.version}, ${JSON.stringify(core)}::jsonb from ${series}`);
  await db.execute(sql`insert into sector_contributor (id, organization_id, sector_id, name, local_organization_id, public_key)
    select ${uuidOf("contributor")}, ${hubOrganizationId}::uuid, ${sectorId}::uuid, 'Gemeente ' || lpad(g::text, 3, '0'), ${uuidOf("org")}, 'bench' from ${series}`);
}

interface Contributor { id: string; organization: string; showName: boolean; size: number }

/** One organization's month as its stories would answer the core: outcomes depend on situation × intervention. */
function monthOfStories(random: () => number, stories: number, core: CoreVersion) {
  const pick = (list: string[], skew = 1) => list[Math.floor(list.length * random() ** skew)]!;
  return Array.from({ length: stories }, () => {
    const [situatie, aanpak] = [pick(situations, 1.5), pick(interventions)];
    const good = ((situations.indexOf(situatie) * 7 + interventions.indexOf(aanpak) * 3) % 10) / 20;
    const u = random();
    const a = random();
    const b = random() * (1 - a);
    return {
      core,
      answers: {
        situatie, aanpak, uitkomst: outcomes[u < 0.15 + good ? 0 : u < 0.5 + good / 2 ? 1 : u < 0.85 ? 2 : 3]!,
        regie: Math.round(random() * 100) / 100, hulp: [a, b, 1 - a - b], cijfer: 1 + Math.floor(random() * 10),
      },
    };
  });
}

/** Every contributor's release per month (ε = ½, k = 5), one in twenty released again, one in fifty withdrawn. */
async function releasesInJs(app: TestApp, sectorId: string, hubOrganizationId: string, contributors: Contributor[], months: string[], core: CoreVersion) {
  const random = seededRandom(15);
  const uniform = (n: number) => Math.floor(random() * n);
  const cells = new Map(countStories(core, []).map((h) => [h.key, h.cells]));
  const rows: (typeof sectorReceived.$inferInsert)[] = [];
  let n = 0;
  // Month by month, as releases arrive; received_at grows with each row, so the order the hub
  // received them in is also the order they lie in the table.
  for (const [m, month] of months.entries()) {
    for (const c of contributors) {
      const versions = ++n % 20 === 0 ? 2 : 1;
      for (let version = 1; version <= versions; version++) {
        const stories = Math.round(c.size * (0.7 + 0.6 * random()));
        const release = noisyRelease(countStories(core, monthOfStories(random, stories, core)), HALF, 5, uniform);
        const withdrawn = n % 50 === 0;
        const document = {
          kind: "aggregates", month, sectorId, version, organization: c.organization, showName: c.showName, series: `${c.id.slice(0, 8)}-klantverhalen`,
          coreVersion: core.version, epsilon: HALF, sensitivity: release.sensitivity, plusMinus: release.plusMinus,
          histograms: release.histograms.map((h) => ({ key: h.key, cells: cells.get(h.key)!, counts: h.counts })),
        };
        const receivedAt = new Date(Date.UTC(2023, m + 1, 2) + rows.length * 1000);
        rows.push({
          organizationId: hubOrganizationId, sectorId, contributorId: c.id, contributionId: contributionId(n, version), kind: "aggregates", month,
          document: withdrawn ? null : document, signature: "bench", receivedAt, withdrawnAt: withdrawn ? receivedAt : null,
        });
      }
    }
  }
  for (let at = 0; at < rows.length; at += 500) await app.database.db.insert(sectorReceived).values(rows.slice(at, at + 500));
  return rows.length;
}

const contributionId = (n: number, version: number) => {
  const hex = (n * 4 + version).toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
};

/** The shared stories, in chunks inside one transaction so that setseed holds for every random() after it. */
async function storiesInSql(app: TestApp, sectorId: string, hubOrganizationId: string, contributors: Contributor[], months: string[], stories: number) {
  const n = contributors.length;
  const ids = sql.raw(`array[${contributors.map((c) => `'${c.id}'::uuid`).join(",")}]`);
  const names = quoted(contributors.map((c) => c.organization));
  const shown = sql.raw(`array[${contributors.map((c) => String(c.showName)).join(",")}]`);
  const pick = (list: string[]) => sql`(${quoted(list)})[1 + floor(random() * ${list.length})::int]`;
  await app.database.db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.15)`);
    for (let from = 1; from <= stories; from += 50_000) {
      const to = Math.min(stories, from + 49_999);
      await tx.execute(sql`insert into sector_received (organization_id, sector_id, contributor_id, contribution_id, kind, month, document, signature, received_at)
        select ${hubOrganizationId}::uuid, ${sectorId}::uuid, (${ids})[1 + g % ${n}], ${seededUuid(sql`'story' || g`)}, 'story', m.month,
          jsonb_build_object('kind', 'story', 'month', m.month, 'sectorId', ${sectorId}::text, 'version', 1,
            'organization', (${names})[1 + g % ${n}], 'showName', (${shown})[1 + g % ${n}], 'coreVersion', 1,
            'title', case when g % 4 = 0 then 'Over ' || split_part(t.text, ' ', 3) end, 'text', t.text, 'language', 'nl',
            'answers', jsonb_build_object('situatie', ${pick(situations)}, 'aanpak', ${pick(interventions)}, 'uitkomst', ${pick(outcomes)},
              'regie', round(random()::numeric, 2), 'cijfer', 1 + floor(random() * 10)::int)),
          'bench', (m.month || '-01')::timestamptz + interval '1 month' + g * interval '1 second'
        from generate_series(${from}::int, ${to}::int) g, lateral (${dutchText(sql.raw("g"))}) t,
          lateral (select (${quoted(months)})[1 + (g * 7) % ${months.length}] as month) m`);
    }
  });
}

/**
 * The hub: `organizations` contributors (the API-made member among them), `months` monthly releases
 * each and `stories` shared stories. The coordinator coordinates; the member reads the view.
 */
export async function buildSectorHub(app: TestApp, { organizations, months: monthCount, stories }: { organizations: number; months: number; stories: number }): Promise<SectorHub> {
  const coordinator = await makeOrganization(app);
  const member = await makeOrganization(app, coordinator.operatorToken);
  const sector = await json(app.request("/api/v1/sectors", { method: "POST", token: coordinator.adminToken, json: { name: "Arbeidsmarktregio Midden" } }));
  await app.request(`/api/v1/sectors/${sector.id}/core-frameworks`, { method: "POST", token: coordinator.adminToken, json: { definition: benchCore } });
  await contributeToSector(app, sector.id, member.adminToken, { coordinatorAdminToken: coordinator.adminToken, organizationId: member.organizationId });
  const db = app.database.db;
  const core = await coreVersionOf(db, sector.id);
  await organizationsInSql(app, sector.id, coordinator.organizationId, organizations - 1, core);
  const [memberContributor] = await db.insert(sectorContributor).values({
    organizationId: coordinator.organizationId, sectorId: sector.id, name: "Gemeente Lid", localOrganizationId: member.organizationId, publicKey: "bench",
  }).returning();
  const ids = await queryRows<{ id: string }>(db, sql`select ${seededUuid(sql`'contributor' || g`)}::text as id from generate_series(1, ${organizations - 1}) g order by g`);
  const contributors: Contributor[] = [
    { id: memberContributor!.id, organization: "Gemeente Lid", showName: false, size: 60 },
    // From a few stories a month to a large city's 160; every third lets the sector show its name.
    ...ids.map(({ id }, i) => ({ id, organization: `Gemeente ${String(i + 1).padStart(3, "0")}`, showName: (i + 1) % 3 === 0, size: 10 + ((i * 37) % 150) })),
  ];
  const months = benchMonths(monthCount);
  const releases = await releasesInJs(app, sector.id, coordinator.organizationId, contributors, months, core);
  await storiesInSql(app, sector.id, coordinator.organizationId, contributors, months, stories);
  await db.execute(sql`vacuum analyze sector_received`);
  return { sectorId: sector.id, coordinator, member, months, releases };
}
