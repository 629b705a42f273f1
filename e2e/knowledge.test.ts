// The knowledge base in the browser: search finds a story and highlights the matching words, a story
// shows similar stories with their reasons, and analysts find themes. Every page checked with axe.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { type E2eApp, startE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser, newPage } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const answers = (situatie: string, hulp: number[]) => ({
  wat_hielp: hulp, regie: 0.7, regelruimte: null, gevoel: { inwoner: [0.8, 0.9], ik: [0.4, 0.6] },
  situatie, aanpak: "huisbezoek", uitkomst: "beter", gevoel_nu: 4, les: "Ga op tijd langs.",
});

const stories = [
  ["De bewindvoerder belde over de schulden van mevrouw. Samen maakten we een plan voor de rekeningen.", "schulden", [0.2, 0.5, 0.3]],
  ["Een brief van de bewindvoerder over schulden en rekeningen die nog open stonden.", "schulden", [0.25, 0.45, 0.3]],
  ["Meneer had schulden bij de energieleverancier; de bewindvoerder regelde een betalingsregeling.", "schulden", [0.2, 0.4, 0.4]],
  ["Op school ging het mis: de leerkracht en de ouders spraken over het huiswerk in de klas.", "wonen", [0.6, 0.2, 0.2]],
  ["De leerkracht belde de ouders omdat het huiswerk op school steeds bleef liggen.", "wonen", [0.6, 0.3, 0.1]],
  ["In de klas hielp een gesprek met de ouders en de leerkracht over school.", "wonen", [0.5, 0.3, 0.2]],
] as const;

let app: E2eApp;
let browser: Browser;
let analyst: { context: BrowserContext; page: Page };
const ids: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  for (const [text, situatie, hulp] of stories) {
    const told = await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/stories`, {
      method: "POST", token: app.adminToken, json: { text, answers: answers(situatie, [...hulp]), consent: { research: true } },
    });
    ids.push(told.id);
  }
  analyst = await newPage(browser);
  await signIn(analyst.page, app.baseUrl, app.admin);
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.locator("[aria-busy=true], .vp-loading").first().waitFor({ state: "detached" });
}

describe("knowledge base", () => {
  it("search finds a story by a Dutch word form and highlights the matching words", async () => {
    const { page } = analyst;
    await page.goto(`${app.baseUrl}/stories`);
    await page.getByLabel("Zoeken in de tekst").fill("schuld -energieleverancier");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await page.waitForURL(/q=schuld/);
    await settled(page);
    const items = page.locator(".vp-list__item");
    await expect.poll(() => items.count()).toBe(2);
    // "schuld" finds "schulden" (Dutch stemming) and the matched word is marked; -energieleverancier leaves one out.
    expect(await page.locator(".vp-list mark").first().innerText()).toBe("schulden");
    expect(await page.locator(".vp-list").innerText()).not.toContain("energieleverancier");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("a story shows similar stories with the reason for each", async () => {
    const { page } = analyst;
    await page.goto(`${app.baseUrl}/stories/${ids[0]}`);
    const section = page.getByRole("region", { name: "Vergelijkbare verhalen" });
    await section.locator(".vp-list__item").first().waitFor();
    await settled(page);
    const first = section.locator(".vp-list__item").first();
    expect(await first.getByRole("link").innerText()).toContain("Een brief van de bewindvoerder");
    const reason = await first.locator(".vp-excerpt").innerText();
    expect(reason).toMatch(/^Waarom: gedeelde woorden: .*bewindvoerder/);
    expect(reason).toContain("driehoek dichtbij");
    expect(await accessibilityViolations(page)).toEqual([]);
    await first.getByRole("link").click();
    await page.waitForURL(`${app.baseUrl}/stories/${ids[1]}`);
  });

  it("analysts find themes from the menu: words and example stories per theme", async () => {
    const { page } = analyst;
    await page.goto(`${app.baseUrl}/stories`);
    await page.getByRole("navigation").getByRole("link", { name: "Thema's" }).click();
    await page.getByRole("heading", { level: 1, name: "Thema's" }).waitFor();
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel("Vertelpunt").selectOption(app.collection.id);
    await page.getByLabel("Aantal thema's").fill("2");
    await page.getByRole("button", { name: "Thema's zoeken" }).click();
    const headings = page.getByRole("heading", { level: 2, name: /^Thema \d/ });
    await headings.first().waitFor();
    expect(await headings.count()).toBe(2);
    const text = (await headings.allInnerTexts()).join(" | ");
    expect(text).toMatch(/bewindvoerder|schulden|rekeningen/);
    expect(text).toMatch(/leerkracht|ouders|school|huiswerk|klas/);
    expect(await page.getByText("6 verhalen bekeken, met toestemming voor onderzoek.").count()).toBe(1);
    expect(await page.locator(".vp-plain-list a").count()).toBe(6);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
