// The sector's operations in the policy matrix (issue 15): the organization coordinates a sector,
// is its member and contributes to it; the hub protocol takes the credential the hub issued.
import { generateSigningKeys, signDocument } from "../../core/sector/signed-document.ts";
import { json, type Organization, smallFramework } from "../fixtures.ts";
import type { TestApp } from "../test-app.ts";
import type { Probe } from "./probe.ts";

interface MatrixContext {
  app: () => TestApp;
  org: () => Organization;
  /** The matrix's own collection (not the sector's). */
  collectionId: () => string;
}

export function sectorProbes(context: MatrixContext): Record<string, Probe> {
  /** A sector the organization coordinates, with a core version, a link, an adopted collection that contributes, and a hub credential with a key. */
  let sector: Promise<{ sectorId: string; linkId: string; collectionId: string; credential: string; storyId: string }> | undefined;
  const hubKeys = generateSigningKeys();
  function sectorFixture() {
    sector ??= (async () => {
      const post = (path: string, body: unknown, method = "POST") => json(context.app().request(`/api/v1${path}`, { method, token: context.org().adminToken, json: body }));
      const { id: sectorId } = await post("/sectors", { name: "Regio matrix" });
      await post(`/sectors/${sectorId}/core-frameworks`, { definition: smallFramework });
      const { id: linkId } = await post("/sector-links", { sectorId, budget: { numerator: 1000, denominator: 1 } });
      const { framework } = await post(`/sector-links/${linkId}/adoptions`, {});
      const { id: collectionId } = await post("/collections", { name: "Sector", frameworkId: framework.id, audience: "clients", anonymous: true });
      await post(`/collections/${collectionId}/sector-participation`, { linkId, epsilon: { numerator: 1, denominator: 1000 } }, "PUT");
      const { credential } = await post(`/sectors/${sectorId}/credentials`, { name: "Elders" });
      await context.app().request("/api/v1/sector-hub/signing-key", { method: "PUT", token: credential, json: { publicKey: hubKeys.publicKey } });
      const storyId = crypto.randomUUID();
      const shared = signDocument({ kind: "story", month: "2026-11", sectorId, version: 1, organization: "Elders", coreVersion: 1, title: null, text: "Een gedeeld verhaal.", language: "nl", answers: {} }, hubKeys.privateKey);
      await context.app().request("/api/v1/sector-hub/contributions", { method: "POST", token: credential, json: { id: storyId, ...shared }, headers: { "Idempotency-Key": storyId } });
      return { sectorId, linkId, collectionId, credential, storyId };
    })();
    return sector;
  }
  const newBooklet = async (): Promise<{ id: string }> =>
    json(context.app().request("/api/v1/booklets", { method: "POST", token: context.org().adminToken, json: { title: "Uit de sector", storyIds: [] } }));
  /** A fresh hub key for each role that tries to revoke one. */
  const newCredential = async (): Promise<{ id: string }> =>
    json(context.app().request(`/api/v1/sectors/${(await sectorFixture()).sectorId}/credentials`, { method: "POST", token: context.org().adminToken, json: { name: "Weg" } }));
  async function hubDelivery() {
    const id = crypto.randomUUID();
    const signed = signDocument({ kind: "aggregates", month: "2026-11", sectorId: (await sectorFixture()).sectorId, version: 1, histograms: [] }, hubKeys.privateKey);
    return { path: "/sector-hub/contributions", method: "POST", json: { id, ...signed }, headers: { "Idempotency-Key": id } };
  }

  return {
    createSector: { allowed: "admin", request: async () => ({ path: "/sectors", method: "POST", json: { name: "Regio" } }) },
    listSectors: { allowed: "colleague", request: async () => ({ path: "/sectors" }) },
    addSectorMember: { allowed: "admin", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/members`, method: "POST", json: { organizationId: context.org().organizationId } }) },
    publishCoreFramework: { allowed: "admin", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/core-frameworks`, method: "POST", json: { definition: smallFramework } }) },
    listCoreFrameworks: { allowed: "colleague", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/core-frameworks` }) },
    listSectorMembers: { allowed: "admin", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/members` }) },
    listSectorCredentials: { allowed: "admin", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/credentials` }) },
    revokeSectorCredential: { allowed: "admin", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/credentials/${(await newCredential()).id}`, method: "DELETE" }) },
    listSectorParticipations: { allowed: "admin", request: async () => ({ path: `/sector-links/${(await sectorFixture()).linkId}/participations` }) },
    listSectorReleases: { allowed: "admin", request: async () => ({ path: `/sector-links/${(await sectorFixture()).linkId}/releases` }) },
    getCoreFramework: { allowed: "colleague", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/core-frameworks/1` }) },
    issueSectorCredential: { allowed: "admin", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/credentials`, method: "POST", json: { name: "Elders" } }) },
    getSectorAggregates: { allowed: "colleague", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/aggregates?month=2026-11` }) },
    listSectorStories: { allowed: "colleague", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/stories?q=verhaal` }) },
    getSectorPatterns: { allowed: "colleague", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/patterns` }) },
    getSectorTrend: { allowed: "colleague", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/trends?question=situatie` }) },
    compareSectorPeriods: { allowed: "colleague", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/comparisons?aFrom=2026-01&aTo=2026-06&bFrom=2026-07&bTo=2026-12` }) },
    discoverSectorPatterns: { allowed: "colleague", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/discovery` }) },
    addSharedStoryToBooklet: {
      allowed: "analyst",
      request: async () => ({ path: `/booklets/${(await newBooklet()).id}/shared-stories`, method: "POST", json: { sectorId: (await sectorFixture()).sectorId, storyId: (await sectorFixture()).storyId } }),
    },
    removeSharedStoryFromBooklet: { allowed: "analyst", request: async () => ({ path: `/booklets/${(await newBooklet()).id}/shared-stories/${(await sectorFixture()).storyId}`, method: "DELETE" }) },
    listSimilarSectorStories: { allowed: "colleague", request: async () => ({ path: `/sectors/${(await sectorFixture()).sectorId}/stories/${(await sectorFixture()).storyId}/similar` }) },
    getSectorSigningKey: { allowed: "admin", request: async () => ({ path: "/sector-signing-key" }) },
    createSectorLink: { allowed: "admin", request: async () => ({ path: "/sector-links", method: "POST", json: { sectorId: (await sectorFixture()).sectorId, budget: { numerator: 1000, denominator: 1 } } }) },
    listSectorLinks: { allowed: "admin", request: async () => ({ path: "/sector-links" }) },
    adoptCoreFramework: { allowed: "admin", request: async () => ({ path: `/sector-links/${(await sectorFixture()).linkId}/adoptions`, method: "POST", json: {} }) },
    setSectorParticipation: { allowed: "admin", request: async () => ({ path: `/collections/${(await sectorFixture()).collectionId}/sector-participation`, method: "PUT", json: { linkId: (await sectorFixture()).linkId, epsilon: { numerator: 1, denominator: 1000 } } }) },
    endSectorParticipation: { allowed: "admin", request: async () => ({ path: `/collections/${context.collectionId()}/sector-participation`, method: "DELETE" }) },
    releaseToSector: { allowed: "admin", request: async () => ({ path: `/collections/${(await sectorFixture()).collectionId}/sector-releases`, method: "POST", json: { month: "2026-11" } }) },
    // The hub protocol takes the credential the hub issued, whoever's session would come with it.
    registerSectorSigningKey: { allowed: "teller", token: async () => (await sectorFixture()).credential, request: async () => ({ path: "/sector-hub/signing-key", method: "PUT", json: { publicKey: hubKeys.publicKey } }) },
    getSectorHubCoreFramework: { allowed: "teller", token: async () => (await sectorFixture()).credential, request: async () => ({ path: "/sector-hub/core-frameworks/latest" }) },
    deliverSectorContribution: { allowed: "teller", token: async () => (await sectorFixture()).credential, request: async () => hubDelivery() },
    withdrawSectorContribution: { allowed: "teller", token: async () => (await sectorFixture()).credential, request: async () => ({ path: `/sector-hub/contributions/${crypto.randomUUID()}`, method: "DELETE" }) },
    // The same credential reads the sector's view for the contributing instance's members.
    getSectorHubPatterns: { allowed: "teller", token: async () => (await sectorFixture()).credential, request: async () => ({ path: "/sector-hub/patterns?smallGroup=5" }) },
    discoverSectorHubPatterns: { allowed: "teller", token: async () => (await sectorFixture()).credential, request: async () => ({ path: "/sector-hub/discovery?smallGroup=5" }) },
    getSectorHubTrend: { allowed: "teller", token: async () => (await sectorFixture()).credential, request: async () => ({ path: "/sector-hub/trends?question=situatie" }) },
    compareSectorHubPeriods: { allowed: "teller", token: async () => (await sectorFixture()).credential, request: async () => ({ path: "/sector-hub/comparisons?aFrom=2026-01&aTo=2026-06&bFrom=2026-07&bTo=2026-12" }) },
    listSectorHubStories: { allowed: "teller", token: async () => (await sectorFixture()).credential, request: async () => ({ path: "/sector-hub/stories?q=verhaal" }) },
    listSimilarSectorHubStories: { allowed: "teller", token: async () => (await sectorFixture()).credential, request: async () => ({ path: `/sector-hub/stories/${(await sectorFixture()).storyId}/similar` }) },
  };
}
