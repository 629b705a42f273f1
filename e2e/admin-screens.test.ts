// The admin screens in a browser, in Dutch: exports (CSV, XLSX, JSON) from the collection page, the
// dashboard under a filter and the framework with headers a person reads; a listening round created,
// changed and closed, with its QR code and poster; the collection renamed and rescheduled; the
// organization's settings saved; the audit log; one client's stories erased after a preview. Every
// page has no axe violations (WCAG 2.1 A/AA) and is photographed at 390 and 1366 px
// (e2e/artifacts/admin-screens).
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { type E2eApp, startE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser } from "./support/browser.ts";
import { screenshotsAtBothWidths } from "./support/screenshots.ts";
import { signIn } from "./support/tell.ts";

let app: E2eApp;
let browser: Browser;
let admin: { context: BrowserContext; page: Page };
const TRIAD_HEADER = "Wat hielp in dit verhaal het meest? — De regels en procedures (%)";

function story(i: number) {
  return JSON.stringify({
    text: `Verhaal ${i}.`, consent: { research: true }, toldAt: new Date(Date.UTC(2026, 5, 1 + i, 10)).toISOString(), ...(i < 2 ? { subjectRef: "KLANT-1" } : {}),
    answers: { situatie: i % 3 === 0 ? "wonen" : "schulden", aanpak: "huisbezoek", uitkomst: "beter", wat_hielp: [0.5, 0.25, 0.25] },
  });
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  const lines = Array.from({ length: 9 }, (_, i) => story(i));
  const imported = await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/story-imports`, {
    method: "POST", token: app.adminToken, headers: { "content-type": "application/x-ndjson" }, body: lines.join("\n"),
  });
  expect(imported.imported).toBe(9);
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  admin = { context, page: await context.newPage() };
  await signIn(admin.page, app.baseUrl, app.admin, `/collections/${app.collection.id}`);
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

async function checked(page: Page, name: string) {
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshotsAtBothWidths(page, "admin-screens", name);
}

/** Clicks a download button in the panel and returns the file's name and text. */
async function downloaded(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}
const headerOf = (csv: Buffer) => csv.toString("utf8").replace(/^\uFEFF/, "").split("\r\n")[0]!;
const rowsOf = (csv: Buffer) => csv.toString("utf8").replace(/^\uFEFF/, "").split("\r\n").filter(Boolean).length - 1;

describe("admin screens", () => {
  it("downloads exports with readable headers from the collection page, the filtered dashboard and the framework", async () => {
    const { page } = admin;
    const panel = page.getByRole("region", { name: "Exporteren" });
    await panel.waitFor();
    const csv = await downloaded(page, "Download CSV");
    expect(csv.name).toBe(`vertelpunt-${app.collection.slug}.csv`);
    expect(headerOf(csv.body)).toContain(TRIAD_HEADER);
    expect(headerOf(csv.body)).not.toContain("wat_hielp.1");
    expect(rowsOf(csv.body)).toBe(9);
    const xlsx = await downloaded(page, "Download Excel (XLSX)");
    expect(xlsx.body.subarray(0, 2).toString()).toBe("PK");
    const json = JSON.parse((await downloaded(page, "Download JSON")).body.toString());
    expect(json.stories[0][TRIAD_HEADER]).toBe(50);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "is gedownload" }).count()).toBe(1);

    await page.goto(`${app.baseUrl}/collections/${app.collection.id}/patterns`);
    await page.getByRole("combobox", { name: "Waar ging het vooral over?" }).selectOption("wonen");
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    const filtered = await downloaded(page, "Download CSV");
    expect(rowsOf(filtered.body)).toBe(3);
    expect(filtered.body.toString()).toContain(",Wonen,");
    await checked(page, "dashboard-export");

    await page.goto(`${app.baseUrl}/frameworks/${app.framework.id}`);
    const all = JSON.parse((await downloaded(page, "Download JSON")).body.toString());
    expect(all.stories).toHaveLength(9);
    expect(all.stories[0]["Vertelpunt"]).toBe("Bench");
  });

  it("creates, changes and closes a listening round, each with its link, QR code and poster", async () => {
    const { page } = admin;
    await page.goto(`${app.baseUrl}/collections/${app.collection.id}`);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const form = page.getByRole("form", { name: "Nieuwe ronde" });
    await form.getByLabel("Naam van de ronde").fill("Najaar");
    await form.getByLabel("Eerste dag").fill(day(-3));
    await form.getByLabel("Laatste dag").fill(day(30));
    await form.getByRole("button", { name: "Ronde maken" }).click();
    await page.getByRole("status").filter({ hasText: "Ronde Najaar is gemaakt." }).waitFor();
    const round = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Najaar/ }) });
    await expect.poll(() => round.getByText("Open", { exact: true }).count()).toBe(1);
    const link = await round.getByRole("link", { name: /\/vertel\// }).innerText();
    expect((await page.request.get(link.replace("http://localhost:3000", app.baseUrl))).status()).toBe(200);
    expect(await round.getByRole("img", { name: /QR-code van ronde Najaar/ }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const poster = await page.request.get(`${app.baseUrl}${await round.getByRole("link", { name: "Poster (PDF, A4)" }).getAttribute("href")}`);
    expect(poster.headers()["content-type"]).toBe("application/pdf");
    expect((await poster.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // An overlapping round is refused in Dutch, next to the form.
    await form.getByLabel("Naam van de ronde").fill("Dubbel");
    await form.getByLabel("Eerste dag").fill(day(10));
    await form.getByLabel("Laatste dag").fill(day(40));
    await form.getByRole("button", { name: "Ronde maken" }).click();
    await form.getByText("valt (deels) samen met een andere ronde").waitFor();

    await round.getByRole("button", { name: "Ronde Najaar wijzigen" }).click();
    const edit = page.getByRole("form", { name: "Ronde Najaar wijzigen" });
    await edit.getByLabel("Naam van de ronde").fill("Najaar 2026");
    await edit.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("status").filter({ hasText: "Ronde Najaar 2026 is opgeslagen." }).waitFor();
    await checked(page, "collection-rounds");

    await round.getByRole("button", { name: "Ronde nu sluiten" }).click();
    await page.getByRole("status").filter({ hasText: "Ronde Najaar 2026 is gesloten." }).waitFor();
    const rounds = await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/listening-rounds`, { token: app.adminToken });
    expect(rounds.items.map((r: { name: string; state: string }) => [r.name, r.state])).toEqual([["Najaar 2026", "closed"]]);
  });

  it("renames the collection and changes its period, showing first what personal-data removal takes out", async () => {
    const { page } = admin;
    await page.goto(`${app.baseUrl}/collections/${app.collection.id}`);
    const details = page.getByRole("region", { name: "Gegevens" });
    await details.getByRole("button", { name: "Naam en periode wijzigen" }).click();
    const form = page.getByRole("form", { name: "Naam en periode wijzigen" });
    await form.getByLabel("Naam", { exact: true }).fill("Wijkteam Noord, bel 06-12345678");
    const lastDay = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel("Open tot en met").fill(lastDay);
    await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await form.getByRole("heading", { name: "Dit halen we weg bij het opslaan" }).waitFor();
    await checked(page, "collection-details-check");
    // Nothing is saved until the second press.
    expect((await call(app.baseUrl, `/api/v1/collections/${app.collection.id}`, { token: app.adminToken })).name).toBe("Bench");

    await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await page.getByRole("status").filter({ hasText: /De gegevens van Wijkteam Noord, bel .+ zijn opgeslagen\./ }).waitFor();
    const saved = await call(app.baseUrl, `/api/v1/collections/${app.collection.id}`, { token: app.adminToken });
    expect(saved.name).toMatch(/^Wijkteam Noord, bel /);
    expect(saved.name).not.toContain("12345678");
    expect(new Date(saved.closesAt).toISOString().slice(0, 10) >= lastDay).toBe(true);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(saved.name);
    await checked(page, "collection-details-saved");

    // Back as it was, for the tests after this one.
    await call(app.baseUrl, `/api/v1/collections/${app.collection.id}`, { method: "PATCH", token: app.adminToken, json: { name: "Bench", closesAt: null } });
  });

  /** The admin pages sit under "Beheer" in the staff menu. */
  const openAdminPage = async (page: typeof admin.page, name: string) => {
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("button", { name: "Beheer" }).click();
    await page.getByRole("link", { name }).click();
  };

  it("saves the small-group threshold and a collection's retention", async () => {
    const { page } = admin;
    await openAdminPage(page, "Instellingen");
    await page.getByRole("heading", { level: 1, name: "Instellingen" }).waitFor();
    await page.getByLabel("Kleinste groep die je laat zien").fill("7");
    await page.getByRole("form", { name: "Kleine groepen verbergen" }).getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("status").filter({ hasText: "groepen van minder dan 7 verhalen blijven leeg" }).waitFor();
    await page.getByLabel("Bewaartermijn van Bench in maanden").fill("24");
    await page.getByRole("form", { name: "Opslaan voor Bench" }).getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("status").filter({ hasText: "Bewaartermijn van Bench: 24 maanden." }).waitFor();
    expect((await call(app.baseUrl, "/api/v1/organization-settings", { token: app.adminToken })).smallCellK).toBe(7);
    expect((await call(app.baseUrl, `/api/v1/collections/${app.collection.id}`, { token: app.adminToken })).retentionMonths).toBe(24);
    await checked(page, "settings");
  });

  it("shows the audit log, readable and filtered", async () => {
    const { page } = admin;
    await openAdminPage(page, "Logboek");
    const table = page.getByRole("table", { name: "Gebeurtenissen, het nieuwste eerst" });
    await table.waitFor();
    const exportRow = table.getByRole("row").filter({ hasText: "Export gemaakt" }).first();
    expect(await exportRow.innerText()).toMatch(/Bench\s+Export gemaakt\s+(Vertelpunt|Vragenkader) — als (CSV|JSON|XLSX)/);
    await page.getByRole("combobox", { name: "Laat zien" }).selectOption("export.created");
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect.poll(async () => (await table.getByRole("row").allInnerTexts()).slice(1).every((r) => r.includes("Export gemaakt"))).toBe(true);
    await expect.poll(() => table.getByRole("row").count()).toBe(6);
    await checked(page, "audit-log");
  });

  it("erases one client's stories after saying what will be erased", async () => {
    const { page } = admin;
    await openAdminPage(page, "Cliënt wissen");
    await page.getByRole("textbox", { name: "Verwijzing" }).fill("KLANT-1");
    await page.getByRole("button", { name: "Bekijk wat er gewist wordt" }).click();
    const preview = page.getByRole("region", { name: "Wat er gewist wordt" });
    await preview.getByText("2 verhalen van deze cliënt, verteld van 1 juni 2026 t/m 2 juni 2026, worden definitief gewist.").waitFor();
    await preview.getByText("Bench: 2").waitFor();
    await checked(page, "erasure");
    await preview.getByRole("button", { name: "Wis 2 verhalen definitief" }).click();
    await preview.getByText("Vink eerst aan dat je dit begrijpt.").waitFor();
    await preview.getByLabel("Ik begrijp dat dit niet ongedaan kan worden").check();
    await preview.getByRole("button", { name: "Wis 2 verhalen definitief" }).click();
    await page.getByRole("status").filter({ hasText: "2 verhalen zijn gewist." }).waitFor();
    const after = await call(app.baseUrl, "/api/v1/subject-erasure-previews", { method: "POST", token: app.adminToken, json: { subjectRef: "KLANT-1" } });
    expect(after.stories).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
