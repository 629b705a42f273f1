// The sector's administration in a browser, in Dutch: the admin of Bench starts a sector (its name
// through the redaction check), adds a second organization by its code and publishes a core version
// from one of its frameworks; the admin of that organization joins, takes the core over into a new
// framework, lets a collection take part, releases a month, sees the release with the ε it used and
// withdraws it; Bench issues a key for a server elsewhere and revokes it, and publishes a second core
// version in which a renamed question and answer are linked to the earlier ones. Every page has no axe
// violations (WCAG 2.1 A/AA) at 390 and 1366 px, does not scroll sideways on a phone, and is
// photographed at both widths (e2e/artifacts/sector-admin).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { type E2eApp, startE2eApp } from "./support/app.ts";
import { launchBrowser } from "./support/browser.ts";
import { checkedAtBothWidths } from "./support/screenshots.ts";
import { signIn } from "./support/tell.ts";

const SHOTS = "sector-admin";
const SECTOR = "Arbeidsmarktregio Midden";
let app: E2eApp;
let browser: Browser;
let bench: { context: BrowserContext; page: Page };
let oost: { context: BrowserContext; page: Page };
const oostAdmin = { email: "beheer@oost.example.nl", password: "een-lang-wachtwoord" };
let oostId = "";

async function newSignedIn(who: { email: string; password: string }, next: string) {
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await signIn(page, app.baseUrl, who, next);
  return { context, page };
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  // A second organization on the same server, made by the instance's operator (the seed admin).
  const made = await call(app.baseUrl, "/api/v1/organizations", {
    method: "POST", token: app.adminToken, json: { name: "Gemeente Oost", adminName: "Beheer Oost", adminEmail: oostAdmin.email, adminPassword: oostAdmin.password },
  });
  oostId = made.organization.id;
  bench = await newSignedIn(app.admin, "/stories");
  oost = await newSignedIn(oostAdmin, "/sector");
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

const checked = (page: Page, name: string) => checkedAtBothWidths(page, SHOTS, name);

const status = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text }).waitFor();

