// The admin's first steps on the home page tick themselves off from what happens (a story through
// the public link ticks "share" and "first stories"); the demo vertelpunt is made, marked demo on
// every page and removed with one button; the kiosk's welcome screen; the long form's progress.
// Screenshots at 390 and 1366 px go to e2e/artifacts/first-steps/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage, PHONE } from "./support/browser.ts";
import { fillMinimal, signIn, storedStories } from "./support/tell.ts";

const env = appAndBrowserPerFile();
const ARTIFACTS = join(import.meta.dirname, "artifacts", "first-steps");
mkdirSync(ARTIFACTS, { recursive: true });
const WIDE = { viewport: { width: 1366, height: 900 } };
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

const stepState = (page: Page) => page.locator(".vp-checklist__step").evaluateAll((steps) =>
  Object.fromEntries(steps.map((s) => [(s as HTMLElement).dataset.step, s.classList.contains("vp-checklist__step--done")])));

describe("first steps", () => {
  it("tick off from real data, and the demo is made, marked and removed in one step", async () => {
    const { context, page } = await newPage(env.browser, WIDE);
    await signIn(page, env.app.baseUrl, env.app.admin, "/stories");
    const checklist = page.getByRole("region", { name: "Aan de slag" });
    await checklist.getByText("2 van de 5 stappen klaar").waitFor();
    expect(await stepState(page)).toEqual({ framework: true, collection: true, share: false, stories: false, patterns: false });
    expect(await checklist.getByRole("link", { name: "Link en QR-code bekijken" }).getAttribute("href")).toBe(`/collections/${env.app.collection.id}#delen`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, "home-checklist-1366");

    // A teller uses the public link on a phone: the long form shows where they are.
    const phone = await newPage(env.browser, PHONE);
    await phone.page.goto(env.app.collection.publicUrl);
    const progress = phone.page.getByText(/van de \d+ vragen beantwoord/);
    expect(await progress.innerText()).toMatch(/^0 van de \d+ vragen beantwoord$/);
    expect(await phone.page.getByText("Vraag 1 van", { exact: false }).first().isVisible()).toBe(true);
    await fillMinimal(phone.page, "Via de link op de poster vertelde ik over mijn huis.");
    expect(await progress.innerText()).toMatch(/^3 van de \d+ vragen beantwoord$/);
    await phone.page.locator("#vp-q-situatie").scrollIntoViewIfNeeded().catch(() => undefined);
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await phone.page.screenshot({ path: join(ARTIFACTS, "form-progress-390.png") });
    await phone.page.getByRole("button", { name: "Versturen" }).click();
    await phone.page.getByRole("heading", { level: 1, name: "Dank je wel voor je verhaal" }).waitFor();
    await phone.context.close();
    expect((await storedStories(env.app)).map((s) => s.channel)).toEqual(["web"]);

    await page.reload();
    await checklist.getByText("4 van de 5 stappen klaar").waitFor();
    expect(await stepState(page)).toEqual({ framework: true, collection: true, share: true, stories: true, patterns: false });
    await shot(page, "home-checklist-after-story-1366");

    // The demo: made from the checklist, marked on the list, its page and its dashboard, then removed.
    await checklist.getByRole("button", { name: "Demo-vertelpunt maken" }).click();
    await checklist.getByRole("status").getByText("Het demo-vertelpunt is klaar.").waitFor({ timeout: 30_000 });
    expect(await checklist.getByText("4 van de 5 stappen klaar").count()).toBe(1);
    await page.goto(`${env.app.baseUrl}/collections`);
    const demoItem = page.locator("li", { has: page.getByRole("link", { name: "Demo: klantmanagers vertellen" }) });
    expect(await demoItem.locator(".vp-badge--demo").innerText()).toBe("Demo");
    await demoItem.getByRole("link", { name: "Demo: klantmanagers vertellen" }).click();
    const notice = page.getByText("Dit is een demo-vertelpunt. De verhalen zijn verzonnen en tellen nergens mee.");
    await notice.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, "demo-collection-1366");
    await page.getByRole("link", { name: "Patronen bekijken" }).first().click();
    await notice.waitFor();
    await page.locator("[data-signifier=situatie] svg").waitFor({ timeout: 30_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    // Captions and screen-reader text join a question and what follows without doubled punctuation.
    const doubled = await page.evaluate(() => [...document.querySelectorAll("caption, figcaption, .vp-visually-hidden, [aria-label]")]
      .map((e) => `${e.textContent ?? ""} ${e.getAttribute("aria-label") ?? ""}`).filter((t) => /[?!]\s*[.:]|[.:]\s*:/.test(t)));
    expect(doubled).toEqual([]);
    await shot(page, "demo-dashboard-1366");

    await page.getByRole("button", { name: "Demo verwijderen" }).click();
    await page.waitForURL((url) => url.pathname === "/stories");
    await checklist.getByRole("button", { name: "Demo-vertelpunt maken" }).waitFor();
    const collections = await (await page.request.get(`${env.app.baseUrl}/api/v1/collections`)).json();
    expect(collections.items.map((c: { demo: boolean }) => c.demo)).toEqual([false]);
    await context.close();
  });

  it("look right on a phone: the checklist, the demo collection and the kiosk welcome", async () => {
    const { context, page } = await newPage(env.browser, PHONE);
    await signIn(page, env.app.baseUrl, env.app.admin, "/stories");
    const checklist = page.getByRole("region", { name: "Aan de slag" });
    await checklist.getByText("van de 5 stappen klaar").waitFor();
    await shot(page, "home-checklist-390");
    await checklist.getByRole("button", { name: "Demo-vertelpunt maken" }).click();
    await checklist.getByRole("link", { name: "Demo-vertelpunt bekijken" }).click();
    await page.getByText("Dit is een demo-vertelpunt.", { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, "demo-collection-390");
    await context.close();

    for (const [name, options] of [["kiosk-welcome-390", PHONE], ["kiosk-welcome-1366", WIDE]] as const) {
      const kiosk = await newPage(env.browser, options);
      await kiosk.page.goto(`${env.app.collection.publicUrl}?kiosk=1`);
      await kiosk.page.getByRole("button", { name: "Begin met vertellen" }).waitFor();
      expect(await accessibilityViolations(kiosk.page)).toEqual([]);
      await shot(kiosk.page, name);
      await kiosk.context.close();
    }
    const wide = await newPage(env.browser, WIDE);
    await wide.page.goto(env.app.collection.publicUrl);
    await wide.page.getByLabel("Schrijf hier je verhaal").fill("Een begin.");
    await wide.page.locator("label[for='vp-q-situatie-wonen']").click();
    await wide.page.screenshot({ path: join(ARTIFACTS, "form-progress-1366.png") });
    await wide.context.close();
  });
});
