// The three insight screens in a browser, at 1366 and 390 px with no axe violations and nothing that
// scrolls sideways: two questions side by side on the dashboard (counts and row shares as the API
// gives them, under the dashboard's filters, opened from a discovered pattern, small cells hidden
// from a colleague and then no test), how far colleagues agree in their readings (alpha as the API
// gives it), and a follow-up on a pattern from a what-works row (personal data shown first, recorded
// on as many stories as the API lists). Screenshots land in e2e/artifacts/insight-screens.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { associationSentence } from "../src/core/patterns/plain.ts";
import { call } from "../src/testing/spawn-server.ts";
import { addMember, type E2eApp, startE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser, sidewaysOverflow } from "./support/browser.ts";
import { screenshotsAtBothWidths } from "./support/screenshots.ts";
import { signIn } from "./support/tell.ts";

const SHOTS = "insight-screens";
let app: E2eApp;
let browser: Browser;
let admin: { context: BrowserContext; page: Page };

interface Crosstab { rowOptions: string[]; colOptions: string[]; counts: (number | null)[][]; n: number | null; test?: { cramersV: number | null; pValue: number | null } }

/** 72 stories where the outcome follows the situation and the approach, and two about care (a small group). */
function seedLines(): string[] {
  const lines: string[] = [];
  const outcome = (situatie: string, aanpak: string, k: number) => {
    if (situatie === "schulden") return aanpak === "huisbezoek" ? (k < 10 ? "opgelost" : "beter") : (k < 9 ? "beter" : "hetzelfde");
    if (situatie === "werk") return aanpak === "huisbezoek" ? (k < 8 ? "beter" : "opgelost") : (k < 6 ? "beter" : "hetzelfde");
    return k < 8 ? "hetzelfde" : "slechter";
  };
  for (const situatie of ["schulden", "werk", "wonen"]) {
    for (const aanpak of ["huisbezoek", "maatwerk"]) {
      for (let k = 0; k < 12; k++) lines.push(JSON.stringify({ text: `Verhaal over ${situatie} en ${aanpak} (${k}).`, consent: { research: true }, answers: { situatie, aanpak, uitkomst: outcome(situatie, aanpak, k) } }));
    }
  }
  for (let k = 0; k < 2; k++) lines.push(JSON.stringify({ text: `Verhaal over zorg (${k}).`, consent: { research: true }, answers: { situatie: "zorg", aanpak: "netwerk", uitkomst: "opgelost" } }));
  return lines;
}

/** Two colleagues read eight stories: the same situation, the same outcome but in one story, sliders close together. */
async function interpret(colleagueToken: string) {
  const { items } = await call<{ items: { id: string }[] }>(app.baseUrl, `/api/v1/stories?collectionId=${app.collection.id}&limit=8`, { token: app.adminToken });
  for (const [k, story] of items.entries()) {
    const reading = (token: string, uitkomst: string, regie: number) => call(app.baseUrl, `/api/v1/stories/${story.id}/interpretations`, {
      method: "POST", token, json: { answers: { situatie: ["schulden", "werk", "wonen"][k % 3], uitkomst, regie } },
    });
    await reading(app.adminToken, k % 2 ? "beter" : "opgelost", 0.2 + k / 10);
    await reading(colleagueToken, k === 3 ? "opgelost" : k % 2 ? "beter" : "opgelost", 0.25 + k / 10);
  }
}

const api = <T>(path: string) => call<T>(app.baseUrl, `/api/v1${path}`, { token: app.adminToken });

/** The count in the crosstab on screen at a row and a column, both by label. */
async function shownCount(page: Page, row: string, column: string): Promise<string> {
  const table = page.getByTestId("crosstab");
  // The first header names the rows' question, over the row headers; the cells start after it.
  const index = (await table.locator("thead th").allInnerTexts()).indexOf(column) - 1;
  return table.locator("tbody tr", { has: page.locator("th", { hasText: row }) }).locator("td").nth(index).locator(".vp-crosstab__count").innerText();
}

