// The sector view (issue 15, item 5): members only, the hub's combined figures with their ± and
// intervals, small cells hidden, the organization's own releases beside the sector, what works,
// trends, two periods compared, names only where allowed, and search and similar shared stories.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noiseHalfWidth } from "../../core/sector/discrete-laplace.ts";
import { generateSigningKeys } from "../../core/sector/signed-document.ts";
import type { SectorDiscovery, SectorFigure, SectorPatterns } from "../../contract/sectors.ts";
import { sectorContribution, sectorReceived } from "../../db/schema/index.ts";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { contributeToSector, coreStory, knownRelease, knownStory, startSector } from "../../testing/sector-fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let coordinator: Organization & { operatorToken: string };
let member: Organization;
let outsider: Organization;
let sectorId: string;
let memberName: string;
let sharedStoryId: string;
let hub: (path: string, body: { id: string }, method?: string) => Promise<Response>;
const keys = generateSigningKeys();
const half = { numerator: 1, denominator: 2 };

const get = (path: string, token: string) => app.request(`/api/v1${path}`, { token });
const patterns = (token: string, query = ""): Promise<SectorPatterns> => json(get(`/sectors/${sectorId}/patterns${query}`, token));
const question = (view: SectorPatterns, id: string) => view.questions.find((q) => q.id === id)!;
const figure = (figures: SectorFigure[], cell: string) => figures.find((f) => f.cell === cell)!;

beforeAll(async () => {
  app = await createTestApp();
  coordinator = await makeOrganization(app);
  member = await makeOrganization(app, coordinator.operatorToken);
  outsider = await makeOrganization(app, coordinator.operatorToken);
  sectorId = await startSector(app, coordinator.adminToken);
  // An instance elsewhere released October with counts the test knows (one of them below k = 5).
  const { credential } = await json(app.request(`/api/v1/sectors/${sectorId}/credentials`, { method: "POST", token: coordinator.adminToken, json: { name: "Gemeente Elders" } }));
  hub = (path: string, body: { id: string }, method = "POST") =>
    app.request(`/api/v1/sector-hub${path}`, { method, json: body, headers: { authorization: `Bearer ${credential}`, "Idempotency-Key": body.id } });
  await hub("/signing-key", { id: crypto.randomUUID(), publicKey: keys.publicKey } as never, "PUT");
  const october = knownRelease(sectorId, "2026-10", keys.privateKey, {
    situatie: [40, 7], aanpak: [30, 3], uitkomst: [29, 18],
    "situation×intervention×outcome": [25, 5, 4, 9, 1, 0, 2, 4],
  });
  expect((await hub("/contributions", october)).status).toBe(201);
  const story = knownStory(sectorId, "2026-10", keys.privateKey, "Na een gesprek over werk vond ze een nieuwe baan bij de bakker.", { situatie: "werk", aanpak: "bezoek" });
  expect((await hub("/contributions", story)).status).toBe(201);
  // The member lets the sector show its name, then releases November: 24 stories, every fourth shared.
  await app.request("/api/v1/organization-settings", { method: "PATCH", token: member.adminToken, json: { sectorShowName: true } });
  const { collection } = await contributeToSector(app, sectorId, member.adminToken, { coordinatorAdminToken: coordinator.adminToken, organizationId: member.organizationId });
  for (let n = 1; n <= 24; n++) {
    await app.request(`/api/v1/collections/${collection.id}/stories`, { method: "POST", token: member.tokens.teller, json: coreStory(n, { sector: n % 4 === 0 }) });
  }
  expect((await app.request(`/api/v1/collections/${collection.id}/sector-releases`, { method: "POST", token: member.adminToken, json: { month: "2026-11" } })).status).toBe(201);
  const [released] = await app.database.db.select().from(sectorContribution)
    .where(and(eq(sectorContribution.organizationId, member.organizationId), eq(sectorContribution.kind, "aggregates")));
  memberName = (released!.document as { organization: string }).organization;
  sharedStoryId = (await json(get(`/sectors/${sectorId}/stories?q=bakker`, member.tokens.colleague))).items[0]?.id;
}, 120_000);
afterAll(async () => app?.close());

