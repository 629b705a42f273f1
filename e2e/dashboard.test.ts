// The patterns dashboard in a browser: a chart per question with the expected bars and points,
// clicking a bar or choosing it by keyboard lists exactly its stories, a story told elsewhere shows
// within 2 s (server-sent events), filters by an answer and by colleagues' tags, small groups hidden
// from colleagues, the same dashboard across every collection of the framework with an audience
// filter, and no axe violations.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { addMember, type E2eApp, startE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser, newPage } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

let app: E2eApp;
let browser: Browser;
let admin: { context: BrowserContext; page: Page };

const SITUATIONS = [...Array<string>(12).fill("schulden"), ...Array<string>(8).fill("werk"), ...Array<string>(4).fill("wonen")];

function seedLine(situatie: string, i: number) {
  return JSON.stringify({
    text: `Verhaal ${i} over ${situatie}.`, consent: { research: true },
    answers: {
      situatie, aanpak: i % 2 ? "huisbezoek" : "maatwerk", uitkomst: i % 3 ? "beter" : "opgelost",
      wat_hielp: i < 12 ? [0.7, 0.2, 0.1] : [0.1, 0.2, 0.7], regie: (i % 10) / 10, gevoel_nu: 1 + (i % 5),
      gevoel: { inwoner: [0.2, 0.8], ik: [0.6, 0.4] },
    },
  });
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  const imported = await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/story-imports`, {
    method: "POST", token: app.adminToken, headers: { "content-type": "application/x-ndjson" }, body: SITUATIONS.map(seedLine).join("\n"),
  });
  expect(imported.imported).toBe(SITUATIONS.length);
  admin = await newPage(browser);
  await signIn(admin.page, app.baseUrl, app.admin, `/collections/${app.collection.id}/patterns`);
  await admin.page.locator("[data-signifier=situatie] svg").waitFor();
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

const chart = (signifierId: string) => admin.page.locator(`[data-signifier=${signifierId}]`);
const selectable = (signifierId: string) => chart(signifierId).locator("svg g.vp-selectable > *");
const listed = () => admin.page.locator(".vp-selection .vp-list__title-link");

describe("the patterns dashboard", () => {
  it("draws a chart per question: bars per option, bins, points on the triangle, stones", async () => {
    await admin.page.locator("[data-signifier=gevoel_nu] svg").waitFor();
    expect(await selectable("situatie").count()).toBe(6);
    expect(await selectable("aanpak").count()).toBe(6);
    expect(await selectable("regie").count()).toBe(20);
    expect(await selectable("gevoel_nu").count()).toBe(5);
    expect(await selectable("wat_hielp").count()).toBe(25);
    expect(await chart("wat_hielp").locator("svg g[aria-label=dot] circle").count()).toBe(SITUATIONS.length);
    expect(await chart("gevoel").locator("svg g[aria-label=dot] > *").count()).toBe(2 * SITUATIONS.length);
    expect(await chart("les").count()).toBe(0);
  });

  it("lists the stories of a bar when it is clicked", async () => {
    await selectable("situatie").first().click();
    await expect.poll(() => listed().count()).toBe(12);
    expect((await listed().allInnerTexts()).every((text) => text.includes("schulden"))).toBe(true);
    expect(await admin.page.locator("#selectie").evaluate((h) => h === document.activeElement)).toBe(true);
  });

  it("lists the stories of an area of the triangle, and by keyboard from the data table", async () => {
    // The area at the corner "De samenwerking met anderen" (corner 3) holds the twelve stories at [0.1, 0.2, 0.7].
    const table = chart("wat_hielp").locator("details");
    await table.locator("summary").click();
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(2);
    const row = rows.filter({ hasText: "De samenwerking met anderen ± 67%" });
    expect(await row.locator("td").first().innerText()).toBe("12");
    await row.getByRole("button").focus();
    await admin.page.keyboard.press("Enter");
    await expect.poll(async () => (await listed().allInnerTexts()).map((t) => Number(/Verhaal (\d+)/.exec(t)?.[1])).sort((a, b) => a - b))
      .toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
  });

  it("shows a story told elsewhere within 2 seconds", async () => {
    await selectable("situatie").first().click();
    await expect.poll(() => listed().count()).toBe(12);
    const told = Date.now();
    await call(app.baseUrl, `/api/v1/public-collections/${app.collection.slug}/stories`, {
      method: "POST", json: { text: "Zojuist verteld over schulden.", consent: { research: true }, answers: { situatie: "schulden", aanpak: "netwerk", uitkomst: "beter" } },
    });
    await admin.page.locator(".vp-selection", { hasText: "Zojuist verteld over schulden." }).waitFor({ timeout: 2000 });
    await admin.page.waitForFunction(() => document.querySelector("[data-signifier=situatie] tbody td")?.textContent === "13", undefined, { timeout: 2000 });
    expect(Date.now() - told).toBeLessThanOrEqual(2000);
  });

  it("has no accessibility violations, with a selection and a data table open", async () => {
    expect(await accessibilityViolations(admin.page)).toEqual([]);
  });

  it("filters every chart by an answer, and clears the filter", async () => {
    const page = admin.page;
    const counts = () => chart("situatie").locator("tbody td.vp-number").allTextContents();
    await page.getByRole("combobox", { name: "Waar ging het vooral over?" }).selectOption("wonen");
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await expect.poll(counts).toEqual(["0", "0", "4", "0", "0", "0"]);
    expect(await chart("wat_hielp").locator("svg g[aria-label=dot] circle").count()).toBe(4);
    await page.getByRole("button", { name: "Filters wissen" }).click();
    await expect.poll(counts).toEqual(["13", "8", "4", "0", "0", "0"]);
  });

  it("filters every chart by the tags colleagues gave, without axe violations", async () => {
    const page = admin.page;
    const counts = () => chart("situatie").locator("tbody td.vp-number").allTextContents();
    const { items } = await call<{ items: { id: string; text: string }[] }>(app.baseUrl, `/api/v1/stories?collectionId=${app.collection.id}&limit=200`, { token: app.adminToken });
    const tag = async (n: number, tags: string[]) => {
      const story = items.find((s) => s.text.startsWith(`Verhaal ${n} `))!;
      await call(app.baseUrl, `/api/v1/stories/${story.id}/interpretations`, { method: "POST", token: app.adminToken, json: { tags } });
    };
    await tag(0, ["vertrouwen"]);
    await tag(12, ["eigen regie", "netwerk"]);
    await tag(20, ["iets anders"]);
    const field = page.getByRole("textbox", { name: "Alleen verhalen met deze labels van collega's" });
    await field.fill(" vertrouwen , eigen regie,  ");
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await expect.poll(counts).toEqual(["1", "1", "0", "0", "0", "0"]);
    expect(await chart("wat_hielp").locator("svg g[aria-label=dot] circle").count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Filters wissen" }).click();
    await expect.poll(counts).toEqual(["13", "8", "4", "0", "0", "0"]);
    expect(await field.inputValue()).toBe("");
  });

  it("shows colleagues the counts of small groups as hidden, without their stories", async () => {
    const colleague = await newPage(browser);
    await signIn(colleague.page, app.baseUrl, await addMember(app, "colleague", "Collega"), `/collections/${app.collection.id}/patterns`);
    const table = colleague.page.locator("[data-signifier=situatie] details");
    await table.locator("summary").click();
    const wonen = table.locator("tbody tr", { hasText: "Wonen" });
    expect(await wonen.locator("td").first().innerText()).toBe("verborgen");
    expect(await wonen.getByRole("button").count()).toBe(0);
    expect(await table.locator("tbody tr", { hasText: "Geldzorgen of schulden" }).getByRole("button").count()).toBe(1);
    expect(await accessibilityViolations(colleague.page)).toEqual([]);
    await colleague.context.close();
  });

  it("shows every collection of the framework together, and what clients told apart, without axe violations", async () => {
    const clients = await call(app.baseUrl, "/api/v1/collections", {
      method: "POST", token: app.adminToken, json: { name: "Wachtkamer", frameworkId: app.framework.id, audience: "clients", anonymous: true },
    });
    const told = ["werk", "werk", "werk", "wonen", "wonen"];
    await call(app.baseUrl, `/api/v1/collections/${clients.id}/story-imports`, {
      method: "POST", token: app.adminToken, headers: { "content-type": "application/x-ndjson" },
      body: told.map((situatie, i) => seedLine(situatie, 100 + i)).join("\n"),
    });
    const page = admin.page;
    await page.goto(`${app.baseUrl}/frameworks/${app.framework.id}`);
    await page.getByRole("link", { name: "Patronen in alle vertelpunten" }).click();
    await page.locator("[data-signifier=situatie] svg").waitFor();
    const counts = () => chart("situatie").locator("tbody td.vp-number").allTextContents();
    await expect.poll(counts).toEqual(["13", "11", "6", "0", "0", "0"]);
    await page.getByRole("combobox", { name: "Wie vertelden" }).selectOption("clients");
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await expect.poll(counts).toEqual(["0", "3", "2", "0", "0", "0"]);
    await chart("situatie").locator("details summary").click();
    await chart("situatie").locator("tbody tr", { hasText: "Werk" }).getByRole("button").click();
    await expect.poll(async () => (await listed().allInnerTexts()).map((t) => Number(/Verhaal (\d+)/.exec(t)?.[1])).sort((a, b) => a - b))
      .toEqual([100, 101, 102]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