async function checkScreen(page: Page, name: string) {
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await sidewaysOverflow(page, 390)).toEqual([]);
  // A laptop too: an analyst's menu has more top-level entries than an admin's (no "Beheer" group).
  expect(await sidewaysOverflow(page, 1366)).toEqual([]);
  await screenshotsAtBothWidths(page, SHOTS, name);
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  const imported = await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/story-imports`, {
    method: "POST", token: app.adminToken, headers: { "content-type": "application/x-ndjson" }, body: seedLines().join("\n"),
  });
  expect(imported.imported).toBe(74);
  const colleague = await addMember(app, "colleague", "Collega Lezer");
  const { token } = await call<{ token: string }>(app.baseUrl, "/api/v1/sessions", { method: "POST", json: colleague });
  await interpret(token);
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1366, height: 900 } });
  admin = { context, page: await context.newPage() };
  await signIn(admin.page, app.baseUrl, app.admin, `/collections/${app.collection.id}/patterns`);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

describe("two questions side by side", () => {
  it("shows situation against outcome with the API's counts, row shares and the test in plain words", async () => {
    const page = admin.page;
    await page.getByTestId("crosstab").waitFor();
    expect(await page.getByLabel("Vraag in de rijen").inputValue()).toBe("situatie");
    expect(await page.getByLabel("Vraag in de kolommen").inputValue()).toBe("uitkomst");
    const table = await api<Crosstab>(`/collections/${app.collection.id}/crosstabs?rowSignifierId=situatie&columnSignifierId=uitkomst`);
    const [row, col] = [table.rowOptions.indexOf("schulden"), table.colOptions.indexOf("opgelost")];
    expect(table.counts[row]![col]).toBe(10);
    expect(await shownCount(page, "Geldzorgen of schulden", "Het probleem is opgelost")).toBe(String(table.counts[row]![col]));
    // 10 of the 24 debt stories: 42% of the row.
    expect(await page.getByTestId("crosstab").locator("tbody tr", { hasText: "Geldzorgen of schulden" }).innerText()).toContain("(42%)");
    const test = page.getByTestId("crosstab-test");
    expect(await test.innerText()).toContain(associationSentence("Waar ging het vooral over?", "Hoe liep het af?", { measure: "cramersV", value: table.test!.cramersV }, table.test!.pValue, "nl"));
    expect(await test.innerText()).toContain(`Cramérs V is ${table.test!.cramersV!.toFixed(2).replace(".", ",")}`);
    expect(await test.innerText()).toContain("Hoe zeker: als de twee vragen niets met elkaar te maken hebben");
    // A bar part per known cell of the four rows with stories (schulden, werk, wonen, zorg) × four outcomes.
    expect(await page.locator("[data-chart-type=crosstab] g[aria-label=bar] rect").count()).toBe(16);
    await page.getByTestId("crosstab-test").locator("summary").click();
    await checkScreen(page, "crosstab");
  });

  it("follows the dashboard's filters", async () => {
    const page = admin.page;
    await page.getByRole("combobox", { name: "Wat deed je vooral?" }).selectOption("huisbezoek");
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    const answers = encodeURIComponent(JSON.stringify([{ signifierId: "aanpak", options: ["huisbezoek"] }]));
    const table = await api<Crosstab>(`/collections/${app.collection.id}/crosstabs?rowSignifierId=situatie&columnSignifierId=uitkomst&answers=${answers}`);
    const expected = table.counts[table.rowOptions.indexOf("werk")]![table.colOptions.indexOf("beter")];
    expect(expected).toBe(8);
    await expect.poll(() => shownCount(page, "Werk of een plek om mee te doen", "Het gaat beter, maar het is nog niet klaar")).toBe(String(expected));
    await page.getByRole("button", { name: "Filters wissen" }).click();
    await expect.poll(() => shownCount(page, "Werk of een plek om mee te doen", "Het gaat beter, maar het is nog niet klaar")).toBe("14");
  });

  it("opens from a discovered pattern with its two questions", async () => {
    const page = admin.page;
    await page.getByLabel("Vraag in de rijen").selectOption("aanpak");
    const discovery = page.getByTestId("discoveries").locator("li", { hasText: "“Wat deed je vooral?” en “Hoe liep het af?”" });
    await discovery.getByRole("button", { name: /Bekijk deze twee vragen in een tabel/ }).click();
    expect(await page.getByLabel("Vraag in de rijen").inputValue()).toBe("aanpak");
    expect(await page.getByLabel("Vraag in de kolommen").inputValue()).toBe("uitkomst");
    expect(await page.locator("#kruistabel").evaluate((h) => h === document.activeElement)).toBe(true);
    await expect.poll(() => shownCount(page, "Op huisbezoek gaan", "Het probleem is opgelost")).toBe("14");
  });

  it("shows a colleague small groups as hidden, and then no test", async () => {
    const colleague = await browser.newContext({ locale: "nl-NL", viewport: { width: 1366, height: 900 } });
    const page = await colleague.newPage();
    await signIn(page, app.baseUrl, await addMember(app, "colleague", "Collega"), `/collections/${app.collection.id}/patterns`);
    await page.getByTestId("crosstab").waitFor();
    expect(await shownCount(page, "Zorg of gezondheid", "Het probleem is opgelost")).toBe("verborgen");
    expect(await page.locator(".vp-crosstab__untested").innerText()).toContain("Er staat geen toets bij, omdat er kleine groepen verborgen zijn");
    expect(await page.getByRole("link", { name: "Lezen collega's hetzelfde?" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: /Opvolging vastleggen/ }).count()).toBe(0);
    await checkScreen(page, "crosstab-colleague");
    await colleague.close();
  });
});

describe("agreement between colleagues' readings", () => {
  it("explains per question how far colleagues agree, with the API's alpha", async () => {
    const page = admin.page;
    await page.getByRole("link", { name: "Lezen collega's hetzelfde?" }).click();
    const card = page.locator("[data-agreement=uitkomst]");
    await card.waitFor();
    const { items, interpretedStories } = await api<{ items: { signifierId: string; alpha: number | null; stories: number }[]; interpretedStories: number }>(`/collections/${app.collection.id}/agreement`);
    expect(interpretedStories).toBe(8);
    const uitkomst = items.find((i) => i.signifierId === "uitkomst")!;
    expect(uitkomst.alpha).not.toBeNull();
    const alpha = uitkomst.alpha!.toFixed(3).replace(".", ",");
    expect(await card.locator(".vp-said__sentence").innerText()).toContain(`(α = ${alpha})`);
    expect(await card.innerText()).toContain("8 verhalen zijn bij deze vraag door minstens twee collega's geduid.");
    expect(await page.locator("[data-agreement=situatie] .vp-said__sentence").innerText()).toContain("vrijwel hetzelfde (α = 1,000)");
    expect(await page.locator("[data-agreement=aanpak] .vp-said__sentence").innerText()).toContain("Nog niet te berekenen");
    // No teller answered the slider: nothing is said about how tellers read it.
    expect(await page.locator("[data-agreement=regie]").innerText()).not.toContain("verteller");
    expect(await page.locator("[data-chart-type=agreement] svg").count()).toBe(1);
    await checkScreen(page, "agreement");
  });

  it("is in English too", async () => {
    const page = admin.page;
    await page.getByRole("button", { name: /English/ }).first().click();
    await page.getByRole("heading", { level: 1, name: "Do colleagues read alike? Bench" }).waitFor();
    expect(await page.locator("[data-agreement=situatie] .vp-said__sentence").innerText()).toContain("Colleagues read this question almost alike (α = 1.000).");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshotsAtBothWidths(page, SHOTS, "agreement-en");
  });
});

describe("a follow-up on a pattern", () => {
  it("is recorded from a what-works row by an analyst, personal data shown first, on the stories the API counts", async () => {
    const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, await addMember(app, "analyst", "Analist"), `/collections/${app.collection.id}/patterns`);
    const row = page.getByTestId("what-works-results").locator("li", { hasText: "Bij “Geldzorgen of schulden” leidde “Op huisbezoek gaan”" });
    await row.getByRole("link", { name: /Opvolging vastleggen/ }).click();
    await page.getByRole("heading", { level: 1, name: "Opvolging van een patroon" }).waitFor();
    expect(await page.getByLabel("Waar ging het vooral over?").inputValue()).toBe("schulden");
    expect(await page.getByLabel("Wat deed je vooral?").inputValue()).toBe("huisbezoek");
    expect(await page.getByTestId("pattern-sentence").innerText())
      .toBe("Het patroon: verhalen met het antwoord “Geldzorgen of schulden” op “Waar ging het vooral over?” en het antwoord “Op huisbezoek gaan” op “Wat deed je vooral?”.");
    await page.getByText("Er is nog niets vastgelegd bij de verhalen in dit patroon.").waitFor();
    await page.getByLabel("Wat is er gedaan of gezegd?").fill("Bij schulden gaan we vaker op huisbezoek. Vragen? Mail naar j.devries@example.nl.");
    await page.getByRole("button", { name: "Vastleggen" }).click();
    const check = page.getByRole("heading", { level: 3, name: "Dit halen we weg bij het opslaan" });
    await check.waitFor();
    expect(await check.evaluate((h) => h === document.activeElement)).toBe(true);
    await checkScreen(page, "follow-up-check");
    await page.getByRole("button", { name: "Vastleggen" }).click();
    await page.getByText("Vastgelegd bij 12 verhalen. De vertellers zien het bij hun verhaal.").waitFor();
    const pattern = encodeURIComponent(JSON.stringify({ situatie: "schulden", aanpak: "huisbezoek" }));
    const { items } = await api<{ items: { text: string; storyCount: number }[] }>(`/collections/${app.collection.id}/pattern-follow-ups?pattern=${pattern}`);
    expect(items.map((i) => i.storyCount)).toEqual([12]);
    expect(items[0]!.text).not.toContain("j.devries@example.nl");
    const listed = page.locator(".vp-follow-ups__item");
    await expect.poll(() => listed.count()).toBe(1);
    expect(await listed.innerText()).toContain(`bij ${items[0]!.storyCount} verhalen`);
    expect(await listed.innerText()).not.toContain("j.devries@example.nl");
    await checkScreen(page, "follow-up");
    await context.close();
  });
});
