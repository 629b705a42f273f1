// Personal data is removed from every text staff write that others may see: booklet titles and
// introductions (also on the public story wall and in the PDF), intervisie titles, conclusions and
// actions, follow-ups, collection and listening-round names (shown to tellers), framework texts in
// every language, team names, and the reasons an import gives for a bad line. The forms of what people write: a name, a street address, a bare
// date, a P.O. box, a name without capitals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, smallFramework, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collection: { id: string; slug: string };
let storyId: string;

const personal = ["Jan de Vries", "Dorpsstraat 12", "12-03-1985", "Postbus 123", "fatima"];
const leaks = (value: unknown) => personal.filter((p) => JSON.stringify(value).includes(p));
const as = (token: string, path: string, init: { method?: string; json?: unknown; headers?: Record<string, string>; body?: string } = {}) =>
  app.request(`/api/v1${path}`, { token, ...init });

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  collection = (await makeCollection(app, org.adminToken)).collection;
  storyId = (await json(as(org.tokens.teller, `/collections/${collection.id}/stories`, {
    method: "POST", json: { text: "Een verhaal om te delen.", answers: validAnswers, consent: { research: true, quoting: true } },
  }))).id;
});
afterAll(() => app.close());

describe("texts staff write are redacted before others see them", () => {
  it("booklet title and introduction: in the answer, the list, the public story wall and the PDF", async () => {
    const created = await json(as(org.tokens.analyst, "/booklets", { method: "POST", json: {
      title: "Het verhaal van Jan de Vries", introduction: "Hij woont aan de Dorpsstraat 12 en is van 12-03-1985. Post via Postbus 123.",
      storyIds: [storyId], published: true,
    } }));
    expect(leaks(created)).toEqual([]);
    expect(created.title).toBe("Het verhaal van [naam]");
    expect(created.introduction).toContain("[adres]");
    expect(created.introduction).toContain("[datum]");
    expect(leaks(await json(as(org.tokens.analyst, "/booklets")))).toEqual([]);
    const slug = created.publicUrl.split("/verhalen/")[1];
    const wall = await json(app.request(`/api/v1/public-booklets/${slug}`));
    expect(leaks(wall)).toEqual([]);
    const pdf = await as(org.tokens.analyst, `/booklets/${created.id}/pdf`);
    expect(pdf.status).toBe(200);
    const updated = await json(as(org.tokens.analyst, `/booklets/${created.id}`, { method: "PUT", json: {
      title: "Met fatima en Jan de Vries", introduction: "Geboren 12/03/1985.", storyIds: [storyId], published: true,
    } }));
    expect(leaks(updated)).toEqual([]);
  });

  it("intervisie title, conclusions and actions", async () => {
    const session = await json(as(org.tokens.colleague, "/intervision-sessions", { method: "POST", json: { collectionId: collection.id, title: "Casus Jan de Vries", storyIds: [storyId] } }));
    expect(session.title).toBe("Casus [naam]");
    const closed = await json(as(org.tokens.colleague, `/intervision-sessions/${session.id}/closure`, { method: "POST", json: {
      conclusions: "Bel fatima voor 12-03-1985.", actions: [{ text: "Brief naar Postbus 123 sturen", storyIds: [storyId] }],
    } }));
    expect(leaks(closed)).toEqual([]);
    const followUps = await json(as(org.tokens.teller, `/stories/${storyId}/follow-ups`));
    expect(leaks(followUps)).toEqual([]);
    expect(JSON.stringify(followUps)).toContain("[adres]");
  });

  it("follow-ups on a story", async () => {
    const res = await as(org.tokens.colleague, `/stories/${storyId}/follow-ups`, { method: "POST", json: { kind: "response", text: "Ik heb met jan de vries gebeld, Dorpsstraat 12." } });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(leaks(await res.json())).toEqual([]);
  });

  it("collection and listening-round names, as tellers see them", async () => {
    const made = await json(as(org.adminToken, `/collections/${collection.id}`, { method: "PATCH", json: { name: "Verhalen van Jan de Vries" } }));
    expect(made.name).toBe("Verhalen van [naam]");
    const publicView = await json(app.request(`/api/v1/public-collections/${collection.slug}`));
    expect(leaks(publicView)).toEqual([]);
    const round = await json(as(org.adminToken, `/collections/${collection.id}/listening-rounds`, { method: "POST", json: {
      name: "Ronde 12-03-1985 bij fatima", startsAt: "2025-01-01T00:00:00Z", endsAt: "2025-02-01T00:00:00Z",
    } }));
    expect(leaks(round)).toEqual([]);
    expect(round.name).toBe("Ronde [datum] bij [naam]");
  });

  it("framework texts in every language, as tellers see them", async () => {
    const definition = {
      ...smallFramework,
      prompts: [{ id: "moment", text: "Vertel over je gesprek met Jan de Vries" }],
      signifiers: smallFramework.signifiers.map((s) => s.id === "situatie" && s.type === "choice"
        ? { ...s, options: [{ id: "schulden", label: "Schulden, Postbus 123" }, ...s.options.slice(1)] } : s),
      translations: { en: { "prompt.moment.text": "Tell us about 12-03-1985" } },
      easyLanguage: { nl: { "prompt.moment.text": "Wat zei fatima?" } },
    };
    const created = await json(as(org.adminToken, "/frameworks", { method: "POST", json: definition }));
    expect(leaks(created)).toEqual([]);
    expect(created.prompts[0].text).toBe("Vertel over je gesprek met [naam]");
    const revised = await json(as(org.adminToken, `/frameworks/${created.id}`, { method: "PUT", json: { ...definition, name: "Kader van Jan de Vries" } }));
    expect(leaks(revised)).toEqual([]);
    const { collection: told } = await makeCollection(app, org.adminToken, { frameworkId: created.id });
    expect(leaks(await json(app.request(`/api/v1/public-collections/${told.slug}`)))).toEqual([]);

    // Before saving, the admin sees each text that will change, in its language; nothing is stored.
    const preview = await json(as(org.adminToken, "/framework-redaction-previews", { method: "POST", json: definition }));
    expect(preview.changes.map((c: { variant: string; language: string; key: string }) => `${c.variant} ${c.language} ${c.key}`)).toEqual([
      "source nl prompt.moment.text", "source nl question.situatie.option.schulden", "translation en prompt.moment.text", "easy nl prompt.moment.text",
    ]);
    const [first] = preview.changes;
    expect(first.original.slice(first.findings[0].start, first.findings[0].end)).toBe("Jan de Vries");
    expect(first.text).toBe("Vertel over je gesprek met [naam]");
    expect((await as(org.tokens.analyst, "/framework-redaction-previews", { method: "POST", json: definition })).status).toBe(403);
  });

  it("team names", async () => {
    const team = await json(as(org.adminToken, "/teams", { method: "POST", json: { name: "Team van Jan de Vries" } }));
    expect(team.name).toBe("Team van [naam]");
    expect(leaks(await json(as(org.tokens.teller, "/teams")))).toEqual([]);
  });

  it("the reasons an import gives for a bad line", async () => {
    const line = JSON.stringify({ text: "Verhaal", consent: { research: true }, answers: { ...validAnswers, situatie: "Jan de Vries, Dorpsstraat 12" } });
    const res = await as(org.adminToken, `/collections/${collection.id}/story-imports?dryRun=true`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: line });
    const result = await res.json();
    expect(result.rejected.length, JSON.stringify(result)).toBe(1);
    expect(leaks(result)).toEqual([]);
  });
});