describe("the sector view", () => {
  it("is for members of the sector's organizations only: 404 for others, 403 below colleague", async () => {
    const paths = [
      "/patterns", "/discovery", "/trends?question=situatie", "/comparisons?aFrom=2026-10&aTo=2026-10&bFrom=2026-11&bTo=2026-11",
      "/stories?q=baan", `/stories/${sharedStoryId}/similar`,
    ].map((p) => `/sectors/${sectorId}${p}`);
    for (const path of paths) {
      expect((await get(path, outsider.tokens.colleague)).status, path).toBe(404);
      expect((await get(path, outsider.adminToken)).status, path).toBe(404);
      expect((await get(path, member.tokens.teller)).status, path).toBe(403);
      expect((await get(path, member.tokens.colleague)).status, path).toBe(200);
    }
  });

  it("shows the hub's combined figures with the ± of their noise and intervals that count it, and hides small cells", async () => {
    const view = await patterns(member.tokens.colleague, "?from=2026-10&to=2026-10");
    expect(view).toMatchObject({ releases: 1, smallGroup: 5, organizations: { count: 1, named: [] }, months: ["2026-10", "2026-11"] });
    const hub = await json(get(`/sectors/${sectorId}/aggregates?month=2026-10`, member.tokens.colleague));
    for (const q of view.questions) {
      for (const f of q.figures) {
        const combined = hub.histograms.find((h: { key: string }) => h.key === q.id)?.cells.find((c: { cell: string }) => c.cell === f.cell);
        expect(f.count, `${q.id} ${f.cell}`).toBe(combined && combined.count >= 5 ? combined.count : null);
      }
    }
    const schulden = figure(question(view, "situatie").figures, "schulden");
    expect(schulden).toMatchObject({ label: "Schulden", count: 40, plusMinus: noiseHalfWidth(half, 4) });
    expect(schulden.share).toBeCloseTo(40 / 47);
    const sampling = 1.96 * Math.sqrt((40 / 47) * (7 / 47) / 47);
    expect(schulden.upper! - schulden.share!).toBeGreaterThan(sampling * 1.2); // the noise widens it
    expect(schulden.lower!).toBeLessThan(schulden.share!);
    // 3 of Elders' stories called: below the threshold, so neither the count nor its share is shown.
    expect(figure(question(view, "aanpak").figures, "bellen")).toMatchObject({ label: "Bellen", count: null, share: null, lower: null, upper: null });
    expect(question(view, "situatie").mine).toBeNull(); // the member released nothing in October

    const rows = view.whatWorks!.rows;
    expect(rows.map((r) => `${r.situation}|${r.intervention}`)).toEqual(["Schulden|Huisbezoek", "Schulden|Bellen", "Werk|Bellen"]); // Werk|Huisbezoek: 1 story
    const visit = rows.find((r) => r.intervention === "Huisbezoek")!;
    expect(visit.n).toBe(30);
    const better = visit.outcomes.find((o) => o.outcome === "Beter")!;
    expect(better.share).toBeCloseTo(25 / 30);
    expect(better.restShare).toBeCloseTo(4 / 13);
    expect(better.difference).toBeCloseTo(25 / 30 - 4 / 13);
    expect(better.differenceLower!).toBeLessThan(better.difference!);
    // Werk|Bellen: 6 stories, but 2 better and 4 the same are each below the threshold.
    expect(rows.find((r) => r.situation === "Werk")!.outcomes.map((o) => o.share === null)).toEqual([true, true]);
  });

  it("puts the organization's own released figures beside the sector's", async () => {
    const [released] = await app.database.db.select().from(sectorContribution)
      .where(and(eq(sectorContribution.organizationId, member.organizationId), eq(sectorContribution.kind, "aggregates")));
    const sent = (released!.document as { histograms: { key: string; cells: string[]; counts: (number | null)[] }[] }).histograms;
    const view = await patterns(member.tokens.colleague);
    for (const q of view.questions) {
      const own = sent.find((h) => h.key === q.id)!;
      for (const f of q.mine!) {
        const count = own.counts[own.cells.indexOf(f.cell)] ?? null;
        expect(f.count, `${q.id} ${f.cell}`).toBe(count !== null && count >= 5 ? count : null);
      }
    }
    expect((await patterns(coordinator.tokens.colleague)).questions.every((q) => q.mine === null)).toBe(true);
  });

  it("names only the organizations that allow it; the coordinator, who admitted them, sees every name", async () => {
    expect((await patterns(member.tokens.colleague)).organizations).toEqual({ count: 2, named: [memberName] });
    expect((await patterns(coordinator.tokens.colleague)).organizations).toEqual({ count: 2, named: ["Gemeente Elders", memberName].sort((a, b) => a.localeCompare(b, "nl")) });
    const stories = (await json(get(`/sectors/${sectorId}/stories`, member.tokens.colleague))).items as { organization: string | null; text: string }[];
    expect(stories.find((s) => s.text.includes("bakker"))!.organization).toBeNull();
    expect(stories.filter((s) => s.text.includes("huisbezoek")).every((s) => s.organization === memberName)).toBe(true);
  });

  it("follows a question month by month and compares two periods, noise counted in", async () => {
    const trend = await json(get(`/sectors/${sectorId}/trends?question=situatie`, member.tokens.colleague));
    expect(trend.months.map((m: { month: string }) => m.month)).toEqual(["2026-10", "2026-11"]);
    expect(figure(trend.months[0].figures, "schulden").count).toBe(40);
    expect((await get(`/sectors/${sectorId}/trends?question=bestaatniet`, member.tokens.colleague)).status).toBe(404);
    const compared = await json(get(`/sectors/${sectorId}/comparisons?aFrom=2026-10&aTo=2026-10&bFrom=2026-11&bTo=2026-11`, member.tokens.colleague));
    const cell = compared.questions.find((q: { id: string }) => q.id === "situatie").cells.find((c: { cell: string }) => c.cell === "schulden");
    expect(cell.a).toBeCloseTo(40 / 47);
    if (cell.b !== null) {
      expect(cell.difference).toBeCloseTo(cell.b - cell.a);
      expect(cell.lower).toBeLessThan(cell.difference);
      expect(cell.upper).toBeGreaterThan(cell.difference);
    }
    expect((await get(`/sectors/${sectorId}/comparisons?aFrom=2026-11&aTo=2026-10&bFrom=2026-11&bTo=2026-11`, member.tokens.colleague)).status).toBe(400);
  });

  it("discovers answers that go together only where the difference is beyond the noise, and states its ±", async () => {
    const discover = (query: string): Promise<SectorDiscovery> => json(get(`/sectors/${sectorId}/discovery${query}`, member.tokens.colleague));
    // October alone: home visits ended better 26 of 31 times against 6 of 19 for calls, but one
    // release's noise (ε = ½ over Δ = 4) is as large as that difference, so nothing is reported.
    const october = await discover("?from=2026-10&to=2026-10");
    expect(october).toMatchObject({ period: { from: "2026-10", to: "2026-10" }, smallGroup: 5, alpha: 0.05, findings: [] });
    expect(october.tested).toBeGreaterThan(0);
    expect(october.skipped).toBeGreaterThan(0); // e.g. work: 7 stories, 1 of them a home visit
    const all = await discover("");
    for (const f of all.findings) {
      expect(f.lower > 0 || f.upper < 0, `${f.given.answer} → ${f.then.answer}`).toBe(true);
      expect(f.plusMinus).toBeCloseTo((f.upper - f.lower) / 2);
      expect(f.q).toBeLessThanOrEqual(0.05);
      expect(f.n).toBeGreaterThanOrEqual(5);
    }
    expect((await get(`/sectors/${sectorId}/discovery?from=2026-11&to=2026-10`, member.tokens.colleague)).status).toBe(400);
  });

  it("finds shared stories by their words (Dutch stems) and lists those like one", async () => {
    const found = async (q: string) => (await json(get(`/sectors/${sectorId}/stories?q=${encodeURIComponent(q)}`, member.tokens.colleague))).items as { id: string; text: string }[];
    expect((await found("banen")).map((s) => s.id)).toEqual([sharedStoryId]); // "baan" and "banen" share a stem
    expect(await found("huisbezoeken")).toHaveLength(6);
    expect(await found("zwembad")).toEqual([]);
    const [first] = await found("huisbezoek");
    const similar = (await json(get(`/sectors/${sectorId}/stories/${first!.id}/similar`, member.tokens.colleague))).items;
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.map((s: { story: { id: string } }) => s.story.id)).not.toContain(first!.id);
    expect(similar[0].sharedWords.length + similar[0].closeAnswers.length).toBeGreaterThan(0);
    expect((await get(`/sectors/${sectorId}/stories/${crypto.randomUUID()}/similar`, member.tokens.colleague)).status).toBe(404);
  });

  it("finds a phrase only where its words follow each other, by the pairs of neighbouring words each story keeps", async () => {
    const texts = ["We deden het huisbezoek samen met de buurvrouw.", "Samen gingen we op huisbezoek, later nog eens."];
    const ids: string[] = [];
    for (const text of texts) {
      const story = knownStory(sectorId, "2026-09", keys.privateKey, text, { situatie: "werk", aanpak: "bezoek" });
      expect((await hub("/contributions", story)).status).toBe(201);
      ids.push(story.id);
    }
    const found = async (q: string) => ((await json(get(`/sectors/${sectorId}/stories?q=${encodeURIComponent(q)}`, member.tokens.colleague))).items as { id: string }[])
      .map((s) => s.id).filter((id) => ids.includes(id)).sort();
    const [near, far] = ids as [string, string];
    expect(await found('"huisbezoek samen"')).toEqual([near]);
    expect(await found("huisbezoek samen")).toEqual([near, far].sort()); // both words, anywhere
    expect(await found('"gingen we op huisbezoek"')).toEqual([far]); // "we op" are left out: no pair, the phrase alone decides
    expect(await found('"huisbezoek samen" or zwembad')).toEqual([near]);
    expect(await found('"samen huisbezoek"')).toEqual([]);
    const [kept] = await app.database.db.select({ pairs: sectorReceived.searchPairs }).from(sectorReceived).where(eq(sectorReceived.contributionId, near));
    expect(kept!.pairs).toContain("huisbezoek sam");
    expect(kept!.pairs).not.toContain("sam buurvrouw"); // "met de" stood between them
  });
});

