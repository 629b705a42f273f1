// Issue 15, topology b, as real processes: a hub and two contributing instances, each with its own
// embedded database, on loopback. Everything the contributors send to the hub passes a recording
// proxy, so the test reads every byte that leaves them. The hub's combined figures follow the
// releases and a withdrawal; while the hub is down releases wait in the outbox, and once it is back
// each arrives exactly once. A member of a contributing instance reads the hub's sector view through
// its own instance, and hears plainly when the hub cannot be reached.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coreFramework, coreStory } from "../testing/sector-fixtures.ts";
import { RecordingProxy } from "../testing/recording-proxy.ts";
import { enrolInTwoFactor } from "../testing/spawn-server.ts";
import { type RunningServer, startServer } from "../testing/test-server.ts";

const PASSWORD = "een-lang-wachtwoord";
const dirs: string[] = [];
const servers: RunningServer[] = [];
let hub: RunningServer;
let hubDir: string;
let hubToken = "";
let sectorId = "";

interface Contributor { name: string; server: RunningServer; proxy: RecordingProxy; credential: string; token: string; memberToken: string; collectionId: string; secrets: string[] }
const contributors: Contributor[] = [];

async function start(dataDir: string) {
  const server = await startServer({ VERTELPUNT_DATA_DIR: dataDir, VERTELPUNT_SECTOR_RETRY_MS: "300" }, 300_000);
  servers.push(server);
  return server;
}

