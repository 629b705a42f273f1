// Kiosk mode on a waiting-room tablet: it starts from a welcome screen with one large button. When
// someone walks away mid-story the form asks "Ben je er nog?", and if nobody answers it clears
// itself, goes back to the welcome screen, sends nothing and leaves nothing on the device.
// The idle and grace times come from the URL (kiosk.ts), shortened here from minutes to seconds.
// (Starting again after sending is in tell-resilience.test.ts.)
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { fillMinimal, storedStories } from "./support/tell.ts";

const env = appAndBrowserPerFile();

const TABLET = { viewport: { width: 800, height: 1280 }, hasTouch: true };
// Two seconds without input before the question; long enough after it to run axe on the question
// and answer it, even on a busy test machine.
const IDLE_S = 2;
const GRACE_S = 8;

/** Everything the page keeps in web storage, as text. */
const webStorage = (page: Page) => page.evaluate(() => JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage } }));
const EMPTY_STORAGE = JSON.stringify({ session: {}, local: {} });

async function fillStory(page: Page, title: string, text: string) {
  await page.getByLabel("Titel van je verhaal").fill(title);
  await fillMinimal(page, text);
}

describe("the kiosk when nobody is at the tablet any more", () => {
  it("asks whether someone is still there, then clears the form and keeps nothing on the device", async () => {
    const { context, page } = await newPage(env.browser, TABLET);
    await page.goto(`${env.app.collection.publicUrl}?kiosk=1&kioskIdle=${IDLE_S}&kioskGrace=${GRACE_S}`);
    const heading = page.getByRole("heading", { level: 1, name: "Vertel je verhaal" });
    const start = page.getByRole("button", { name: "Begin met vertellen" });
    await start.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // Touch-friendly: the one button is large enough for a finger.
    const box = (await start.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(64);
    expect(box.width).toBeGreaterThanOrEqual(300);
    expect(await page.getByLabel("Schrijf hier je verhaal").count()).toBe(0);
    await start.tap();
    await heading.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Vertel je verhaal");

    const text = "Mijn verhaal in de wachtkamer over de schuldhulp, half af.";
    const storyField = page.getByLabel("Schrijf hier je verhaal");
    const consent = page.getByLabel("Ja, dat mag");
    // Unlike the ordinary public form, a reload mid-story brings nothing back: there is no draft.
    await fillStory(page, "Wachtkamer", text);
    expect(await webStorage(page)).toBe(EMPTY_STORAGE);
    await page.reload();
    await start.tap();
    expect(await storyField.inputValue()).toBe("");

    // Walking away for a moment: the question comes, "Ik ben er nog" keeps the story.
    await fillStory(page, "Wachtkamer", text);
    const notice = page.getByRole("alert").filter({ hasText: "Ben je er nog?" });
    await notice.waitFor({ timeout: (IDLE_S + 3) * 1000 });
    expect(await notice.innerText()).toContain("wordt het formulier leeggemaakt");
    expect(await accessibilityViolations(page)).toEqual([]);
    await notice.getByRole("button", { name: "Ik ben er nog" }).click();
    await notice.waitFor({ state: "detached" });
    expect(await storyField.inputValue()).toBe(text);

    // Walking away for good: after the question's grace time the welcome screen is back, the form blank.
    await notice.waitFor({ timeout: (IDLE_S + 3) * 1000 });
    await start.waitFor({ timeout: (GRACE_S + 3) * 1000 });
    expect(await notice.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Vertel je verhaal");
    expect(await page.content()).not.toContain("wachtkamer");
    await start.tap();
    expect(await storyField.inputValue()).toBe("");
    expect(await page.getByLabel("Titel van je verhaal").inputValue()).toBe("");
    expect(await consent.isChecked()).toBe(false);
    expect(await page.locator("input:checked").count()).toBe(0);
    // Nothing of the last story is left in the page or storage.
    expect(await page.content()).not.toContain("wachtkamer");
    expect(await webStorage(page)).toBe(EMPTY_STORAGE);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Nothing was sent on the teller's behalf.
    expect((await storedStories(env.app)).filter((s) => s.text.includes("wachtkamer"))).toEqual([]);
    await context.close();
  });
});
