// Issue 15 on one instance (topology a): a sector, its core framework, adoption with local
// questions, the teller's sector consent, noisy monthly releases with a budget, shared stories,
// withdrawal by receipt and by leaving; and the hub protocol that instances elsewhere use.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noiseHalfWidth } from "../../core/sector/discrete-laplace.ts";
import { generateSigningKeys, signDocument } from "../../core/sector/signed-document.ts";
import { sectorContribution, sectorReceived } from "../../db/schema/index.ts";
import { json, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { coreFramework, coreStory } from "../../testing/sector-fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let coordinator: Organization & { operatorToken: string };
let member: Organization;
let sectorId: string;
let linkId: string;
let collection: { id: string; slug: string };
const half = { numerator: 1, denominator: 2 };

const call = (path: string, token: string | undefined, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}) =>
  app.request(`/api/v1${path}`, { method: init.method ?? (init.json === undefined ? "GET" : "POST"), token, json: init.json, headers: init.headers });

beforeAll(async () => {
  app = await createTestApp();
  coordinator = await makeOrganization(app);
  member = await makeOrganization(app, coordinator.operatorToken);
}, 60_000);
afterAll(async () => app?.close());

describe("a sector with a shared core", () => {
  it("is started and given a core framework by the coordinating organization's admins only", async () => {
    expect((await call("/sectors", coordinator.tokens.analyst, { json: { name: "Regio" } })).status).toBe(403);
    const sector = await json(call("/sectors", coordinator.adminToken, { json: { name: "Arbeidsmarktregio Midden" } }));
    sectorId = sector.id;
    expect(sector.coordinatorId).toBe(coordinator.organizationId);
    // Not a member yet: the sector does not exist for the other organization.
    expect((await call(`/sectors/${sectorId}/core-frameworks/1`, member.adminToken)).status).toBe(404);
    expect((await call(`/sectors/${sectorId}/members`, coordinator.adminToken, { json: { organizationId: member.organizationId } })).status).toBe(204);
    const published = await json(call(`/sectors/${sectorId}/core-frameworks`, coordinator.adminToken, { json: { definition: coreFramework } }));
    expect(published.version).toBe(1);
    // A member may read the core but not publish it.
    expect((await call(`/sectors/${sectorId}/core-frameworks`, member.adminToken, { json: { definition: coreFramework } })).status).toBe(403);
    expect((await json(call(`/sectors/${sectorId}/core-frameworks/1`, member.tokens.colleague))).definition.signifiers).toHaveLength(6);
    expect((await json(call("/sectors", member.tokens.colleague))).items.map((s: { id: string }) => s.id)).toEqual([sectorId]);
    const members = (await json(call(`/sectors/${sectorId}/members`, coordinator.adminToken))).items;
    expect(members.map((m: { organizationId: string; coordinating: boolean }) => [m.organizationId, m.coordinating])).toEqual([[coordinator.organizationId, true], [member.organizationId, false]]);
    expect((await call(`/sectors/${sectorId}/members`, member.adminToken)).status).toBe(403);
    expect((await json(call(`/sectors/${sectorId}/core-frameworks`, member.tokens.colleague))).items).toMatchObject([{ version: 1, questions: 6 }]);
  });

  it("keeps personal data out of the sector's name, which every member reads", async () => {
    const named = await json(call("/sectors", coordinator.adminToken, { json: { name: "Regio van Jan Jansen, bel 06-12345678" } }));
    expect(named.name).not.toMatch(/12345678/);
  });

  it("is adopted by a member into its own framework, with a local question and a local option beside the core ones", async () => {
    const link = await json(call("/sector-links", member.adminToken, { json: { sectorId, budget: { numerator: 1, denominator: 1 } } }));
    linkId = link.id;
    expect(link).toMatchObject({ sectorName: "Arbeidsmarktregio Midden", hubUrl: null, budget: { budget: 1, spent: 0, releases: 0 } });
    const refused = await call(`/sector-links/${linkId}/adoptions`, member.adminToken, { json: { localSignifiers: [{ id: "situatie", type: "text", question: "Eigen" }] } });
    expect(refused.status).toBe(400);
    const adopted = await json(call(`/sector-links/${linkId}/adoptions`, member.adminToken, { json: {
      name: "Ons kader",
      localSignifiers: [{ id: "wijk", type: "choice", question: "Welke wijk?", options: [{ id: "noord", label: "Noord" }, { id: "zuid", label: "Zuid" }] }],
      localOptions: { aanpak: [{ id: "buurtteam", label: "Buurtteam" }] },
    } }));
    expect(adopted.coreVersion).toBe(1);
    expect(adopted.framework.signifiers.map((s: { id: string }) => s.id)).toEqual(["situatie", "aanpak", "uitkomst", "regie", "hulp", "cijfer", "wijk"]);
    expect(adopted.framework.signifiers[1].options.map((o: { id: string }) => o.id)).toEqual(["bezoek", "bellen", "buurtteam"]);
    collection = await json(call("/collections", member.adminToken, { json: { name: "Klantverhalen", frameworkId: adopted.framework.id, audience: "clients", anonymous: true } }));
    expect((await call(`/collections/${collection.id}/sector-participation`, member.tokens.analyst, { method: "PUT", json: { linkId, epsilon: half } })).status).toBe(403);
    expect((await call(`/collections/${collection.id}/sector-participation`, member.adminToken, { method: "PUT", json: { linkId, epsilon: half } })).status).toBe(200);
  });
});