async function ok(server: RunningServer, path: string, init: { method?: string; token?: string; json?: unknown } = {}) {
  const answer = await server.api(path, init);
  if (answer.status >= 300) throw new Error(`${init.method ?? "GET"} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

const emailOf = (organizationName: string) => `beheer@${organizationName.replace(/\W/g, "").toLowerCase()}.nl`;
async function setUp(server: RunningServer, organizationName: string) {
  const setup = await ok(server, "/setup", { method: "POST", json: { organizationName, name: "Beheer", email: emailOf(organizationName), password: PASSWORD } });
  return (await enrolInTwoFactor(server.url, setup.token)).token;
}

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: still ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200)); // poll the hub's view
  }
}

const hubAggregates = (month: string) => ok(hub, `/sectors/${sectorId}/aggregates?month=${month}`, { token: hubToken });
const hubStories = async () => (await ok(hub, `/sectors/${sectorId}/stories?limit=200`, { token: hubToken })).items as { organization: string; month: string; text: string }[];

async function contributor(name: string, credential: string, proxy: RecordingProxy): Promise<Contributor> {
  const dir = mkdtempSync(join(tmpdir(), "vp-sector-"));
  dirs.push(dir);
  const server = await start(dir);
  const token = await setUp(server, name);
  const link = await ok(server, "/sector-links", { method: "POST", token, json: { hubUrl: proxy.url, credential, budget: { numerator: 3, denominator: 1 } } });
  const { framework } = await ok(server, `/sector-links/${link.id}/adoptions`, { method: "POST", token, json: { name: "Ons kader" } });
  const team = await ok(server, "/teams", { method: "POST", token, json: { name: `Team Geheimzinnig ${name}` } });
  const collection = await ok(server, "/collections", { method: "POST", token, json: { name: "Klantverhalen", frameworkId: framework.id, audience: "clients", anonymous: false, teamId: team.id } });
  await ok(server, `/collections/${collection.id}/sector-participation`, { method: "PUT", token, json: { linkId: link.id, epsilon: { numerator: 1, denominator: 2 } } });
  const me = await ok(server, "/sessions/current", { token });
  // A colleague: no admin, a member who reads the sector view.
  const memberEmail = `collega@${emailOf(name).split("@")[1]}`;
  await ok(server, "/members", { method: "POST", token, json: { name: "Collega Geheim", email: memberEmail, password: PASSWORD, role: "colleague" } });
  const memberToken = (await ok(server, "/sessions", { method: "POST", json: { email: memberEmail, password: PASSWORD } })).token;
  const secrets: string[] = [team.id, team.name, me.userId, me.organizationId, emailOf(name), `KLANT-${name}`, memberEmail, "Collega Geheim", memberToken, token];
  for (let n = 1; n <= 12; n++) {
    const consent = { research: true, sector: n % 3 === 0 };
    const told = await ok(server, `/collections/${collection.id}/stories`, { method: "POST", token, json: coreStory(n, consent, n % 2 === 0 ? { subjectRef: `KLANT-${name}` } : {}) });
    const stored = await ok(server, `/stories/${told.id}`, { token });
    if (stored.subjectPseudonym) secrets.push(stored.subjectPseudonym);
    secrets.push(stored.toldAt, stored.id);
  }
  const hidden = `Niet te delen verhaal van ${name}, zonder toestemming.`;
  await ok(server, `/collections/${collection.id}/stories`, { method: "POST", token, json: { ...coreStory(50, { sector: false }), text: hidden } });
  secrets.push(hidden);
  return { name, server, proxy, credential, token, memberToken, collectionId: collection.id, secrets };
}

beforeAll(async () => {
  hubDir = mkdtempSync(join(tmpdir(), "vp-hub-"));
  dirs.push(hubDir);
  hub = await start(hubDir);
  hubToken = await setUp(hub, "Regio Hub");
  sectorId = (await ok(hub, "/sectors", { method: "POST", token: hubToken, json: { name: "Arbeidsmarktregio" } })).id;
  await ok(hub, `/sectors/${sectorId}/core-frameworks`, { method: "POST", token: hubToken, json: { definition: coreFramework } });
  for (const name of ["Gemeente Aa", "Gemeente Bee"]) {
    const { credential } = await ok(hub, `/sectors/${sectorId}/credentials`, { method: "POST", token: hubToken, json: { name } });
    contributors.push(await contributor(name, credential, await new RecordingProxy(hub.url).start()));
  }
}, 900_000);

afterAll(async () => {
  for (const server of servers) server.child.kill("SIGKILL");
  await Promise.all(servers.map((s) => s.exited));
  await Promise.all(contributors.map((c) => c.proxy.close()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("instances contributing to a hub on another instance", () => {
  it("show their combined figures and shared stories on the hub", async () => {
    for (const c of contributors) {
      const release = await ok(c.server, `/collections/${c.collectionId}/sector-releases`, { method: "POST", token: c.token, json: { month: "2026-11" } });
      expect(release.stories).toBe(4);
    }
    const combined = await until("both releases on the hub", () => hubAggregates("2026-11"), (a) => a.organizations === 2);
    expect(combined.releases).toBe(2);
    expect(combined.histograms.map((h: { key: string }) => h.key)).toEqual(["situatie", "aanpak", "uitkomst", "regie", "hulp", "cijfer", "situation×intervention×outcome"]);
    const stories = await until("both organizations' stories", hubStories, (s) => s.length === 8);
    expect(new Set(stories.map((s) => s.organization))).toEqual(new Set(["Gemeente Aa", "Gemeente Bee"]));
  });

  it("show a member of a contributing instance the hub's combined view through its own instance", async () => {
    const aa = contributors[0]!;
    const read = (path: string) => ok(aa.server, `/sectors/${sectorId}${path}`, { token: aa.memberToken });
    const listed = (await ok(aa.server, "/sectors", { token: aa.memberToken })).items;
    expect(listed).toEqual([expect.objectContaining({ id: sectorId, name: "Arbeidsmarktregio", coordinatorId: null })]);

    const here = await read("/patterns?from=2026-11&to=2026-11");
    const onHub = await ok(hub, `/sectors/${sectorId}/patterns?from=2026-11&to=2026-11`, { token: hubToken });
    expect(here.organizations.count).toBe(2);
    expect(here.releases).toBe(2);
    expect(here.questions.map((q: { figures: unknown }) => q.figures)).toEqual(onHub.questions.map((q: { figures: unknown }) => q.figures));
    // Its own organization beside the sector, which the hub's coordinator (no releases of its own) does not have.
    expect(here.questions[0].mine).not.toBeNull();
    expect(onHub.questions[0].mine).toBeNull();

    const stories = (await read("/stories?limit=200")).items as { id: string }[];
    expect(stories.map((s) => s.id).sort()).toEqual((await hubStories() as unknown as { id: string }[]).map((s) => s.id).sort());
    const idsAndTexts = (items: { id: string; text: string }[]) => items.map(({ id, text }) => ({ id, text }));
    const found = idsAndTexts((await read("/stories?q=huisbezoek")).items);
    // Search words leave the instance without the personal data in them.
    const named = idsAndTexts((await read(`/stories?q=${encodeURIComponent("huisbezoek Jan de Vries 06-12345678")}`)).items);
    expect(named).toEqual(found);
    const asked = aa.proxy.requests.filter((r) => r.path.includes("/sector-hub/stories?")).at(-1)!;
    expect(new URL(asked.path, "http://hub").searchParams.get("q")).toBe("huisbezoek");
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(idsAndTexts((await ok(hub, `/sectors/${sectorId}/stories?q=huisbezoek`, { token: hubToken })).items));
    expect((await read(`/stories/${stories[0]!.id}/similar`)).items.length).toBeGreaterThan(0);
    expect((await read("/trends?question=situatie")).months.map((m: { month: string }) => m.month)).toEqual(["2026-11"]);
    expect((await read("/comparisons?aFrom=2026-10&aTo=2026-10&bFrom=2026-11&bTo=2026-11")).questions.length).toBeGreaterThan(0);
    const discovery = await read("/discovery?from=2026-11&to=2026-11");
    expect(discovery).toEqual(await ok(hub, `/sectors/${sectorId}/discovery?from=2026-11&to=2026-11`, { token: hubToken }));

    // The hub checks periods itself too, whoever holds a credential.
    const reversed = await hub.api("/sector-hub/comparisons?aFrom=2026-11&aTo=2026-10&bFrom=2026-11&bTo=2026-11", { token: aa.credential });
    expect([reversed.status, reversed.body.invalidParams?.[0]?.name]).toEqual([400, "aFrom"]);
    expect((await aa.server.api(`/sectors/${crypto.randomUUID()}/patterns`, { token: aa.memberToken })).status).toBe(404);
    expect((await aa.server.api(`/sectors/${sectorId}/stories/${crypto.randomUUID()}/similar`, { token: aa.memberToken })).status).toBe(404);
  });

  it("send nothing but signed documents: no pseudonym, client reference, team, person, exact time or unconsented text", () => {
    for (const c of contributors) {
      const sent = c.proxy.requests;
      expect(sent.length).toBeGreaterThan(5);
      for (const request of sent) {
        expect(request.path).toMatch(/^\/api\/v1\/sector-hub\/(signing-key|core-frameworks\/latest|contributions(\/[0-9a-f-]{36})?|(patterns|discovery|trends|comparisons|stories(\/[0-9a-f-]{36}\/similar)?)\?[^/]*)$/);
        expect(request.headers.cookie).toBeUndefined();
        expect(request.headers.authorization).toMatch(/^Bearer vps_/);
        const bytes = `${request.path}\n${request.body}`;
        for (const secret of c.secrets) expect(bytes.includes(secret), `${c.name} sent ${secret}`).toBe(false);
        expect(bytes).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/); // an exact time
        expect(bytes).not.toMatch(/KLANT-|@/);
      }
      const documents = sent.filter((r) => r.method === "POST").map((r) => JSON.parse(r.body).document);
      for (const d of documents.filter((d) => d.kind === "story")) {
        expect(Object.keys(d).sort()).toEqual(["answers", "coreVersion", "kind", "language", "month", "organization", "sectorId", "showName", "text", "title", "version"]);
      }
    }
  });

  it("follow an organization that withdraws", async () => {
    const [aa] = contributors;
    const ended = await aa!.server.api(`/collections/${aa!.collectionId}/sector-participation`, { method: "DELETE", token: aa!.token });
    expect(ended.status).toBe(204);
    // The aggregates and each story leave the hub as separate deliveries: wait for all of them.
    const after = await until("the withdrawal on the hub", async () => ({ combined: await hubAggregates("2026-11"), stories: await hubStories() }),
      (a) => a.combined.organizations === 1 && a.stories.every((s) => s.organization !== "Gemeente Aa"));
    expect(after.combined.releases).toBe(1);
    expect(new Set(after.stories.map((s) => s.organization))).toEqual(new Set(["Gemeente Bee"]));
  });

  it("lose and double nothing while the hub is down", async () => {
    const bee = contributors[1]!;
    hub.child.kill("SIGTERM");
    await hub.exited;
    bee.proxy.target = undefined;
    const before = bee.proxy.requests.length;
    await ok(bee.server, `/collections/${bee.collectionId}/stories`, { method: "POST", token: bee.token, json: { ...coreStory(7, { sector: true }), toldAt: "2026-12-03T09:00:00+01:00" } });
    const release = await ok(bee.server, `/collections/${bee.collectionId}/sector-releases`, { method: "POST", token: bee.token, json: { month: "2026-12" } });
    expect(release.stories).toBe(1);
    // A member asking for the view hears at once, in their language, that the hub cannot be reached.
    const asked = Date.now();
    const view = await fetch(`${bee.server.url}/api/v1/sectors/${sectorId}/patterns`, { headers: { authorization: `Bearer ${bee.memberToken}`, "accept-language": "en" } });
    expect(Date.now() - asked).toBeLessThan(5_000);
    expect(view.status).toBe(503);
    expect(view.headers.get("content-type")).toContain("application/problem+json");
    expect((await view.json()).detail).toBe("The sector's hub cannot be reached. Please try again later.");
    // The sender keeps trying while the hub is away.
    await until("retries against the hub that is down", async () => bee.proxy.requests.slice(before).filter((r) => r.status === 502).length, (n) => n >= 2, 20_000);

    hub = await start(hubDir);
    bee.proxy.target = hub.url;
    const december = await until("the queued release on the hub", () => hubAggregates("2026-12"), (a) => a.releases === 1);
    expect(december.organizations).toBe(1);
    await until("the queued story on the hub", hubStories, (s) => s.filter((x) => x.month === "2026-12").length === 1);
    const delivered = bee.proxy.requests.slice(before).filter((r) => r.method === "POST" && r.status < 300).map((r) => JSON.parse(r.body).id);
    expect(delivered).toHaveLength(2); // the aggregates and the story, once each
    expect(new Set(delivered).size).toBe(2);
    expect((await hubAggregates("2026-11")).organizations).toBe(1); // what was there survived the restart
  });
});
