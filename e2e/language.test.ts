// Dutch by default, English at the press of a button: the visible words, the page title and the
// html lang attribute change together, answers from the server follow, and the choice survives a
// reload. Checked on the staff app (signed in, and on the login page) and on the public story form,
// which have separate headers; axe checks the English pages too.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eApp, startE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser, newPage } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

let app: E2eApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
/** The page's heading once it shows. By role: a page still loading keeps the last one, hidden, in the DOM. */
const headingShows = (page: Page, name: string) => page.getByRole("heading", { level: 1, name, exact: true }).waitFor();

/**
 * Presses the language switch, which names the other language in that language (and marks it so,
 * for screen readers), and waits until the page speaks it.
 */
async function switchTo(page: Page, lang: "nl" | "en") {
  const button = page.getByRole("button", { name: lang === "en" ? "English" : "Nederlands", exact: true });
  expect(await button.getAttribute("lang")).toBe(lang);
  await button.click();
  await expect.poll(() => htmlLang(page)).toBe(lang);
}

describe("the language of the web app", () => {
  it("is Dutch in the staff app until switched to English, which stays after a reload", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, app.baseUrl, app.admin);
    await headingShows(page, "Verhalen");
    expect(await htmlLang(page)).toBe("nl");
    expect(await page.title()).toBe("Verhalen — Vertelpunt");
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    expect(await nav.getByRole("link").allInnerTexts()).toContain("Vragenkaders");

    await switchTo(page, "en");
    await headingShows(page, "Stories");
    expect(await page.title()).toBe("Stories — Vertelpunt");
    const navEn = page.getByRole("navigation", { name: "Main menu" });
    expect(await navEn.getByRole("link").allInnerTexts()).toEqual(expect.arrayContaining(["Stories", "Collections", "Frameworks", "People"]));
    expect(await page.getByRole("button", { name: "Sign out" }).count()).toBe(1);
    expect(await page.getByText("Vragenkaders").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Other pages open in English, and a reload keeps it.
    await navEn.getByRole("link", { name: "Frameworks" }).click();
    await headingShows(page, "Frameworks");
    await page.reload();
    await headingShows(page, "Frameworks");
    expect(await htmlLang(page)).toBe("en");

    // And back: Dutch again, also after a reload.
    await switchTo(page, "nl");
    await headingShows(page, "Vragenkaders");
    await page.reload();
    await headingShows(page, "Vragenkaders");
    expect(await htmlLang(page)).toBe("nl");
    await context.close();
  });

  it("gives the server's answers in English once switched, on the login page", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${app.baseUrl}/login`);
    await headingShows(page, "Inloggen");
    await switchTo(page, "en");
    await headingShows(page, "Sign in");
    await page.getByLabel("E-mail address").fill(app.admin.email);
    await page.getByLabel("Password").fill("niet-het-goede-wachtwoord");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByText("E-mail address or password is incorrect.").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it("switches the public story form to English, and keeps English after a reload", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(app.collection.publicUrl);
    await headingShows(page, "Vertel je verhaal");
    expect(await htmlLang(page)).toBe("nl");
    expect(await page.title()).toBe("Vertel je verhaal – Bench");

    await switchTo(page, "en");
    await headingShows(page, "Tell your story");
    expect(await page.title()).toBe("Tell your story – Bench");
    expect(await page.getByLabel("Write your story here").count()).toBe(1);
    expect(await page.getByText("Does not apply").count()).toBeGreaterThan(0);
    expect(await page.getByText("Niet van toepassing").count()).toBe(0);
    // The form's own checks speak English too.
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByRole("heading", { name: "Please check this" }).waitFor();
    expect(await page.getByRole("link", { name: "Write down your story." }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await headingShows(page, "Tell your story");
    expect(await htmlLang(page)).toBe("en");
    await context.close();
  });
});
