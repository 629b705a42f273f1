// A story told offline while the collection was open, arriving after it closed (issue 20).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instanceSecret } from "../../db/instance.ts";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { FORM_TOKEN_VALID_MS } from "../../contract/collections.ts";
import { issueFormToken } from "../collections/form-token.ts";

let app: TestApp;
let org: Organization;
let frameworkId: string;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  frameworkId = (await makeCollection(app, org.adminToken)).framework.id;
});
afterAll(() => app.close());

const story = { text: "Verteld aan de keukentafel, zonder verbinding.", answers: validAnswers, consent: { research: true } };
let n = 0;
const tell = (slug: string, body: Record<string, unknown>) =>
  app.request(`/api/v1/public-collections/${slug}/stories`, { method: "POST", json: { ...story, ...body }, headers: { "idempotency-key": `late-${++n}` } });

/** An open collection whose form was opened a minute ago, then closed just now. */
async function closedAfterOpening() {
  const c = await json(app.request("/api/v1/collections", { method: "POST", token: org.adminToken, json: { name: "Huisbezoeken", frameworkId, audience: "clients", anonymous: true } }));
  const form = await json(app.request(`/api/v1/public-collections/${c.slug}`));
  const toldAt = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 5));
  const closed = await app.request(`/api/v1/collections/${c.id}`, { method: "PATCH", token: org.adminToken, json: { closesAt: new Date().toISOString() } });
  expect((await closed.json()).state).toBe("closed");
  return { c, formToken: form.formToken as string, toldAt };
}

const storiesIn = async (id: string) => (await json(app.request(`/api/v1/stories?collectionId=${id}`, { token: org.adminToken }))).items;

describe("stories that waited offline", () => {
  it("are taken after closing when told before it, in a form opened while open", async () => {
    const { c, formToken, toldAt } = await closedAfterOpening();
    const res = await tell(c.slug, { formToken, toldAt });
    expect(res.status).toBe(201);
    const stored = await storiesIn(c.id);
    expect(stored).toHaveLength(1);
    expect(stored[0].toldAt).toBe(toldAt);
  });

  it("are refused with 409 without a token, with a forged or expired one, or told after closing", async () => {
    const { c, formToken, toldAt } = await closedAfterOpening();
    const secret = await instanceSecret(app.database.db);
    const [id, , mac] = formToken.split(".");
    const forged = `${id}.${Date.now().toString(36)}.${mac}`;
    const expired = issueFormToken(secret, c.id, new Date(Date.now() - FORM_TOKEN_VALID_MS - 60_000));
    const otherCollection = issueFormToken(secret, "00000000-0000-4000-8000-000000000000", new Date(Date.parse(toldAt) - 1000));
    for (const body of [{ toldAt }, { formToken: forged, toldAt }, { formToken: expired, toldAt }, { formToken: otherCollection, toldAt },
      { formToken, toldAt: new Date().toISOString() }, { formToken }]) {
      const res = await tell(c.slug, body);
      expect(res.status, JSON.stringify(body)).toBe(409);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect((await res.json()).detail).toMatch(/gesloten/);
    }
    expect(await storiesIn(c.id)).toHaveLength(0);
  });

  it("gives the form a token with the collection, and none once closed", async () => {
    const { c } = await closedAfterOpening();
    expect((await app.request(`/api/v1/public-collections/${c.slug}`)).status).toBe(409);
    const open = await json(app.request("/api/v1/collections", { method: "POST", token: org.adminToken, json: { name: "Open", frameworkId, audience: "clients", anonymous: true } }));
    const form = await json(app.request(`/api/v1/public-collections/${open.slug}`));
    expect(form.formToken.split(".")[0]).toBe(open.id);
  });

  it("are taken from a colleague's form too (interview mode), with the token its collection came with", async () => {
    const c = await json(app.request("/api/v1/collections", { method: "POST", token: org.adminToken, json: { name: "Keukentafel", frameworkId, audience: "clients", anonymous: false } }));
    const opened = await json(app.request(`/api/v1/collections/${c.id}`, { token: org.adminToken }));
    expect(opened.formToken.split(".")[0]).toBe(c.id);
    const toldAt = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await app.request(`/api/v1/collections/${c.id}`, { method: "PATCH", token: org.adminToken, json: { closesAt: new Date().toISOString() } });
    const interview = { ...story, channel: "interview", consent: { research: true, confirmedAloud: true }, toldAt };
    const post = (body: Record<string, unknown>) =>
      app.request(`/api/v1/collections/${c.id}/stories`, { method: "POST", token: org.adminToken, json: body, headers: { "idempotency-key": `late-${++n}` } });
    expect((await post(interview)).status).toBe(409);
    const late = await post({ ...interview, formToken: opened.formToken });
    expect(late.status).toBe(201);
    const stored = await storiesIn(c.id);
    expect(stored.map((s: { channel: string; toldAt: string }) => [s.channel, s.toldAt])).toEqual([["interview", toldAt]]);
  });
});
