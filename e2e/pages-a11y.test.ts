// Every page of the web app has zero axe violations of WCAG 2.1 A/AA, each checked once it has
// loaded (forms also after a failed submit, where errors and summaries appear). /setup only shows
// on an instance without users, so the server starts bare, /setup is checked, and only then is it
// set up (as startE2eApp does) for the other pages. The story form's later screens (error
// summary, review, thanks) and the receipt page are checked in tell-phone.test.ts. Each page also fits
// a 390 px phone without scrolling sideways. Also: story text with HTML in it is shown as text, never run.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, type RunningServer, startBenchServer } from "../src/testing/spawn-server.ts";
import { type E2eApp, seedE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser, newPage, sidewaysOverflow } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const INJECTED = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

let server: RunningServer;
let app: E2eApp;
let browser: Browser;
let admin: { context: BrowserContext; page: Page };
let storyId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startBenchServer("pglite"), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a page and waits until its heading is there and the data has arrived. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator("h1").first().waitFor();
  await page.waitForLoadState("networkidle");
  await page.locator("[aria-busy=true], .vp-loading").first().waitFor({ state: "detached" });
}

/** Submits the page's form empty, so every error message and the error summary show. */
async function submitEmpty(page: Page, button: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.locator("[role=alert], .utrecht-form-field--invalid, [aria-invalid=true]").first().waitFor();
}

describe("a new instance", () => {
  it("/setup", async () => {
    const { context, page } = await newPage(browser);
    await open(page, `${server.baseUrl}/setup`);
    expect(await page.locator("h1").innerText()).toBe("Vertelpunt inrichten");
    expect(await accessibilityViolations(page)).toEqual([]);
    await submitEmpty(page, "Inrichten en beginnen");
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("a set-up instance", () => {
  beforeAll(async () => {
    app = await seedE2eApp(server);
    const story = await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/stories`, {
      method: "POST", token: app.adminToken,
      json: {
        text: INJECTED, consent: { research: true },
        answers: {
          wat_hielp: [0.2, 0.5, 0.3], regie: 0.7, regelruimte: null, gevoel: { inwoner: [0.8, 0.9], ik: [0.4, 0.6] },
          situatie: "wonen", aanpak: "huisbezoek", uitkomst: "beter", gevoel_nu: 4, les: "Ga op tijd langs.",
        },
      },
    });
    storyId = story.id;
  });

  describe("pages without an account", () => {
    it("/login", async () => {
      const { context, page } = await newPage(browser);
      await open(page, `${app.baseUrl}/login`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await submitEmpty(page, "Inloggen");
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    });

    it.each([
      ["the public story form", () => app.collection.publicUrl],
      ["an unknown public form", () => `${app.baseUrl}/vertel/bestaatniet`],
    ])("%s", async (_name, url) => {
      const { context, page } = await newPage(browser);
      await open(page, url());
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toEqual([]);
      await context.close();
    });
  });

  describe("pages for signed-in staff (as admin)", () => {
    beforeAll(async () => {
      admin = await newPage(browser);
      await signIn(admin.page, app.baseUrl, app.admin);
    });

    // Route, its heading (so an error or "no access" page cannot pass for it) and, for a form, its
    // submit button.
    it.each([
      ["/members", "Mensen en teams", "Uitnodiging sturen"],
      ["/frameworks", "Vragenkaders"],
      ["/frameworks/new", "Nieuw vragenkader"],
      ["/frameworks/new?start=leeg", "Nieuw vragenkader", "Vragenkader opslaan"],
      ["/frameworks/:framework", "Sociaal domein — klantmanagers"],
      ["/collections", "Vertelpunten"],
      ["/collections/new", "Nieuw vertelpunt", "Vertelpunt maken"],
      ["/collections/:collection", "Bench"],
      ["/collections/:collection/tell", "Verhaal vertellen: Bench"],
      ["/stories", "Verhalen"],
      ["/stories/:story", INJECTED],
      ["/bestaat-niet", "Pagina niet gevonden"],
    ])("%s", async (route, heading, submit?: string) => {
      const path = route.replace(":framework", app.framework.id).replace(":collection", app.collection.id).replace(":story", storyId);
      const { page } = admin;
      await open(page, app.baseUrl + path);
      expect(await page.locator("h1").innerText()).toBe(heading);
      if (route === "/collections/:collection") await page.locator("img[src$='/qr-code']").waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toEqual([]);
      if (!submit) return;
      await submitEmpty(page, submit);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });

  describe("story text with HTML in it", () => {
    it("is shown as text on the story page and in the list, never run", async () => {
      const { text } = await call(app.baseUrl, `/api/v1/stories/${storyId}`, { token: app.adminToken });
      expect(text).toContain("<script>");
      const { page } = admin;
      for (const path of [`/stories/${storyId}`, "/stories"]) {
        await open(page, app.baseUrl + path);
        expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
        expect(await page.locator("main img[src=x], main script").count()).toBe(0);
      }
      await open(page, `${app.baseUrl}/stories/${storyId}`);
      expect(await page.locator("main").innerText()).toContain(text);
    });
  });
});