describe("contributions", () => {
  let receiptToken: string;
  it("release a month as noisy aggregates with a stated ε and ±, and share only the stories whose tellers agreed", async () => {
    for (let n = 1; n <= 24; n++) {
      const consent = { research: n !== 24, sector: n % 4 === 0 };
      const extra = n === 8 ? { subjectRef: "BSN-123456782" } : {};
      expect((await call(`/collections/${collection.id}/stories`, member.tokens.teller, { json: coreStory(n, consent, extra) })).status).toBe(201);
    }
    const unconsented = await call(`/collections/${collection.id}/stories`, member.tokens.teller, { json: { ...coreStory(99, { sector: false }), text: "Geheim verhaal zonder toestemming om te delen." } });
    expect(unconsented.status).toBe(201);
    const anonymous = await json(call(`/public-collections/${collection.slug}/stories`, undefined, { json: { ...coreStory(100, { sector: true }), answers: { ...coreStory(100).answers, wijk: "noord", aanpak: "buurtteam" } } }));
    receiptToken = anonymous.receiptUrl.split("/bon/")[1];

    const release = await json(call(`/collections/${collection.id}/sector-releases`, member.adminToken, { json: { month: "2026-11" } }));
    expect(release.aggregates.epsilon).toEqual(half);
    expect(release.aggregates.plusMinus).toBe(noiseHalfWidth(half, release.aggregates.sensitivity));
    expect(release.stories).toBe(7); // n = 4, 8 … 24 and the anonymous one
    expect(release.budget).toEqual({ budget: 1, spent: 0.5, releases: 1 });

    const combined = await json(call(`/sectors/${sectorId}/aggregates?month=2026-11`, coordinator.tokens.colleague));
    expect(combined).toMatchObject({ releases: 1, organizations: 1 });
    const [sent] = await app.database.db.select().from(sectorContribution).where(eq(sectorContribution.id, release.aggregates.id));
    const doc = sent!.document as { histograms: { key: string; cells: string[]; counts: (number | null)[] }[] };
    const situatie = combined.histograms.find((h: { key: string }) => h.key === "situatie");
    const sentSituatie = doc.histograms.find((h) => h.key === "situatie")!;
    expect(situatie.cells.map((c: { count: number }) => c.count)).toEqual(sentSituatie.counts.map((n) => n ?? 0));
    expect(doc.histograms.find((h) => h.key === "aanpak")!.cells).toEqual(["bezoek", "bellen"]); // the local option stays home
    expect(doc.histograms.map((h) => h.key)).not.toContain("wijk");

    const shared = (await json(call(`/sectors/${sectorId}/stories`, coordinator.tokens.colleague))).items;
    expect(shared).toHaveLength(7);
    for (const s of shared) {
      expect(Object.keys(s).sort()).toEqual(["answers", "coreVersion", "id", "language", "month", "organization", "text", "title"]);
      expect(s.month).toBe("2026-11");
      expect(Object.keys(s.answers)).not.toContain("wijk");
    }
    expect(JSON.stringify(shared)).not.toMatch(/Geheim verhaal|BSN-123456782|buurtteam|T10:/);
  });

  it("refuse a release beyond the organization's privacy budget, and say so", async () => {
    expect((await call(`/collections/${collection.id}/sector-releases`, member.adminToken, { json: { month: "2026-11" } })).status).toBe(201);
    const refused = await call(`/collections/${collection.id}/sector-releases`, member.adminToken, { json: { month: "2026-12" } });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "privacyBudgetExhausted" });
    const [link] = (await json(call("/sector-links", member.adminToken))).items;
    expect(link.budget).toEqual({ budget: 1, spent: 1, releases: 2 });
    const releases = (await json(call(`/sector-links/${linkId}/releases`, member.adminToken))).items;
    expect(releases.map((r: { month: string; version: number; epsilon: unknown; collectionName: string }) => [r.month, r.version, r.epsilon, r.collectionName]))
      .toEqual([["2026-11", 2, half, "Klantverhalen"], ["2026-11", 1, half, "Klantverhalen"]]);
    expect(releases[0].stories).toBe(7);
    expect((await call(`/sector-links/${linkId}/releases`, member.tokens.analyst)).status).toBe(403);
    expect((await json(call(`/sector-links/${linkId}/participations`, member.adminToken))).items).toEqual([{ collectionId: collection.id, collectionName: "Klantverhalen", epsilon: half }]);
    // The hub counts the newest release of the month, not both.
    expect((await json(call(`/sectors/${sectorId}/aggregates?month=2026-11`, coordinator.tokens.colleague))).releases).toBe(1);
  });

  it("follow the teller who withdraws by the receipt link, and the collection that stops contributing", async () => {
    expect((await call(`/receipts/${receiptToken}`, undefined, { method: "DELETE" })).status).toBe(204);
    expect((await json(call(`/sectors/${sectorId}/stories`, member.tokens.colleague))).items).toHaveLength(6);
    expect((await call(`/collections/${collection.id}/sector-participation`, member.adminToken, { method: "DELETE" })).status).toBe(204);
    expect((await json(call(`/sectors/${sectorId}/stories`, member.tokens.colleague))).items).toHaveLength(0);
    expect((await json(call(`/sectors/${sectorId}/aggregates`, member.tokens.colleague))).releases).toBe(0);
    const releases = (await json(call(`/sector-links/${linkId}/releases`, member.adminToken))).items;
    expect(releases.every((r: { withdrawnAt: string | null; stories: number }) => r.withdrawnAt !== null && r.stories === 0)).toBe(true);
    expect((await json(call(`/sector-links/${linkId}/participations`, member.adminToken))).items).toEqual([]);
    const left = await app.database.db.select().from(sectorReceived).where(eq(sectorReceived.sectorId, sectorId));
    expect(left.every((r) => r.document === null && r.withdrawnAt !== null)).toBe(true);
  });
});