describe("the sector's administration", () => {
  it("starts a sector whose name passed the redaction check, coordinated by the organization that started it", async () => {
    const { page } = bench;
    // Admins find it under "Beheer" in the menu, and from the sector list.
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("button", { name: "Beheer" }).click();
    await page.getByRole("link", { name: "Sectoren beheren" }).click();
    await page.getByRole("heading", { level: 1, name: "Sectoren beheren" }).waitFor();
    await oost.page.getByRole("link", { name: "Sectoren beheren" }).click();
    await oost.page.getByRole("heading", { level: 1, name: "Sectoren beheren" }).waitFor();
    await page.getByText("Je organisatie coördineert nog geen sector.").waitFor();
    await page.getByText("De openbare sleutel van je organisatie").click();
    await expect(page.getByTestId("signing-key").innerText()).resolves.toMatch(/^-----BEGIN PUBLIC KEY-----/);
    await checked(page, "overview-empty");

    await page.getByLabel("Naam van de sector").fill("Regio van Jan de Vries, bel 06-12345678");
    await page.getByRole("button", { name: "Sector beginnen" }).click();
    await page.getByRole("heading", { name: "Dit halen we weg bij het opslaan" }).waitFor();
    await checked(page, "create-redaction-check");
    await page.getByLabel("Naam van de sector").fill(SECTOR);
    await page.getByRole("button", { name: "Sector beginnen" }).click();
    await page.getByRole("heading", { level: 1, name: SECTOR }).waitFor();
    const [sector] = (await call(app.baseUrl, "/api/v1/sectors", { token: app.adminToken })).items;
    expect(sector.name).toBe(SECTOR);
    await expect(page.getByTestId("sector-members").innerText()).resolves.toMatch(/Bench \(coördinator\)/);
  });

  it("adds a second organization by its code and publishes a core version from one of its frameworks", async () => {
    const { page } = bench;
    await expect(oost.page.getByTestId("organization-code").innerText()).resolves.toBe(oostId);
    await page.getByLabel("Code van de organisatie").fill(oostId);
    await page.getByRole("button", { name: "Toevoegen" }).click();
    await status(page, "De organisatie is toegevoegd.");
    await page.getByTestId("sector-members").getByText("Gemeente Oost").waitFor();

    await page.getByLabel("Vragenkader", { exact: true }).selectOption(app.framework.id);
    await page.getByLabel("Naam van de kernvragen").fill("Kernvragen Midden");
    const choices = page.getByRole("group", { name: "Welke vragen worden kernvragen?" }).getByRole("checkbox");
    const offered = await choices.count();
    expect(offered).toBeGreaterThan(2);
    await choices.last().uncheck();
    await page.getByRole("button", { name: "Publiceren" }).click();
    await status(page, "Versie 1 is gepubliceerd.");
    await expect(page.getByTestId("core-versions").innerText()).resolves.toContain(`Versie 1: Kernvragen Midden · ${offered - 1} vragen`);
    await checked(page, "sector-manage");
  });

  it("lets the member organization join, take the core over, let a collection take part and release a month", async () => {
    const { page } = oost;
    await page.reload();
    await page.getByLabel("Sector", { exact: true }).selectOption({ label: SECTOR });
    await checked(page, "overview-join");
    await page.getByRole("button", { name: "Meedoen" }).click();
    await page.getByRole("heading", { level: 1, name: SECTOR }).waitFor();
    await expect(page.getByTestId("sector-budget").innerText()).resolves.toMatch(/Budget \(ε\)\s*2\s*Gebruikt\s*0\s*Over\s*2/);

    await page.getByLabel("Naam van het nieuwe vragenkader").fill("Ons kader");
    await page.getByRole("button", { name: "Overnemen" }).click();
    await status(page, "Versie 1 van de kernvragen staat nu in Ons kader.");
    const frameworks = await (await page.request.get(`${app.baseUrl}/api/v1/frameworks`)).json();
    const ours = frameworks.items.find((f: { name: string }) => f.name === "Ons kader");
    // A collection that tells with the adopted framework, made as the collection page would.
    const made = await page.request.post(`${app.baseUrl}/api/v1/collections`, {
      headers: { origin: app.baseUrl }, data: { name: "Klantverhalen Oost", frameworkId: ours.id, audience: "clients", anonymous: true },
    });
    expect(made.status()).toBe(201);
    await page.reload();

    await page.getByRole("form", { name: "Een vertelpunt laten meedoen" }).getByLabel("Vertelpunt").selectOption({ label: "Klantverhalen Oost" });
    await page.getByRole("button", { name: "Laten meedoen" }).click();
    await status(page, "Klantverhalen Oost doet nu mee.");
    await page.getByTestId("participations").getByText("ε 1/2 per levering").waitFor();

    const release = page.getByRole("form", { name: "Een maand leveren" });
    await release.getByLabel("Vertelpunt").selectOption({ label: "Klantverhalen Oost" });
    await release.getByLabel("Maand").fill("2026-11");
    await page.getByRole("button", { name: "Leveren" }).click();
    await status(page, "2026-11 is geleverd, met 0 verhalen. Budget over: 1,5.");
    const row = page.getByTestId("sector-releases").locator("tbody tr").first();
    await expect(row.innerText()).resolves.toMatch(/2026-11\s+Klantverhalen Oost\s+1\/2\s+0\s+.+\s+geleverd/);
    await expect(page.getByTestId("sector-budget").innerText()).resolves.toMatch(/Gebruikt\s*0,5\s*Over\s*1,5\s*Leveringen\s*1/);
    await checked(page, "link");
  });

  it("withdraws what a collection released when it stops, and keeps the ε spent", async () => {
    const { page } = oost;
    await page.getByRole("button", { name: "Klantverhalen Oost laten stoppen en alles intrekken" }).click();
    await page.getByText("Weet je zeker dat Klantverhalen Oost stopt?").waitFor();
    await page.getByRole("button", { name: "Ja, stoppen en intrekken" }).click();
    await status(page, "Klantverhalen Oost doet niet meer mee. Alles is ingetrokken.");
    await page.getByTestId("sector-releases").getByText(/ingetrokken op/).waitFor();
    await expect(page.getByTestId("sector-budget").innerText()).resolves.toMatch(/Gebruikt\s*0,5/);
    await checked(page, "link-withdrawn");

    // The same page in English, for an admin who reads it so.
    await page.getByRole("button", { name: "English", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "What you released" }).waitFor();
    await page.getByTestId("sector-releases").getByText(/withdrawn on/).waitFor();
    await expect(page.getByTestId("sector-budget").innerText()).resolves.toMatch(/Used\s*0\.5/);
    await checked(page, "link-en");
    await page.getByRole("button", { name: "Nederlands", exact: true }).click();
  });

  it("issues a key for a server elsewhere, shown once, and revokes it", async () => {
    const { page } = bench;
    await page.getByLabel("Voor welke organisatie?").fill("Gemeente Elders");
    await page.getByRole("button", { name: "Sleutel uitgeven" }).click();
    const credential = await page.getByTestId("new-secret").innerText();
    expect(credential).toMatch(/^vps_[A-Za-z0-9_-]{43}$/);
    const hub = () => fetch(`${app.baseUrl}/api/v1/sector-hub/core-frameworks/latest`, { headers: { authorization: `Bearer ${credential}` } });
    expect((await hub()).status).toBe(200);
    await expect(page.getByTestId("sector-credentials").innerText()).resolves.toMatch(/Gemeente Elders\s+.+\s+nog niet gebruikt/);
    await checked(page, "credential-issued");

    await page.getByRole("button", { name: "Sleutel voor Gemeente Elders intrekken" }).click();
    await page.getByRole("button", { name: "Ja, intrekken" }).click();
    await status(page, "De sleutel voor Gemeente Elders is ingetrokken.");
    await page.getByTestId("sector-credentials").getByText("ingetrokken").waitFor();
    await expect(page.getByTestId("new-secret").count()).resolves.toBe(0);
    expect((await hub()).status).toBe(401);
    await checked(page, "credential-revoked");
  });

  it("publishes a next version in which a renamed question and answer keep counting with the earlier ones", async () => {
    const { page } = bench;
    const [sector] = (await call(app.baseUrl, "/api/v1/sectors", { token: app.adminToken })).items;
    const source = await call(app.baseUrl, `/api/v1/frameworks/${app.framework.id}`, { token: app.adminToken });
    type Choice = { id: string; type: string; question: string; options: { id: string; label: string }[] };
    const renamed = (source.signifiers as Choice[]).find((s) => s.type === "choice")!;
    const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, ...content } = source;
    const signifiers = (source.signifiers as Choice[]).map((s) => (s.id !== renamed.id ? s
      : { ...s, id: `${s.id}_nieuw`, options: s.options.map((o, i) => (i === 0 ? { ...o, id: `${o.id}_nieuw` } : o)) }));
    const made = await call(app.baseUrl, "/api/v1/frameworks", { method: "POST", token: app.adminToken, json: { ...content, name: "Ons kader, tweede versie", signifiers } });

    await page.reload();
    await page.getByLabel("Vragenkader", { exact: true }).selectOption(made.id);
    await page.getByLabel("Naam van de kernvragen").fill("Kernvragen Midden 2");
    await page.getByLabel(`“${renamed.question}” is dezelfde vraag als`).selectOption(renamed.id);
    await page.getByLabel(`Antwoord “${renamed.options[0]!.label}” is hetzelfde antwoord als`).selectOption(renamed.options[0]!.id);
    await checked(page, "core-mapping");
    await page.getByRole("button", { name: "Publiceren" }).click();
    await status(page, "Versie 2 is gepubliceerd.");
    const second = await call(app.baseUrl, `/api/v1/sectors/${sector.id}/core-frameworks/2`, { token: app.adminToken });
    expect(second.mapping.questions).toEqual({ [`${renamed.id}_nieuw`]: { core: renamed.id, options: { [`${renamed.options[0]!.id}_nieuw`]: renamed.options[0]!.id } } });
  });
});