describe("booklets over the shared stories", () => {
  it("gathers shared stories into a booklet with only their redacted text and month, never on the public wall, and drops a withdrawn one", async () => {
    const admin = member.adminToken;
    const booklet = await json(app.request("/api/v1/booklets", { method: "POST", token: admin, json: { title: "Uit de regio", storyIds: [], published: true } }));
    const add = (token: string, storyId: string, sector = sectorId) =>
      app.request(`/api/v1/booklets/${booklet.id}/shared-stories`, { method: "POST", token, json: { sectorId: sector, storyId } });
    const [other] = (await json(get(`/sectors/${sectorId}/stories?q=huisbezoek`, member.tokens.colleague))).items as { id: string }[];
    expect((await add(admin, sharedStoryId)).status).toBe(200);
    const withBoth = await json(add(admin, other!.id));
    expect((await add(admin, sharedStoryId)).status).toBe(200); // already in: stays where it is
    expect(withBoth.sharedStories.map((s: { id: string }) => s.id)).toEqual([sharedStoryId, other!.id]);
    expect(withBoth.sharedStories[0]).toEqual({
      id: sharedStoryId, sectorId, sectorName: expect.any(String), month: "2026-10", title: null, language: "nl",
      text: "Na een gesprek over werk vond ze een nieuwe baan bij de bakker.",
    });
    expect(withBoth.stories).toEqual([]);
    const wall = await json(app.request(`/api/v1/public-booklets/${withBoth.slug}`));
    expect(JSON.stringify(wall)).not.toContain("bakker"); // the teller agreed to the sector, not to the public

    expect((await add(admin, crypto.randomUUID())).status).toBe(404); // not a story of the sector
    expect((await add(member.tokens.colleague, sharedStoryId)).status).toBe(403); // booklets are the analyst's
    const outsiders = await json(app.request("/api/v1/booklets", { method: "POST", token: outsider.adminToken, json: { title: "Niet van ons", storyIds: [] } }));
    const outside = await app.request(`/api/v1/booklets/${outsiders.id}/shared-stories`, { method: "POST", token: outsider.adminToken, json: { sectorId, storyId: sharedStoryId } });
    expect(outside.status).toBe(404); // not a member of the sector
    expect((await add(outsider.adminToken, sharedStoryId)).status).toBe(404); // not its booklet

    expect((await hub(`/contributions/${sharedStoryId}`, { id: sharedStoryId }, "DELETE")).status).toBeLessThan(300);
    const after = await json(app.request(`/api/v1/booklets/${booklet.id}`, { token: admin }));
    expect(after.sharedStories.map((s: { id: string }) => s.id)).toEqual([other!.id]);
    expect((await app.request(`/api/v1/booklets/${booklet.id}/shared-stories/${other!.id}`, { method: "DELETE", token: admin })).status).toBe(204);
    expect((await json(app.request(`/api/v1/booklets/${booklet.id}`, { token: admin }))).sharedStories).toEqual([]);
  });
});
