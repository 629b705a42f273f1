import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let collection: { id: string; slug: string };

const rounds = () => `/api/v1/collections/${collection.id}/listening-rounds`;
const create = (body: Record<string, unknown>, token = org.adminToken) => app.request(rounds(), { method: "POST", token, json: body });
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  collection = (await makeCollection(app, org.adminToken)).collection;
});
afterAll(() => app.close());

describe("listening rounds", () => {
  it("lets an admin repeat a collection as rounds with their own link, listed oldest first for tellers", async () => {
    const later = await create({ name: "Ronde 2", startsAt: at(10), endsAt: at(20) });
    expect(later.status).toBe(201);
    const now = await json(create({ name: "Ronde 1", startsAt: at(-5), endsAt: at(5) }));
    expect(now).toMatchObject({ name: "Ronde 1", collectionId: collection.id, state: "open" });
    expect(now.slug).not.toBe(collection.slug);
    expect(now.publicUrl).toBe(`http://localhost:3000/vertel/${now.slug}`);
    const list = await json(app.request(rounds(), { token: org.tokens.teller }));
    expect(list.items.map((r: { name: string; state: string }) => [r.name, r.state])).toEqual([["Ronde 1", "open"], ["Ronde 2", "notYetOpen"]]);
  });

  it("refuses overlapping rounds, backwards periods, other roles and other organizations", async () => {
    expect((await create({ name: "Overlap", startsAt: at(19), endsAt: at(30) })).status).toBe(409);
    expect((await create({ name: "Ervoor", startsAt: at(20), endsAt: at(30) })).status).toBe(201);
    const backwards = await create({ name: "Achteruit", startsAt: at(50), endsAt: at(40) });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).invalidParams[0].name).toBe("endsAt");
    expect((await create({ name: "X", startsAt: at(60), endsAt: at(70) }, org.tokens.analyst)).status).toBe(403);
    const other = await makeOrganization(app, org.operatorToken);
    expect((await app.request(rounds(), { token: other.adminToken })).status).toBe(404);
  });

  it("opens the public form on a round's own link only within the round's period", async () => {
    const { items } = await json(app.request(rounds(), { token: org.adminToken }));
    const [open, upcoming] = items as { slug: string; id: string }[];
    const form = await json(app.request(`/api/v1/public-collections/${open!.slug}`));
    expect(form.slug).toBe(open!.slug);
    const told = await app.request(`/api/v1/public-collections/${open!.slug}/stories`, { method: "POST", json: { text: "In de ronde.", answers: validAnswers, consent: { research: true } } });
    expect(told.status).toBe(201);
    expect((await told.json()).collectionId).toBe(collection.id);
    expect((await app.request(`/api/v1/public-collections/${upcoming!.slug}`)).status).toBe(409);
  });
});

describe("changing and closing a round, its QR code and poster", () => {
  const round = (id: string) => `${rounds()}/${id}`;
  const patch = (id: string, body: Record<string, unknown>, token = org.adminToken) => app.request(round(id), { method: "PATCH", token, json: body });

  it("renames a round and moves its period, but never onto another round", async () => {
    const made = await json(create({ name: "Te wijzigen", startsAt: at(100), endsAt: at(110) }));
    const endsAt = at(120);
    const renamed = await json(patch(made.id, { name: "Voorjaar", endsAt }));
    expect(renamed).toMatchObject({ id: made.id, name: "Voorjaar", slug: made.slug, startsAt: made.startsAt, endsAt });
    expect((await patch(made.id, { startsAt: at(15) })).status).toBe(409);
    expect((await patch(made.id, { endsAt: at(90) })).status).toBe(400);
    expect((await patch(made.id, { name: "X" }, org.tokens.analyst)).status).toBe(403);
    const other = await makeOrganization(app, org.operatorToken);
    expect((await app.request(round(made.id), { method: "PATCH", token: other.adminToken, json: { name: "X" } })).status).toBe(404);
  });

  it("closes a round now: its link stops taking stories", async () => {
    const { items } = await json(app.request(rounds(), { token: org.adminToken }));
    const open = (items as { id: string; slug: string; state: string }[]).find((r) => r.state === "open")!;
    const closed = await json(patch(open.id, { endsAt: new Date().toISOString() }));
    expect(closed.state).toBe("closed");
    const told = await app.request(`/api/v1/public-collections/${open.slug}/stories`, { method: "POST", json: { text: "Te laat.", answers: validAnswers, consent: { research: true } } });
    expect(told.status).toBe(409);
  });

  it("gives each round its QR code and an A4 poster, and explains why a collection without a public link has none", async () => {
    const { items } = await json(app.request(rounds(), { token: org.tokens.teller }));
    const first = items[0] as { id: string; publicUrl: string };
    const qr = await app.request(`${round(first.id)}/qr-code`, { token: org.tokens.teller });
    expect(qr.headers.get("content-type")).toBe("image/svg+xml");
    expect(await qr.text()).toContain("<svg");
    const poster = await app.request(`${round(first.id)}/poster`, { token: org.tokens.teller });
    expect(poster.status).toBe(200);
    expect(poster.headers.get("content-type")).toBe("application/pdf");
    const doc = await PDFDocument.load(new Uint8Array(await poster.arrayBuffer()));
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    // The title holds the organization's name and the framework's first prompt, as the page does.
    expect(doc.getTitle()).toMatch(/^Gemeente \S+ — Vertel over een moment$/);
    const closed = (await makeCollection(app, org.adminToken, { anonymous: false })).collection;
    const refused = await app.request(`/api/v1/collections/${closed.id}/poster`, { token: org.tokens.teller });
    expect(refused.status).toBe(409);
    expect((await refused.json()).detail).toContain("geen openbare link");
  });
});
