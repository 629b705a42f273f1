// Tenant isolation: another organization's token, for every role, on every id of this organization
// answers 404. The routes are taken from the OpenAPI document, so a new route with an id in its path
// is probed by itself (and fails here until it answers 404, or until its input is added below).
// Lists never show another organization's items, and ids of this organization in a body or a query
// of another organization's request are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "../../../scripts/write-openapi.ts";
import type { Role } from "../policy.ts";
import { json, makeCollection, makeOrganization, type Organization, smallFramework, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let home: Organization & { operatorToken: string };
let other: Organization;
/** Real ids of the home organization, by the path segment (resource) they stand after. */
const ids: Record<string, string> = {};
/** Further ids of the home organization that appear in bodies and queries, not in paths. */
const more: Record<string, string> = {};
let otherCollection: string;
let operations: { method: string; path: string; operationId: string }[];

const story = { text: "Verhaal van thuis.", answers: validAnswers, consent: { research: true } };
const sessionPayload = () => ({ collectionId: ids.collections, title: "Intervisie", storyIds: [ids.stories] });

beforeAll(async () => {
  app = await createTestApp();
  home = await makeOrganization(app);
  other = await makeOrganization(app, home.operatorToken);
  const { framework, collection } = await makeCollection(app, home.adminToken);
  ids.frameworks = framework.id;
  ids.collections = collection.id;
  const told = await json(app.request(`/api/v1/collections/${collection.id}/stories`, {
    method: "POST", token: home.tokens.teller, json: { ...story, subjectRef: "KLANT-THUIS-1" },
  }));
  ids.stories = told.id;
  ids.subjects = (await json(app.request(`/api/v1/stories/${told.id}`, { token: home.adminToken }))).subjectPseudonym;
  ids.booklets = (await json(app.request("/api/v1/booklets", { method: "POST", token: home.adminToken, json: { title: "Boekje", storyIds: [], published: true } }))).id;
  ids["intervision-sessions"] = (await json(app.request("/api/v1/intervision-sessions", { method: "POST", token: home.tokens.colleague, json: sessionPayload() }))).id;
  more.team = (await json(app.request("/api/v1/teams", { method: "POST", token: home.adminToken, json: { name: "Thuisteam" } }))).id;
  more.round = (await json(app.request(`/api/v1/collections/${collection.id}/listening-rounds`, {
    method: "POST", token: home.adminToken, json: { name: "Ronde", startsAt: "2030-01-01T00:00:00Z", endsAt: "2030-04-01T00:00:00Z" },
  }))).id;
  ids["listening-rounds"] = more.round!;
  more.interpretation = (await json(app.request(`/api/v1/stories/${told.id}/interpretations`, {
    method: "POST", token: home.tokens.colleague, json: { answers: { situatie: "werk" }, sessionId: ids["intervision-sessions"] },
  }))).id;
  ids.interpretations = more.interpretation!;
  more.followUp = (await json(app.request(`/api/v1/stories/${told.id}/follow-ups`, { method: "POST", token: home.tokens.colleague, json: { kind: "action", text: "Gebeld" } }))).id;
  const members = await json(app.request("/api/v1/members", { token: home.adminToken }));
  members.items.forEach((m: { userId?: string; id?: string }, i: number) => (more[`member${i}`] = (m.userId ?? m.id)!));
  ids.members = members.items.find((m: { role: string }) => m.role === "teller").id;
  ids.invitations = (await json(app.request("/api/v1/invitations", { method: "POST", token: home.adminToken, json: { name: "Gast", email: "gast-thuis@example.nl", role: "teller" } }))).id;
  ids["api-tokens"] = (await json(app.request("/api/v1/api-tokens", { method: "POST", token: home.adminToken, json: { name: "Thuis" } }))).id;
  ids["demo-collections"] = (await json(app.request("/api/v1/demo-collections", { method: "POST", token: home.adminToken, json: { count: 10 } }))).id;
  ids.sectors = (await json(app.request("/api/v1/sectors", { method: "POST", token: home.adminToken, json: { name: "Regio Thuis" } }))).id;
  await app.request(`/api/v1/sectors/${ids.sectors}/core-frameworks`, { method: "POST", token: home.adminToken, json: { definition: smallFramework } });
  // A shared story's place in a booklet: the booklet, reached first, is what must not be found.
  ids["shared-stories"] = told.id;
  // A hub key of the home sector: revoking it from another organization must find no sector.
  ids.credentials = (await json(app.request(`/api/v1/sectors/${ids.sectors}/credentials`, { method: "POST", token: home.adminToken, json: { name: "Elders" } }))).id;
  ids["sector-links"] = (await json(app.request("/api/v1/sector-links", {
    method: "POST", token: home.adminToken, json: { sectorId: ids.sectors, budget: { numerator: 1000, denominator: 1 } },
  }))).id;
  for (const [name, id] of Object.entries({ ...ids, ...more })) expect(id, name).toBeTruthy();
  otherCollection = (await makeCollection(app, other.adminToken)).collection.id;

  const doc = (await openApiDocument()) as { paths: Record<string, Record<string, { operationId: string; security?: unknown[] }>> };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, operationId: op.operationId, signedIn: Boolean(op.security?.length) })))
    .filter((op) => op.path.includes("{"))
    .filter((op) => !(op.operationId in publicByDesign));
});
afterAll(() => app.close());

