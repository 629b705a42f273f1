// Telling a story on the public form on a phone (390×844): once by keyboard alone, once by touch.
// Each story is read back through the API to check that the answers arrived in the right shape, and
// every screen on the way is checked with axe (WCAG 2.1 A/AA).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage, PHONE } from "./support/browser.ts";
import { inUnit, isStones, isTriad, storedStory, tabTo } from "./support/tell.ts";

const env = appAndBrowserPerFile();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

async function openForm(page: Page) {
  await page.goto(env.app.collection.publicUrl);
  await page.getByRole("heading", { level: 1, name: "Vertel je verhaal" }).waitFor();
}

describe("telling a story on a phone", () => {
  it("works by keyboard alone, with the personal data review, and passes axe on every screen", async () => {
    const { context, page } = await newPage(env.browser, PHONE);
    await openForm(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Sending the blank form: the error summary takes focus.
    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    await page.locator("#vp-summary").waitFor();
    expect(await focusedId(page)).toBe("vp-summary");
    expect(await accessibilityViolations(page)).toEqual([]);

    // A radio group: Tab lands on the first option, an arrow key chooses the next.
    await tabTo(page, "#vp-prompt-verschil");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "#vp-text");
    await page.keyboard.type("Mevrouw Jansen belde mij op 06-12345678 over haar schulden. Met alleen het toetsenbord verteld.");
    await tabTo(page, "#vp-title", { back: true });
    await page.keyboard.type("Toetsenbordverhaal");
    // Triad: the first arrow puts the point in the middle, the next ones move it.
    await tabTo(page, "#vp-q-wat_hielp svg[role=slider]");
    for (const key of ["ArrowUp", "ArrowUp", "ArrowLeft"]) await page.keyboard.press(key);
    await tabTo(page, "#vp-q-regie-range");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await tabTo(page, "#vp-q-regelruimte-na");
    await page.keyboard.press("Space");
    // Stones: each item in the list is a slider; its first arrow puts it on the square.
    await tabTo(page, "#vp-q-gevoel-inwoner");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowUp");
    await tabTo(page, "#vp-q-gevoel-ik");
    await page.keyboard.press("ArrowLeft");
    await tabTo(page, "#vp-q-situatie-schulden");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "#vp-q-aanpak-huisbezoek");
    await page.keyboard.press("Space");
    await tabTo(page, "#vp-q-uitkomst-opgelost");
    await page.keyboard.press("Space");
    await tabTo(page, "#vp-research-yes");
    await page.keyboard.press("Space");
    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");

    // The name and phone number are shown as they will be kept; the teller confirms.
    const review = page.getByRole("heading", { level: 1, name: "Zo bewaren we je verhaal" });
    await review.waitFor();
    expect(await focusedText(page)).toBe("Zo bewaren we je verhaal");
    await expect.poll(() => page.locator("mark").allInnerTexts()).toEqual(["[naam]", "[telefoonnummer]"]);
    expect(await page.getByText("Om mensen te beschermen halen we deze gegevens weg").count()).toBe(1);
    expect(await page.getByText("Jansen").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Going back lands in the story text; sending again shows the same review.
    await tabTo(page, ".vp-tell-actions .utrecht-button--secondary-action");
    expect(await focusedText(page)).toBe("Terug naar mijn verhaal");
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedId(page)).toBe("vp-text");
    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    await review.waitFor();
    await page.keyboard.press("Tab");
    expect(await focusedText(page)).toBe("Ja, verstuur zo");
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { level: 1, name: "Dank je wel voor je verhaal" }).waitFor();
    expect(await focusedText(page)).toBe("Dank je wel voor je verhaal");
    expect(await accessibilityViolations(page)).toEqual([]);

    const story = await storedStory(env.app, "toetsenbord");
    expect(story.text).toBe("Mevrouw [naam] belde mij op [telefoonnummer] over haar schulden. Met alleen het toetsenbord verteld.");
    expect(story).toMatchObject({ title: "Toetsenbordverhaal", promptId: "vastgelopen", channel: "web", consent: { research: true } });
    const { answers } = story;
    expect(isTriad(answers.wat_hielp)).toBe(true);
    expect(inUnit(answers.regie)).toBe(true);
    expect(answers.regie).toBeCloseTo(0.53);
    expect(answers.regelruimte).toBeNull();
    expect(isStones(answers.gevoel, ["inwoner", "ik"])).toBe(true);
    expect(answers).toMatchObject({ situatie: "werk", aanpak: "huisbezoek", uitkomst: "opgelost" });
    expect(answers).not.toHaveProperty("ruimte");
    await context.close();
  });

  it("works by touch: tap the triad, drag the dyad, tap stones onto the square", async () => {
    const { context, page } = await newPage(env.browser, { ...PHONE, permissions: ["clipboard-read", "clipboard-write"] });
    await openForm(page);
    await page.tap("label[for='vp-prompt-regels']");
    await page.tap("#vp-text");
    await page.keyboard.type("Met mijn duim verteld: de inwoner kreeg eindelijk hulp bij de huur.");

    const triad = page.locator("#vp-q-wat_hielp svg[role=slider]");
    await triad.scrollIntoViewIfNeeded();
    const t = (await triad.boundingBox())!;
    await page.touchscreen.tap(t.x + t.width * 0.5, t.y + t.height * 0.6);
    await expect.poll(() => triad.getAttribute("aria-valuetext")).toMatch(/%/);
    await page.tap("label[for='vp-q-ruimte-na']");

    const dyad = page.locator("#vp-q-regie-range");
    await dyad.scrollIntoViewIfNeeded();
    const d = (await dyad.boundingBox())!;
    await touchDrag(page, { x: d.x + d.width / 2, y: d.y + d.height / 2 }, { x: d.x + d.width * 0.85, y: d.y + d.height / 2 });
    await expect.poll(async () => Number(await dyad.inputValue())).toBeGreaterThan(60);

    const area = page.locator("#vp-q-gevoel .vp-stones__area");
    await area.scrollIntoViewIfNeeded();
    const a = (await area.boundingBox())!;
    for (const [x, y] of [[0.8, 0.2], [0.3, 0.5], [0.6, 0.9]] as const) await page.touchscreen.tap(a.x + a.width * x, a.y + a.height * y);

    for (const option of ["situatie-zorg", "aanpak-samen_plan", "uitkomst-beter", "gevoel_nu-4"]) await page.tap(`label[for='vp-q-${option}']`);
    await page.tap("label[for='vp-research-yes']");
    // No personal data: sent straight away, without the review.
    await page.tap("button[type=submit]");
    await page.getByRole("heading", { level: 1, name: "Dank je wel voor je verhaal" }).waitFor();

    // The private receipt link, with what it is for, and a copy button.
    const receipt = page.getByRole("region", { name: "Je persoonlijke link" });
    expect(await receipt.getByText("Bewaar deze link. Hiermee zie je later wat er met je verhaal gebeurt, of trek je het in.").count()).toBe(1);
    const receiptUrl = await receipt.getByRole("link").getAttribute("href");
    expect(receiptUrl?.startsWith(`${env.app.baseUrl}/bon/`)).toBe(true);
    await receipt.getByRole("button", { name: "Link kopiëren" }).tap();
    await receipt.getByText("De link is gekopieerd.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(receiptUrl);
    expect(await accessibilityViolations(page)).toEqual([]);

    const { answers, promptId } = await storedStory(env.app, "Met mijn duim");
    expect(promptId).toBe("regels");
    expect(isTriad(answers.wat_hielp)).toBe(true);
    expect(answers.ruimte).toBeNull();
    expect(inUnit(answers.regie)).toBe(true);
    expect(answers.regie as number).toBeGreaterThan(0.6);
    expect(isStones(answers.gevoel, ["inwoner", "ik", "organisatie"])).toBe(true);
    expect(answers).toMatchObject({ situatie: "zorg", aanpak: "samen_plan", uitkomst: "beter", gevoel_nu: 4 });
    await context.close();
  });

  it("shows the teller what happened with the story on the receipt page, and lets them withdraw it", async () => {
    const told = await call(env.app.baseUrl, `/api/v1/public-collections/${env.app.collection.slug}/stories`, {
      method: "POST", json: { text: "Een verhaal om later terug te lezen.", answers: { situatie: "wonen", aanpak: "maatwerk", uitkomst: "beter" }, consent: { research: true } },
    });
    await call(env.app.baseUrl, `/api/v1/stories/${told.id}/interpretations`, { method: "POST", token: env.app.adminToken, json: { answers: {} } });
    await call(env.app.baseUrl, `/api/v1/stories/${told.id}/follow-ups`, {
      method: "POST", token: env.app.adminToken, json: { kind: "action", text: "We openen op dinsdag een extra spreekuur." },
    });

    const { context, page } = await newPage(env.browser, PHONE);
    await page.goto(told.receiptUrl);
    await page.getByRole("heading", { level: 1, name: "Je verhaal" }).waitFor();
    expect(await page.getByText("Een verhaal om later terug te lezen.").count()).toBe(1);
    expect(await page.getByText("Collega's hebben je verhaal 1 keer besproken.").count()).toBe(1);
    expect(await page.getByRole("heading", { level: 2, name: "Wat er met je verhaal gebeurde" }).count()).toBe(1);
    expect(await page.getByText("We openen op dinsdag een extra spreekuur.").count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Verhaal intrekken" }).tap();
    await page.getByText("Weet je het zeker?").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ja, trek mijn verhaal in" }).tap();
    await page.getByRole("heading", { level: 1, name: "Je verhaal is ingetrokken" }).waitFor();
    const gone = await fetch(`${env.app.baseUrl}/api/v1/stories/${told.id}`, { headers: { authorization: `Bearer ${env.app.adminToken}` } });
    expect(gone.status).toBe(404);
    await context.close();
  });
});

/** A one-finger drag, as the touchscreen API only taps. */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: { x: number; y: number }[]) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points });
  await touch("touchStart", [from]);
  for (let i = 1; i <= 8; i++) await touch("touchMove", [{ x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 }]);
  await touch("touchEnd", []);
  await cdp.detach();
}
