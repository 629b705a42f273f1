// Dutch by default, English at the press of a button: the visible words, the page title and the
// html lang attribute change together, answers from the server follow, and the choice survives a
// reload. Checked on the staff app (signed in, and on the login page) and on the public story form,
// which have separate headers; axe checks the English pages too. The framework's own words stay in
// its language (Dutch) on the English form, marked lang="nl" for screen readers (WCAG 2.1 SC 3.1.2).
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const env = appAndBrowserPerFile();

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
/** The language an element is in: the lang of the nearest element, itself or above, that has one. */
const langOf = (locator: Locator) => locator.evaluate((el) => el.closest("[lang]")?.getAttribute("lang"));
/** The words inside marked as Dutch. */
const dutchWords = (scope: Locator) => scope.locator("[lang=nl]").allInnerTexts();
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
    const { context, page } = await newPage(env.browser);
    await signIn(page, env.app.baseUrl, env.app.admin);
    await headingShows(page, "Verhalen");
    expect(await htmlLang(page)).toBe("nl");
    expect(await page.title()).toBe("Verhalen — Vertelpunt");
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    expect(await nav.getByRole("link").allInnerTexts()).toContain("Vragenkaders");

    await switchTo(page, "en");
    await headingShows(page, "Stories");
    expect(await page.title()).toBe("Stories — Vertelpunt");
    const navEn = page.getByRole("navigation", { name: "Main menu" });
    // Admin pages sit under one entry that opens a list.
    await navEn.getByRole("button", { name: "Administration" }).click();
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
    const { context, page } = await newPage(env.browser);
    await page.goto(`${env.app.baseUrl}/login`);
    await headingShows(page, "Inloggen");
    await switchTo(page, "en");
    await headingShows(page, "Sign in");
    await page.getByLabel("E-mail address").fill(env.app.admin.email);
    await page.getByLabel("Password").fill("niet-het-goede-wachtwoord");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByText("E-mail address or password is incorrect.").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it("switches the public story form to English, and keeps English after a reload", async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(env.app.collection.publicUrl);
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

  it("keeps the framework's Dutch words marked lang=nl on the English public form, and only there", async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(env.app.collection.publicUrl);
    await headingShows(page, "Vertel je verhaal");
    const form = page.locator("form.vp-tell-form");
    // Dutch page, Dutch framework: nothing to mark.
    expect(await form.locator("[lang]").count()).toBe(0);

    await switchTo(page, "en");
    await headingShows(page, "Tell your story");
    // The interface speaks English...
    expect(await langOf(page.getByRole("heading", { level: 1 }))).toBe("en");
    expect(await langOf(page.getByRole("heading", { name: "Questions about your story" }))).toBe("en");
    expect(await langOf(page.getByText("Does not apply").first())).toBe("en");
    const optionalQuestion = page.locator("legend", { hasText: "Hoe kijk je nu terug op dit verhaal?" });
    expect(await langOf(optionalQuestion.getByText("(optional)"))).toBe("en");
    // ...and the framework's prompts, questions, options and labels are marked Dutch.
    expect(await dutchWords(optionalQuestion)).toEqual(["Hoe kijk je nu terug op dit verhaal?"]);
    expect(await dutchWords(page.locator("label", { hasText: "Vertel over een moment waarop de regels" }))).toEqual([
      "Vertel over een moment waarop de regels en wat de inwoner nodig had niet bij elkaar pasten.",
    ]);
    expect(await dutchWords(page.locator("legend", { hasText: "Waar ging het vooral over?" }))).toEqual(["Waar ging het vooral over?"]);
    expect(await dutchWords(page.locator("label[for='vp-q-situatie-wonen']"))).toEqual(["Wonen"]);
    expect(await dutchWords(page.locator("label[for='vp-q-gevoel_nu-5']"))).toEqual(["Heel positief"]);
    expect(await page.locator("label", { hasText: "Het contact met de inwoner" }).getAttribute("lang")).toBe("nl");
    expect(await dutchWords(page.locator(".vp-triad__figure").first())).toEqual(["De regels en procedures", "Het contact met de inwoner", "De samenwerking met anderen"]);
    // A stone is named by its Dutch label (aria-labelledby, so the name keeps the language).
    expect(await page.getByRole("slider", { name: "De inwoner", exact: true }).count()).toBe(1);
    expect(await dutchWords(page.locator(".vp-stones__items"))).toEqual(["De inwoner", "Ikzelf", "Mijn organisatie"]);
    // A readout mixes both: English around, the dyad's Dutch labels marked.
    await page.locator("#vp-q-regie-range").focus();
    await page.keyboard.press("ArrowRight");
    const readout = page.locator("#vp-q-regie .vp-readout");
    expect(await readout.innerText()).toBe("Vooral ik als professional 49%, Vooral de inwoner zelf 51%");
    expect(await dutchWords(readout)).toEqual(["Vooral ik als professional", "Vooral de inwoner zelf"]);
    expect(await langOf(readout)).toBe("en");
    // Whatever carries a lang in the form is the framework's Dutch.
    const langs = await form.locator("[lang]").evaluateAll((elements) => elements.map((e) => e.getAttribute("lang")));
    expect(langs.length).toBeGreaterThan(40);
    expect(new Set(langs)).toEqual(new Set(["nl"]));

    // In the error summary the question is Dutch, our message about it English.
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByRole("heading", { name: "Please check this" }).waitFor();
    const link = page.getByRole("link", { name: "Waar ging het vooral over? Answer this question." });
    expect(await dutchWords(link)).toEqual(["Waar ging het vooral over?"]);
    expect(await langOf(link)).toBe("en");
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