/**
 * Routes with an id in the path that anyone may call: they are reached by a link that is itself the
 * key (a published slug, a teller's receipt), or name no data of an organization.
 */
const publicByDesign: Record<string, string> = {
  getPublicCollection: "the collection's public link",
  tellPublicStory: "the collection's public link",
  getPublicBooklet: "a published booklet's link",
  getReceipt: "the teller's private receipt link",
  getReceiptReflection: "the teller's private receipt link",
  withdrawStory: "the teller's private receipt link",
  finishSsoSignIn: "the provider id of the instance, not of an organization",
  openRoundInvitation: "the invited person's personal link",
  tellInvitedStory: "the invited person's personal link",
  // The hub protocol takes a credential the hub issued, never a person's session (sector tests).
  getSectorHubCoreFramework: "the hub's own credential, not an organization's session",
  withdrawSectorContribution: "the hub's own credential, not an organization's session",
  listSimilarSectorHubStories: "the hub's own credential, not an organization's session",
  getRecordingUploadOffset: "the story's upload token, checked against the upload (recordings.test.ts)",
  continueRecordingUpload: "the story's upload token, checked against the upload (recordings.test.ts)",
};

/** What a request needs besides the id, so that it gets as far as looking the id up. */
const inputs: Record<string, { query?: string; json?: unknown; body?: string; headers?: Record<string, string> }> = {
  reviseFramework: { json: smallFramework },
  updateCollection: { json: { name: "Overgenomen" } },
  updateMember: { json: { role: "admin" } },
  createListeningRound: { json: { name: "Ronde", startsAt: "2031-01-01T00:00:00Z", endsAt: "2031-04-01T00:00:00Z" } },
  tellStory: { json: story },
  importStories: { body: JSON.stringify(story), headers: { "content-type": "application/x-ndjson" } },
  updateBooklet: { json: { title: "Overgenomen", storyIds: [] } },
  addSharedStoryToBooklet: { json: { sectorId: "00000000-0000-4000-8000-000000000000", storyId: "00000000-0000-4000-8000-000000000000" } },
  interpretStory: { json: { answers: {} } },
  closeIntervisionSession: { json: { conclusions: "Overgenomen.", actions: [] } },
  addFollowUp: { json: { kind: "action", text: "Overgenomen" } },
  addPatternFollowUp: { json: { pattern: { situatie: "werk" }, kind: "action", text: "Overgenomen" } },
  exportCollection: { query: "format=csv" },
  getDistribution: { query: "signifierId=situatie" },
  getCrosstab: { query: "rowSignifierId=situatie&columnSignifierId=tags" },
  getWhatWorks: { query: "outcome=cijfer" },
  getFrameworkDistribution: { query: "signifierId=situatie" },
  getFrameworkCrosstab: { query: "rowSignifierId=situatie&columnSignifierId=tags" },
  getFrameworkWhatWorks: { query: "outcome=cijfer" },
  comparePeriods: { query: "measureAt=2026-01-01T00:00:00Z" },
  getTrend: { query: "interval=week&signifier=situatie" },
  getCohort: { query: "signifier=cijfer" },
  listPatternFollowUps: { query: `pattern=${encodeURIComponent(JSON.stringify({ situatie: "schulden" }))}` },
  inviteToListeningRound: { json: { list: "iemand@example.nl", dryRun: true } },
  typeStoryTranscript: { json: { text: "Overgenomen." } },
  addSectorMember: { json: { organizationId: "00000000-0000-4000-8000-000000000000" } },
  publishCoreFramework: { json: { definition: smallFramework } },
  issueSectorCredential: { json: { name: "Elders" } },
  getSectorAggregates: { query: "month=2026-11" },
  getSectorTrend: { query: "question=situatie" },
  compareSectorPeriods: { query: "aFrom=2026-01&aTo=2026-06&bFrom=2026-07&bTo=2026-12" },
  adoptCoreFramework: { json: {} },
  setSectorParticipation: { json: { linkId: "00000000-0000-4000-8000-000000000000", epsilon: { numerator: 1, denominator: 1000 } } },
  releaseToSector: { json: { month: "2026-11" } },
};