describe("the hub protocol for instances elsewhere", () => {
  const keys = generateSigningKeys();
  let credential: string;
  const contribution = (id: string, counts: number[]) => ({ id, ...signDocument({ kind: "aggregates", month: "2026-10", sectorId, version: 1, series: "s", organization: "Gemeente Elders", epsilon: half, sensitivity: 1, plusMinus: 6, histograms: [{ key: "situatie", cells: ["schulden", "werk"], counts }] }, keys.privateKey) });

  it("takes a credential the hub issued, a key registered once, and each signed contribution once", async () => {
    expect((await call(`/sectors/${sectorId}/credentials`, member.adminToken, { json: { name: "Elders" } })).status).toBe(403);
    credential = (await json(call(`/sectors/${sectorId}/credentials`, coordinator.adminToken, { json: { name: "Gemeente Elders" } }))).credential;
    const hub = (path: string, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}) =>
      app.request(`/api/v1/sector-hub${path}`, { method: init.method ?? "POST", json: init.json, headers: { authorization: `Bearer ${credential}`, ...init.headers } });
    expect((await call("/sector-hub/signing-key", undefined, { method: "PUT", json: { publicKey: keys.publicKey } })).status).toBe(401);
    expect(await json(hub("/signing-key", { method: "PUT", json: { publicKey: keys.publicKey } }))).toEqual({ sectorId, sectorName: "Arbeidsmarktregio Midden" });
    expect((await hub("/signing-key", { method: "PUT", json: { publicKey: generateSigningKeys().publicKey } })).status).toBe(409);
    expect((await json(hub("/core-frameworks/latest", { method: "GET" }))).version).toBe(1);

    const id = crypto.randomUUID();
    const signed = contribution(id, [40, 12]);
    expect((await hub("/contributions", { json: signed, headers: { "Idempotency-Key": id } })).status).toBe(201);
    expect((await hub("/contributions", { json: signed, headers: { "Idempotency-Key": id } })).status).toBe(200);
    const tampered = { ...signed, document: { ...signed.document, histograms: [{ key: "situatie", cells: ["schulden", "werk"], counts: [400, 12] }] } };
    expect((await hub("/contributions", { json: { ...tampered, id: crypto.randomUUID() }, headers: { "Idempotency-Key": crypto.randomUUID() } })).status).toBe(400);
    const otherId = crypto.randomUUID();
    expect((await hub("/contributions", { json: { ...tampered, id: otherId }, headers: { "Idempotency-Key": otherId } })).status).toBe(422);
    expect((await json(call(`/sectors/${sectorId}/aggregates?month=2026-10`, coordinator.tokens.colleague))).histograms[0].cells[0]).toMatchObject({ cell: "schulden", count: 40 });

    expect((await hub(`/contributions/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await hub(`/contributions/${id}`, { method: "DELETE" })).status).toBe(204);
    // A late retry of a withdrawn contribution is acknowledged, and does not bring it back.
    expect((await hub("/contributions", { json: signed, headers: { "Idempotency-Key": id } })).status).toBe(200);
    expect((await json(call(`/sectors/${sectorId}/aggregates?month=2026-10`, coordinator.tokens.colleague))).releases).toBe(0);
  });

  it("lists the credentials without their secret; a revoked one no longer opens the hub, and what it delivered leaves the sector", async () => {
    const hub = () => app.request("/api/v1/sector-hub/core-frameworks/latest", { headers: { authorization: `Bearer ${credential}` } });
    const kept = crypto.randomUUID();
    const delivered = await app.request("/api/v1/sector-hub/contributions", {
      method: "POST", json: contribution(kept, [30, 9]), headers: { authorization: `Bearer ${credential}`, "Idempotency-Key": kept },
    });
    expect(delivered.status).toBe(201);
    expect((await json(call(`/sectors/${sectorId}/aggregates?month=2026-10`, coordinator.tokens.colleague))).releases).toBe(1);
    const [issued] = (await json(call(`/sectors/${sectorId}/credentials`, coordinator.adminToken))).items;
    expect(issued).toMatchObject({ name: "Gemeente Elders", registered: true, revoked: false });
    expect(JSON.stringify(issued)).not.toContain("vps_");
    expect((await call(`/sectors/${sectorId}/credentials`, member.adminToken)).status).toBe(403);
    expect((await call(`/sectors/${sectorId}/credentials/${issued.id}`, member.adminToken, { method: "DELETE" })).status).toBe(403);
    expect((await hub()).status).toBe(200);
    expect((await call(`/sectors/${sectorId}/credentials/${issued.id}`, coordinator.adminToken, { method: "DELETE" })).status).toBe(204);
    expect((await hub()).status).toBe(401);
    // Its later withdrawals could not reach the hub any more, so nothing it sent stays.
    expect((await json(call(`/sectors/${sectorId}/aggregates?month=2026-10`, coordinator.tokens.colleague))).releases).toBe(0);
    expect((await json(call(`/sectors/${sectorId}/credentials`, coordinator.adminToken))).items[0].revoked).toBe(true);
    expect((await call(`/sectors/${sectorId}/credentials/${crypto.randomUUID()}`, coordinator.adminToken, { method: "DELETE" })).status).toBe(404);
  });
});