/** Path parameters that are not ids (a language, a version): what comes before them is the home organization's. */
const notIds: Record<string, string> = { "translation-files": "ar", "core-frameworks": "1" };

/** The path with the home organization's real ids; throws for a resource without one here. */
function withHomeIds(path: string): string {
  return path.replace(/\/([\w-]+)\/\{\w+\}/g, (_match, resource: string) => {
    const id = ids[resource] ?? notIds[resource];
    if (!id) throw new Error(`no id of the home organization for ${resource}: add one in beforeAll`);
    return `/${resource}/${id}`;
  });
}

async function probe(method: string, path: string, token: string, operationId: string) {
  const input = inputs[operationId] ?? {};
  const url = `/api/v1${withHomeIds(path)}${input.query ? `?${input.query}` : ""}`;
  const res = await app.request(url, { method, token, json: input.json, body: input.body, headers: input.headers });
  const text = res.headers.get("content-type")?.includes("event-stream") ? (await res.body?.cancel(), "") : await res.text();
  return { status: res.status, text, url };
}

const roles: Role[] = ["teller", "colleague", "analyst", "admin"];

describe("tenant isolation", () => {
  it("probes every route with an id in its path", () => {
    const resources = new Set(operations.map((op) => op.path.split("/")[1]));
    expect([...resources].sort()).toEqual(expect.arrayContaining(["booklets", "collections", "frameworks", "intervision-sessions", "stories", "subjects"]));
    expect(operations.length).toBeGreaterThanOrEqual(35);
  });

  it("answers 404 for every id of another organization, for every role, and reveals nothing", async () => {
    const failures: string[] = [];
    for (const role of roles) {
      for (const { method, path, operationId } of operations) {
        const { status, text, url } = await probe(method, path, other.tokens[role], operationId);
        if (status !== 404) failures.push(`${role} ${method} ${url} (${operationId}): ${status} ${text.slice(0, 200)}`);
        // The problem's instance repeats the path asked for; nothing else may name a home id.
        const answer = status === 404 ? JSON.stringify({ ...JSON.parse(text), instance: undefined }) : "";
        for (const [name, id] of Object.entries({ ...ids, ...more })) {
          if (answer.includes(id)) failures.push(`${role} ${method} ${url}: names ${name}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("never lists another organization's items", async () => {
    const lists = operations.length ? await listRoutes() : [];
    expect(lists).toEqual(expect.arrayContaining(["/frameworks", "/collections", "/stories", "/members", "/teams", "/booklets", "/intervision-sessions", "/audit-events"]));
    for (const role of roles) {
      for (const path of lists) {
        const res = await app.request(`/api/v1${path}`, { token: other.tokens[role] });
        const body = await res.text();
        for (const [name, id] of Object.entries({ ...ids, ...more })) expect(body, `${role} ${path}: ${name}`).not.toContain(id);
      }
    }
    const filtered = await json(app.request(`/api/v1/stories?collectionId=${ids.collections}`, { token: other.adminToken }));
    expect(filtered.items).toHaveLength(0);
    const byTeam = await json(app.request(`/api/v1/stories?teamId=${more.team}`, { token: other.adminToken }));
    expect(byTeam.items).toHaveLength(0);
  });

  it("refuses this organization's ids in another organization's bodies and queries", async () => {
    const attempts: [string, string, unknown?][] = [
      ["POST", "/members", { name: "X", email: "x-team@example.nl", password: "een-lang-wachtwoord", role: "teller", teamIds: [more.team] }],
      ["POST", "/collections", { name: "Overgenomen", frameworkId: ids.frameworks, audience: "clients", anonymous: true }],
      ["POST", "/booklets", { title: "Overgenomen", storyIds: [ids.stories] }],
      ["POST", "/intervision-sessions", { collectionId: ids.collections, title: "Overgenomen", storyIds: [ids.stories] }],
      ["POST", "/intervision-sessions", { collectionId: otherCollection, title: "Overgenomen", storyIds: [ids.stories] }],
      ["GET", `/collections/${otherCollection}/distributions?signifierId=situatie&roundId=${more.round}`],
      ["GET", `/collections/${otherCollection}/patterns?outcome=cijfer&roundId=${more.round}`],
    ];
    const otherStory = (await json(app.request(`/api/v1/collections/${otherCollection}/stories`, { method: "POST", token: other.adminToken, json: story }))).id;
    attempts.push(["POST", `/stories/${otherStory}/interpretations`, { answers: {}, sessionId: ids["intervision-sessions"] }]);
    const booklet = (await json(app.request("/api/v1/booklets", { method: "POST", token: other.adminToken, json: { title: "Eigen", storyIds: [] } }))).id;
    attempts.push(["PUT", `/booklets/${booklet}`, { title: "Eigen", storyIds: [ids.stories] }]);
    for (const [method, path, body] of attempts) {
      const res = await app.request(`/api/v1${path}`, { method, token: other.adminToken, json: body });
      expect([400, 404], `${method} ${path}: ${res.status}`).toContain(res.status);
    }
  });

  it("left the home organization's data untouched", async () => {
    for (const path of [`/stories/${ids.stories}`, `/frameworks/${ids.frameworks}`, `/booklets/${ids.booklets}`, `/subjects/${ids.subjects}/timeline`]) {
      expect((await app.request(`/api/v1${path}`, { token: home.adminToken })).status, path).toBe(200);
    }
    expect((await json(app.request(`/api/v1/collections/${ids.collections}`, { token: home.adminToken }))).name).toBe("Vertelpunt test");
    expect((await json(app.request(`/api/v1/booklets/${ids.booklets}`, { token: home.adminToken }))).title).toBe("Boekje");
    expect((await json(app.request(`/api/v1/intervision-sessions/${ids["intervision-sessions"]}`, { token: home.tokens.colleague }))).status).toBe("open");
    expect((await json(app.request(`/api/v1/collections/${ids.collections}/listening-rounds`, { token: home.adminToken }))).items).toHaveLength(1);
    const stories = await json(app.request(`/api/v1/stories?collectionId=${ids.collections}`, { token: home.adminToken }));
    expect(stories.items.map((s: { id: string }) => s.id)).toEqual([ids.stories]);
    const followUps = await json(app.request(`/api/v1/stories/${ids.stories}/follow-ups`, { token: home.adminToken }));
    expect(JSON.stringify(followUps)).not.toContain("Overgenomen");
  });
});

/** Signed-in GET routes without an id in the path: the organization's lists and settings. */
async function listRoutes(): Promise<string[]> {
  const doc = (await openApiDocument()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
  return Object.entries(doc.paths).filter(([path, ops]) => !path.includes("{") && ops.get?.security?.length).map(([path]) => path);
}
